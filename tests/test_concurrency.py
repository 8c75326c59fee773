"""Racing and crashing processes on one database: nothing lost, nothing doubled, no lock errors shown."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import FIXTURES, ROOT, rows, run_cli

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
OUTCOMES = sorted((FIXTURES / "outcomes").glob("*.txt"))


def _popen(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "claims", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=os.environ.copy(), cwd=ROOT)


def _folder(root: Path, name: str, files: list[Path]) -> Path:
    folder = root / name
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def test_four_ingests_and_a_nightly_at_once(isolated_db: str, tmp_path: Path) -> None:
    everything = ARTICLES + OUTCOMES
    folders = [
        _folder(tmp_path, "a", ARTICLES), _folder(tmp_path, "b", OUTCOMES),
        _folder(tmp_path, "c", ARTICLES[:5] + OUTCOMES[:8]), _folder(tmp_path, "d", everything),
    ]
    procs = [_popen("ingest", str(f)) for f in folders] + [_popen("nightly", "--as-of", "2024-12-31")]
    results = [(p.args, *p.communicate(timeout=600), p.returncode) for p in procs]
    for args, _out, err, code in results:
        assert code == 0, (args, err[-2000:])
        assert "locked" not in err.lower() and "busy" not in err.lower()
    stored = rows(isolated_db, "select path, content_hash from article")
    assert len(stored) == len(everything)  # every article once
    assert len({h for _, h in stored}) == len(everything)
    # every claim present: the same number per article as one process alone extracts
    out = run_cli("extract", *[str(f) for f in folders[3].iterdir()], "--json")
    expected: dict[str, int] = {}
    for claim in json.loads(out.stdout):
        name = Path(claim["article"]["path"]).name
        expected[name] = expected.get(name, 0) + 1
    per_article = rows(isolated_db, "select a.path, count(c.id) from article a left join claim c on c.article_id = a.id "
                                    "group by a.path")
    assert {Path(p).name: n for p, n in per_article if n} == expected
    assert run_cli("db", "check").returncode == 0


def _variants(root: Path, n: int) -> Path:
    """``n`` distinct article files made from the fixtures (a numbered line keeps each text unique)."""
    folder = root / "many"
    folder.mkdir()
    sources = ARTICLES + OUTCOMES
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        text = re.sub(r"(?m)^url: .*$", f"url: https://example.org/copies/{i}", text)  # another URL, another text
        head, _, body = text.partition("\n---\n")
        (folder / f"{i:03d}.txt").write_text(f"{head}\n---\n（本文为第{i}号测试副本。）\n{body}", encoding="utf-8")
    return folder


def test_kill_9_ingest_at_random_moments_then_finish(isolated_db: str, tmp_path: Path) -> None:
    folder = _variants(tmp_path, 60)
    expected: dict[str, int] = {}
    for claim in json.loads(run_cli("extract", str(folder), "--json").stdout):
        name = Path(claim["article"]["path"]).name
        expected[name] = expected.get(name, 0) + 1
    rng = random.Random(20261130)
    for target in (3, 18, 35):
        proc = _popen("ingest", str(folder))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if rows(isolated_db, "select count(*) from article")[0][0] >= target:
                    break
            except Exception:
                pass  # not created yet
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere inside the next article
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        check = run_cli("db", "check")
        assert check.returncode == 0, check.stdout + check.stderr
        per_article = rows(isolated_db, "select a.path, count(c.id) from article a left join claim c "
                                        "on c.article_id = a.id group by a.path")
        for path, n in per_article:  # no article without its claims
            assert n == expected.get(Path(path).name, 0), (path, n)
    again = run_cli("ingest", str(folder))
    assert again.returncode == 0, again.stderr
    assert rows(isolated_db, "select count(*) from article")[0][0] == 60
    assert rows(isolated_db, "select count(*) from claim")[0][0] == sum(expected.values())
    assert run_cli("db", "check").returncode == 0


def test_a_person_verdict_during_the_nightly_run_stands(stocked_db: str) -> None:
    claims = json.loads(run_cli("list", "--json").stdout)
    target = next(c for c in claims if "增长的预期目标定为6%至6.5%" in c["text"])
    job = _popen("nightly", "--as-of", "2024-12-31", "--auto-resolve-above", "0.5", "--batch-size", "1")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if rows(stocked_db, "select count(*) from jobrun where outcome = 'running'")[0][0]:
                break
        except Exception:
            pass
        time.sleep(0.05)
    person = run_cli("resolve", str(target["id"]), "--verdict", "partly", "--note", "mid-run",
                     env={"CLAIMS_USER": "erin"})
    assert person.returncode == 0, person.stderr
    out, err = job.communicate(timeout=600)
    assert job.returncode == 0, err
    assert out.startswith("nightly run 1 as of 2024-12-31:")
    shown = json.loads(run_cli("show", str(target["id"]), "--json").stdout)
    assert shown["verdict"] == "partly"
    assert [h for h in shown["history"] if h["current"]][0]["resolver"] == "erin"


def test_timestamps_are_utc_and_aware(stocked_db: str) -> None:
    from datetime import timezone

    from sqlmodel import select

    from claims.store.db import resolve_url, session_scope
    from claims.store.models import Article, Resolution

    claim = json.loads(run_cli("list", "--json").stdout)[0]
    assert run_cli("resolve", str(claim["id"]), "--verdict", "true").returncode == 0
    with session_scope(resolve_url(stocked_db)) as session:
        stamp = session.exec(select(Resolution)).first().resolved_at  # type: ignore[union-attr]
        fetched = session.exec(select(Article)).first().fetched_at  # type: ignore[union-attr]
    for value in (stamp, fetched):
        assert value.tzinfo is not None and value.utcoffset() == timezone.utc.utcoffset(value)
    history = json.loads(run_cli("history", str(claim["id"]), "--json").stdout)
    assert history[0]["at"].endswith("+00:00")


def test_jieba_cache_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    # ingest always segments (the search index), so it always loads jieba; extract may not need to
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "CLAIMS_CACHE_DIR": ""}
    out = run_cli("ingest", str(ARTICLES[0]), "--db", f"sqlite:///{tmp_path / 'c.db'}", env=env)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "data" / "claims" / "cache" / "jieba.cache").is_file()
    mode = (tmp_path / "data" / "claims" / "cache").stat().st_mode & 0o777
    assert mode == 0o700
