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
    """Score extraction, or evidence and verdict suggestion, on gold sets.

    Extraction gold (claims.evaluate): precision, recall, F1, speaker/kind/
    deadline accuracy, probability MAE. A predicted claim matches a gold claim
    when the gold quote lies inside the predicted claim's text.

    Evidence gold (lines with "claim" and "verdict"; claims.evaluate_evidence):
    the articles are ingested into a throwaway database, the nightly job runs,
    and top-3 evidence recall and suggested-verdict accuracy are printed.

    [bold]Examples[/bold]

      claims eval fixtures/gold/ --json

      claims eval fixtures/gold-evidence/
    """
    from claims.evaluate import GoldError, evaluate, load_gold
    from claims.evaluate_evidence import evaluate_evidence, is_evidence_gold

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.glob("*.jsonl"))
        elif path.exists():
            files.append(path)
        else:
            raise UserError(f"{path}: no such file or folder")
    evidence_files = [f for f in files if is_evidence_gold(f)]
    extraction_files = [f for f in files if f not in evidence_files]
    if not files:
        raise UserError("no gold .jsonl files found in " + ", ".join(map(str, paths)))
    try:
        result = evaluate(load_gold(extraction_files)) if extraction_files else None
        evidence = evaluate_evidence(evidence_files) if evidence_files else None
    except GoldError as exc:
        raise UserError(str(exc)) from None
    cut = slice(None) if misses is None else slice(misses)
    if json_out:
        shown: dict[str, object] = {}
        if result is not None:
            shown.update({**result.summary(), "misses": result.misses[cut],
                          "false_positives": result.false_positives[cut], "field_errors": result.field_errors[cut]})
        if evidence is not None:
            shown["evidence"] = {**evidence.summary(), "misses": evidence.misses[cut]}
        print_json(shown)
        return
    misses = 30 if misses is None else misses
    if evidence is not None:
        print_table(["measure", "value"], [(k, "—" if v is None else v) for k, v in evidence.summary().items()],
                    title=f"evidence and verdicts on {evidence.claims} gold claims")
        if misses and evidence.misses:
            print_table(["quote", "want", "got", "top evidence"],
                        [(m["quote"], m.get("want_verdict", ""), m.get("got_verdict") or m.get("problem", ""),
                          " / ".join(t or "" for t in m.get("top3", [])[:2])) for m in evidence.misses[:misses]],
                        title=f"evidence misses ({len(evidence.misses)})")
    if result is None:
        return
    summary = result.summary()
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
