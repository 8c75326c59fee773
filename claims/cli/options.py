"""Option types shared by several commands (written once, reused)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from claims.cli.output import UsageError
from claims.sources import date_problem

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Database URL or SQLite file path \\[default: $CLAIMS_DB, else a per-user file]."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (UTF-8, not ASCII-escaped).")]


def parse_day(value: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` → date; a :class:`UsageError` (exit 2) naming the option otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: {date_problem(value)}") from None
