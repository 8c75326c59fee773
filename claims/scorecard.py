"""Scorecards from the database: group claims, score them (claims.score) and render them in every format.

:func:`gather` reads claims with their current verdicts (the latest a person
gave, else the job's: :func:`claims.store.repo.current_resolution`) and groups
them by speaker, outlet or tag, for claims made in ``[since, until]``.
Claims of anonymous speakers (知情人士, people familiar with …) are grouped as
one row, :data:`ANONYMOUS_GROUP`, that is never graded: they are not one
person. A claim repeated in a republished copy of the same story (same story
id, speaker and statement; claims.stories) is counted once. :func:`render` writes a :class:`Scorecard` as ``table`` (rich),
``csv``, ``json``, ``md`` or ``html``; every format but ``table`` is
byte-identical across runs on the same data.
"""

from __future__ import annotations

import csv
import functools
import gc
import html
import io
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, ParamSpec, TypeVar

from sqlalchemy import String, type_coerce
from sqlmodel import Session, col, select

from claims.score import (
    COLUMNS,
    MIN_RESOLVED,
    TOO_FEW,
    GroupScore,
    Outcome,
    leaderboard,
    score_group,
    shallow_dict,
)
from claims.store.models import Article, Claim, Evidence, Resolution, Speaker
from claims.store.repo import current_resolution, speaker_right
from claims.stories import normalized

P = ParamSpec("P")
R = TypeVar("R")

GROUPINGS = ("speaker", "outlet", "tag")
FORMATS = ("table", "csv", "json", "md", "html")
ANONYMOUS_GROUP = "(anonymous sources)"
NO_OUTLET = "(no outlet)"
UNTAGGED = "(untagged)"
NOT_GRADED = "not graded: anonymous"


@dataclass(slots=True)
class ClaimLine:
    """One claim as a scorecard lists it."""

    id: int
    statement: str
    said_on: str
    deadline: str | None
    probability: float | None
    kind: str
    verdict: str | None
    right: bool | None
    source: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Scorecard:
    """Scores per group (best first), the overall score, and each group's claims."""

    by: str
    since: date | None
    until: date | None
    min_resolved: int
    groups: list[GroupScore]
    overall: GroupScore
    claims: dict[str, list[ClaimLine]]


