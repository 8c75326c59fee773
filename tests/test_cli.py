"""The command line in real processes: exit codes, JSON shapes, errors, the default database."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, run_cli, seed

ARTICLES = FIXTURES / "articles"
CLAIM_KEYS = {"article", "speaker", "text", "span", "statement", "kind", "probability", "hedge", "deadline"}


def _ingest_fixtures():
    done = run_cli("ingest", str(ARTICLES), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_ingest_stores_and_reingest_adds_nothing():
    first = _ingest_fixtures()
    n_articles = len(list(ARTICLES.glob("*.txt")))
    assert first["stored"] == n_articles and first["failed"] == 0 and first["claims"] >= 50
    again = run_cli("ingest", str(ARTICLES))
    assert again.returncode == 0
    assert f"0 ingested, {n_articles} skipped as duplicates, 0 refused; 0 claims added" in again.stdout
    assert "skipped" in again.stdout


def test_extract_json_contract_and_writes_nothing(isolated_db):
    done = run_cli("extract", str(seed("001_2cc3fc874bb8f236.txt")), "--published", "2019-02-25", "--json")
    assert done.returncode == 0, done.stderr
    assert "许利平" in done.stdout  # UTF-8, not ASCII-escaped
    claims = json.loads(done.stdout)
    assert claims and all(CLAIM_KEYS <= set(c) for c in claims)
    first = claims[0]
    assert set(first["article"]) >= {"path", "title", "published", "lang"}
    assert first["article"]["published"] == "2019-02-25"
    assert set(first["deadline"]) == {"text", "start", "end", "basis"}
    assert first["speaker"] == {"name": "许利平", "title": first["speaker"]["title"], "kind": "person"}
    text = seed("001_2cc3fc874bb8f236.txt").read_text(encoding="utf-8")
    assert all(text[c["span"][0]:c["span"][1]] == c["text"] for c in claims)
    assert not Path(isolated_db).exists()


def test_list_show_speakers_json():
    _ingest_fixtures()
    listed = json.loads(run_cli("list", "--json").stdout)
    assert listed and all(CLAIM_KEYS | {"id", "status", "verdict", "suggested_verdict"} <= set(c) for c in listed)
    # every fixture deadline is in the past; a claim without a deadline stays open
    assert all(c["status"] == ("due" if c["deadline"] else "open") for c in listed)
    assert {c["status"] for c in listed} == {"due", "open"}
    one = json.loads(run_cli("show", str(listed[0]["id"]), "--json").stdout)
    assert one["id"] == listed[0]["id"] and one["evidence"] == [] and one["history"] == []
    speakers = json.loads(run_cli("speakers", "--json").stdout)
    names = {s["name"]: s for s in speakers}
    assert names["阿都加尼沙烈"]["claims"] == 3
    by_speaker = json.loads(run_cli("list", "--speaker", "阿都加尼沙烈", "--json").stdout)
    assert len(by_speaker) == 3 and all(c["speaker"]["name"] == "阿都加尼沙烈" for c in by_speaker)
    due = json.loads(run_cli("list", "--due-before", "2020-01-01", "--json").stdout)
    assert due and all(c["deadline"]["end"] < "2020-01-01" for c in due)
    # a name no speaker has: no claims, exit 0, and a note that says so (a misspelling is not an empty record)
    nobody = run_cli("list", "--speaker", "阿都加尼", "--json")
    assert nobody.returncode == 0 and json.loads(nobody.stdout) == []
    assert nobody.stderr.strip() == "note: no speaker named 阿都加尼 (claims speakers lists them)"
    quiet = run_cli("list", "--speaker", "阿都加尼沙烈", "--status", "resolved", "--json")
    assert quiet.returncode == 0 and json.loads(quiet.stdout) == [] and quiet.stderr == ""


def test_add_reads_chinese_and_english_deadlines():
    done = run_cli("add", "美联储年底前降息", "--speaker", "李明", "--deadline", "年底前", "--probability", "0.7",
                   "--said-on", "2024-03-01", "--json")
    assert done.returncode == 0, done.stderr
    claim = json.loads(done.stdout)
    assert claim["deadline"]["end"] == "2024-12-31" and claim["probability"] == 0.7
    assert claim["speaker"]["name"] == "李明" and claim["origin"] == "manual" and claim["status"] == "due"
    done = run_cli("add", "Inflation falls below 2%", "--speaker", "Jane Doe", "--deadline", "next March",
                   "--said-on", "2024-06-10", "--json")
    assert json.loads(done.stdout)["deadline"]["end"] == "2025-03-31"
    company = json.loads(run_cli("add", "Chip output doubles", "--speaker", "Intel Corp", "--said-on", "2024-06-10",
                                 "--json").stdout)
    assert company["speaker"]["kind"] == "organisation"  # read from the name, not the person default
    for typo in ("sometime maybe", "2024-02-30", "2024-13-01", "2023-01-01"):
        bad = run_cli("add", "x", "--speaker", "y", "--deadline", typo, "--said-on", "2024-03-01")
        assert bad.returncode == 2 and bad.stderr.startswith("Error: --deadline"), typo  # a bad option value
        assert len(bad.stderr.strip().splitlines()) == 1
    assert len(json.loads(run_cli("list", "--json").stdout)) == 3  # nothing half-written by the refusals


def test_timex_json():
    done = run_cli("timex", "峰会将于2月27日至28日举行，协议或在4月底前签署", "--published", "2019-02-25", "--json")
    found = json.loads(done.stdout)
    assert [(t["text"], t["start"], t["end"]) for t in found] == [
        ("2月27日至28日", "2019-02-27", "2019-02-28"), ("4月底前", "2019-02-25", "2019-04-30")]


def test_bad_inputs_are_one_line_errors_and_others_still_ingested(tmp_path, bad_files):
    good = tmp_path / "good.txt"
    shutil.copy(ARTICLES / "xinhua_npc_2019.txt", good)
    binary, gbk = bad_files["binary"], bad_files["not valid UTF-8"]
    undated = tmp_path / "undated.txt"
    undated.write_text("他说，明年将举行会谈。\n", encoding="utf-8")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    done = run_cli("ingest", str(good), str(binary), str(gbk), str(undated), str(empty_dir), str(tmp_path / "nope.txt"))
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 5 and all(line.startswith("Error: ") for line in errors)
    for path in (binary, gbk, undated, empty_dir, tmp_path / "nope.txt"):
        assert any(str(path) in line for line in errors)
    assert "1 ingested, 0 skipped as duplicates, 5 refused" in done.stdout
    assert len(json.loads(run_cli("list", "--json").stdout)) >= 5


def test_usage_and_user_errors_have_documented_codes():
    assert run_cli("list", "--status", "bogus").returncode == 2
    bad_date = run_cli("extract", str(ARTICLES), "--published", "25/02/2019")
    assert bad_date.returncode == 2 and bad_date.stderr.strip() == (
        "Error: --published: '25/02/2019' is not a date in YYYY-MM-DD form (see 'claims extract -h')")
    no_day = run_cli("extract", str(ARTICLES), "--published", "2023-02-30")
    assert no_day.returncode == 2 and no_day.stderr.strip() == "Error: --published: '2023-02-30' is not a real day (see 'claims extract -h')"
    too_early = run_cli("add", "明年经济将增长5%", "--speaker", "李明", "--said-on", "1800-01-01")
    assert too_early.returncode == 2 and too_early.stderr.strip() == (
        "Error: --said-on: '1800-01-01' is before 1900-01-01; is the year mistyped? (see 'claims add -h')")
    too_late = run_cli("extract", str(ARTICLES), "--published", "3024-01-01")
    assert too_late.returncode == 2 and too_late.stderr.strip() == (
        "Error: --published: '3024-01-01' is more than a year after today; is the year mistyped? (see 'claims extract -h')")
    folder = run_cli("nightly", "--digest", str(ROOT))
    assert folder.returncode == 1 and folder.stderr.strip() == (
        f"Error: --digest: {ROOT} is a folder; give a file such as {ROOT / 'digest.md'}")
    missing = run_cli("show", "999", "--json")
    assert missing.returncode == 1 and missing.stderr.strip() == "Error: no claim with id 999"


def test_database_error_exit_code(tmp_path):
    done = run_cli("list", "--db", "notadb://x")
    assert done.returncode == 3 and done.stderr.startswith("Error: ")
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite", encoding="utf-8")
    done = run_cli("list", "--db", str(junk))
    assert done.returncode == 3 and len(done.stderr.strip().splitlines()) == 1
    assert junk.read_text(encoding="utf-8") == "not sqlite"
    missing = run_cli("list", "--db", str(tmp_path / "no" / "such" / "x.db"))
    assert missing.returncode == 3 and "does not exist" in missing.stderr
    as_url = run_cli("list", "--db", f"sqlite:///{tmp_path / 'no' / 'x.db'}")
    assert as_url.returncode == 3 and "does not exist" in as_url.stderr
    assert not (tmp_path / "no").exists()


def test_db_option_before_or_after_the_command(tmp_path):
    target = tmp_path / "mine.db"
    assert run_cli("--db", str(target), "add", "x", "--speaker", "y").returncode == 0
    assert len(json.loads(run_cli("list", "--db", str(target), "--json").stdout)) == 1
    assert len(json.loads(run_cli("--db", str(target), "list", "--json").stdout)) == 1
    assert json.loads(run_cli("list", "--json").stdout) == []  # CLAIMS_DB untouched


def test_help_has_examples_and_skips_heavy_imports():
    for command in ("ingest", "extract", "add", "list", "show", "speakers", "speakers merge", "timex", "eval", "db",
                    "db upgrade", "db path"):
        out = run_cli(*command.split(), "--help").stdout
        assert "Example" in out and "claims " in out
    probe = run_cli_python("import sys, claims.cli; print('jieba' in sys.modules, 'dateparser' in sys.modules)")
    assert probe == "False False"


def run_cli_python(code: str) -> str:
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_db_upgrade_and_default_path(tmp_path):
    target = tmp_path / "other.db"
    first = run_cli("db", "upgrade", "--db", str(target))
    assert first.returncode == 0 and re.match(r"upgraded from empty to \w+", first.stdout)
    assert run_cli("db", "upgrade", "--db", str(target)).stdout.startswith("already at revision")


def test_default_database_is_per_user_file(tmp_path):
    env = {"CLAIMS_DB": "", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = run_cli("db", "path", env=env)
    assert done.stdout.strip() == f"sqlite:///{tmp_path / 'data' / 'claims' / 'claims.db'}"


def test_lang_is_detected_or_given(tmp_path):
    english = json.loads(run_cli("extract", str(ARTICLES / "reuters_starship_2023.txt"), "--json").stdout)
    assert english and {c["article"]["lang"] for c in english} == {"en"}
    bare = tmp_path / "bare.txt"
    bare.write_text("Officials said the bridge will reopen next month.\n", encoding="utf-8")
    detected = json.loads(run_cli("extract", str(bare), "--published", "2024-05-01", "--json").stdout)
    assert [(c["article"]["lang"], c["speaker"]["name"], c["deadline"]["end"]) for c in detected] == [
        ("en", "Officials", "2024-06-30")]
    forced = json.loads(run_cli("extract", str(bare), "--published", "2024-05-01", "--lang", "zh", "--json").stdout)
    assert {c["article"]["lang"] for c in forced} <= {"zh"}
    assert run_cli("extract", str(bare), "--lang", "fr").returncode == 2


def _stored_claims(url: str) -> list[tuple]:
    import sqlite3

    con = sqlite3.connect(url.removeprefix("sqlite:///"))
    rows = con.execute(
        "SELECT a.path, c.text, s.name, c.kind, c.probability, c.deadline_end, c.deadline_basis FROM claim c "
        "JOIN article a ON a.id = c.article_id LEFT JOIN speaker s ON s.id = c.speaker_id").fetchall()
    con.close()
    return sorted(rows, key=repr)


def test_ingest_workers_and_batches_store_the_same_claims(tmp_path):
    """--workers 2 with small batches stores exactly what one process storing one article at a time does,
    event-dated deadlines included; a refused file keeps its place in the output."""
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    for path in sorted((FIXTURES / "outcomes").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "m_empty.txt").write_text("", encoding="utf-8")
    urls = {}
    for name, args in {"one": ("--workers", "1", "--batch", "1"), "two": ("--workers", "2", "--batch", "3")}.items():
        urls[name] = f"sqlite:///{tmp_path / name}.db"
        done = run_cli("ingest", str(folder), "--db", urls[name], "--json", *args)
        assert done.returncode == 1, done.stderr  # the empty file is refused
        report = json.loads(done.stdout)
        paths = [a["path"] for a in report["articles"]]
        assert paths == sorted(paths)  # input order, the refusal in its place
        assert [a["status"] for a in report["articles"]].count("refused") == 1
    one, two = _stored_claims(urls["one"]), _stored_claims(urls["two"])
    assert len(one) > 60 and one == two
    assert any(row[6] == "event" for row in one)  # deadlines taken from events of other articles


def test_ingest_workers_date_a_claim_by_an_event_of_the_same_run(tmp_path):
    """The second article names the opening that the first one dates; a worker that extracts it while the first
    is still being extracted must not leave it undated (it is given the events the articles before it date)."""
    lines = [
        {"text": "（新山3日讯）交通部长林大伟宣布，柔佛新轻快铁定于3月20日举行通车仪式。", "published": "2023-03-03",
         "url": "https://example.org/a"},
        {"text": "（新山5日讯）去年12月，当局已完成试跑。分析员陈美玲预计，与去年相比，通车后首月客流将突破50万人次。",
         "published": "2023-03-05", "url": "https://example.org/b"},
    ]
    source = tmp_path / "two.jsonl"
    source.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    stored = {}
    for workers in ("1", "2"):
        url = f"sqlite:///{tmp_path / workers}.db"
        done = run_cli("ingest", str(source), "--db", url, "--workers", workers, "--batch", "1")
        assert done.returncode == 0, done.stderr
        stored[workers] = _stored_claims(url)
    assert stored["1"] == stored["2"]
    forecast = [row for row in stored["1"] if "客流" in row[1]]
    assert forecast and forecast[0][5] == "2023-03-20" and forecast[0][6] == "event"


def test_an_event_dated_twice_in_a_run_still_dates_a_later_bare_mention(tmp_path):
    """The same summit dated by an article ingested twice in one run (or again after an interrupted run, or by a
    republished copy) is one set of dates, not two events that make 本次峰会 ambiguous: the later article's claims
    take its date with one worker or two (a fresh-user trial: they had no deadline)."""
    first = {"url": "https://example.org/a1", "published": "2025-03-10",
             "text": "（吉隆坡10日讯）外交部宣布，第46届东盟峰会定于3月20日在吉隆坡举行。外交部长说，各国领导人将出席。"}
    later = {"url": "https://example.org/a2", "published": "2025-03-14",
             "text": "（吉隆坡14日讯）分析人士认为，本次峰会有望取得积极成果。"}
    a1, a2 = tmp_path / "a1.jsonl", tmp_path / "a2.jsonl"
    a1.write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    a2.write_text(json.dumps(later, ensure_ascii=False) + "\n", encoding="utf-8")
    copy = tmp_path / "a1-copy.jsonl"  # the same story under another address, a few words changed
    copy.write_text(json.dumps({**first, "url": "https://example.org/a1-copy",
                                "text": first["text"].replace("各国领导人将出席", "东盟十国领导人将出席")},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    for workers in ("1", "2"):
        for name, inputs in (("twice", (a1, a1, a2)), ("copy", (a1, copy, a2))):
            url = f"sqlite:///{tmp_path / f'{name}{workers}.db'}"
            done = run_cli("ingest", *map(str, inputs), "--db", url, "--workers", workers)
            assert done.returncode == 0, done.stderr
            forecast = [row for row in _stored_claims(url) if "积极成果" in row[1]]
            assert forecast and forecast[0][5] == "2025-03-20" and forecast[0][6] == "event", (name, workers, forecast)


def test_a_lone_surrogate_refuses_its_line_and_a_non_utf8_file_name_is_stored_escaped(tmp_path):
    """"\\ud800" in a JSONL string is valid JSON but no character (the database cannot store it): that line is
    refused with its number and field, the others stored (it aborted the whole batch). A file whose name is not
    UTF-8 (GBK-named archives) is stored under the name with \\xNN escapes (it aborted the run)."""
    good = {"url": "https://example.org/ok", "published": "2025-03-10", "text": "外交部长说，各国领导人将于明年出席峰会。"}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(good, ensure_ascii=False) + "\n"
                    + '{"url": "https://example.org/bad", "published": "2025-03-10", "text": "部长说\\ud800，明年将出席。"}\n'
                    + '{"url": "https://example.org/bad2", "published": "2025-03-10", "title": "x\\udfff", '
                      '"text": "财政部长说，明年经济将增长3%。"}\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'feed.db'}"
    done = run_cli("ingest", str(feed), "--db", url)
    assert done.returncode == 1
    assert f"Error: {feed}:2: text holds a lone surrogate (\\ud800 at character 4)" in done.stderr
    assert f"Error: {feed}:3: title holds a lone surrogate (\\udfff at character 2)" in done.stderr
    assert "1 ingested, 0 skipped as duplicates, 2 refused; 1 claims added" in done.stdout
    folder = tmp_path / "named"
    folder.mkdir()
    import os

    raw = os.fsencode(str(folder)) + "/报告".encode("gbk") + b".txt"
    with open(raw, "wb") as handle:
        handle.write("外交部长说，各国领导人将于明年出席峰会。\n".encode())
    url = f"sqlite:///{tmp_path / 'named.db'}"
    done = run_cli("ingest", str(folder), "--published", "2025-03-10", "--db", url)
    assert done.returncode == 0, done.stderr
    assert "\\xb1\\xa8\\xb8\\xe6.txt: article 1, 1 claims" in done.stdout
    import sqlite3

    path = sqlite3.connect(url.removeprefix("sqlite:///")).execute("SELECT path FROM article").fetchone()[0]
    assert path == str(folder) + "/\\xb1\\xa8\\xb8\\xe6.txt"


def test_usage_errors_are_one_error_line_with_exit_2():
    """A bad option value, a missing argument or an unknown command: one `Error:` line naming the help to read,
    exit 2 (README, "Exit codes") — not Click's box of several lines."""
    for args, words in ((("extract", "x.txt", "--lang", "fr"), "'fr' is not one of"),
                        (("extract",), "Missing argument"), (("nosuch",), "No such command")):
        done = run_cli(*args)
        assert done.returncode == 2, args
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and words in lines[0], done.stderr
        assert "-h'" in lines[0]
    # a missing option value names the command's help, not the root's; empty values are bad values too
    for args, line in ((("ingest", "x.txt", "--lang"), "Error: Option '--lang' requires an argument. (see 'claims ingest -h')"),
                       (("add", "rates fall", "--speaker", " "), "Error: --speaker is empty (see 'claims add -h')"),
                       (("add", "rates fall", "--speaker", "A", "--tag", ""), "Error: --tag is empty (see 'claims add -h')"),
                       (("list", "--speaker", ""), "Error: --speaker is empty (see 'claims list -h')")):
        done = run_cli(*args)
        assert (done.returncode, done.stderr.strip()) == (2, line), args
    assert json.loads(run_cli("list", "--json").stdout) == []  # nothing was stored by the refused adds


