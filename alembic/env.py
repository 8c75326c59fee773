"""Alembic environment: the same URL resolver as the CLI, batch mode for SQLite."""

from __future__ import annotations

from sqlmodel import SQLModel

import claims.store.models  # noqa: F401  (registers the tables)
from alembic import context
from claims.store.db import make_engine, resolve_url
from claims.store.index import INDEX_TABLE_PREFIXES

config = context.config
target_metadata = SQLModel.metadata


def _include_name(name, type_, parent_names) -> bool:  # type: ignore[no-untyped-def]
    """Leave the full-text index (claims.store.index; FTS5 shadow tables too) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith(INDEX_TABLE_PREFIXES))


def _url() -> str:
    x_args = context.get_x_argument(as_dictionary=True)
    return config.get_main_option("sqlalchemy.url") or resolve_url(x_args.get("db"))


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True,
                      include_name=_include_name)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      include_name=_include_name)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
