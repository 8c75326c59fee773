"""The ``claims`` command line: a thin layer that parses options, calls the library and prints.

Command groups live in their own modules and are joined here. Heavy modules
(jieba, dateparser, SQLAlchemy) are imported inside the commands, so
``claims --help`` starts fast.
"""

from __future__ import annotations

import sys

import typer

from claims.cli import articles, db_cmd, eval_cmd, records, resolution, score_cmd, timex_cmd
from claims.cli.options import check_db
from claims.cli.output import ExitStatus, UserError, error_line


def _hide_flag_types() -> None:
    """Help shows no value type for on/off flags (--json, --strict, -h): they take no value, and typer 0.29
    labels each one ``<bool>``. Older typer has no such label and is left alone."""
    option = getattr(getattr(typer, "core", None), "TyperOption", None)
    shown = getattr(option, "display_type_rich", None)
    if shown is None or getattr(shown, "_claims_hides_flags", False):
        return

    def display_type_rich(self, ctx):  # type: ignore[no-untyped-def]
        return None if getattr(self, "is_flag", False) and self.metavar is None else shown(self, ctx)

    display_type_rich._claims_hides_flags = True  # type: ignore[attr-defined]
    option.display_type_rich = display_type_rich  # type: ignore[union-attr]


_hide_flag_types()

app = typer.Typer(
    name="claims",
    help="Track public predictions: extract forecasts, plans and promises from news, "
    "keep who said them and by when, attach evidence, score who was right.",
    epilog="Example: claims ingest fixtures/articles && claims list",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
articles.register(app)
records.register(app)
timex_cmd.register(app)
eval_cmd.register(app)
resolution.register(app)
score_cmd.register(app)
app.add_typer(db_cmd.app, name="db")

_state = {"traceback": False}


def _print_version(value: bool) -> None:
    """``--version``: print it and stop before Click asks for a command."""
    if value:
        from claims import __version__

        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file for every command (like CLAIMS_DB).",
                           callback=check_db),
    traceback: bool = typer.Option(False, "--traceback", help="Show the full traceback on errors."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                 callback=_print_version),
) -> None:
    _state["traceback"] = traceback
    if db:
        import os

        os.environ["CLAIMS_DB"] = db  # the same resolver then sees it; a command's own --db still wins


def _with_help_hint(exc: BaseException) -> str:
    """The message of a user error; a usage error (exit 2) also names the help to read, as Click's do."""
    from claims.cli.output import UsageError

    if not isinstance(exc, UsageError):
        return str(exc)
    return f"{exc} (see '{_command_path()} -h')"


def _command_path() -> str:
    """'claims COMMAND' for the command named on the command line ('claims' when none is)."""
    names = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    command = next((w for w in sys.argv[1:] if w in names), None)
    return f"claims{' ' + command if command else ''}"


def _is_usage_error(exc: BaseException) -> bool:
    """Click's UsageError (unknown option, bad value, missing argument), wherever typer keeps Click: it has a
    one-line message and exit code 2."""
    return getattr(exc, "exit_code", None) == ExitStatus.USAGE and callable(getattr(exc, "format_message", None))


def main() -> None:
    """Entry point: run the app inside one error boundary with named exit codes."""
    import logging

    from claims.resolve import JobBusy, ResolveError
    from claims.speakers import AliasError
    from claims.store.db import DatabaseError
    from claims.store.repo import NotFound

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("note: %(message)s"))
    logging.getLogger("claims").addHandler(handler)
    show_traceback = "--traceback" in sys.argv
    # expected failures: (exception types, exit status, how the one line reads)
    expected = (
        ((UserError,), None, _with_help_hint),
        ((DatabaseError,), ExitStatus.DATABASE, str),
        ((ResolveError, NotFound, AliasError), ExitStatus.ERROR, str),
        ((JobBusy,), ExitStatus.BUSY, lambda exc: f"{exc}; nothing was done"),
    )
    try:
        # not standalone: a usage error is ours to report on one line (Click would draw a box of several)
        result = app(standalone_mode=False)
    except typer.Abort:
        error_line("interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    except tuple(t for types, _, _ in expected for t in types) as exc:
        if show_traceback and not isinstance(exc, JobBusy):
            raise
        for types, status, message in expected:
            if isinstance(exc, types):
                error_line(message(exc))
                sys.exit(status if status is not None else getattr(exc, "exit_status", ExitStatus.ERROR))
    except KeyboardInterrupt:
        error_line("interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    except Exception as exc:
        if _is_usage_error(exc):
            ctx = getattr(exc, "ctx", None)
            path = ctx.command_path if ctx is not None else "claims"
            if path == "claims":  # (an option's missing value is found before the command's context exists)
                path = _command_path()
            error_line(f"{exc.format_message()} (see '{path} -h')")
            sys.exit(ExitStatus.USAGE)
        if show_traceback:
            raise
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError):
            from claims.store import db as store_db

            where = f"database {store_db.last_opened}" if store_db.last_opened else "database"
            error_line(f"{where}: {store_db.first_line(exc)}")
            sys.exit(ExitStatus.DATABASE)
        error_line(f"{type(exc).__name__}: {exc} (run with --traceback for details)")
        sys.exit(ExitStatus.ERROR)
    if isinstance(result, int) and not isinstance(result, bool):
        sys.exit(result)  # typer.Exit(code) comes back as the return value when not standalone
