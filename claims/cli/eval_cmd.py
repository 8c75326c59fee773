"""``claims eval``: measure extraction against a gold set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from claims.cli.options import JsonOption
from claims.cli.output import UserError, print_json, print_table


def eval_(
    paths: Annotated[list[Path], typer.Argument(help="Gold JSONL files or folders of them.", show_default=False)],
    json_out: JsonOption = False,
    misses: Annotated[Optional[int], typer.Option(
        "--misses", min=0, help="How many misses of each sort to list (0 for none) \\[default: 30 in the table, all in JSON].")] = None,
) -> None:
    """Score claim extraction on a gold set: precision, recall, F1, speaker/kind/deadline accuracy, probability MAE.

    A predicted claim matches a gold claim when the gold quote lies inside the
    predicted claim's text (one-to-one, in text order); see claims.evaluate.

    [bold]Example[/bold]

      claims eval fixtures/gold/ --json
    """
    from claims.evaluate import GoldError, evaluate, load_gold

    try:
        result = evaluate(load_gold(paths))
    except GoldError as exc:
        raise UserError(str(exc)) from None
    summary = result.summary()
    if json_out:
        cut = slice(None) if misses is None else slice(misses)
        print_json({**summary, "misses": result.misses[cut], "false_positives": result.false_positives[cut],
                    "field_errors": result.field_errors[cut]})
        return
    misses = 30 if misses is None else misses
    rows = [(key, "—" if value is None else value) for key, value in summary.items()]
    print_table(["measure", "value"], rows, title=f"extraction on {summary['articles']} gold articles")
    if misses:
        for title, items, columns in (
            ("missed gold claims", result.misses, ["article", "quote", "speaker", "kind"]),
            ("claims not in the gold set", result.false_positives, ["article", "text", "non_claim"]),
            ("field errors", result.field_errors, ["article", "quote", "field", "got", "want"]),
        ):
            if items:
                print_table(columns, [[item.get(c) for c in columns] for item in items[:misses]],
                            title=f"{title} ({len(items)})")


def register(app: typer.Typer) -> None:
    app.command("eval", rich_help_panel="Quality")(eval_)