def test_help_shows_no_type_for_flags():
    """On/off flags take no value: help gives them no type (typer 0.29 would print <bool>)."""
    out = run_cli("ingest", "--help", env={"COLUMNS": "200"}).stdout
    assert "<bool>" not in out and "--strict" in out and "--json" in out
    assert "<int" in out  # --workers still shows its type


def test_version_prints_the_version():
    from claims import __version__

    done = run_cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"claims {__version__}"


def test_extract_with_the_wrong_lang_says_so(tmp_path):
    """--lang zh on an English text finds nothing; the note names the language the text looks like."""
    text = tmp_path / "en.txt"
    text.write_text("The central bank will raise rates next month, the governor said on Monday.\n", encoding="utf-8")
    done = run_cli("extract", str(text), "--published", "2024-01-10", "--lang", "zh", "--json")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    assert "the text looks like en (try --lang auto)" in done.stderr
    right = run_cli("extract", str(text), "--published", "2024-01-10", "--json")
    assert len(json.loads(right.stdout)) == 1 and "looks like" not in right.stderr


def test_ingest_reextract_replaces_extracted_claims_and_keeps_worked_on_ones(tmp_path):
    story = tmp_path / "tepco.txt"
    story.write_text("Tokyo Electric Power Co said on Monday it will restart the No. 7 reactor next month. "
                     "The company expects power prices to fall by the end of the year, a spokesman said. "
                     "Hitachi said it will open a plant in Ibaraki in 2026.", encoding="utf-8")
    wrong = run_cli("ingest", str(story), "--lang", "zh", "--published", "2024-05-06", "--json")
    assert wrong.returncode == 0 and json.loads(wrong.stdout)["claims"] == 0
    assert json.loads(wrong.stdout)["articles"][0]["note"].endswith("looks like en (ingest it again with --lang en --reextract)")
    skipped = run_cli("ingest", str(story), "--lang", "en", "--published", "2024-05-06")
    assert "1 skipped as duplicates" in skipped.stdout and "--reextract" in skipped.stdout
    again = json.loads(run_cli("ingest", str(story), "--lang", "en", "--published", "2024-05-06", "--reextract",
                               "--json").stdout)
    assert (again["reextracted"], again["claims"]) == (1, 3)
    assert again["articles"][0] | {"story": None} == {"path": str(story), "article_id": 1, "claims": 3,
                                                       "status": "reextracted", "updated": 0, "removed": 0,
                                                       "kept": 0, "encoding": "utf-8", "story": None}
    listed = json.loads(run_cli("list", "--json").stdout)
    assert [c["speaker"]["name"] for c in listed] == ["Tokyo Electric Power", "Tokyo Electric Power", "Hitachi"]
    assert run_cli("resolve", str(listed[0]["id"]), "--verdict", "true").returncode == 0
    assert run_cli("tag", str(listed[1]["id"]), "电价").returncode == 0
    once_more = json.loads(run_cli("ingest", str(story), "--lang", "en", "--published", "2024-05-06", "--reextract",
                                   "--json").stdout)["articles"][0]
    assert (once_more["claims"], once_more["updated"], once_more["removed"], once_more["kept"]) == (0, 1, 0, 2)
    after = json.loads(run_cli("list", "--json").stdout)
    assert [c["id"] for c in after] == [c["id"] for c in listed]  # every id kept: a cited claim stays that claim
    assert after[0]["verdict"] == "true" and after[1]["tags"] == ["电价"]
    assert after[2]["speaker"]["name"] == "Hitachi" and after[2]["deadline"]["end"] == "2026-12-31"
    redated = run_cli("ingest", str(story), "--lang", "en", "--published", "2024-09-01", "--reextract")
    assert redated.returncode == 1 and "keeps that date (give --published 2024-05-06, or that date in the file)" in redated.stderr
    assert json.loads(run_cli("list", "--json").stdout) == after  # refused: nothing changed
    # --url: recorded when the stored article had none, refused when it names another
    url = "https://example.org/tepco-restart"
    assert run_cli("ingest", str(story), "--lang", "en", "--published", "2024-05-06", "--reextract",
                   "--url", url).returncode == 0
    assert json.loads(run_cli("list", "--json").stdout)[0]["article"]["url"] == url
    other = run_cli("ingest", str(story), "--lang", "en", "--published", "2024-05-06", "--reextract",
                    "--url", "https://example.org/other")
    assert other.returncode == 1 and f"from {url}; --reextract keeps that URL" in other.stderr
    assert json.loads(run_cli("list", "--json").stdout)[0]["article"]["url"] == url


