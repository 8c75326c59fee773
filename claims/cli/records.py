"""``claims add``, ``list``, ``show`` and ``speakers``: the claims log."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from claims.cli.options import DbOption, JsonOption, parse_day
from claims.cli.output import UsageError, UserError, print_json, print_table


class Status(str, Enum):
    open = "open"
    due = "due"
    resolved = "resolved"


class Kind(str, Enum):
    forecast = "forecast"
    plan = "plan"
    promise = "promise"


class SpeakerKind(str, Enum):
    person = "person"
    organisation = "organisation"
    anonymous = "anonymous"


def add(
    statement: Annotated[str, typer.Argument(help="The predicted proposition, in the speaker's words.")],
    speaker: Annotated[str, typer.Option("--speaker", help="Who made the claim.")],
    deadline: Annotated[Optional[str], typer.Option(
        "--deadline", help="By when: a date or an expression (年底前, 'next March', 两年内), read from --said-on.")] = None,
    probability: Annotated[Optional[float], typer.Option(
        "--probability", min=0.0, max=1.0, help="Stated probability of the proposition, 0–1.")] = None,
    said_on: Annotated[Optional[str], typer.Option("--said-on", help="When it was said, YYYY-MM-DD \\[default: today].")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="URL where it was said.")] = None,
    kind: Annotated[Kind, typer.Option("--kind", help="forecast, plan or promise.")] = Kind.forecast,
    tags: Annotated[Optional[list[str]], typer.Option("--tag", help="A tag for scorecards by tag; repeat for several.")] = None,
    speaker_kind: Annotated[Optional[SpeakerKind], typer.Option(
        "--speaker-kind", help="person, organisation or anonymous (default: read from the name, Intel Corp → "
                               "organisation, 知情人士 → anonymous).")] = None,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Log a claim by hand.

    [bold]Examples[/bold]

      claims add "美联储年底前降息" --speaker 李明 --deadline 年底前 --probability 0.7 --said-on 2024-03-01

      claims add "Inflation falls below 2%" --speaker "Jane Doe" --deadline "next March" --tag inflation
    """
    from claims.attribution import Speaker as SpeakerRef
    from claims.extract import Deadline
    from claims.speakers import guess_speaker_kind
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import add_manual_claim, claim_json
    from claims.timex import parse_deadline

    if not statement.strip():
        raise UsageError("the statement is empty")
    if not speaker.strip():
        raise UsageError("--speaker is empty")
    if any(not t.strip() for t in tags or []):
        raise UsageError("--tag is empty")
    day = parse_day(said_on, "--said-on") or date.today()
    parsed = None
    if deadline:
        import re

        if re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", deadline):
            exact = parse_day(deadline, "--deadline")
            timex = parse_deadline(exact.isoformat(), day) if exact else None
        else:
            timex = parse_deadline(deadline, day)
            if timex is not None and len(timex.text.strip()) < 0.5 * len(deadline.strip()):
                timex = None  # only a fragment was understood (2024-13-01 → 2024): refuse, don't guess
        if timex is None or timex.end is None:
            raise UsageError(
                f"--deadline: cannot read '{deadline}' as a deadline; try 2025-06-30, 年底前, 两年内 or 'by the end of 2025'"
            )
        if timex.end < day:
            raise UsageError(f"--deadline: '{deadline}' ends on {timex.end}, before the claim was made ({day})")
        parsed = Deadline(deadline, timex.start, timex.end, timex.basis)
    with session_scope(resolve_url(db)) as session:
        claim = add_manual_claim(
            session, statement=statement.strip(),
            speaker=SpeakerRef(speaker.strip(), None, speaker_kind.value if speaker_kind else guess_speaker_kind(speaker.strip())),
            said_on=day, probability=probability, deadline=parsed, kind=kind.value, source_url=source,
        )
        if tags:
            from claims.store.repo import set_tags

            set_tags(session, claim, tags, [])
        from claims.store.repo import get_claim

        shown = claim_json(session, *get_claim(session, claim.id or 0))
    if json_out:
        print_json(shown)
    else:
        end = (shown["deadline"] or {}).get("end") or "none"
        typer.echo(f"added claim {shown['id']}: {shown['statement']} — {shown['speaker']['name']}, deadline {end}")


def _rows(shown: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (
            c["id"], (c["speaker"] or {}).get("name", "—"), c["kind"],
            "" if c["probability"] is None else f"{c['probability']:.2f}",
            (c["deadline"] or {}).get("end") or "—", c["status"], c["verdict"] or "",
            c["statement"] if len(c["statement"]) <= 36 else c["statement"][:35] + "…",
        )
        for c in shown
    ]


