"""Option types shared by several commands (written once, reused)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from claims.cli.output import UsageError
from claims.sources import date_problem, published_problem


def check_db(value: str | None) -> str | None:
    """An empty ``--db`` is a usage error (exit 2), before or after the command: it would otherwise fall back to
    $CLAIMS_DB or the per-user file, and run against a database the user did not name."""
    if value is not None and not value.strip():
        raise typer.BadParameter("is empty: give a database URL or SQLite file (or leave --db out)", param_hint="'--db'")
    return value


DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Database URL or SQLite file path \\[default: $CLAIMS_DB, else a per-user file].",
                 callback=check_db),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (UTF-8, not ASCII-escaped).")]


def parse_day(value: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` → date; a :class:`UsageError` (exit 2) naming the option otherwise, and for a
    publication date (``--published``, ``--said-on``) one before 1900 (:func:`claims.sources.published_problem`)."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: {date_problem(value)}") from None
    problem = published_problem(day) if option in ("--published", "--said-on") else None
    if problem:
        raise UsageError(f"{option}: {problem}")
    return day
