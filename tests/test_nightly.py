"""The nightly resolution job: acceptance on the seeds, incremental runs, one run at a time, kill -9, digests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, clone_db, rows, run_cli, seed

HANOI_ENDS = {"美朝河内会晤提前结束 双方未达成协议", "特金二会无果而终 联络处、制裁松绑均落空"}


def _claims() -> list[dict]:
    out = run_cli("list", "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _show(claim_id: int) -> dict:
    out = run_cli("show", str(claim_id), "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _rows(db: str, sql: str) -> list[tuple]:
    return rows(db, sql)


def test_acceptance_hanoi_summit(stocked_db: str) -> None:
    seed("001_2cc3fc874bb8f236.txt")
    out = run_cli("nightly", "--as-of", "2019-03-05", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["counts"]["newly_due"] >= 5 and report["counts"]["evidence_added"] > 0
    by_text = {c["text"]: c for c in _claims()}
    (liaison,) = [c for t, c in by_text.items() if "美朝双方会设立联络处" in t]
    shown = _show(liaison["id"])
    assert shown["status"] == "due"
    assert shown["evidence"][0]["article"]["title"] in HANOI_ENDS
    assert shown["evidence"][0]["stance"] == "refutes"
    assert all(e["article"]["published"] <= "2019-03-05" for e in shown["evidence"])  # nothing after --as-of
    assert shown["suggested_verdict"] == "false" and shown["right"] is False
    (sanctions,) = [c for t, c in by_text.items() if "美方解除对朝鲜制裁的可能性并不大" in t]
    shown = _show(sanctions["id"])
    assert shown["statement"].endswith("美方解除对朝鲜制裁") and shown["probability"] == pytest.approx(0.2)
    assert shown["suggested_verdict"] == "false"
    assert shown["right"] is True and shown["right_basis"] == "suggested"  # he was right: they were not lifted
    (meeting,) = [c for t, c in by_text.items() if "会晤将于2月27日至28日举行" in t]
    assert _show(meeting["id"])["suggested_verdict"] == "true"  # it was held, though it ended early


def test_second_run_does_no_repeated_work_and_new_articles_are_searched(stocked_db: str, tmp_path: Path) -> None:
    first = json.loads(run_cli("nightly", "--as-of", "2024-12-31", "--json").stdout)
    assert first["counts"]["claims_searched"] > 0 and first["counts"]["evidence_added"] > 0
    again = json.loads(run_cli("nightly", "--as-of", "2024-12-31", "--json").stdout)
    assert again["counts"]["claims_searched"] == 0 and again["counts"]["evidence_added"] == 0
    before = _rows(stocked_db, "select max(id) from evidence")[0][0]
    later = tmp_path / "later.txt"
    later.write_text("---\ntitle: 全国高速公路省界收费站撤销一周年\npublished: 2021-01-05\noutlet: 测试社\n---\n\n"
                     "交通运输部5日表示，全国高速公路省界收费站取消一年来运行平稳，货车通行效率明显提高。\n",
                     encoding="utf-8")
    assert run_cli("ingest", str(later)).returncode == 0
    third = json.loads(run_cli("nightly", "--as-of", "2024-12-31", "--json").stdout)
    assert third["counts"]["articles_indexed"] == 0  # ingest indexed it already
    assert third["counts"]["evidence_added"] >= 1
    new_id = _rows(stocked_db, "select max(id) from article")[0][0]
    added = _rows(stocked_db, f"select article_id from evidence where id > {before}")
    assert {a for (a,) in added} == {new_id}  # only the new article was searched
    runs = _rows(stocked_db, "select outcome, article_from, article_to from jobrun order by id")
    assert [r[0] for r in runs] == ["ok", "ok", "ok"] and runs[2][1] == runs[1][2]


def test_moving_as_of_forward_reaches_older_articles(stocked_db: str) -> None:
    early = json.loads(run_cli("nightly", "--as-of", "2019-03-05", "--json").stdout)
    late = json.loads(run_cli("nightly", "--as-of", "2020-01-31", "--json").stdout)
    assert late["counts"]["evidence_added"] > 0  # the GDP and VAT reports, stored before but published after 2019-03-05
    gdp_claim = next(c for c in _claims() if "增长的预期目标定为6%至6.5%" in c["text"])
    assert _show(gdp_claim["id"])["suggested_verdict"] == "true"
    assert early["counts"]["newly_due"] > 0 and late["counts"]["newly_due"] > 0  # each run marks what fell due by then


def test_auto_resolve_never_overrides_a_person(stocked_db: str) -> None:
    gdp_claim = next(c for c in _claims() if "增长的预期目标定为6%至6.5%" in c["text"])
    assert run_cli("resolve", str(gdp_claim["id"]), "--verdict", "partly", env={"CLAIMS_USER": "dora"}).returncode == 0
    out = run_cli("nightly", "--as-of", "2024-12-31", "--auto-resolve-above", "0.75", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["counts"]["auto_resolved"] > 0
    assert gdp_claim["id"] not in {r["id"] for r in report["auto_resolved"]}
    assert _show(gdp_claim["id"])["verdict"] == "partly"
    job_rows = _rows(stocked_db, "select resolved_by, resolver from resolution where resolved_by = 'job'")
    assert len(job_rows) == report["counts"]["auto_resolved"] and {r[1] for r in job_rows} == {"claims nightly"}
    assert all(r["confidence"] > 0.75 for r in report["auto_resolved"])


def test_digest_markdown_and_text_output(stocked_db: str, tmp_path: Path) -> None:
    digest = tmp_path / "digest.md"
    out = run_cli("nightly", "--as-of", "2019-03-05", "--digest", str(digest))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("nightly run 1 as of 2019-03-05:") and f"digest written to {digest}" in out.stdout
    text = digest.read_text(encoding="utf-8")
    assert text.startswith("# claims nightly digest — 2019-03-05")
    assert "## Newly due" in text and "## Suggested verdicts" in text and "| claim | speaker |" in text
    bad = run_cli("nightly", "--digest", str(tmp_path / "missing" / "d.md"))
    assert bad.returncode == 1 and "does not exist" in bad.stderr


def _start_nightly(*extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "claims", "nightly", "--as-of", "2024-12-31", "--batch-size", "1",
                             "--json", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=os.environ.copy(), cwd=ROOT)


def _wait_for(db: str, sql: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if _rows(db, sql):
                return
        except Exception:  # the database is busy or not yet migrated: try again
            pass
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {sql}")


def test_two_runs_at_once_one_works_one_exits_busy(stocked_db: str) -> None:
    first = _start_nightly()
    _wait_for(stocked_db, "select 1 from jobrun where outcome = 'running'")
    second = run_cli("nightly", "--as-of", "2024-12-31")
    assert second.returncode == 4
    assert second.stderr.strip() == ("Error: another claims nightly run is in progress on this database; "
                                     "nothing was done")
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert json.loads(out)["counts"]["evidence_added"] > 0
    assert _rows(stocked_db, "select outcome from jobrun") == [("ok",)]


def _evidence(db: str) -> list[tuple]:
    return sorted(_rows(db, "select claim_id, article_id, stance from evidence"))


def _suggestions(db: str) -> list[tuple]:
    return sorted(_rows(db, "select id, suggested_verdict, suggested_confidence from claim"))


def test_killed_run_is_finished_by_the_next_without_duplicates(stocked_db: str, tmp_path: Path) -> None:
    reference = clone_db(stocked_db, tmp_path)
    killed = _start_nightly()
    _wait_for(stocked_db, "select 1 from jobrun where claim_cursor is not null")
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    assert _rows(stocked_db, "select outcome from jobrun") == [("running",)]
    partial = _evidence(stocked_db)
    assert len(partial) == len(set((c, a) for c, a, _ in partial))
    resumed = run_cli("nightly", "--as-of", "2024-12-31", "--json")
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["resumed_after_claim"] is not None
    assert [r[0] for r in _rows(stocked_db, "select outcome from jobrun order by id")] == ["interrupted", "ok"]
    uninterrupted = run_cli("--db", str(reference), "nightly", "--as-of", "2024-12-31")
    assert uninterrupted.returncode == 0, uninterrupted.stderr
    assert _evidence(stocked_db) == _evidence(reference)  # same links, none twice
    assert _suggestions(stocked_db) == _suggestions(reference)  # and every suggestion made


def test_failed_run_is_recorded(stocked_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claims import resolve
    from claims.store.db import open_engine, resolve_url

    def broken(*args: object, **kwargs: object) -> list:
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(resolve, "suggest_evidence", broken)
    engine = open_engine(resolve_url(stocked_db))
    with pytest.raises(RuntimeError):
        resolve.nightly(engine, date(2024, 12, 31))
    engine.dispose()
    assert _rows(stocked_db, "select outcome, error from jobrun") == [("failed", "RuntimeError: index unavailable")]
    assert run_cli("nightly", "--as-of", "2024-12-31").returncode == 0  # the next run does the work


def test_eval_reports_evidence_recall_and_verdict_accuracy() -> None:
    out = run_cli("eval", str(FIXTURES / "gold-evidence"), "--json")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)["evidence"]
    assert figures["gold_claims"] + figures["skipped_missing_source"] == 53
    # measured 2026-12-03: top-3 1.000, first hit 0.885, verdicts 0.811 (0.830 before evidence from another place
    # was set aside: two of those verdicts had been right by accident); guard against regressions
    assert figures["evidence_top3_recall"] >= 0.9
    assert figures["verdict_accuracy"] >= 0.8


def test_search_terms_are_kept_on_claims_and_made_again_when_the_statement_changes(stocked_db: str) -> None:
    """A later run reads each claim's search terms from the claim instead of segmenting it and its article again."""
    from sqlmodel import Session, select

    from claims.resolve import (
        SEARCH_TERMS_VERSION,
        _kept_evidence,
        claim_context,
        claim_terms,
        evidence_of,
        search_terms,
    )
    from claims.store.db import open_engine, resolve_url
    from claims.store.models import Claim

    assert run_cli("nightly", "--as-of", "2019-03-05", "--json").returncode == 0
    engine = open_engine(resolve_url(stocked_db))
    with Session(engine) as session:
        claims = session.exec(select(Claim).order_by(Claim.id)).all()
        kept = [c for c in claims if c.search_terms]
        assert len(kept) >= 20
        for claim in kept:
            assert claim.search_terms["version"] == SEARCH_TERMS_VERSION
            assert claim.search_terms["statement"] == claim.statement
            terms = claim_terms(claim)
            assert claim.search_terms["terms"] == terms
            assert claim.search_terms["context"] == list(claim_context(session, claim, terms))
        claim = next(c for c in kept if c.search_terms["context"])
        claim.search_terms = {**claim.search_terms, "terms": ["记号词"]}
        assert search_terms(session, claim) == (["记号词"], tuple(claim.search_terms["context"]))  # read, not made
        claim.statement = "越南将于明年举办东盟峰会"
        terms, _context = search_terms(session, claim, keep=True)
        assert terms == claim_terms(claim) and "记号词" not in terms
        assert claim.search_terms["statement"] == "越南将于明年举办东盟峰会" and claim.search_terms["terms"] == terms
        # the batch query agrees with reading each claim's evidence
        ids = [c.id for c in claims]
        floors, having = _kept_evidence(session, ids, 2)
        for claim_id in ids:
            rows = evidence_of(session, claim_id)
            assert (claim_id in having) == bool(rows)
            job = sorted((e.score or 0.0 for e in rows if e.attached_by == "job"), reverse=True)
            assert floors.get(claim_id) == (job[1] if len(job) >= 2 else None)
        assert any(len([e for e in evidence_of(session, i) if e.attached_by == "job"]) >= 2 for i in ids)
    engine.dispose()


def test_an_off_topic_article_settles_nothing(stocked_db: str) -> None:
    """A cue in an article about something else (生效 in a security law story, 获得 in an election's) does not
    support a claim about C919's certification: such an article only mentions it (resolve.OFF_TOPIC_SHARE)."""
    assert run_cli("nightly", "--as-of", "2024-12-31", "--json").returncode == 0
    (claim,) = [c for c in _claims() if "欧洲航空安全局" in c["text"]]
    shown = _show(claim["id"])
    off_topic = [e for e in shown["evidence"] if "C919" not in e["article"]["title"]]
    assert off_topic, "the fixture store should offer unrelated articles to this claim"
    assert {e["stance"] for e in off_topic} == {"mentions"}