def list_(
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only this speaker (name or alias).")] = None,
    status: Annotated[Optional[Status], typer.Option("--status", help="open, due (deadline before today, whether or not nightly has run yet) or resolved; the status column is read the same way.")] = None,
    due_before: Annotated[Optional[str], typer.Option("--due-before", help="Only deadlines before this day, YYYY-MM-DD.")] = None,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List stored claims, oldest first.

    [bold]Examples[/bold]

      claims list --speaker 许利平 --status due

      claims list --due-before 2020-01-01 --json
    """
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import claim_json, find_speaker, list_claims

    if speaker is not None and not speaker.strip():
        raise UsageError("--speaker is empty")
    before = parse_day(due_before, "--due-before")
    with session_scope(resolve_url(db)) as session:
        shown = [
            claim_json(session, *row)
            for row in list_claims(session, speaker=speaker, status=status.value if status else None, due_before=before)
        ]
        unknown = bool(speaker) and not shown and find_speaker(session, speaker or "") is None
    if unknown:
        # (still 0 claims and exit 0: a filter that matches nothing; but a misspelt name should not look like one)
        typer.echo(f"note: no speaker named {speaker} (claims speakers lists them)", err=True)
    if json_out:
        print_json(shown)
        return
    print_table(["id", "speaker", "kind", "p", "deadline", "status", "verdict", "statement"], _rows(shown),
                title=f"{len(shown)} claims")


def show(
    claim_id: Annotated[int, typer.Argument(help="The claim's id (from claims list).", metavar="ID")],
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show one claim with its source, evidence and verdict history.

    [bold]Example[/bold]

      claims show 3 --json
    """
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import NotFound, claim_json, get_claim

    with session_scope(resolve_url(db)) as session:
        try:
            row = get_claim(session, claim_id)
        except NotFound as exc:
            raise UserError(str(exc)) from None
        from claims.resolve import evidence_json, evidence_of, history_json

        shown = claim_json(session, *row)
        shown["evidence"] = [evidence_json(session, e) for e in evidence_of(session, claim_id)]
        shown["history"] = history_json(session, claim_id)
    if json_out:
        print_json(shown)
        return
    deadline = shown["deadline"] or {}
    speaker = shown["speaker"] or {}
    article = shown["article"] or {}
    lines = [
        ("claim", shown["id"]), ("text", shown["text"]), ("statement", shown["statement"]),
        ("speaker", " ".join(x for x in (speaker.get("title"), speaker.get("name")) if x) or "—"),
        ("kind", shown["kind"]), ("probability", shown["probability"]), ("hedge", shown["hedge"]),
        ("said on", shown["said_on"]),
        ("deadline", f"{deadline.get('end')} ({deadline.get('text')}, {deadline.get('basis')})" if deadline else "none"),
        ("status", shown["status"]), ("verdict", shown["verdict"] or "—"),
        ("suggested", f"{shown['suggested_verdict']} ({shown['suggested_confidence']:.2f})"
         if shown["suggested_verdict"] else "—"),
        ("right", {True: "yes", False: "no", None: "—"}[shown["right"]]
         + {"verdict": " (by the verdict)", "suggested": " (by the suggested verdict)", None: ""}[shown["right_basis"]]),
        ("article", f"{article.get('title') or ''} [{article.get('path') or article.get('url') or ''}]" if article else "logged by hand"),
    ]
    for key, value in lines:
        typer.echo(f"{key:>11}: {'' if value is None else value}")
    for e in shown["evidence"]:
        a = e["article"]
        typer.echo(f"{'evidence':>11}: [{a['id']}] {a['published']} {a['title'] or ''} — {e['stance']}"
                   f" ({', '.join(e['cues']) or e['attached_by']})")
    for h in shown["history"]:
        typer.echo(f"{'verdict':>11}: {h['verdict']} by {h['resolver'] or h['by']} at {h['at']}"
                   + (" (current)" if h["current"] else ""))


speakers_app = typer.Typer(invoke_without_command=True)


@speakers_app.callback()
def speakers(ctx: typer.Context, json_out: JsonOption = False, db: DbOption = None) -> None:
    """List speakers with their titles, aliases and number of claims.

    Names written in Traditional or Simplified characters, and aliases from
    the alias file (川普 → 特朗普), are one speaker.

    [bold]Examples[/bold]

      claims speakers --json

      claims speakers merge 特朗普 "Donald Trump"
    """
    if ctx.invoked_subcommand is not None:
        return
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import speakers_summary

    with session_scope(resolve_url(db)) as session:
        shown = speakers_summary(session)
    if json_out:
        print_json(shown)
        return
    print_table(["id", "name", "kind", "claims", "aliases", "titles"],
                [(s["id"], s["name"], s["kind"], s["claims"], "; ".join(s["aliases"]), "; ".join(s["titles"]))
                 for s in shown],
                title=f"{len(shown)} speakers")


@speakers_app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The speaker to keep (name or alias).")],
    other: Annotated[str, typer.Argument(help="The speaker merged into it and removed.")],
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Merge OTHER into KEEP: OTHER's claims, aliases and titles move to KEEP.

    [bold]Example[/bold]

      claims speakers merge 特朗普 川普总统
    """
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import NotFound, merge_speakers

    with session_scope(resolve_url(db)) as session:
        try:
            kept = merge_speakers(session, keep, other)
        except (NotFound, ValueError) as exc:
            raise UserError(str(exc)) from None
        shown = {"id": kept.id, "name": kept.name, "aliases": list(kept.aliases), "titles": list(kept.titles)}
    if json_out:
        print_json(shown)
    else:
        typer.echo(f"merged {other} into {kept.name} (aliases: {', '.join(kept.aliases) or 'none'})")


def register(app: typer.Typer) -> None:
    app.command(rich_help_panel="Claims")(add)
    app.command("list", rich_help_panel="Claims")(list_)
    app.command(rich_help_panel="Claims")(show)
    app.add_typer(speakers_app, name="speakers", rich_help_panel="Claims")
