"""Evidence, verdicts and the review queue, from the CLI and the library, on a real SQLite file."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest

from claims.store.models import Resolution
from claims.store.repo import current_resolution, speaker_right
from conftest import ROOT, run_cli


def _claims(**filters: str) -> list[dict]:
    out = run_cli("list", "--json")
    assert out.returncode == 0, out.stderr
    claims = json.loads(out.stdout)
    return [c for c in claims if all(v in (c.get(k) or "") for k, v in filters.items())]


def _one(text: str) -> dict:
    (found,) = [c for c in _claims() if text in c["text"]]
    return found


def _article_id(title_part: str) -> int:
    from sqlmodel import Session, select

    from claims.store.db import open_engine, resolve_url
    from claims.store.models import Article

    engine = open_engine(resolve_url(None))
    with Session(engine) as session:
        (row,) = [a for a in session.exec(select(Article)).all() if title_part in (a.title or "")]
        found = row.id
    engine.dispose()
    assert found is not None
    return found


def test_suggest_json_shape_and_order(stocked_db: str) -> None:
    claim = _one("增值税税率将自4月1日起降至13%")
    out = run_cli("evidence", "suggest", str(claim["id"]), "--top", "3", "--json")
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert 1 <= len(found) <= 3
    assert set(found[0]) >= {"article", "score", "stance", "passage", "cues"}
    assert set(found[0]["article"]) >= {"id", "title", "published", "url"}
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
    best = found[0]
    assert "增值税" in best["article"]["title"] and best["stance"] == "supports"
    assert best["cues"] == ["13% within 13%"]
    assert all(f["article"]["published"] > "2019-03-05" for f in found)  # only articles after the claim
    assert run_cli("list", "--json").stdout.count('"evidence"') == 0  # suggest stores nothing


def test_attach_detach_update_the_suggestion(stocked_db: str) -> None:
    claim = _one("两年内基本取消全国高速公路省界收费站")
    toll = _article_id("收费站")
    out = run_cli("evidence", "attach", str(claim["id"]), str(toll))
    assert out.returncode == 0, out.stderr
    assert "supports" in out.stdout and "suggested verdict now true" in out.stdout
    shown = json.loads(run_cli("show", str(claim["id"]), "--json").stdout)
    assert shown["suggested_verdict"] == "true"
    assert [(e["article"]["id"], e["attached_by"]) for e in shown["evidence"]] == [(toll, "person")]
    # attaching again updates the one link (here: a person's stance), never a second row
    again = run_cli("evidence", "attach", str(claim["id"]), str(toll), "--stance", "refutes", "--passage", "省界收費站全部取消")
    assert again.returncode == 0, again.stderr
    shown = json.loads(run_cli("show", str(claim["id"]), "--json").stdout)
    assert [(e["stance"], e["passage"]) for e in shown["evidence"]] == [("refutes", "省界收費站全部取消")]
    assert shown["suggested_verdict"] == "false"
    assert run_cli("evidence", "detach", str(claim["id"]), str(toll)).returncode == 0
    shown = json.loads(run_cli("show", str(claim["id"]), "--json").stdout)
    assert shown["evidence"] == [] and shown["suggested_verdict"] is None
    missing = run_cli("evidence", "detach", str(claim["id"]), str(toll))
    assert missing.returncode == 1 and missing.stderr.startswith("Error: ") and len(missing.stderr.splitlines()) == 1


def test_resolve_appends_history_and_latest_counts(stocked_db: str) -> None:
    claim = _one("增值税税率将自4月1日起降至13%")
    vat = _article_id("深化增值税改革")
    first = run_cli("resolve", str(claim["id"]), "--verdict", "partly", "--note", "first look",
                    env={"CLAIMS_USER": "alice"})
    assert first.returncode == 0 and "partly by alice" in first.stdout
    second = run_cli("resolve", str(claim["id"]), "--verdict", "true", "--evidence", str(vat),
                     "--outcome-date", "2019-04-01", "--json", env={"CLAIMS_USER": "bob"})
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["after_outcome"] is False
    history = json.loads(run_cli("history", str(claim["id"]), "--json").stdout)
    assert [(h["verdict"], h["resolver"], h["current"]) for h in history] == [
        ("partly", "alice", False), ("true", "bob", True)]
    assert history[1]["evidence"] == [vat] and history[0]["at"] <= history[1]["at"]
    shown = json.loads(run_cli("show", str(claim["id"]), "--json").stdout)
    assert shown["verdict"] == "true" and shown["status"] == "resolved"
    assert [e["article"]["id"] for e in shown["evidence"]] == [vat]  # resolving with evidence attaches it
    table = run_cli("history", str(claim["id"]))
    assert "alice" in table.stdout and "bob" in table.stdout


def test_claim_made_after_the_outcome_is_flagged(stocked_db: str) -> None:
    claim = _one("增值税税率将自4月1日起降至13%")  # said 2019-03-05
    out = run_cli("resolve", str(claim["id"]), "--verdict", "true", "--outcome-date", "2019-03-01")
    assert out.returncode == 0 and "flagged" in out.stdout
    shown = json.loads(run_cli("show", str(claim["id"]), "--json").stdout)
    assert shown["after_outcome"] is True


def test_bad_resolve_input_changes_nothing(stocked_db: str) -> None:
    claim = _one("增值税税率将自4月1日起降至13%")
    bad_verdict = run_cli("resolve", str(claim["id"]), "--verdict", "maybe")
    assert bad_verdict.returncode == 2
    no_article = run_cli("resolve", str(claim["id"]), "--verdict", "true", "--evidence", "99999")
    assert no_article.returncode == 1 and "no article with id 99999" in no_article.stderr
    no_claim = run_cli("resolve", "99999", "--verdict", "true")
    assert no_claim.returncode == 1 and "no claim with id 99999" in no_claim.stderr
    bad_day = run_cli("resolve", str(claim["id"]), "--verdict", "true", "--outcome-date", "2019-02-30")
    assert bad_day.returncode == 2 and "'2019-02-30' is not a real day" in bad_day.stderr  # a bad option value
    assert json.loads(run_cli("history", str(claim["id"]), "--json").stdout) == []


def test_person_verdict_outranks_a_later_job_verdict() -> None:
    person = Resolution(id=1, claim_id=1, verdict="false", resolved_by="person")
    job = Resolution(id=2, claim_id=1, verdict="true", resolved_by="job")
    later_person = Resolution(id=3, claim_id=1, verdict="partly", resolved_by="person")
    assert current_resolution([person, job]) is person
    assert current_resolution([job]) is job
    assert current_resolution([person, job, later_person]) is later_person
    assert current_resolution([]) is None


@pytest.mark.parametrize(
    ("probability", "verdict", "kind", "right"),
    [(0.2, "false", "forecast", True), (0.2, "true", "forecast", False), (0.8, "true", "forecast", True),
     (0.5, "true", "forecast", None), (None, "true", "forecast", None), (None, "true", "plan", True),
     (None, "false", "promise", False), (0.8, "partly", "forecast", None), (0.9, "void", "forecast", None)],
)
def test_speaker_right(probability: float | None, verdict: str, kind: str, right: bool | None) -> None:
    assert speaker_right(probability, verdict, kind) is right


def test_review_refuses_without_a_terminal(stocked_db: str) -> None:
    out = run_cli("review", "--as-of", "2019-03-05", stdin="y\n")
    assert out.returncode == 1
    assert "needs a terminal" in out.stderr and "claims resolve" in out.stderr


def _pty_run(args: list[str], keys: list[tuple[str, str]], env: dict[str, str]) -> str:
    """Run ``claims ARGS`` on a pseudo-terminal; send each key once its marker text has appeared; return the output."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "claims", *args], stdin=slave, stdout=slave, stderr=slave,
                            env=env, cwd=ROOT, close_fds=True)
    os.close(slave)
    output = b""

    def read_until(marker: str, timeout: float = 60.0) -> None:
        nonlocal output
        deadline = time.monotonic() + timeout
        start = len(output)
        while marker.encode() not in output[start:] and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    output += os.read(master, 65536)
                except OSError:
                    return
            elif proc.poll() is not None:
                return

    try:
        for key, wait_for in keys:
            read_until(wait_for)
            time.sleep(0.5)  # let getchar put the terminal in raw mode; a key typed before is held by the line discipline
            os.write(master, key.encode())
        proc.wait(timeout=60)
        read_until("\0", timeout=1)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    return output.decode("utf-8", "replace")


