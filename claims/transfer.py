"""Export and import: everything as JSON lines, and schema.org ClaimReview for resolved claims.

``export_jsonl`` writes one JSON object per row of every table, parents
before children (article, speaker, speaker_alias, event, claim, evidence,
resolution, jobrun), each as ``{"table": name, "row": {column: value}}`` with
dates and times in ISO 8601 (times in UTC). ``import_jsonl`` restores such a
file into an empty database in one transaction, keeping every id, then
rebuilds the evidence index; a bad line is reported with its line number and
nothing is written. The last line of an export counts the rows of each table,
so a file cut short is refused. Export → import → export gives the same bytes.

``claimreview`` gives schema.org ``ClaimReview`` objects (JSON-LD) for
resolved claims: ``claimReviewed`` (the statement), ``itemReviewed`` a
``Claim`` with ``author`` (``Person``/``Organization`` with ``name`` and
``jobTitle``; the claim's author), ``datePublished`` (when it was said) and
``appearance`` (the article's URL); ``reviewRating`` with the textual rating
of :data:`TEXTUAL_RATING`; ``datePublished`` of the review (when the verdict
was given).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, text
from sqlmodel import Session, SQLModel, col, select

from claims.store.models import Article, Claim, Resolution, Speaker
from claims.store.repo import current_resolution

#: Tables in the order rows must be restored (parents first).
TABLE_ORDER = ("article", "article_band", "speaker", "speaker_alias", "event", "claim", "evidence", "resolution",
               "jobrun")
END = "_end"

#: Verdict → (textual rating, rating value on 1–5 or None). Ours; the words follow fact-checkers' usage for
#: predictions ("came true"), the numbers Google's ClaimReview guidance (1 worst … 5 best).
TEXTUAL_RATING = {
    "true": ("Came true", 5), "partly": ("Partly came true", 3), "false": ("Did not come true", 1),
    "ambiguous": ("Cannot be settled", None), "void": ("Void: its premise failed", None),
}


class TransferError(Exception):
    """An import that cannot be done; the message names the line. Nothing was written."""


def _table(name: str):  # type: ignore[no-untyped-def]
    return SQLModel.metadata.tables[name]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_jsonl(session: Session) -> Iterator[str]:
    """Every row of every table as a JSON line (see the module docstring), ordered by table then id,
    then a last line ``{"table": "_end", "row": {"rows": {table: count}}}`` so that a cut file is detected."""
    counts: dict[str, int] = {}
    for name in TABLE_ORDER:
        table = _table(name)
        counts[name] = 0
        key = table.c.id if "id" in table.c else list(table.primary_key.columns)[0]
        for row in session.connection().execute(table.select().order_by(*table.primary_key.columns or [key])).mappings():
            record = {"table": name, "row": {k: _plain(v) for k, v in row.items()}}
            counts[name] += 1
            yield json.dumps(record, ensure_ascii=False, sort_keys=True)
    yield json.dumps({"table": END, "row": {"rows": counts}}, ensure_ascii=False, sort_keys=True)


def _parse(table, row: dict[str, Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    out = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        kind = getattr(column.type, "impl", column.type)  # UTCDateTime decorates DateTime
        if value is not None and isinstance(kind, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        out[column.name] = value
    unknown = set(row) - {c.name for c in table.columns}
    if unknown:
        raise ValueError(f"unknown columns {sorted(unknown)}")
    return out


def import_jsonl(session: Session, lines: Iterator[str], where: str = "input") -> dict[str, int]:
    """Restore an export into an empty database; returns rows per table. Raises :class:`TransferError`."""
    from claims.store import index

    existing = session.exec(select(Article.id)).first() or session.exec(select(Claim.id)).first()
    if existing is not None:
        raise TransferError("the database is not empty; import into a new database (--db NEW.db)")
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ORDER}
    lines_of: dict[str, list[int]] = {name: [] for name in TABLE_ORDER}
    end: dict[str, Any] | None = None
    number = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if end is not None:
            raise TransferError(f"{where}:{number}: text after the end of the export")
        try:
            record = json.loads(line)
            name = record["table"]
            if name == END:
                end = record["row"]
                continue
            if name not in rows:
                raise ValueError(f"unknown table {name!r}")
            rows[name].append(_parse(_table(name), record["row"]))
            lines_of[name].append(number)
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise TransferError(f"{where}:{number}: not an export line ({exc})") from None
    if end is None:
        raise TransferError(f"{where}: no end line after line {number}: the export is cut short or not an export"
                            " of claims export --format jsonl")
    expected = end.get("rows", {}) if isinstance(end, dict) else {}
    for name in TABLE_ORDER:
        if expected.get(name, 0) != len(rows[name]):
            raise TransferError(f"{where}: {len(rows[name])} {name} rows, the end line says {expected.get(name, 0)}")
    conn = session.connection()
    from sqlalchemy.exc import IntegrityError

    for name in TABLE_ORDER:
        if not rows[name]:
            continue
        try:
            with conn.begin_nested():
                conn.execute(_table(name).insert(), rows[name])
            continue
        except IntegrityError:
            pass  # find the line: row by row
        for i, row in enumerate(rows[name]):
            try:
                with conn.begin_nested():
                    conn.execute(_table(name).insert(), row)
            except IntegrityError as exc:
                raise TransferError(f"{where}:{lines_of[name][i]}: this {name} row conflicts with the others "
                                    f"({str(exc.orig).splitlines()[0]})") from None
    if conn.dialect.name == "postgresql":
        for name in TABLE_ORDER:
            if "id" not in _table(name).c:
                continue  # article_band has a composite key, no sequence
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                              f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"))
    index.index_pending(conn)
    return {name: len(found) for name, found in rows.items()}


def claimreview(session: Session, publisher: str = "claims", include_job: bool = False) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects for every claim with a current verdict given by a person (with
    ``include_job``, also verdicts recorded by the nightly job), in claim order. Anonymous sources are
    credited as such (``Person`` named "anonymous source: 知情人士")."""
    out = []
    claims = session.exec(select(Claim).order_by(col(Claim.id))).all()
    for claim in claims:
        verdicts = list(session.exec(select(Resolution).where(Resolution.claim_id == claim.id)).all())
        current = current_resolution(verdicts)
        if current is None or (current.resolved_by == "job" and not include_job):
            continue
        speaker = session.get(Speaker, claim.speaker_id) if claim.speaker_id else None
        article = session.get(Article, claim.article_id) if claim.article_id else None
        words, value = TEXTUAL_RATING[current.verdict]
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": words}
        if value is not None:
            rating.update({"ratingValue": value, "bestRating": 5, "worstRating": 1})
        author: dict[str, Any] | None = None
        if speaker is not None:
            name = f"anonymous source: {speaker.name}" if speaker.kind == "anonymous" else speaker.name
            author = {"@type": "Organization" if speaker.kind == "organisation" else "Person", "name": name}
            if speaker.titles:
                author["jobTitle"] = speaker.titles[0]
        item: dict[str, Any] = {"@type": "Claim", "datePublished": claim.said_on.isoformat()}
        if author:
            item["author"] = author
        url = (article.url if article else None) or claim.source_url
        if url or article is not None:
            # the article it appeared in: its URL when known, else what identifies it (headline, outlet, day)
            appearance: dict[str, Any] = {"@type": "CreativeWork", **({"url": url} if url else {})}
            if article is not None:
                if article.title:
                    appearance["headline"] = article.title
                if article.outlet:
                    appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
                appearance["datePublished"] = article.published.isoformat()
            item["appearance"] = appearance
        out.append({
            "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": claim.statement,
            "itemReviewed": item, "reviewRating": rating,
            "datePublished": current.resolved_at.date().isoformat() if current.resolved_at else None,
            "author": {"@type": "Organization", "name": publisher},
        })
    return out
