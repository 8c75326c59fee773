"""Scorecards in every format, tags, and exports, from the CLI on the fixture database; the HTML in Chromium."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from claims.score import COLUMNS
from conftest import BACKEND, new_database_url, run_cli

SCRIPT_ARTICLE = """---
title: <script>document.title='PWNED-TITLE'</script>经济展望
published: 2024-01-05
outlet: <b>测试日报</b>
url: https://example.org/test/"onmouseover="alert(1)
---

分析人士林一鸣认为，<script>document.body.innerHTML='PWNED'</script>今年经济将增长5%左右。
"""


_SCORED: dict[str, Path] = {}


@pytest.fixture
def scored_db(stocked_db: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture database after a nightly run that auto-resolved confident suggestions, a person's verdicts,
    and one article whose text carries a script (SQLite: made once, copied for each test)."""
    if BACKEND != "postgresql" and "file" in _SCORED:
        shutil.copy(_SCORED["file"], stocked_db)
        return stocked_db
    _score_up(tmp_path)
    if BACKEND != "postgresql":
        _SCORED["file"] = tmp_path_factory.mktemp("scored") / "claims.db"
        shutil.copy(stocked_db, _SCORED["file"])
    return stocked_db


def _score_up(tmp_path: Path) -> None:
    out = run_cli("nightly", "--as-of", "2024-12-31", "--auto-resolve-above", "0.75")
    assert out.returncode == 0, out.stderr
    evil = tmp_path / "evil.txt"
    evil.write_text(SCRIPT_ARTICLE, encoding="utf-8")
    assert run_cli("ingest", str(evil)).returncode == 0
    claims = json.loads(run_cli("list", "--json").stdout)
    (script_claim,) = [c for c in claims if "PWNED" in c["text"]]
    assert run_cli("resolve", str(script_claim["id"]), "--verdict", "true").returncode == 0
    partly = next(c for c in claims if c["verdict"] is None and c["probability"] is not None)
    assert run_cli("resolve", str(partly["id"]), "--verdict", "partly").returncode == 0


def test_csv_columns_values_and_identical_runs(scored_db: str, tmp_path: Path) -> None:
    first = run_cli("scorecard", "--format", "csv", "--min-resolved", "2")
    second = run_cli("scorecard", "--format", "csv", "--min-resolved", "2")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout  # byte-identical
    rows = list(csv.DictReader(io.StringIO(first.stdout)))
    assert tuple(rows[0].keys()) == COLUMNS
    by_group = {r["group"]: r for r in rows}
    assert "林一鸣" in by_group and by_group["林一鸣"]["true"] == "1" and by_group["林一鸣"]["grade"] == "too few to grade"
    graded = [r for r in rows if r["grade"] not in ("too few to grade", "not graded: anonymous")]
    assert graded and all(int(r["resolved"]) >= 2 for r in graded)
    assert rows[-1]["group"] == "(anonymous sources)" and rows[-1]["grade"] == "not graded: anonymous"
    for r in rows:  # the figures agree with each other
        assert int(r["resolved"]) == sum(int(r[v]) for v in ("true", "false", "partly", "ambiguous", "void"))
        if r["hit_rate"]:
            assert float(r["hit_rate"]) == pytest.approx(float(r["hits"]) / int(r["hit_scored"]), abs=1e-4)
    out_file = tmp_path / "card.csv"
    assert run_cli("scorecard", "--format", "csv", "--min-resolved", "2", "--output", str(out_file)).returncode == 0
    assert out_file.read_text(encoding="utf-8") == first.stdout


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_other_formats_are_stable(scored_db: str, fmt: str) -> None:
    first = run_cli("scorecard", "--format", fmt, "--by", "outlet")
    assert first.returncode == 0, first.stderr
    assert run_cli("scorecard", "--format", fmt, "--by", "outlet").stdout == first.stdout
    if fmt == "json":
        card = json.loads(first.stdout)
        assert card["by"] == "outlet" and set(COLUMNS) <= set(card["groups"][0])
        assert len(card["overall"]["calibration"]) == 10
        assert card["overall"]["resolved"] == sum(g["resolved"] for g in card["groups"])
    if fmt == "md":
        assert first.stdout.startswith("## Scorecard by outlet\n\n| group | claims | resolved | hit rate | Brier |")
        assert "\\<b\\>" not in first.stdout and "<b>测试日报</b>" in first.stdout  # markdown keeps the name