def test_review_with_single_keys_resumes_where_it_stopped(stocked_db: str) -> None:
    assert run_cli("nightly", "--as-of", "2019-03-05").returncode == 0
    env = {**os.environ, "CLAIMS_USER": "carol"}
    first = _pty_run(["review", "--as-of", "2019-03-05"], [("s", "[q]uit"), ("q", "[q]uit")], env)
    assert "[1/" in first and "skipped" in first and "settled 0 of" in first
    skipped_id = int(first.split("claim ", 1)[1].split(" ", 1)[0])
    second = _pty_run(["review", "--as-of", "2019-03-05"], [("n", "[q]uit"), ("f", "evidence 2/"), ("q", "[q]uit")], env)
    shown_id = int(second.split("claim ", 1)[1].split(" ", 1)[0])
    assert shown_id != skipped_id  # the skipped claim went to the back of the queue
    assert "evidence 2/" in second  # n showed the next evidence passage
    assert f"claim {shown_id}: false" in second
    history = json.loads(run_cli("history", str(shown_id), "--json").stdout)
    assert [(h["verdict"], h["resolver"]) for h in history] == [("false", "carol")]


def test_evidence_that_cannot_settle_is_refused(stocked_db: str) -> None:
    claim = _one("增值税税率将自4月1日起降至13%")  # said 2019-03-05
    older = _article_id("全球首架C919")  # 2022, fine; and one from before the claim:
    before = _article_id("美朝河内会晤提前结束")  # 2019-02-28
    early = run_cli("evidence", "attach", str(claim["id"]), str(before))
    assert early.returncode == 1 and "before claim" in early.stderr
    wrong_passage = run_cli("evidence", "attach", str(claim["id"]), str(older), "--passage", "这句话不在文中")
    assert wrong_passage.returncode == 1 and "--passage is not in article" in wrong_passage.stderr
    future = run_cli("resolve", str(claim["id"]), "--verdict", "true", "--outcome-date", "2999-01-01")
    assert future.returncode == 1 and "in the future" in future.stderr
    assert json.loads(run_cli("show", str(claim["id"]), "--json").stdout)["evidence"] == []


