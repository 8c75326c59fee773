"""The database: one URL resolver, engines, sessions and migrations.

The URL comes from ``--db``, else the ``CLAIMS_DB`` environment variable, else
a per-user SQLite file (``platformdirs.user_data_dir('claims')/claims.db``).
A bare file path is taken as a SQLite file. SQLite runs in WAL mode with
foreign keys on and a busy timeout. Migrations live in ``alembic/`` beside the
package and run automatically on first use (:func:`open_engine`).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import TextClause, event, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

#: Milliseconds a SQLite writer waits for a lock before failing.
SQLITE_BUSY_TIMEOUT_MS = 15_000

ENV_VAR = "CLAIMS_DB"


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says why."""


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (SQLAlchemy appends a 'Background on this error' line, and puts
    "(raised as a result of Query-invoked autoflush; …)" before the error itself when a query's flush failed)."""
    lines = [line for line in str(exc).strip().splitlines() if not line.startswith("(raised as a result of")]
    return (lines or [type(exc).__name__])[0]


@functools.lru_cache(maxsize=512)
def statement(sql: str) -> TextClause:
    """``sqlalchemy.text(sql)``, made once per SQL string: the construct is immutable, and parsing its bind
    parameters anew for every article cost more than running some of the statements (ingest's store)."""
    return text(sql)


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
        raise DatabaseError(f"cannot migrate {make_url(url).render_as_string(hide_password=True)}: {first_line(exc)}") from None
    finally:
        engine.dispose()


_ENGINES: dict[tuple[int, str], Engine] = {}
#: The URL (password hidden) of the database last opened in this process, so an error can name it.
last_opened: str | None = None
#: PostgreSQL advisory lock key held while migrating (any fixed number; ours).
MIGRATION_LOCK_KEY = 0x636C6D67  # "clmg"


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One process migrates at a time: a flock on the folder that holds a SQLite file (so no lock file is
    left beside the database; migrations of databases in one folder wait for each other), an advisory
    lock on PostgreSQL."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:":
            yield
            return
        import fcntl

        fd = os.open(os.path.dirname(os.path.abspath(str(database))), os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)
        return
    from sqlalchemy import text

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})


def open_engine(url: str) -> Engine:
    """An engine for ``url`` whose schema is at the head revision (migrating first if needed).

    Engines are kept per process and URL, so a command that opens many
    sessions checks the schema once. Concurrent processes migrate one at a
    time (:func:`_migration_lock`).
    """
    global last_opened
    last_opened = make_url(url).render_as_string(hide_password=True) if "://" in url else url
    key = (os.getpid(), url)
    if key in _ENGINES:
        return _ENGINES[key]
    engine = make_engine(url)
    try:
        current = current_revision(engine)
    except Exception as exc:
        raise DatabaseError(f"cannot open {make_url(url).render_as_string(hide_password=True)}: {first_line(exc)}") from None
    if current != head_revision():
        with _migration_lock(engine):
            if current_revision(engine) != head_revision():
                before, after = upgrade(url)
                if before is not None:  # an existing database changed schema: say so (a new one is just created)
                    logging.getLogger("claims").warning(
                        "upgraded database %s from revision %s to %s",
                        make_url(url).render_as_string(hide_password=True), before, after)
    _ENGINES[key] = engine
    return engine


def forget_engine(url: str) -> None:
    """Dispose of the kept engine for ``url`` (tests that delete or replace a database file)."""
    engine = _ENGINES.pop((os.getpid(), url), None)
    if engine is not None:
        engine.dispose()


#: SQLSTATEs of PostgreSQL errors that succeed when the transaction is simply run again.
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