def test_since_until_and_tags(scored_db: str) -> None:
    claims = json.loads(run_cli("list", "--json").stdout)
    target = next(c for c in claims if "增长5%左右" in c["text"])
    tagged = run_cli("tag", str(target["id"]), "经济", "预测", "--json")
    assert tagged.returncode == 0 and json.loads(tagged.stdout)["tags"] == ["经济", "预测"]
    shown = run_cli("tag", str(target["id"]))
    assert "suggested:" in shown.stdout
    removed = json.loads(run_cli("tag", str(target["id"]), "--remove", "预测", "--json").stdout)
    assert removed["tags"] == ["经济"]
    card = json.loads(run_cli("scorecard", "--by", "tag", "--format", "json").stdout)
    groups = {g["group"]: g for g in card["groups"]}
    assert groups["经济"]["claims"] == 1 and groups["经济"]["true"] == 1 and "(untagged)" in groups
    window = json.loads(run_cli("scorecard", "--since", "2024-01-01", "--until", "2024-01-06", "--format", "json").stdout)
    assert window["overall"]["claims"] == 1
    bad = run_cli("scorecard", "--since", "2024-02-01", "--until", "2024-01-01")
    assert bad.returncode == 2 and "after --until" in bad.stderr


def test_html_is_self_contained_and_escaped(scored_db: str, tmp_path: Path) -> None:
    page = tmp_path / "card.html"
    out = run_cli("scorecard", "--format", "html", "--min-resolved", "2", "--output", str(page))
    assert out.returncode == 0, out.stderr
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text.lower()  # no script element at all
    assert "&lt;script&gt;document.body.innerHTML=&#x27;PWNED&#x27;&lt;/script&gt;" in text
    assert 'id="leaderboard"' in text and 'id="calibration-chart"' in text and 'id="diagonal"' in text
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing fetched
    assert "<link" not in text and "@import" not in text and "url(" not in text
    assert "Content-Security-Policy" in text


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium)")
    return found


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_html_in_headless_chromium(scored_db: str, tmp_path: Path) -> None:
    browser = _chromium()
    page = tmp_path / "card.html"
    assert run_cli("scorecard", "--format", "html", "--min-resolved", "2", "--output", str(page)).returncode == 0
    profile = tmp_path / "profile"
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = dom.stdout
    assert '<table id="leaderboard">' in rendered and "许利平" in rendered
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="calibration-chart"' in rendered
    assert 'class="bin"' in rendered and 'id="hit-rate-chart"' in rendered
    assert "<title>claims scorecard by speaker</title>" in rendered  # the article's script did not set it
    assert "&lt;script&gt;document.body.innerHTML='PWNED'&lt;/script&gt;" in rendered  # shown as text, not run
    shot = tmp_path / "card.png"
    done = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}",
                           "--window-size=1200,1600", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.stat().st_size > 10_000


