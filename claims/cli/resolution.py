"""``claims evidence``, ``resolve``, ``history``, ``review`` and ``nightly``: settling claims."""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claims.cli.options import DbOption, JsonOption, parse_day
from claims.cli.output import UserError, print_json, print_table, progress

evidence_app = typer.Typer(
    no_args_is_help=True,
    help="Find, attach and detach evidence articles for a claim.\n\n"
         "Example: claims evidence suggest 2 --top 3  ·  claims evidence attach 2 12 --stance refutes",
)


class Stance(str, Enum):
    supports = "supports"
    refutes = "refutes"
    mentions = "mentions"


class Verdict(str, Enum):
    true = "true"
    false = "false"
    partly = "partly"
    ambiguous = "ambiguous"
    void = "void"


ClaimArg = Annotated[int, typer.Argument(help="The claim's id (from claims list).", metavar="CLAIM")]
ArticleArg = Annotated[int, typer.Argument(help="The evidence article's id (from claims evidence suggest).",
                                           metavar="ARTICLE")]


@evidence_app.command("suggest")
def suggest(
    claim_id: ClaimArg,
    top: Annotated[int, typer.Option("--top", min=1, max=100, help="How many candidates.")] = 5,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List candidate evidence articles for a claim, best first, with stance and the words that decided it.

    Searches every stored article published after the claim was made (BM25
    over the claim's key terms), reads each one's stance towards the claim's
    proposition, and ranks decisive reports first. Nothing is stored.

    [bold]Examples[/bold]

      claims evidence suggest 2

      claims evidence suggest 2 --top 3 --json
    """
    from claims.resolve import get_claim, suggest_evidence
    from claims.store.db import resolve_url, session_scope

    with session_scope(resolve_url(db)) as session:
        claim = get_claim(session, claim_id)
        found = [c.as_json() for c in suggest_evidence(session, claim, top)]
        statement = claim.statement
    if json_out:
        print_json(found)
        return
    print_table(
        ["article", "published", "score", "stance", "cues", "passage"],
        [(c["article"]["id"], c["article"]["published"], f"{c['score']:.2f}", c["stance"], ", ".join(c["cues"]),
          _short(c["passage"], 60)) for c in found],
        title=f"evidence for claim {claim_id}: {_short(statement, 50)}",
    )


@evidence_app.command("attach")
def attach(
    claim_id: ClaimArg,
    article_id: ArticleArg,
    stance: Annotated[Optional[Stance], typer.Option("--stance", help="supports, refutes or mentions \\[default: as read].")] = None,
    passage: Annotated[Optional[str], typer.Option("--passage", help="The passage that speaks to the claim \\[default: as found].")] = None,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Attach a stored article to a claim as evidence (updates the link if it exists).

    [bold]Examples[/bold]

      claims evidence attach 2 12

      claims evidence attach 2 12 --stance refutes --passage "双方未签署任何协议"
    """
    from claims.resolve import attach as do_attach
    from claims.resolve import evidence_json
    from claims.store.db import resolve_url, session_scope

    with session_scope(resolve_url(db)) as session:
        row = do_attach(session, claim_id, article_id, stance.value if stance else None, passage)
        shown = evidence_json(session, row)
        from claims.store.models import Claim

        claim = session.get(Claim, claim_id)
        suggested = claim.suggested_verdict if claim else None
    if json_out:
        print_json(shown)
    else:
        typer.echo(f"attached article {article_id} to claim {claim_id}: {shown['stance']}"
                   + (f"; suggested verdict now {suggested}" if suggested else ""))


@evidence_app.command("detach")
def detach(claim_id: ClaimArg, article_id: ArticleArg, db: DbOption = None) -> None:
    """Remove an evidence article from a claim.

    [bold]Example[/bold]

      claims evidence detach 2 12
    """
    from claims.resolve import detach as do_detach
    from claims.store.db import resolve_url, session_scope

    with session_scope(resolve_url(db)) as session:
        if not do_detach(session, claim_id, article_id):
            raise UserError(f"article {article_id} is not evidence for claim {claim_id}")
    typer.echo(f"detached article {article_id} from claim {claim_id}")


def resolve(
    claim_id: ClaimArg,
    verdict: Annotated[Verdict, typer.Option("--verdict", help="true, false, partly, ambiguous (cannot be settled) or void (premise failed).")],
    evidence: Annotated[Optional[list[int]], typer.Option("--evidence", help="Article id that settles it; repeat for several.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why.")] = None,
    outcome_date: Annotated[Optional[str], typer.Option("--outcome-date", help="When the outcome became public, YYYY-MM-DD.")] = None,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Record a verdict on a claim's proposition. Earlier verdicts are kept; the latest counts.

    The verdict is about the predicted proposition: for "lifting sanctions is
    unlikely" (statement: sanctions are lifted, p 0.2) the verdict is
    [bold]false[/bold] when they were not lifted — and the speaker was right.
    A claim made on or after --outcome-date is flagged and left out of scores.

    [bold]Examples[/bold]

      claims resolve 2 --verdict false --evidence 12 --note "summit ended early without agreement"

      claims resolve 7 --verdict void --evidence 15 --outcome-date 2019-02-28
    """
    from claims.resolve import history_json
    from claims.resolve import resolve as do_resolve
    from claims.store.db import resolve_url, session_scope

    when = parse_day(outcome_date, "--outcome-date")
    with session_scope(resolve_url(db)) as session:
        row = do_resolve(session, claim_id, verdict.value, evidence or [], note, when)
        shown = next(h for h in history_json(session, claim_id) if h["id"] == row.id)
    if json_out:
        print_json(shown)
    else:
        flag = " (flagged: made after the outcome was public; left out of scores)" if shown["after_outcome"] else ""
        typer.echo(f"claim {claim_id}: {verdict.value} by {shown['resolver']}{flag}")


def history(claim_id: ClaimArg, json_out: JsonOption = False, db: DbOption = None) -> None:
    """Show every verdict given on a claim, oldest first, with who and when.

    [bold]Example[/bold]

      claims history 2 --json
    """
    from claims.resolve import history_json
    from claims.store.db import resolve_url, session_scope

    with session_scope(resolve_url(db)) as session:
        rows = history_json(session, claim_id)
    if json_out:
        print_json(rows)
        return
    print_table(["verdict", "counts", "by", "who", "at", "evidence", "note"],
                [(r["verdict"], "yes" if r["current"] else "", r["by"], r["resolver"], r["at"][:19],
                  " ".join(map(str, r["evidence"])), _short(r["note"], 60)) for r in rows],
                title=f"{len(rows)} verdict{'s' if len(rows) != 1 else ''} on claim {claim_id}")


def nightly(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Treat this day as today, YYYY-MM-DD \\[default: today].")] = None,
    auto_resolve_above: Annotated[Optional[float], typer.Option(
        "--auto-resolve-above", min=0.0, max=1.0,
        help="Record the suggested verdict (as made by the job) for due claims whose suggestion confidence is above P.",
        metavar="P")] = None,
    digest: Annotated[Optional[Path], typer.Option("--digest", help="Also write the digest as Markdown to FILE.",
                                                  metavar="FILE")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Claims per committed batch.")] = 200,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The nightly resolution job: mark due claims, index new articles, suggest evidence and verdicts.

    Incremental: looks for evidence only in articles added since the last
    successful run (new claims: in all articles). Never changes a verdict a
    person gave. One run at a time: a second run exits at once with status 4.
    A killed run leaves the database consistent; the next run resumes it.

    [bold]Examples[/bold]

      claims nightly

      claims nightly --as-of 2019-03-05 --json

      claims nightly --digest digest.md --auto-resolve-above 0.9

    cron: 15 3 * * *  claims --db /srv/claims/claims.db nightly --digest /srv/claims/digest.md
    """
    from claims.resolve import nightly as run_nightly
    from claims.store.db import open_engine, resolve_url

    day = parse_day(as_of, "--as-of") or date.today()
    if digest is not None and not digest.parent.exists():
        raise UserError(f"--digest: folder {digest.parent} does not exist")
    if digest is not None and digest.is_dir():
        raise UserError(f"--digest: {digest} is a folder; give a file such as {digest / 'digest.md'}")
    engine = open_engine(resolve_url(db))
    try:
        with progress(not json_out) as bar:
            task = bar.add_task("finding evidence", total=None)
            report = run_nightly(engine, day, auto_resolve_above=auto_resolve_above, batch_size=batch_size,
                                 on_progress=lambda done, total: bar.update(task, completed=done, total=total))
    finally:
        engine.dispose()
    if report.previous_as_of is not None and day < report.previous_as_of:
        typer.echo(f"note: --as-of {day} is before the last run's day ({report.previous_as_of}); articles it "
                   "already searched are not searched again, only new ones", err=True)
    if digest is not None:
        digest.write_text(report.markdown() + "\n", encoding="utf-8")
    if json_out:
        print_json(report.as_json())
        return
    c = report.counts
    typer.echo(f"nightly run {report.run_id} as of {day}: {c['newly_due']} newly due, {c['articles_indexed']} "
               f"articles indexed, {c['evidence_added']} evidence links for {c['claims_with_new_evidence']} claims, "
               f"{c['suggestions']} suggested verdicts, {c['auto_resolved']} auto-resolved"
               + (f" (resumed after claim {report.resumed_from})" if report.resumed_from else ""))
    if report.suggestions:
        print_table(["claim", "speaker", "p", "suggested", "conf.", "statement"],
                    [(s["id"], s["speaker"] or "—", "" if s["probability"] is None else f"{s['probability']:.2f}",
                      s["verdict"], f"{s['confidence']:.2f}", _short(s["statement"], 40)) for s in report.suggestions],
                    title="suggested verdicts")
    if digest is not None:
        typer.echo(f"digest written to {digest}")


REVIEW_KEYS = {"y": "accept", "t": "true", "f": "false", "p": "partly", "a": "ambiguous", "v": "void",
               "n": "next", "s": "skip", "q": "quit"}


def review(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Treat this day as today, YYYY-MM-DD \\[default: today].")] = None,
    db: DbOption = None,
) -> None:
    """Go through due claims one by one and settle them with single keys.

    Each claim is shown with its speaker, deadline, the best evidence passage
    and the suggested verdict. Keys: [bold]y[/bold] accept the suggestion,
    [bold]t[/bold]/[bold]f[/bold]/[bold]p[/bold]/[bold]a[/bold]/[bold]v[/bold] true, false, partly, ambiguous, void,
    [bold]n[/bold] next evidence passage, [bold]s[/bold] skip (the claim goes to the back of the queue),
    [bold]q[/bold] quit. The queue resumes where it stopped. Needs a terminal.

    [bold]Example[/bold]

      claims review --as-of 2019-03-05
    """
    day = parse_day(as_of, "--as-of") or date.today()
    if not sys.stdin.isatty():
        raise UserError("claims review needs a terminal (stdin is not one); "
                        "use claims list --status due and claims resolve ID --verdict … instead")
    from claims.resolve import evidence_json, evidence_of, mark_reviewed, review_queue
    from claims.resolve import resolve as do_resolve
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import claim_json, get_claim

    url = resolve_url(db)
    with session_scope(url) as session:
        queue = [c.id for c in review_queue(session, day)]
    if not queue:
        typer.echo("nothing to review: no due claims without a verdict")
        return
    settled = 0
    for position, claim_id in enumerate(queue, start=1):
        with session_scope(url) as session:
            shown = claim_json(session, *get_claim(session, claim_id or 0), today=day)
            evidence = [evidence_json(session, e) for e in evidence_of(session, claim_id or 0)]
        shown_at = 0
        _show_claim(position, len(queue), shown, evidence, shown_at)
        while True:
            key = typer.getchar().lower()
            action = REVIEW_KEYS.get(key)
            if action is None:
                typer.echo("keys: y accept, t f p a v verdict, n next evidence, s skip, q quit")
                continue
            if action == "next":
                shown_at = (shown_at + 1) % max(len(evidence), 1)
                _show_evidence(evidence, shown_at)
                continue
            break
        if action == "quit":
            break
        with session_scope(url) as session:
            if action == "skip":
                from claims.store.models import Claim

                claim = session.get(Claim, claim_id)
                if claim is not None:
                    mark_reviewed(session, claim)
                typer.echo("skipped")
                continue
            verdict = shown["suggested_verdict"] if action == "accept" else action
            if verdict is None:
                typer.echo("no suggested verdict to accept; skipped")
                continue
            used = [e["article"]["id"] for e in evidence if e["stance"] != "mentions"][:3]
            do_resolve(session, claim_id or 0, verdict, used, note="claims review")
            settled += 1
            typer.echo(f"claim {claim_id}: {verdict}")
    typer.echo(f"settled {settled} of {len(queue)} due claims")


def _show_claim(position: int, total: int, shown: dict[str, Any], evidence: list[dict[str, Any]], at: int) -> None:
    speaker = shown["speaker"] or {}
    deadline = (shown["deadline"] or {}).get("end") or "none"
    typer.echo("")
    typer.echo(f"[{position}/{total}] claim {shown['id']} — {speaker.get('name') or 'no speaker'}"
               f", {shown['kind']}, p={'—' if shown['probability'] is None else shown['probability']}, deadline {deadline}")
    typer.echo(f"  {shown['text']}")
    typer.echo(f"  proposition: {shown['statement']}")
    _show_evidence(evidence, at)
    suggested = shown["suggested_verdict"]
    typer.echo(f"  suggested: {suggested} ({shown['suggested_confidence']:.2f})" if suggested else "  suggested: —")
    typer.echo("  [y] accept  [t]rue [f]alse [p]artly [a]mbiguous [v]oid  [n]ext evidence  [s]kip  [q]uit")


def _show_evidence(evidence: list[dict[str, Any]], at: int) -> None:
    if not evidence:
        typer.echo("  evidence: none yet (claims nightly or claims evidence suggest)")
        return
    e = evidence[at % len(evidence)]
    typer.echo(f"  evidence {at % len(evidence) + 1}/{len(evidence)}: [{e['article']['id']}] {e['article']['published']}"
               f" {e['article']['title'] or ''} — {e['stance']} ({', '.join(e['cues']) or e['attached_by']})")
    typer.echo(f"    {e['passage'] or ''}")


def _short(text: str | None, n: int) -> str:
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


def register(app: typer.Typer) -> None:
    app.add_typer(evidence_app, name="evidence", rich_help_panel="Settling")
    app.command(rich_help_panel="Settling")(resolve)
    app.command(rich_help_panel="Settling")(history)
    app.command(rich_help_panel="Settling")(review)
    app.command(rich_help_panel="Settling")(nightly)
