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


#: CLAIMS_TEST_BACKEND=postgresql runs every test against a PostgreSQL server: CLAIMS_TEST_PG_URL is a URL
#: of a database on it that may create databases (scripts/pg-test-server prints one).
BACKEND = os.environ.get("CLAIMS_TEST_BACKEND", "sqlite")
PG_ADMIN_URL = os.environ.get("CLAIMS_TEST_PG_URL", "")
_PG_TEMPLATE = "claims_test_template"
_pg_state = {"template": False, "n": 0}


def _pg_admin(sql: str) -> None:
    import psycopg

    dsn = PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql)


def pg_database_url(name: str) -> str:
    """The URL of database ``name`` on the test server."""
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    return f"{base}/{name}"


def new_pg_database() -> str:
    """A new, migrated, empty database on the test server (a copy of a template migrated once per session)."""
    if not _pg_state["template"]:
        _pg_admin(f"DROP DATABASE IF EXISTS {_PG_TEMPLATE} WITH (FORCE)")
        _pg_admin(f"CREATE DATABASE {_PG_TEMPLATE}")
        from claims.store.db import upgrade

        upgrade(pg_database_url(_PG_TEMPLATE))
        _pg_state["template"] = True
    _pg_state["n"] += 1
    name = f"claims_test_{os.getpid()}_{_pg_state['n']}"
    _pg_admin(f"CREATE DATABASE {name} TEMPLATE {_PG_TEMPLATE}")
    return name


#: Test modules that never open the database: no PostgreSQL database is made for their tests.
PURE_MODULES = {"test_timex", "test_properties", "test_text", "test_hedges", "test_attribution", "test_stance",
                "test_extract_cases", "test_extract_fixtures", "test_extract_seeds", "test_sources"}


@pytest.fixture(autouse=True)
def isolated_db(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Point CLAIMS_DB at a database of this test's own: a file in tmp_path, or a new PostgreSQL database."""
    if BACKEND == "postgresql" and request.module.__name__ not in PURE_MODULES:
        if not PG_ADMIN_URL:
            pytest.exit("CLAIMS_TEST_BACKEND=postgresql needs CLAIMS_TEST_PG_URL (see scripts/pg-test-server)", 2)
        name = new_pg_database()
        url = pg_database_url(name)
        monkeypatch.setenv("CLAIMS_DB", url)
        yield url
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return
    db = tmp_path / "claims.db"
    monkeypatch.setenv("CLAIMS_DB", str(db))
    yield str(db)


def rows(url: str, sql: str) -> list[tuple]:
    """Rows of a query on the database at ``url`` (file path or URL), through SQLAlchemy, for assertions."""
    from sqlalchemy import create_engine, text

    from claims.store.db import resolve_url

    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


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
_STOCK: dict[str, Path | str] = {}


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

    Filled once per session, then copied for each test: a file copy on SQLite, ``CREATE DATABASE … TEMPLATE``
    on PostgreSQL.
    """
    import shutil

    if BACKEND == "postgresql":
        if "pg" not in _STOCK:
            template = f"claims_stock_{os.getpid()}"
            _pg_admin(f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
            _pg_admin(f"CREATE DATABASE {template} TEMPLATE {_PG_TEMPLATE}")
            _fill(pg_database_url(template))
            from claims.store.db import forget_engine, resolve_url

            forget_engine(resolve_url(pg_database_url(template)))  # no connection may stay on a template
            _STOCK["pg"] = template  # type: ignore[assignment]
        name = isolated_db.rpartition("/")[2]
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        _pg_admin(f"CREATE DATABASE {name} TEMPLATE {_STOCK['pg']}")
        return isolated_db
    if "file" not in _STOCK:
        template = tmp_path_factory.mktemp("stock") / "claims.db"
        _fill(str(template))
        _STOCK["file"] = template
    shutil.copy(_STOCK["file"], isolated_db)
    return isolated_db


def clone_db(url: str, tmp_path: Path) -> str:
    """A copy of the test database at ``url``: another file, or a PostgreSQL database made from it as template."""
    import shutil

    if BACKEND == "postgresql":
        _pg_state["n"] += 1
        name = f"claims_test_{os.getpid()}_{_pg_state['n']}_copy"
        _pg_admin(f"CREATE DATABASE {name} TEMPLATE {url.rpartition('/')[2]}")
        return pg_database_url(name)
    target = tmp_path / "copy.db"
    shutil.copy(url, target)
    return str(target)


def new_database_url(tmp_path: Path, name: str) -> str:
    """Another empty database for a test: a new SQLite file, or a new migrated-empty PostgreSQL database."""
    if BACKEND == "postgresql":
        return pg_database_url(new_pg_database())
    return str(tmp_path / f"{name}.db")