def test_claimreview_export(scored_db: str, tmp_path: Path) -> None:
    out = run_cli("export", "--format", "claimreview", "--publisher", "Example Check", "--include-job-verdicts")
    assert out.returncode == 0, out.stderr
    reviews = json.loads(out.stdout)
    resolved = [c for c in json.loads(run_cli("list", "--json").stdout) if c["verdict"]]
    assert len(reviews) == len(resolved) > 2
    by_person = json.loads(run_cli("export", "--format", "claimreview").stdout)
    assert len(by_person) == 2  # the two verdicts a person gave; the job's are left out by default
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["datePublished"]
        assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["datePublished"]
        assert review["author"] == {"@type": "Organization", "name": "Example Check"}
    by_statement = {r["claimReviewed"]: r for r in reviews}
    mine = next(r for s, r in by_statement.items() if "PWNED" in s)
    assert mine["reviewRating"] == {"@type": "Rating", "alternateName": "Came true", "ratingValue": 5,
                                    "bestRating": 5, "worstRating": 1}
    assert mine["itemReviewed"]["author"] == {"@type": "Person", "name": "林一鸣", "jobTitle": "分析人士"}
    assert mine["itemReviewed"]["appearance"]["url"].startswith("https://example.org/test/")
    assert mine["itemReviewed"]["appearance"]["datePublished"] == mine["itemReviewed"]["datePublished"]
    partly = [r for r in reviews if r["reviewRating"]["alternateName"] == "Partly came true"]
    assert partly and partly[0]["reviewRating"]["ratingValue"] == 3


def test_claimreview_appearance_without_a_url(tmp_path: Path) -> None:
    """An article stored without a URL still tells where the claim appeared: headline, outlet and day."""
    db = new_database_url(tmp_path, "nourl")
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-03-01\noutlet: 星洲日报\ntitle: 部长谈铁路工程\n---\n"
                       "交通部长李明说，第一阶段工程将于明年6月完工。\n", encoding="utf-8")
    assert run_cli("--db", db, "ingest", str(article)).returncode == 0
    claim = json.loads(run_cli("--db", db, "list", "--json").stdout)[0]
    assert run_cli("--db", db, "resolve", str(claim["id"]), "--verdict", "true").returncode == 0
    review = json.loads(run_cli("--db", db, "export", "--format", "claimreview").stdout)[0]
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "headline": "部长谈铁路工程",
        "publisher": {"@type": "Organization", "name": "星洲日报"}, "datePublished": "2024-03-01"}


def test_jsonl_round_trip_loses_nothing(scored_db: str, tmp_path: Path) -> None:
    dump = tmp_path / "all.jsonl"
    assert run_cli("export", "--format", "jsonl", "--output", str(dump)).returncode == 0
    lines = dump.read_text(encoding="utf-8").splitlines()
    tables = {json.loads(line)["table"] for line in lines}
    assert {"article", "speaker", "claim", "evidence", "resolution", "jobrun", "event", "speaker_alias"} <= tables
    target = new_database_url(tmp_path, "restored")
    restored = run_cli("--db", target, "import", str(dump))
    assert restored.returncode == 0, restored.stderr
    again = tmp_path / "again.jsonl"
    assert run_cli("--db", target, "export", "--format", "jsonl", "--output", str(again)).returncode == 0
    assert again.read_bytes() == dump.read_bytes()
    # the index came back too: evidence search works on the restored database
    claim = json.loads(run_cli("--db", target, "list", "--json").stdout)[0]
    assert run_cli("--db", target, "evidence", "suggest", str(claim["id"]), "--json").returncode == 0
    # cut short, empty, a folder: refused with the reason
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(lines[:40]) + "\n", encoding="utf-8")
    for bad_input, words in ((cut, "cut short"), (tmp_path / "none.jsonl", "no such file"), (tmp_path, "is a folder")):
        if bad_input.name == "none.jsonl":
            pass
        refused = run_cli("--db", new_database_url(tmp_path, f"x{len(words)}"), "import", str(bad_input))
        assert refused.returncode == 1 and words in refused.stderr, refused.stderr
    # into a database that is not empty: refused, nothing written
    twice = run_cli("--db", target, "import", str(dump))
    assert twice.returncode == 1 and "not empty" in twice.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(lines[0] + "\n{not json\n", encoding="utf-8")
    empty = new_database_url(tmp_path, "empty")
    failed = run_cli("--db", empty, "import", str(bad))
    assert failed.returncode == 1 and f"{bad}:2:" in failed.stderr
    assert json.loads(run_cli("--db", empty, "list", "--json").stdout) == []
    assert os.environ.get("CLAIMS_DB")  # the test's own database was the source throughout