def test_extract_glob_in_folders(tmp_path: Path) -> None:
    """`claims extract DIR --glob` reads the files the note about skipped types points to (.md here)."""
    (tmp_path / "a.md").write_text("---\npublished: 2024-05-01\n---\n财政部长李明说，明年经济将增长5%。\n", encoding="utf-8")
    assert run_cli("extract", str(tmp_path), "--json").returncode == 1  # no article of a known type
    done = run_cli("extract", str(tmp_path), "--glob", "*.md", "--json")
    assert done.returncode == 0, done.stderr
    (claim,) = json.loads(done.stdout)
    assert claim["speaker"]["name"] == "李明" and claim["deadline"]["end"] == "2025-12-31"


def test_english_statement_drops_the_attribution_after_the_quote(tmp_path: Path) -> None:
    """'"…by the end of 2025," Powell told reporters.' states the quotation, not the closing mark and its speaker."""
    (tmp_path / "en.txt").write_text(
        '---\npublished: 2024-11-20\n---\nFederal Reserve Chair Jerome Powell spoke on Tuesday. "We are confident '
        'inflation will return to 2% by the end of 2025," Powell told reporters. "We will probably cut rates next '
        'year," Powell said on Tuesday.\n', encoding="utf-8")
    done = run_cli("extract", str(tmp_path / "en.txt"), "--json")
    assert done.returncode == 0, done.stderr
    statements = [c["statement"] for c in json.loads(done.stdout)]
    assert statements == ["We are confident inflation will return to 2% by the end of 2025",
                          "We will probably cut rates next year"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_ingest_between_articles_and_keeps_what_it_stored(tmp_path, workers):
    """The first Ctrl-C (SIGINT, to the whole process group as a terminal sends it) lets ingest store the articles
    read so far and stop: exit 130, one "stopping" line and one error line, no traceback (worker processes ignore
    it: they had the CLI's handler, printed the line once each and raised inside the pool), a summary that
    matches the database (no article half-written)."""
    import os
    import signal
    import sqlite3
    import time

    rows = [json.loads(line) for path in sorted((FIXTURES / "gold").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    feed = tmp_path / "many.jsonl"
    feed.write_text("".join(
        json.dumps({"text": f"{rows[i % len(rows)]['text']}\n（第{i}篇）", "published": rows[i % len(rows)]["published"],
                    "outlet": rows[i % len(rows)]["outlet"]}, ensure_ascii=False) + "\n" for i in range(1500)),
        encoding="utf-8")
    db = tmp_path / "interrupted.db"
    proc = subprocess.Popen([sys.executable, "-m", "claims", "ingest", str(feed), "--db", str(db), "--json",
                             "--workers", workers],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

    def stored() -> int:
        try:
            return sqlite3.connect(db).execute("SELECT count(*) FROM article").fetchone()[0]
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 90
    while stored() == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1].startswith("Error: interrupted: the articles above are stored whole")
    assert err.count("stopping: storing the articles read so far") == 1 and "Traceback" not in err, err
    summary = json.loads(out)
    assert summary["interrupted"] is True and 0 < summary["ingested"] < 1500
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM article").fetchone()[0] == summary["ingested"]
    assert con.execute("SELECT count(*) FROM claim").fetchone()[0] == summary["claims"]


def test_usage_slips_exit_2_and_a_binary_gold_file_is_named(tmp_path):
    # (found by a fresh-user trial: an empty --db fell back silently to the per-user database)
    empty_db = run_cli("--db", "", "list")
    assert empty_db.returncode == 2 and "'--db'" in empty_db.stderr and len(empty_db.stderr.strip().splitlines()) == 1
    for late in (("list", "--db", ""), ("nightly", "--as-of", "2020-01-01", "--db", " "), ("db", "path", "--db", "")):
        refused = run_cli(*late)  # the same after the command (it ran against $CLAIMS_DB before)
        assert refused.returncode == 2 and "'--db'" in refused.stderr, late
    article = FIXTURES / "articles" / "sinchew_ge15_2022.txt"
    two = run_cli("ingest", str(article), str(article), "--url", "https://example.org/a", "--db", str(tmp_path / "t.db"))
    assert two.returncode == 2 and "--url names one article" in two.stderr
    not_url = run_cli("ingest", str(article), "--url", "not a url", "--db", str(tmp_path / "t.db"))
    assert not_url.returncode == 2 and "is not an http(s) address" in not_url.stderr
    assert not (tmp_path / "t.db").exists()
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(128, 256)))
    gold = run_cli("eval", str(junk))
    assert gold.returncode == 1 and str(junk) in gold.stderr and "cannot read" in gold.stderr


def test_an_article_stored_with_published_is_a_duplicate_when_read_again_without_it(tmp_path):
    # (found by a fresh-user trial: it was refused for want of a date, and the run exited 1)
    article = tmp_path / "nodate.txt"
    article.write_text("口岸将实行24小时通关\n\n口岸办有关负责人表示，口岸将于4月1日起实行24小时通关。\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert run_cli("ingest", str(article), "--published", "2024-03-05", "--db", db).returncode == 0
    again = run_cli("ingest", str(article), "--db", db, "--json")
    assert again.returncode == 0
    record = json.loads(again.stdout)["articles"][0]
    assert (record["status"], record["article_id"], record["claims"]) == ("duplicate", 1, 0)
    other = tmp_path / "other.txt"
    other.write_text("另一篇没有日期的文章，明年将开工。\n", encoding="utf-8")
    refused = run_cli("ingest", str(other), "--db", db)
    assert refused.returncode == 1 and "no publication date" in refused.stderr


def test_db_check_reports_a_damaged_file_without_touching_it(tmp_path):
    """A file that is not a database, or one with a damaged page, is a reported problem (exit 1), not a
    'cannot open' database error (exit 3), and the check writes nothing to it."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = junk.read_bytes()
    done = run_cli("db", "check", "--db", str(junk), "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["ok"] is False and report["rows"] == {}
    assert report["problems"] == [f"{junk}: not a usable SQLite database (file is not a database)"]
    assert junk.read_bytes() == before and not (tmp_path / "junk.db-wal").exists()

    good = tmp_path / "good.db"
    assert run_cli("add", "明年经济将增长5%", "--speaker", "李明", "--db", str(good)).returncode == 0
    assert run_cli("db", "check", "--db", str(good)).stdout.startswith("ok: 0 article, 1 claim, 1 speaker")
    data = bytearray(good.read_bytes())
    page = 4096
    data[2 * page:3 * page] = b"\xff" * page  # a b-tree page of the schema's tables, overwritten
    good.write_bytes(bytes(data))
    damaged = run_cli("db", "check", "--db", str(good))
    assert damaged.returncode == 1 and damaged.stdout.splitlines()[0].startswith("problem: ")
    assert re.search(r"problems?$", damaged.stdout.splitlines()[-1])


def test_a_database_error_names_the_database(tmp_path):
    """An SQL error from a damaged schema is one line naming the database it came from, exit 3."""
    import sqlite3

    target = tmp_path / "dropped.db"
    assert run_cli("add", "明年经济将增长5%", "--speaker", "李明", "--db", str(target)).returncode == 0
    con = sqlite3.connect(target)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DROP TABLE resolution")
    con.commit()
    con.close()
    done = run_cli("show", "1", "--db", str(target))
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines() == [
        f"Error: database sqlite:///{target}: (sqlite3.OperationalError) no such table: resolution"]


def test_a_locked_database_names_the_error_not_sqlalchemys_autoflush_note(tmp_path):
    """A command whose query's flush finds the database locked (another process writing) says "database is
    locked" on its one line, exit 3 — not SQLAlchemy's "(raised as a result of Query-invoked autoflush; …)"
    (a fresh-user trial ran `speakers merge` during an ingest)."""
    import sqlite3

    db = tmp_path / "locked.db"
    done = run_cli("ingest", str(ARTICLES / "sinchew_ge15_2022.txt"), "--db", str(db))
    assert done.returncode == 0, done.stderr
    first, second = sqlite3.connect(db).execute("SELECT id FROM speaker ORDER BY id LIMIT 2").fetchall()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        merged = run_cli("speakers", "merge", str(first[0]), str(second[0]), "--db", str(db))
    finally:
        holder.execute("ROLLBACK")
    assert merged.returncode == 3, merged.stderr
    lines = merged.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: database ") and "database is locked" in lines[0], lines
