"""Output options shared by every command: JSON, tables, errors and exit codes.

Exit codes (also in the README):

====  =========================================================
0     success
1     bad input or user error (missing file, bad date, no such claim);
      for a command over several inputs: at least one input failed,
      the others were processed
2     usage error (unknown option, missing argument) — from Click
3     database error (cannot open, lock timeout, migration failed)
4     busy: another ``claims nightly`` run holds the lock; nothing was done
130   interrupted (Ctrl-C)
====  =========================================================
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

import typer


class ExitStatus(IntEnum):
    """Named exit codes (httpie-style)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    DATABASE = 3
    BUSY = 4
    INTERRUPTED = 130


class UserError(Exception):
    """An error in what the user asked for; shown as one ``Error: …`` line, exit 1."""

    exit_status = ExitStatus.ERROR


class UsageError(UserError):
    """A bad option value the command line parser could not check (a date option): exit 2, like Click's."""

    exit_status = ExitStatus.USAGE


def error_line(message: str) -> None:
    """Print one ``Error: …`` line to stderr."""
    typer.echo(f"Error: {message}", err=True)


def dumps(value: Any) -> str:
    """JSON text, UTF-8 characters kept (not ASCII-escaped), two-space indent."""
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def print_json(value: Any) -> None:
    typer.echo(dumps(value))


def table_text(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None, width: int = 160) -> str:
    """The same table as :func:`print_table`, as plain text (no colour codes) ``width`` columns wide: for a file."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, soft_wrap=False, color_system=None, force_terminal=False)
    console.print(_rich_table(columns, rows, title))
    return buffer.getvalue()


def _rich_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None):  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, header_style="bold")
    for i, column in enumerate(columns):
        last = i == len(columns) - 1
        table.add_column(column, overflow="fold" if last else "ellipsis", no_wrap=not last)
    for row in rows:
        table.add_row(*[Text("" if cell is None else str(cell)) for cell in row])
    return table


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    """A rich table on stdout; cells are shown as text (never interpreted as markup)."""
    from rich.console import Console

    table = _rich_table(columns, rows, title)
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        # piped output: wide enough that rows stay on one line (COLUMNS, when set, says how wide)
        columns_env = os.environ.get("COLUMNS", "")
        console.width = int(columns_env) if columns_env.isdigit() and int(columns_env) >= 40 else 120
    console.print(table)


def progress(enabled: bool):  # type: ignore[no-untyped-def]
    """A rich progress bar on stderr, shown only when stderr is a terminal and ``enabled``."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not (enabled and sys.stderr.isatty()),
    )
