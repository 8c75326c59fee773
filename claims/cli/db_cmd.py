"""``claims db``: migrations and where the database is."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claims.cli.options import DbOption

app = typer.Typer(
    help="Manage the database: migrations, location, backup and checks.",
    epilog="Example: claims db upgrade --db postgresql+psycopg://user@localhost/claims",
    no_args_is_help=True,
)


@app.command()
def upgrade(
    revision: Annotated[str, typer.Option("--revision", help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Run pending migrations on the database (any URL).

    [bold]Example[/bold]

      claims db upgrade --db postgresql+psycopg://user@localhost/claims
    """
    from claims.store.db import resolve_url
    from claims.store.db import upgrade as run_upgrade

    before, after = run_upgrade(resolve_url(db), revision)
    if before == after:
        typer.echo(f"already at revision {after}")
    else:
        typer.echo(f"upgraded from {before or 'empty'} to {after}")


@app.command()
def path(db: DbOption = None) -> None:
    """Print the database URL that commands would use.

    [bold]Example[/bold]

      CLAIMS_DB=/tmp/test.db claims db path
    """
    from sqlalchemy.engine import make_url

    from claims.store.db import resolve_url

    typer.echo(make_url(resolve_url(db)).render_as_string(hide_password=True))


@app.command()
def backup(
    target: Annotated[Path, typer.Argument(help="The backup file to write (must not exist).", metavar="FILE")],
    db: DbOption = None,
) -> None:
    """Copy a SQLite database while it is in use (SQLite's online backup); for PostgreSQL, say how to use pg_dump.

    [bold]Examples[/bold]

      claims db backup ~/claims-$(date +%F).db

      claims --db postgresql+psycopg://claims@db/claims db backup x   # prints the pg_dump command
    """
    from sqlalchemy.engine import make_url

    from claims.cli.output import UserError
    from claims.store.db import backup_sqlite, resolve_url

    url = make_url(resolve_url(db))
    if url.get_backend_name() != "sqlite":
        raise UserError(
            f"{url.render_as_string(hide_password=True)} is PostgreSQL: back it up with pg_dump, e.g. "
            f"pg_dump --format=custom --file {target} '{url.set(drivername='postgresql').render_as_string(hide_password=True)}'"
            " (restore with pg_restore --dbname URL FILE)")
    if target.exists():
        raise UserError(f"{target} exists; give a new file name")
    if not target.parent.is_dir():
        raise UserError(f"folder {target.parent} does not exist")
    pages = backup_sqlite(str(url.database), target)
    typer.echo(f"backed up {url.database} to {target} ({pages} pages)")


@app.command()
def check(
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON (UTF-8, not ASCII-escaped).")] = False,
    db: DbOption = None,
) -> None:
    """Check the database: integrity, foreign keys, and that every article is in the evidence index.

    Exit 0 when everything is in order, 1 with one line per problem otherwise (a SQLite file that is not a
    database or fails its integrity check is reported, read-only, without being migrated).

    [bold]Example[/bold]

      claims db check
    """
    from claims.cli.output import ExitStatus, print_json
    from claims.store.db import check_database, resolve_url

    problems, counts = check_database(resolve_url(db))
    if json_out:
        print_json({"ok": not problems, "problems": problems, "rows": counts})
    else:
        for problem in problems:
            typer.echo(f"problem: {problem}")
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        head = "ok" if not problems else f"{len(problems)} problem" + ("s" if len(problems) > 1 else "")
        typer.echo(f"{head}: {summary}" if summary else head)
    if problems:
        raise typer.Exit(ExitStatus.ERROR)
