"""``claims db``: migrations and where the database is."""

from __future__ import annotations

from typing import Annotated

import typer

from claims.cli.options import DbOption

app = typer.Typer(
    help="Manage the database: migrations and location.",
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