def is_transient(exc: BaseException) -> bool:
    """Whether a database error is a lock or serialization conflict worth retrying."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    message = str(orig).lower()
    if isinstance(exc, OperationalError) and ("database is locked" in message or "database is busy" in message):
        return True
    sqlstate = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    return sqlstate in TRANSIENT_SQLSTATES


def run_transaction(url: str, work, *, attempts: int = 8, retry_integrity: bool = False):  # type: ignore[no-untyped-def]
    """Run ``work(session)`` in one transaction and commit; on a transient conflict (:func:`is_transient`)
    roll back and run it again, up to ``attempts`` times with growing random waits (50 ms doubling, at most
    2 s). With ``retry_integrity`` a unique-constraint violation is retried once too: a concurrent process
    stored the same row, and the second attempt finds it."""
    import random
    import time

    from sqlalchemy.exc import IntegrityError

    integrity_retried = False
    for attempt in range(attempts):
        try:
            with session_scope(url) as session:
                return work(session)
        except IntegrityError:
            if not retry_integrity or integrity_retried:
                raise
            integrity_retried = True
        except Exception as exc:
            if not is_transient(exc) or attempt == attempts - 1:
                raise
        time.sleep(min(0.05 * 2**attempt, 2.0) * (0.5 + random.random()))
    raise DatabaseError(f"gave up after {attempts} attempts: the database stayed busy")


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


def backup_sqlite(database: str, target: Path) -> int:
    """Copy the SQLite file ``database`` to ``target`` with SQLite's online backup API (consistent while
    other processes write); returns the number of pages copied. Raises :class:`DatabaseError`."""
    import sqlite3

    try:
        source = sqlite3.connect(database, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        dest = sqlite3.connect(str(target))
        with dest:
            source.backup(dest)
        pages = int(dest.execute("PRAGMA page_count").fetchone()[0])
        dest.close()
        source.close()
        return pages
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"cannot back up {database}: {exc}") from None


#: (child table, column, parent table) links checked by :func:`check_database`.
LINKS = (("claim", "article_id", "article"), ("claim", "speaker_id", "speaker"), ("evidence", "claim_id", "claim"),
         ("evidence", "article_id", "article"), ("resolution", "claim_id", "claim"),
         ("speaker_alias", "speaker_id", "speaker"), ("article_band", "article_id", "article"))


def _sqlite_file_problems(url: str) -> list[str]:
    """Problems that make an existing SQLite file unusable (not a database, failed integrity check), found
    read-only before anything opens it for writing; [] for sound files, new files and other backends."""
    import sqlite3

    try:
        parsed = make_url(url)
    except Exception:  # open_engine reports a bad URL
        return []
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" or not os.path.isfile(database):
        return []
    try:
        conn = sqlite3.connect(f"file:{os.path.abspath(database)}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        # (a sound file in a read-only folder: WAL needs its -shm file beside it, so even reading fails)
        return [f"{database}: cannot be opened ({first_line(exc)}); is its folder writable and the file readable?"]
    except sqlite3.DatabaseError as exc:
        return [f"{database}: not a usable SQLite database ({first_line(exc)})"]
    return [] if result == ["ok"] else [f"integrity: {r}" for r in result]


def check_database(url: str) -> tuple[list[str], dict[str, int]]:
    """(problems, rows per table): SQLite's integrity_check and foreign_key_check, rows pointing at missing
    parents (both backends), articles missing from the evidence index, and claims whose status and verdicts
    disagree."""
    from sqlalchemy import text

    from claims.store import index

    damaged = _sqlite_file_problems(url)
    if damaged:  # report, and do not migrate or write to a file that is not a sound database
        return damaged, {}
    engine = open_engine(url)
    problems: list[str] = []
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if result != ["ok"]:
                problems += [f"integrity: {r}" for r in result]
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(f"foreign key: {table} row {rowid} points at a missing {parent}")
        for child, column, parent in LINKS:
            missing = conn.execute(text(
                f"SELECT COUNT(*) FROM {child} c WHERE c.{column} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {parent} p WHERE p.id = c.{column})")).scalar() or 0
            if missing:
                problems.append(f"{missing} {child} rows point at a missing {parent} ({column})")
        pending = index.pending_ids(conn)
        if pending:
            problems.append(f"{len(pending)} articles are not in the evidence index (claims nightly indexes them)")
        stuck = conn.execute(text(
            "SELECT COUNT(*) FROM claim c WHERE c.status = 'resolved' AND NOT EXISTS "
            "(SELECT 1 FROM resolution r WHERE r.claim_id = c.id)")).scalar() or 0
        if stuck:
            problems.append(f"{stuck} claims are marked resolved without a verdict")
        for table in ("article", "claim", "speaker", "evidence", "resolution", "jobrun"):
            counts[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() or 0)
    return problems, counts