def test_output_paths(scored_db: str, tmp_path: Path) -> None:
    folder = run_cli("scorecard", "--format", "csv", "--output", str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr  # a bad option value (README's exit codes)
    assert not list(tmp_path.glob("*.part"))
    target = tmp_path / "real.csv"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run_cli("scorecard", "--output", str(link)).returncode == 0  # format from the extension
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("group,claims,resolved")
    dash = run_cli("scorecard", "--format", "md", "--output", "-")
    assert dash.returncode == 0 and dash.stdout.startswith("## Scorecard by speaker")
    unknown = tmp_path / "card.xyz"
    refused = run_cli("scorecard", "--output", str(unknown))
    assert refused.returncode == 2 and "cannot tell the format from '.xyz'" in refused.stderr
    assert not unknown.exists()
    assert run_cli("scorecard", "--format", "csv", "--output", str(unknown)).returncode == 0
    assert unknown.read_text(encoding="utf-8").startswith("group,claims,resolved")
    text = tmp_path / "card.txt"  # the table as plain text, by extension or by --format table
    assert run_cli("scorecard", "--output", str(text)).returncode == 0
    table = text.read_text(encoding="utf-8")
    assert table.lstrip().startswith("scorecard by speaker:") and "┃ group" in table and "\x1b[" not in table
    assert run_cli("scorecard", "--format", "table", "--output", str(unknown)).returncode == 0
    assert unknown.read_text(encoding="utf-8") == table
    plain = tmp_path / "card"
    assert run_cli("scorecard", "--output", str(plain)).returncode == 0  # no extension: Markdown
    assert plain.read_text(encoding="utf-8").startswith("## Scorecard by speaker")
    html = tmp_path / "card.html"
    assert run_cli("scorecard", "--output", str(html)).returncode == 0
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_claim_repeated_in_a_story_counts_once_and_others_all_count(tmp_path: Path) -> None:
    """gather normalises statements only where a story and speaker hold several claims: the repeat in the copy
    (Traditional characters, other punctuation) is dropped, every other claim is counted, with its verdict."""
    from datetime import date

    from claims.scorecard import gather
    from claims.store.db import resolve_url, session_scope, upgrade
    from claims.store.models import Article, Claim, Resolution, Speaker

    url = resolve_url(new_database_url(tmp_path, "story"))
    upgrade(url)
    with session_scope(url) as s:
        x, y = Speaker(name="甲"), Speaker(name="乙")
        s.add_all([x, y])
        s.flush()
        articles = [Article(id=i, published=date(2024, 1, i), text=f"正文{i}", content_hash=f"{i:064x}", story_id=story)
                    for i, story in ((1, 1), (2, 1), (3, 3))]
        s.add_all(articles)
        s.flush()
        said = date(2024, 1, 1)
        made = [(1, x.id, "明年经济将增长5%。"), (1, x.id, "后年通胀将回落。"), (1, y.id, "明年经济将增长5%。"),
                (2, x.id, "明年經濟將增長5%！"), (3, x.id, "明年经济将增长5%。")]
        for i, (article, speaker, statement) in enumerate(made, start=1):
            s.add(Claim(id=i, text=statement, statement=statement, speaker_id=speaker, article_id=article,
                        probability=0.8, said_on=said))
        s.flush()
        s.add_all([Resolution(claim_id=i, verdict="true", resolved_by="person") for i in range(1, 6)])
    with session_scope(url) as s:
        card = gather(s, "speaker", None, None, 1)
    assert card.overall.claims == 4  # claim 4 repeats claim 1 (same story 1, same speaker 甲)
    assert sorted(line.id for lines in card.claims.values() for line in lines) == [1, 2, 3, 5]
    assert {g.group: (g.claims, g.true) for g in card.groups} == {"甲": (3, 3), "乙": (1, 1)}
