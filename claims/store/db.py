"""The database: one URL resolver, engines, sessions and migrations.

The URL comes from ``--db``, else the ``CLAIMS_DB`` environment variable, else
a per-user SQLite file (``platformdirs.user_data_dir('claims')/claims.db``).
A bare file path is taken as a SQLite file. SQLite runs in WAL mode with
foreign keys on and a busy timeout. Migrations live in ``alembic/`` beside the
package and run automatically on first use (:func:`open_engine`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

#: Milliseconds a SQLite writer waits for a lock before failing.
SQLITE_BUSY_TIMEOUT_MS = 15_000

ENV_VAR = "CLAIMS_DB"


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says why."""


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message (SQLAlchemy appends a 'Background on this error' line)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def default_db_path() -> Path:
    """The per-user SQLite file (created with its folder on first use)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("claims", appauthor=False)) / "claims.db"


def resolve_url(db: str | None = None) -> str:
    """The database URL: ``db`` (a URL or a file path), else ``$CLAIMS_DB``, else the per-user file."""
    value = db or os.environ.get(ENV_VAR)
    if not value:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if value.startswith("sqlite:///") and not value.startswith("sqlite:///:memory:"):
        folder = Path(value[len("sqlite:///"):].split("?", 1)[0]).expanduser().parent
        if not folder.is_dir():
            raise DatabaseError(f"{value}: folder {folder} does not exist")
        return value
    if "://" not in value:
        path = Path(value).expanduser()
        if value.endswith(("/", os.sep)) or path.is_dir():
            raise DatabaseError(f"{value}: is a folder; give a database file such as {path / 'claims.db'}")
        if not path.parent.is_dir():
            raise DatabaseError(f"{value}: folder {path.parent} does not exist")
        return f"sqlite:///{path}"
    return value


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Python's sqlite3 module starts transactions itself, late and not before SAVEPOINT, so a
    # savepoint's release would commit (SQLAlchemy docs, "Serializable isolation / Savepoints /
    # Transactional DDL"): turn that off here and emit BEGIN on every SQLAlchemy begin instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError
        raise DatabaseError(f"not a database URL: {url} ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from None


def alembic_dir() -> Path:
    """The ``alembic/`` folder that holds the migration scripts."""
    here = Path(__file__).resolve().parent.parent.parent / "alembic"
    if not (here / "env.py").exists():
        raise DatabaseError(f"migration scripts not found at {here}; install claims from its source tree")
    return here


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    """An Alembic ``Config`` for ``url`` without needing alembic.ini."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Run pending migrations on ``url``; returns (revision before, revision after)."""
    from alembic import command

    engine = make_engine(url)
    try:
        before = current_revision(engine)
        config = alembic_config(url)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        return before, current_revision(engine)
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(f"cannot migrate {make_url(url).render_as_string(hide_password=True)}: {_first_line(exc)}") from None
    finally:
        engine.dispose()


@lru_cache(maxsize=8)
def open_engine(url: str) -> Engine:
    """An engine for ``url`` whose schema is at the head revision (migrating first if needed)."""
    engine = make_engine(url)
    try:
        current = current_revision(engine)
    except Exception as exc:
        raise DatabaseError(f"cannot open {make_url(url).render_as_string(hide_password=True)}: {_first_line(exc)}") from None
    if current != head_revision():
        before, after = upgrade(url)
        if before is not None:  # an existing database changed schema: say so (a new one is just created)
            logging.getLogger("claims").warning(
                "upgraded database %s from revision %s to %s", make_url(url).render_as_string(hide_password=True),
                before, after)
    return engine


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = Session(open_engine(url), expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
