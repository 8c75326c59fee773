"""Shared test set-up: every test gets its own database; seed articles are read from ../shared/seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point CLAIMS_DB at a file in tmp_path so no test touches a real user's data."""
    url = os.environ.get("CLAIMS_TEST_DB_URL")
    if url:  # a server database given by CI (PostgreSQL runs)
        monkeypatch.setenv("CLAIMS_DB", url)
        return url
    db = tmp_path / "claims.db"
    monkeypatch.setenv("CLAIMS_DB", str(db))
    return str(db)


def seed(name: str) -> Path:
    """A seed article from ../shared/seeds; skips the test when it is absent."""
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed article {name} not found beside the project")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m claims ARGS`` in a real process; returns the completed process (text)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "claims", *args], capture_output=True, text=True, env=full_env,
        input=stdin, cwd=ROOT, timeout=120,
    )


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    """Files no reader should accept, each with the words its error must contain."""
    files = {
        "binary": tmp_path / "photo.txt",
        "not valid UTF-8": tmp_path / "gbk.txt",
        "no article text": tmp_path / "empty.txt",
    }
    files["binary"].write_bytes(b"\x89PNG\x00\x00\x01")
    files["not valid UTF-8"].write_bytes("国务院总理将于明年访问。".encode("gbk"))
    files["no article text"].write_text("  \n", encoding="utf-8")
    return files


SEED_DATES = {"000_3251ff0e07fb26e6.txt": "2019-02-10", "001_2cc3fc874bb8f236.txt": "2019-02-25"}
_STOCK: dict[str, Path] = {}


def _stock_articles() -> list[tuple[Path, str | None]]:
    files: list[tuple[Path, str | None]] = [(SEEDS / name, day) for name, day in SEED_DATES.items()
                                            if (SEEDS / name).exists()]
    files += [(p, None) for p in sorted((FIXTURES / "articles").glob("*.txt"))]
    files += [(p, None) for p in sorted((FIXTURES / "outcomes").glob("*.txt"))]
    return files


def _fill(url: str) -> None:
    """Ingest the seeds (when present), fixtures/articles and fixtures/outcomes into ``url``, in publication order."""
    from datetime import date

    from sqlmodel import Session

    from claims.extract import load_article
    from claims.store.db import open_engine, resolve_url
    from claims.store.repo import save_article

    loaded = [load_article(path, date.fromisoformat(day) if day else None) for path, day in _stock_articles()]
    loaded.sort(key=lambda x: (x[0].published, str(x[0].path)))
    engine = open_engine(resolve_url(url))
    with Session(engine) as session:
        for article, extracted, events in loaded:
            save_article(session, article, extracted, events)
        session.commit()
    engine.dispose()


@pytest.fixture
def stocked_db(isolated_db: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The test's database, filled with the seeds, fixture articles and outcome articles (no nightly run yet).

    SQLite: a copy of a file filled once per session; a server database is filled for each test.
    """
    import shutil

    if "://" in isolated_db:
        _fill(isolated_db)
        return isolated_db
    if "file" not in _STOCK:
        template = tmp_path_factory.mktemp("stock") / "claims.db"
        _fill(str(template))
        _STOCK["file"] = template
    shutil.copy(_STOCK["file"], isolated_db)
    return isolated_db