def _cyclic_gc_paused(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run with Python's cyclic garbage collector paused (enabled again after, if it was on).

    A scorecard makes a few objects per claim (rows, outcomes, lines), none in a reference cycle, so reference
    counting frees them all; with the collector on, its passes over the growing heap were a quarter to a third
    of the time for 100k claims (gather 3.1 → 2.35 s; 2.1–3.2 s → 1.7 s once the rows are read as text).
    """

    @functools.wraps(fn)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused


@_cyclic_gc_paused
def gather(
    session: Session, by: str = "speaker", since: date | None = None, until: date | None = None,
    min_resolved: int = MIN_RESOLVED,
) -> Scorecard:
    """Build the scorecard of the stored claims (see the module docstring). ``by``: speaker, outlet or tag."""
    if by not in GROUPINGS:
        raise ValueError(f"--by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    # Plain rows of the columns used, not ORM objects: building 100k Claim objects took longer than the rest.
    # Dates and tags are read as the driver gives them (text on SQLite, where SQLAlchemy's per-row converters
    # cost as much as the query) and converted by _day and _tags.
    query = select(Claim.id, Claim.statement, type_coerce(Claim.said_on, String), type_coerce(Claim.deadline_end, String),
                   Claim.probability, Claim.kind, Claim.article_id, Claim.speaker_id, type_coerce(Claim.tags, String),
                   Claim.source_url).order_by(col(Claim.said_on), col(Claim.id))
    if since is not None:
        query = query.where(col(Claim.said_on) >= since)
    if until is not None:
        query = query.where(col(Claim.said_on) <= until)
    claims = [_ClaimRow(cid, statement, _day(said), _day(deadline), probability, kind, article_id, speaker_id,
                        _tags(tags), source_url)
              for cid, statement, said, deadline, probability, kind, article_id, speaker_id, tags, source_url
              in session.connection().execute(query)]
    speakers = {s.id: s for s in session.exec(select(Speaker)).all()}
    # Only the columns a scorecard shows: never the article texts (a year of news does not fit in memory).
    articles = {a.id: a for a in session.exec(
        select(Article.id, Article.story_id, Article.url, Article.path, Article.outlet, Article.title)).all()}
    resolutions: dict[int, list[Resolution]] = defaultdict(list)
    for r in session.exec(select(Resolution.id, Resolution.claim_id, Resolution.verdict, Resolution.resolved_by,
                                 Resolution.after_outcome).order_by(col(Resolution.id))).all():
        resolutions[r.claim_id].append(r)
    evidence: dict[int, list[Evidence]] = defaultdict(list)
    for e in session.exec(select(Evidence).order_by(col(Evidence.id))).all():
        evidence[e.claim_id].append(e)
    grouped: dict[str, list[Outcome]] = defaultdict(list)
    lines: dict[str, list[ClaimLine]] = defaultdict(list)
    everything: list[Outcome] = []
    seen_in_story: set[tuple[int, int | None, str]] = set()
    # A claim can repeat another only in the same story by the same speaker: the statement is normalised
    # (Simplified, no punctuation: about 8 µs) only for those pairs that hold more than one claim.
    in_story = Counter((a.story_id, c.speaker_id) for c in claims
                       if (a := articles.get(c.article_id) if c.article_id else None) is not None and a.story_id is not None)
    for claim in claims:
        article = articles.get(claim.article_id) if claim.article_id else None
        if article is not None and article.story_id is not None and in_story[(article.story_id, claim.speaker_id)] > 1:
            story_key = (article.story_id, claim.speaker_id, normalized(claim.statement))
            if story_key in seen_in_story:
                continue  # the same claim in a republished copy of the story: counted once
            seen_in_story.add(story_key)
        current = current_resolution(resolutions.get(claim.id, ()))
        outcome = Outcome(
            claim.id or 0, claim.probability, current.verdict if current else None, claim.kind, claim.said_on,
            claim.deadline_end, bool(current and current.after_outcome),
        )
        everything.append(outcome)
        line = ClaimLine(
            claim.id or 0, claim.statement, claim.said_on.isoformat(),
            claim.deadline_end.isoformat() if claim.deadline_end else None, claim.probability, claim.kind,
            outcome.verdict, speaker_right(claim.probability, outcome.verdict, claim.kind),
            (article.url or article.path) if article else claim.source_url,
            [_evidence_link(e, articles.get(e.article_id)) for e in evidence[claim.id]
             if e.stance != "mentions" or e.attached_by == "person"] if claim.id in evidence else [],
        )
        for key in _keys(by, claim, speakers.get(claim.speaker_id), article):
            grouped[key].append(outcome)
            lines[key].append(line)
    groups = leaderboard(grouped, min_resolved)
    for g in groups:
        if g.group == ANONYMOUS_GROUP:
            g.grade = NOT_GRADED
    groups.sort(key=lambda g: g.group == ANONYMOUS_GROUP)  # stable: anonymous sources last
    return Scorecard(by, since, until, min_resolved, groups, score_group("(all claims)", everything, min_resolved),
                     dict(lines))


class _ClaimRow(NamedTuple):
    """The columns of a claim that a scorecard reads."""

    id: int
    statement: str
    said_on: date
    deadline_end: date | None
    probability: float | None
    kind: str
    article_id: int | None
    speaker_id: int | None
    tags: list[str]
    source_url: str | None


def _day(value: Any) -> date | None:
    """A date column's value: a date (PostgreSQL's driver) or ISO text (SQLite)."""
    return value if value is None or isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _tags(value: Any) -> list[str]:
    """The tags column's value: a list (PostgreSQL's driver) or JSON text (SQLite)."""
    if value is None or value == "[]":
        return []
    return json.loads(value) if isinstance(value, str) else list(value)


def _keys(by: str, claim: _ClaimRow, speaker: Speaker | None, article: Any) -> list[str]:
    if by == "speaker":
        if speaker is None:
            return []  # the outlet's own voice and unattributed claims are no one's record
        return [ANONYMOUS_GROUP if speaker.kind == "anonymous" else speaker.name]
    if by == "outlet":
        return [(article.outlet if article and article.outlet else NO_OUTLET)]
    return list(claim.tags or []) or [UNTAGGED]


def _evidence_link(e: Evidence, article: Any) -> dict[str, Any]:
    return {"article": e.article_id, "title": article.title if article else None,
            "url": (article.url or article.path) if article else None, "stance": e.stance}


# --- rendering ------------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"
    return str(value)


def to_rows(card: Scorecard) -> list[dict[str, Any]]:
    """One dict per group with every :data:`claims.score.COLUMNS` figure."""
    return [g.row() for g in card.groups]


def render_csv(card: Scorecard) -> str:
    """CSV (RFC 4180, ``\\r\\n`` line ends) with :data:`claims.score.COLUMNS` as the header."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    for row in to_rows(card):
        writer.writerow({k: _fmt(v) for k, v in row.items()})
    return buffer.getvalue()


