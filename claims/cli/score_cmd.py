"""``claims scorecard``, ``tag``, ``export`` and ``import``: what users publish and share."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claims.cli.options import DbOption, JsonOption, parse_day
from claims.cli.output import UsageError, UserError, print_json, print_table, table_text


class By(str, Enum):
    speaker = "speaker"
    outlet = "outlet"
    tag = "tag"


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    md = "md"
    html = "html"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    claimreview = "claimreview"


def _write(text: str, output: Path | None) -> None:
    """Write to stdout (no --output, or ``-``), or to a file whole or not at all.

    A regular file (or a symlink to one: the link is followed) is replaced
    atomically through ``NAME.part``; a device or pipe is written directly; a
    folder is refused.
    """
    import os
    import stat

    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    target = Path(os.path.realpath(output))
    if target.is_dir():
        raise UsageError(f"--output: {output} is a folder; give a file name")  # (a bad option value: exit 2)
    if not target.parent.is_dir():
        raise UserError(f"--output: folder {output.parent} does not exist")
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        try:
            with open(target, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as exc:
            raise UserError(f"--output: cannot write {output} ({exc.strerror})") from None
        return
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(target)  # never a half-written file under the real name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"--output: cannot write {output} ({exc.strerror})") from None


def scorecard(
    by: Annotated[By, typer.Option("--by", help="Group by speaker, outlet or tag.")] = By.speaker,
    since: Annotated[Optional[str], typer.Option("--since", help="Only claims made on or after this day, YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only claims made on or before this day, YYYY-MM-DD.")] = None,
    min_resolved: Annotated[int, typer.Option("--min-resolved", min=1, help="Resolved claims needed for a grade.")] = 10,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", help="table, csv, json, md or html \\[default: from --output's extension — .csv .json .md .html, .txt "
                         "the table as text; a file with none: md; no --output: table].")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", help="Write to FILE instead of stdout.", metavar="FILE")] = None,
    db: DbOption = None,
) -> None:
    """Score who turned out right: hit rate, Brier score, skill, calibration, per speaker, outlet or tag.

    Figures and their sources are in claims/score.py; CSV/JSON columns are in
    the README. Anonymous sources are one row that is never graded.

    [bold]Examples[/bold]

      claims scorecard --min-resolved 3

      claims scorecard --by outlet --since 2019-01-01 --format csv --output outlets.csv

      claims scorecard --format html --output scorecard.html

      claims scorecard --output scorecard.txt
    """
    from claims.scorecard import gather, render, render_table
    from claims.store.db import resolve_url, session_scope

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output is not None else ""
        by_suffix = {"csv": Format.csv, "json": Format.json, "md": Format.md, "markdown": Format.md,
                     "html": Format.html, "htm": Format.html, "txt": Format.table, "text": Format.table}
        if suffix and suffix not in by_suffix:
            raise UsageError(f"--output {output}: cannot tell the format from '.{suffix}'; "
                             "give --format csv, json, md, html or table (plain text)")
        to_file = output is not None and str(output) != "-"
        fmt = by_suffix.get(suffix, Format.md if to_file else Format.table)  # (a file with no extension: Markdown)
    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    if start and end and start > end:
        raise UsageError(f"--since {start} is after --until {end}")
    with session_scope(resolve_url(db)) as session:
        card = gather(session, by.value, start, end, min_resolved)
    o = card.overall
    title = f"scorecard by {by.value}: {o.claims} claims, {o.resolved} resolved"
    if fmt is Format.table and (output is None or str(output) == "-"):
        columns, rows = render_table(card)
        print_table(columns, rows, title=title)
        return
    if fmt is Format.table:
        text = table_text(*render_table(card), title=title)  # --format table into a file: the table as plain text
    else:
        text = render(card, fmt.value)
    _write(text, output)
    if output is not None and str(output) != "-":
        typer.echo(f"wrote {fmt.value} scorecard of {len(card.groups)} groups to {output}", err=True)


def tag(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.", metavar="CLAIM")],
    tags: Annotated[Optional[list[str]], typer.Argument(help="Tags to add.", metavar="TAG...")] = None,
    remove: Annotated[Optional[list[str]], typer.Option("--remove", help="A tag to remove; repeat for several.")] = None,
    suggested: Annotated[bool, typer.Option("--suggested", help="Add the suggested tags (the claim's keywords).")] = False,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Tag a claim (for scorecards by tag); without tags, show its tags and suggested ones.

    Suggestions are the statement's keywords by jieba's TF-IDF.

    [bold]Examples[/bold]

      claims tag 12 朝鲜 峰会

      claims tag 12 --suggested

      claims tag 12 --remove 峰会
    """
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import NotFound, get_claim, set_tags, suggest_tags

    with session_scope(resolve_url(db)) as session:
        try:
            claim, _, _ = get_claim(session, claim_id)
        except NotFound as exc:
            raise UserError(str(exc)) from None
        suggestions = suggest_tags(claim.statement)
        add = list(tags or []) + (suggestions if suggested else [])
        if any(not t.strip() for t in add):
            raise UserError("a tag is empty")
        if any("," in t or "，" in t for t in add):
            raise UserError("a tag contains a comma; give tags as separate words: claims tag 12 经济 预测")
        missing = [t for t in (remove or []) if t not in (claim.tags or [])]
        if missing:
            raise UserError(f"claim {claim_id} has no tag {', '.join(missing)}")
        current = set_tags(session, claim, add, remove or [])
    if json_out:
        print_json({"id": claim_id, "tags": current, "suggested": suggestions})
        return
    typer.echo(f"claim {claim_id}: {', '.join(current) or 'no tags'}")
    if not tags and not suggested:
        typer.echo(f"suggested: {' '.join(suggestions) or '—'} (add them with --suggested)")


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl (everything) or claimreview (schema.org JSON-LD).")],
    output: Annotated[Optional[Path], typer.Option("--output", help="Write to FILE instead of stdout.", metavar="FILE")] = None,
    publisher: Annotated[str, typer.Option("--publisher", help="Who publishes the reviews (ClaimReview author).")] = "claims",
    include_job: Annotated[bool, typer.Option(
        "--include-job-verdicts", help="ClaimReview: also claims settled only by the nightly job, not by a person.")] = False,
    db: DbOption = None,
) -> None:
    """Export for other tools: everything as JSON lines, or ClaimReview JSON-LD for resolved claims.

    [bold]Examples[/bold]

      claims export --format jsonl --output backup.jsonl

      claims export --format claimreview --publisher "Example Fact Check" --output reviews.json
    """
    from claims.cli.output import dumps
    from claims.store.db import resolve_url, session_scope
    from claims.transfer import claimreview, export_jsonl

    with session_scope(resolve_url(db)) as session:
        if fmt is ExportFormat.jsonl:
            text = "".join(line + "\n" for line in export_jsonl(session))
        else:
            text = dumps(claimreview(session, publisher, include_job)) + "\n"
    _write(text, output)


def import_(
    path: Annotated[Path, typer.Argument(help="A file written by claims export --format jsonl.", metavar="FILE.jsonl")],
    db: DbOption = None,
) -> None:
    """Restore an export into an empty database (ids kept; all or nothing).

    [bold]Example[/bold]

      claims --db restored.db import backup.jsonl
    """
    from claims.store.db import resolve_url, session_scope
    from claims.transfer import TransferError, import_jsonl

    if path.is_dir():
        raise UserError(f"{path}: is a folder; give the .jsonl file written by claims export")
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    try:
        with session_scope(resolve_url(db)) as session, open(path, encoding="utf-8") as handle:
            counts = import_jsonl(session, iter(handle), str(path))
    except TransferError as exc:
        raise UserError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text at byte {exc.start} (cut short, or not an export)") from None
    typer.echo("imported " + ", ".join(f"{n} {name}" for name, n in counts.items() if n))


def register(app: typer.Typer) -> None:
    app.command(rich_help_panel="Publishing")(scorecard)
    app.command(rich_help_panel="Claims")(tag)
    app.command(rich_help_panel="Publishing")(export)
    app.command("import", rich_help_panel="Publishing")(import_)
