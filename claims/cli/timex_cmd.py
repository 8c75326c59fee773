"""``claims timex``: the debugging window into deadlines."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from claims.cli.options import JsonOption, parse_day
from claims.cli.output import print_json, print_table


def timex(
    text: Annotated[str, typer.Argument(help="Text to scan for time expressions.")],
    published: Annotated[Optional[str], typer.Option(
        "--published", help="Publication date YYYY-MM-DD that relative expressions are read from (default: today).")] = None,
    json_out: JsonOption = False,
) -> None:
    """Print every time expression in TEXT with its span of days.

    [bold]Example[/bold]

      claims timex "峰会将于2月27日至28日举行，协议或在4月底前签署" --published 2019-02-25 --json
    """
    from claims.text import normalize_width
    from claims.timex import find_timexes

    day = parse_day(published, "--published") or date.today()
    found = [
        {**t.to_json(), "text": text[t.span[0] : t.span[1]]}
        for t in find_timexes(normalize_width(text), day)
    ]
    if json_out:
        print_json(found)
        return
    print_table(["text", "span", "start", "end", "kind"],
                [(t["text"], f"{t['span'][0]}–{t['span'][1]}", t["start"] or "—", t["end"] or "—", t["kind"]) for t in found],
                title=f"{len(found)} time expressions (published {day.isoformat()})")


def register(app: typer.Typer) -> None:
    app.command(rich_help_panel="Deadlines")(timex)