def render_json(card: Scorecard) -> str:
    """One JSON object: filters, overall figures, and per group its figures, calibration table and
    ``claim_list`` (each claim with its verdict and evidence)."""
    value = {
        "by": card.by, "since": card.since.isoformat() if card.since else None,
        "until": card.until.isoformat() if card.until else None, "min_resolved": card.min_resolved,
        "overall": {**card.overall.row(), "calibration": [shallow_dict(b) for b in card.overall.calibration]},
        "groups": [{**g.row(), "calibration": [shallow_dict(b) for b in g.calibration],
                    "claim_list": [shallow_dict(c) for c in card.claims.get(g.group, [])]} for g in card.groups],
    }
    # One group per line, written by json's C encoder (indent= would switch to the pure-Python one, ten
    # times slower on a 100k-claim card).
    groups = value.pop("groups")
    head = json.dumps(value, ensure_ascii=False)
    body = ",\n".join(json.dumps(g, ensure_ascii=False) for g in groups)
    return head[:-1] + ', "groups": [\n' + body + ("\n" if body else "") + "]}\n"


MD_COLUMNS = (("group", "group"), ("claims", "claims"), ("resolved", "resolved"), ("hit_rate", "hit rate"), ("brier", "Brier"),
              ("brier_skill", "skill"), ("true", "true"), ("false", "false"), ("partly", "partly"), ("grade", "grade"))


def _md_cell(value: Any) -> str:
    return _fmt(value).replace("|", "\\|").replace("\n", " ")


def render_md(card: Scorecard) -> str:
    """A Markdown table (GitHub/wiki style) plus the overall line and the definitions' source."""
    head = f"## Scorecard by {card.by}"
    window = " ".join(x for x in (f"from {card.since}" if card.since else "", f"to {card.until}" if card.until else "") if x)
    lines = [head + (f" ({window})" if window else ""), "",
             "| " + " | ".join(title for _, title in MD_COLUMNS) + " |",
             "|" + "|".join("---" for _ in MD_COLUMNS) + "|"]
    for row in to_rows(card):
        lines.append("| " + " | ".join(_md_cell(row[key]) for key, _ in MD_COLUMNS) + " |")
    o = card.overall
    lines += ["", f"All claims: {o.claims} made, {o.resolved} resolved, hit rate {_fmt(o.hit_rate) or '—'}, "
              f"Brier {_fmt(o.brier) or '—'} on {o.brier_n}. Groups with fewer than {card.min_resolved} resolved "
              f"claims are {TOO_FEW!r}. Definitions: hit = stated probability above 0.5 and true, or below 0.5 "
              "and false (partly half); Brier score (Brier 1950), skill against the base rate."]
    return "\n".join(lines) + "\n"


def render_table(card: Scorecard) -> tuple[list[str], list[list[str]]]:
    """Columns and rows for a terminal table."""
    columns = ["group", "claims", "resolved", "hit rate", "Brier", "skill", "true", "false", "partly", "grade"]
    rows = [[g.group, str(g.claims), str(g.resolved), _fmt(g.hit_rate), _fmt(g.brier), _fmt(g.brier_skill),
             str(g.true), str(g.false), str(g.partly), g.grade] for g in card.groups]
    return columns, rows


@_cyclic_gc_paused
def render(card: Scorecard, fmt: str) -> str:
    """The scorecard as text in ``fmt`` (csv, json, md, html)."""
    if fmt == "csv":
        return render_csv(card)
    if fmt == "json":
        return render_json(card)
    if fmt == "md":
        return render_md(card)
    if fmt == "html":
        from claims.scorecard_html import render_html

        return render_html(card)
    raise ValueError(f"unknown format {fmt!r}")


def escape(text: Any) -> str:
    """HTML-escape any value (quotes too)."""
    return html.escape("" if text is None else str(text), quote=True)