def test_tag_errors(stocked_db: str) -> None:
    claim = _one("增值税税率将自4月1日起降至13%")
    missing = run_cli("tag", str(claim["id"]), "--remove", "不存在")
    assert missing.returncode == 1 and "has no tag 不存在" in missing.stderr
    comma = run_cli("tag", str(claim["id"]), "a,b")
    assert comma.returncode == 1 and "comma" in comma.stderr


def test_an_articles_topic_words_are_ranked_once_for_all_its_claims(stocked_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nightly run ranks the TF-IDF keywords of a claim's article once per article, not once per claim (an
    article of a few MB with hundreds of claims made the run quadratic), and each claim's topic words are what
    ranking the article for that claim alone gives."""
    from collections import Counter

    import jieba.analyse
    from sqlmodel import Session, select

    from claims import resolve
    from claims.search import match_form
    from claims.store.db import open_engine, resolve_url
    from claims.store.models import Article, Claim

    engine = open_engine(resolve_url(stocked_db))
    with Session(engine) as session:
        per_article = Counter(c.article_id for c in session.exec(select(Claim)).all())
        article_id, count = per_article.most_common(1)[0]
        assert count >= 3
        claims = session.exec(select(Claim).where(Claim.article_id == article_id)).all()
        article = session.get(Article, article_id)
        assert article is not None
        real = jieba.analyse.extract_tags
        calls: list[int] = []
        monkeypatch.setattr(jieba.analyse, "extract_tags", lambda *a, **k: calls.append(1) or real(*a, **k))
        resolve._ranked_cache.clear()
        contexts = [(resolve.claim_terms(c), resolve.claim_context(session, c, resolve.claim_terms(c))) for c in claims]
        assert len(calls) == 1
        for terms, context in contexts:
            alone = real(match_form(f"{article.title or ''}\n{article.text}"), topK=resolve.CONTEXT_TERMS + len(terms))
            assert context == tuple(t for t in alone if t not in terms and len(t) > 1)[: resolve.CONTEXT_TERMS]
            assert len(context) == resolve.CONTEXT_TERMS and not set(context) & set(terms)


def test_an_evidence_articles_places_are_read_once_for_all_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """The places an evidence article names are read once per article (keyed by id and text), not once per claim
    that finds it: places_in's own cache of 256 texts stopped holding a window of 800 articles, which made that
    part of a full nightly run grow 7-fold for 4 times the articles. The per-article store is bounded."""
    from datetime import date

    from claims import resolve
    from claims.store.models import Article

    calls: list[str] = []
    real = resolve.article_places
    monkeypatch.setattr(resolve, "article_places", lambda t, x, whole=False: calls.append(x) or real(t, x, whole=whole))
    resolve._places_cache.clear()
    first = Article(id=1, title="东京奥运会", text="日本政府宣布，东京奥运会将延期至明年举行。", published=date(2020, 3, 25),
                    content_hash="a" * 64)
    other = Article(id=2, title=None, text="英国央行维持利率不变。", published=date(2020, 3, 26), content_hash="b" * 64)
    assert resolve._evidence_places(first) == frozenset({"Japan"})
    assert resolve._evidence_places(first) == frozenset({"Japan"})
    assert resolve._evidence_places(other) == frozenset({"Britain"})
    assert len(calls) == 2
    edited = Article(id=1, title="东京奥运会", text="法国政府宣布，巴黎奥运会将如期举行。", published=date(2020, 3, 25),
                     content_hash="c" * 64)
    assert resolve._evidence_places(edited) == frozenset({"France", "Japan"})  # new text, read again
    assert len(calls) == 3

    bounded = resolve._PerArticle(2)
    made = [bounded.get(n, "", str(n), lambda n=n: n * 10) for n in (1, 2, 3, 1)]
    assert made == [10, 20, 30, 10]
    assert len(bounded.values) <= 2
