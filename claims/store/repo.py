"""Reading and writing claims, articles and speakers.

Every write that belongs together (an article and its claims) happens in one
session/transaction supplied by the caller (:func:`claims.store.db.session_scope`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, or_
from sqlmodel import Session, col, select

from claims.attribution import Speaker as SpeakerRef
from claims.events import DatedEvent
from claims.extract import ExtractedClaim
from claims.sources import SourceArticle
from claims.store.models import Article, Claim, Event, Resolution, Speaker, SpeakerAlias, utcnow


class NotFound(Exception):
    """No row with that id; the message names it."""


@dataclass
class IngestResult:
    """What storing one article did: the article id, claims stored, and whether it was new."""

    article_id: int
    claims: int
    created: bool
    duplicate_of: str | None = None
    redated: int = 0
    story_id: int | None = None


def find_speaker(session: Session, name: str) -> Speaker | None:
    """The stored speaker a name denotes: by its name key (Simplified/Traditional, aliases), else None."""
    from claims.speakers import load_aliases, name_key

    for candidate in (name, load_aliases().get(name_key(name))):
        if candidate is None:
            continue
        alias = session.exec(select(SpeakerAlias).where(SpeakerAlias.key == name_key(candidate))).first()
        if alias is not None:
            return session.get(Speaker, alias.speaker_id)
        found = session.exec(select(Speaker).where(Speaker.name == candidate)).first()
        if found is not None:
            return found
    return None


def get_or_create_speakers(
    session: Session, refs: list[SpeakerRef], aliases: dict[str, str] | None = None,
) -> list[Speaker]:
    """The stored speaker each of ``refs`` denotes, in order, created when new; records titles and variant names.

    Works as if the refs were looked up one after another (a later ref finds a
    speaker an earlier one created: 賴清德 then 赖清德, 川普 then Trump), but in
    a few statements for the whole list: one query for the name keys, one for
    the speakers, one flush for the new and changed speakers and one INSERT for
    the new name keys (one lookup per name was a quarter of ingest's time). The
    alias file (:func:`claims.speakers.load_aliases`) maps 川普 → 特朗普; names
    are compared by :func:`claims.speakers.name_key` (Traditional→Simplified,
    legal forms and spacing folded). A name key already held by another speaker
    stays with it (one name is one speaker).
    """
    from claims.speakers import load_aliases, name_key

    if not refs:
        return []  # (before the alias files are looked at: most articles of a batch bring no new speaker)
    aliases = load_aliases() if aliases is None else aliases
    names: dict[str, str] = {}  # every name a ref may be found by (its own, the alias file's) → its key
    for ref in refs:
        names.setdefault(ref.name, name_key(ref.name))
        canonical = aliases.get(names[ref.name])
        if canonical is not None:
            names.setdefault(canonical, name_key(canonical))
    if not names:
        return []
    held = dict(session.exec(select(SpeakerAlias.key, SpeakerAlias.speaker_id)
                             .where(col(SpeakerAlias.key).in_(set(names.values())))).all())
    rows = session.exec(select(Speaker).where(or_(col(Speaker.name).in_(list(names)),
                                                  col(Speaker.id).in_(set(held.values()))))).all()
    by_id = {row.id: row for row in rows}
    by_name: dict[str, Speaker] = {row.name: row for row in rows}
    by_key: dict[str, Speaker] = {key: by_id[sid] for key, sid in held.items() if sid in by_id}
    new_keys: list[tuple[str, Speaker]] = []

    def add_name(speaker: Speaker, name: str) -> None:
        key = names[name]
        if key not in by_key:
            by_key[key] = speaker
            new_keys.append((key, speaker))
        if name != speaker.name and name not in (speaker.aliases or []):
            speaker.aliases = [*(speaker.aliases or []), name]

    found: list[Speaker] = []
    for ref in refs:
        speaker = None
        for candidate in (ref.name, aliases.get(names[ref.name])):  # by key first, then by canonical name
            if candidate is None:
                continue
            speaker = by_key.get(names[candidate]) or by_name.get(candidate)
            if speaker is not None:
                break
        if speaker is None:
            canonical = aliases.get(names[ref.name], ref.name)
            speaker = Speaker(name=canonical, kind=ref.kind, aliases=[], titles=[])
            session.add(speaker)
            by_name[canonical] = speaker
            add_name(speaker, canonical)
        add_name(speaker, ref.name)
        if ref.title and ref.title not in (speaker.titles or []):
            speaker.titles = [*(speaker.titles or []), ref.title]
        found.append(speaker)
    session.add_all({id(s): s for s in found}.values())
    session.flush()  # ids for the new speakers, the changed lists for the others
    if new_keys:
        session.execute(insert(SpeakerAlias), [{"key": key, "speaker_id": s.id} for key, s in new_keys])
    return found


def get_or_create_speaker(session: Session, ref: SpeakerRef, aliases: dict[str, str] | None = None) -> Speaker:
    """The stored speaker ``ref`` denotes, created if new (:func:`get_or_create_speakers` for one ref)."""
    return get_or_create_speakers(session, [ref], aliases)[0]


def _speaker_by_name_or_id(session: Session, name: str) -> Speaker | None:
    """A speaker by name or alias, or by the id `claims speakers` shows."""
    found = find_speaker(session, name)
    if found is None and name.strip().isdigit():
        found = session.get(Speaker, int(name))
    return found


def merge_speakers(session: Session, keep: str, other: str) -> Speaker:
    """Merge speaker ``other`` into ``keep``: claims, aliases and titles move; ``other`` is deleted.

    Either may be given by name, alias or id. Raises :class:`NotFound` when either
    is unknown, ValueError when both name the same speaker.
    """
    target, source = _speaker_by_name_or_id(session, keep), _speaker_by_name_or_id(session, other)
    if target is None or source is None:
        raise NotFound(f"no speaker named {keep if target is None else other}")
    if target.id == source.id:
        raise ValueError(f"{keep} and {other} are already one speaker ({target.name})")
    for claim in session.exec(select(Claim).where(Claim.speaker_id == source.id)).all():
        claim.speaker_id = target.id
        session.add(claim)
    for alias in session.exec(select(SpeakerAlias).where(SpeakerAlias.speaker_id == source.id)).all():
        alias.speaker_id = target.id or 0
        session.add(alias)
    names = [source.name, *(source.aliases or [])]
    target.aliases = [*(target.aliases or []), *[n for n in names if n not in (target.aliases or []) and n != target.name]]
    target.titles = [*(target.titles or []), *[t for t in (source.titles or []) if t not in (target.titles or [])]]
    session.add(target)
    session.flush()
    session.delete(source)
    session.flush()
    return target


def link_story(conn: Any, article_id: int, text: str, sig: list[int] | None = None) -> int:
    """Give a stored article its MinHash signature, LSH bands and story (claims.stories); returns the story id.

    The story is that of the most similar earlier article at or above
    :data:`claims.stories.THRESHOLD`, else the article's own id. Works on a
    SQLAlchemy connection (also inside migrations).
    """
    import json

    from claims.store.db import statement as sql
    from claims.stories import THRESHOLD, bands, estimate, signature

    sig = signature(text) if sig is None else sig
    keys = bands(sig)
    found = conn.execute(
        sql("SELECT DISTINCT b.article_id FROM article_band b WHERE b.article_id <> :me AND ("
            + " OR ".join(f"(b.band = {i} AND b.bucket = :k{i})" for i in range(len(keys))) + ")"),
        {"me": article_id, **{f"k{i}": k for i, k in enumerate(keys)}},
    ).all()
    story, best = article_id, THRESHOLD
    ids = [other for (other,) in found]
    # the candidates' signatures in one statement (one per candidate cost more than reading them), compared in
    # the order the band query gave them, as before (in chunks: a statement's parameters are limited)
    rows = {}
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        rows.update((r[0], r) for r in conn.execute(
            sql("SELECT id, minhash, story_id FROM article WHERE id IN (" + ", ".join(f":c{i}" for i in range(len(chunk)))
                + ")"), {f"c{i}": other for i, other in enumerate(chunk)}))
    for other in ids:
        if other not in rows:
            continue
        _, minhash, story_id = rows[other]
        stored = minhash if isinstance(minhash, list) else json.loads(minhash or "[]")
        similarity = estimate(sig, stored)
        if similarity >= best:
            story, best = story_id or other, similarity
    conn.execute(sql("UPDATE article SET minhash = :sig, story_id = :story WHERE id = :id"),
                 {"sig": json.dumps(sig), "story": story, "id": article_id})
    # (the article has no bands yet: it is new, or migration 0006 links articles stored before bands existed)
    conn.execute(sql("INSERT INTO article_band (article_id, band, bucket) VALUES (:id, :band, :bucket)"),
                 [{"id": article_id, "band": i, "bucket": k} for i, k in enumerate(keys)])
    return story


def find_duplicate(session: Session, article: SourceArticle) -> Article | None:
    """An already stored article with the same content hash, or the same URL."""
    if not article.url:
        return session.exec(select(Article).where(Article.content_hash == article.content_hash)).first()
    # one query for both (the same content first): a statement costs more than the rows it reads
    found = session.exec(select(Article).where(or_(Article.content_hash == article.content_hash,
                                                   Article.url == article.url))).all()
    return next((a for a in found if a.content_hash == article.content_hash), found[0] if found else None)


def stored_events(session: Session) -> list[DatedEvent]:
    """Every dated event seen so far, earliest first (the table stays small: one row per event)."""
    rows = session.exec(select(Event).order_by(Event.start)).all()  # type: ignore[arg-type]
    return [DatedEvent(r.label, r.kind, r.start, r.end, r.expression) for r in rows]


def save_events(session: Session, events: list[DatedEvent], article_id: int | None) -> list[DatedEvent]:
    """Store events not yet known by (label, start); returns the ones added."""
    added: list[DatedEvent] = []
    for event in events:
        exists = session.exec(
            select(Event).where(Event.label == event.label, Event.start == event.start)
        ).first()
        if exists is None and all((e.label, e.start) != (event.label, event.start) for e in added):
            session.add(Event(label=event.label, kind=event.kind, start=event.start, end=event.end,
                              expression=event.expression, article_id=article_id))
            added.append(event)
    return added


def redate_claims(session: Session, events: list[DatedEvent]) -> int:
    """Give stored claims without a deadline the dates of newly stored events they name.

    Articles reach the store in any order; a forecast about "本届峰会" stored
    before the article that dates the summit is dated here. Returns the number
    of claims changed. Only claims said at most
    :data:`claims.events.KNOWN_EVENT_HORIZON_DAYS` days before an event are looked at.
    """
    from datetime import timedelta

    from claims.events import EVENT_CLASSES, KNOWN_EVENT_HORIZON_DAYS
    from claims.extract import event_deadline_for

    if not events:
        return 0
    earliest = min(e.start for e in events) - timedelta(days=KNOWN_EVENT_HORIZON_DAYS)
    latest = max(e.end for e in events)
    kinds = sorted({e.kind for e in events})
    # Only claims that name an event of these kinds can change, and only events of these kinds that end
    # after such a claim was made can date them: both read from the store by index, not in full, and the
    # events only when there are such claims (most articles' events date none).
    nouns = [noun for kind in kinds for noun in EVENT_CLASSES.get(kind, ())]
    if not nouns:
        return 0
    candidates = session.exec(
        select(Claim).where(col(Claim.deadline_end).is_(None), col(Claim.deadline_basis) == "none",
                            col(Claim.origin) == "extracted", col(Claim.said_on) >= earliest,
                            col(Claim.said_on) <= latest, or_(*(col(Claim.text).contains(n) for n in nouns)))
    ).all()
    if not candidates:
        return 0
    known = [DatedEvent(r.label, r.kind, r.start, r.end, r.expression) for r in session.exec(
        select(Event).where(col(Event.kind).in_(kinds), col(Event.end) >= earliest).order_by(col(Event.start)))]
    changed = 0
    for claim in candidates:
        deadline = event_deadline_for(claim.text, claim.said_on, known)
        if deadline is not None:
            claim.deadline_text, claim.deadline_start = deadline.text, deadline.start
            claim.deadline_end, claim.deadline_basis = deadline.end, deadline.basis
            session.add(claim)
            changed += 1
    return changed


def save_article(
    session: Session, article: SourceArticle, extracted: list[ExtractedClaim], events: list[DatedEvent] | None = None,
    tokens: list[str] | None = None, sig: list[int] | None = None,
) -> IngestResult:
    """Store an article, its claims and the events it dates (nothing when the same content or URL is stored).

    ``tokens`` (:func:`claims.store.index.article_tokens`) and ``sig`` (:func:`claims.stories.signature`)
    may be made beforehand, e.g. in a worker process; they are computed here otherwise.
    """
    if article.published is None:
        raise ValueError(f"{article.path}: no publication date")
    existing = find_duplicate(session, article)
    if existing is not None:
        return IngestResult(existing.id or 0, 0, False, existing.path or existing.url, story_id=existing.story_id)
    # one Core INSERT … RETURNING, not an ORM object and a flush nor the ORM's bulk path (each cost more than the
    # statement); the session loads the row if anything asks for it
    article_id = int(session.connection().execute(insert(Article.__table__).values(  # type: ignore[attr-defined]
        url=article.url, path=article.path, outlet=article.outlet, title=article.title, lang=article.lang,
        published=article.published, fetched_at=utcnow(), text=article.text, content_hash=article.content_hash,
        encoding=article.encoding, dateline=article.dateline, minhash=[],
    ).returning(Article.__table__.c.id)).scalar_one())  # type: ignore[attr-defined]
    from claims.store.index import index_article

    index_article(session.connection(), article_id, article.title, article.text, tokens)
    story = link_story(session.connection(), article_id, article.text, sig)

    _insert_claims(session, extracted, article.published, article_id)
    added = save_events(session, events or [], article_id)
    session.flush()
    redated = redate_claims(session, added)
    return IngestResult(article_id, len(extracted), True, redated=redated, story_id=story)


def _speaker_key(ref: SpeakerRef) -> tuple[str, str | None, str]:
    return (ref.name, ref.title, ref.kind)


def cache_speakers(session: Session, batch: list[tuple[SourceArticle, list[ExtractedClaim]]]) -> None:
    """Look up or create at once the speakers of the claims of every article in ``batch`` not stored yet.

    :func:`save_article` then finds them in the session's cache
    (``session.info["speaker_ids"]``: (name, title, kind) → id) instead of
    looking them up article by article. Articles already stored (same content
    hash or URL, as :func:`find_duplicate`) are left out, so storing a
    duplicate creates no speaker.
    """
    hashes = {a.content_hash for a, _ in batch}
    urls = {a.url for a, _ in batch if a.url}
    stored = session.exec(select(Article.content_hash, Article.url).where(
        or_(col(Article.content_hash).in_(hashes), col(Article.url).in_(urls)))).all()
    seen = {h for h, _ in stored} | {u for _, u in stored if u}
    known: dict[tuple[str, str | None, str], int | None] = session.info.setdefault("speaker_ids", {})
    unknown = {_speaker_key(c.speaker): c.speaker for a, claims in batch
               if a.content_hash not in seen and (not a.url or a.url not in seen)
               for c in claims if c.speaker is not None and _speaker_key(c.speaker) not in known}
    for key, row in zip(unknown, get_or_create_speakers(session, list(unknown.values())), strict=True):
        known[key] = row.id


def _insert_claims(session: Session, extracted: list[ExtractedClaim], said_on: date, article_id: int) -> None:
    """Store an article's extracted claims with their speakers (created when new)."""
    # Speakers first, looked up once per transaction (a batch of articles shares one session and
    # cache_speakers may have looked up the whole batch's), then the claims in one INSERT.
    known: dict[tuple[str, str | None, str], int | None] = session.info.setdefault("speaker_ids", {})
    unknown = {_speaker_key(c.speaker): c.speaker for c in extracted
               if c.speaker is not None and _speaker_key(c.speaker) not in known}
    for key, row in zip(unknown, get_or_create_speakers(session, list(unknown.values())), strict=True):
        known[key] = row.id
    speaker_ids = [known[_speaker_key(c.speaker)] if c.speaker else None for c in extracted]
    if extracted:  # one Core INSERT for all (building ORM objects, or the ORM's bulk path, cost more)
        table = Claim.__table__  # type: ignore[attr-defined]
        session.connection().execute(insert(table), [claim_values(claim, said_on, article_id=article_id,
                                                                  speaker_id=speaker_id)
                                                     for claim, speaker_id in zip(extracted, speaker_ids, strict=True)])


@dataclass
class ReextractResult:
    """What extracting a stored article again did: claims ``added`` (new rows), ``updated`` in place (same span:
    the id is kept), ``removed`` (no longer extracted), ``kept`` (worked on, untouched)."""

    article_id: int
    added: int
    removed: int
    kept: int
    updated: int = 0


def reextract_article(
    session: Session, existing: Article, article: SourceArticle, extracted: list[ExtractedClaim],
    events: list[DatedEvent] | None = None,
) -> ReextractResult:
    """Replace a stored article's extracted claims with ``extracted`` (from the same text, e.g. with the right
    ``--lang`` or a newer extractor), keeping every claim someone has worked on.

    Kept untouched: claims logged by hand, resolved ones, and any with evidence a person attached, a verdict,
    a tag or a review; a new claim whose span overlaps one of them is not added (the kept one stands for it).
    Any other stored claim with the same span as a new one is updated in place, so its id does not change;
    the rest are removed, with the evidence the nightly job had suggested for them. The article's language
    becomes ``article.lang``, and ``article.url`` is recorded when none was. Raises ValueError when ``article``
    is not the stored text (content hash), is dated otherwise (deadlines are read from the publication date the
    claims keep) or comes from another URL than the stored one.
    """
    from claims.store.models import Evidence

    label = article.path or article.url
    if existing.content_hash != article.content_hash:
        raise ValueError(f"{label}: the stored article {existing.id} has another text")
    if article.published != existing.published:
        raise ValueError(f"{label}: stored as article {existing.id} published {existing.published}; --reextract "
                         f"keeps that date (give --published {existing.published}, or that date in the file)")
    if article.url and existing.url and article.url != existing.url:
        raise ValueError(f"{label}: stored as article {existing.id} from {existing.url}; --reextract keeps that URL "
                         f"(leave out --url, or give that URL in the file)")
    claims = session.exec(select(Claim).where(Claim.article_id == existing.id).order_by(Claim.id)).all()  # type: ignore[arg-type]
    ids = [c.id for c in claims]
    by_person = set(session.exec(select(Evidence.claim_id).where(col(Evidence.claim_id).in_(ids),
                                                                  Evidence.attached_by != "job")).all())
    resolved = set(session.exec(select(Resolution.claim_id).where(col(Resolution.claim_id).in_(ids))).all())
    kept = [c for c in claims if c.origin != "extracted" or c.status == "resolved" or c.id in by_person
            or c.id in resolved or c.tags or c.reviewed_at is not None]
    spans = [(c.span_start, c.span_end) for c in kept if c.span_start is not None and c.span_end is not None]
    fresh = [c for c in extracted if not any(c.span[0] < hi and lo < c.span[1] for lo, hi in spans)]
    open_rows = {(c.span_start, c.span_end): c for c in claims if c not in kept}
    from claims.speakers import load_aliases

    aliases = load_aliases()
    updated, inserted = 0, []
    for claim in fresh:
        row = open_rows.pop(claim.span, None)
        if row is None:
            inserted.append(claim)
            continue
        values = claim_values(claim, existing.published, article_id=existing.id)
        speaker = get_or_create_speaker(session, claim.speaker, aliases).id if claim.speaker else None
        for key in ("text", "statement", "kind", "probability", "hedge", "polarity", "said_on", "deadline_text",
                    "deadline_start", "deadline_end", "deadline_basis"):
            setattr(row, key, values[key])
        row.speaker_id = speaker
        session.add(row)
        updated += 1
    removed = list(open_rows.values())
    if removed:  # the job's suggested evidence goes with the claim it was suggested for
        gone = [c.id for c in removed]
        for evidence in session.exec(select(Evidence).where(col(Evidence.claim_id).in_(gone))).all():
            session.delete(evidence)
        session.flush()
        for claim in removed:
            session.delete(claim)
    existing.lang = article.lang
    if article.url and not existing.url:  # a URL given now is recorded (it was unknown when first ingested)
        existing.url = article.url
    session.add(existing)
    session.flush()
    _insert_claims(session, inserted, existing.published, existing.id or 0)
    added = save_events(session, events or [], existing.id)
    session.flush()
    redate_claims(session, added)
    return ReextractResult(existing.id or 0, len(inserted), len(removed), len(kept), updated)


def claim_values(claim: ExtractedClaim, said_on: date, **ids: Any) -> dict[str, Any]:
    """The column values of a :class:`Claim` row from an extracted claim (every column but ``id``)."""
    deadline = claim.deadline
    return {
        "text": claim.text, "span_start": claim.span[0], "span_end": claim.span[1], "statement": claim.statement,
        "kind": claim.kind, "probability": claim.probability, "hedge": claim.hedge, "polarity": claim.polarity,
        # (the day the attribution dates, …在13日的记者会上说, when it is before the article's own)
        "said_on": claim.said_on if claim.said_on is not None and claim.said_on < said_on else said_on,
        "deadline_text": deadline.text if deadline else None,
        "deadline_start": deadline.start if deadline else None,
        "deadline_end": deadline.end if deadline else None,
        "deadline_basis": deadline.basis if deadline else "none",
        "status": "open", "origin": "extracted", "source_url": None, "created_at": utcnow(),
        "suggested_verdict": None, "suggested_confidence": None, "suggestion_reasons": [], "reviewed_at": None,
        "tags": [], "article_id": None, "speaker_id": None, **ids,
    }


def claim_row(claim: ExtractedClaim, said_on: date, **ids: Any) -> Claim:
    """A :class:`Claim` row from an extracted claim."""
    return Claim(**claim_values(claim, said_on, **ids))


def effective_status(claim: Claim, today: date) -> str:
    """``resolved`` and ``due`` as stored; an ``open`` claim whose deadline has passed is ``due``."""
    if claim.status == "open" and claim.deadline_end is not None and claim.deadline_end < today:
        return "due"
    return claim.status


def list_claims(
    session: Session,
    *,
    speaker: str | None = None,
    status: str | None = None,
    due_before: date | None = None,
    today: date | None = None,
) -> list[tuple[Claim, Speaker | None, Article | None]]:
    """Stored claims, oldest first, filtered by speaker name/alias, effective status and deadline."""
    today = today or date.today()
    query = (
        select(Claim, Speaker, Article)
        .join(Speaker, col(Claim.speaker_id) == col(Speaker.id), isouter=True)
        .join(Article, col(Claim.article_id) == col(Article.id), isouter=True)
        .order_by(col(Claim.id))
    )
    deadline = col(Claim.deadline_end)
    if due_before is not None:
        query = query.where(deadline.is_not(None), deadline < due_before)
    if status == "resolved":
        query = query.where(col(Claim.status) == "resolved")
    elif status == "due":
        query = query.where(or_(col(Claim.status) == "due", (col(Claim.status) == "open") & (deadline < today)))
    elif status == "open":
        query = query.where(col(Claim.status) == "open", or_(deadline.is_(None), deadline >= today))
    if speaker:
        found = find_speaker(session, speaker)
        if found is None:
            return []
        query = query.where(Claim.speaker_id == found.id)
    return list(session.exec(query).all())


def get_claim(session: Session, claim_id: int) -> tuple[Claim, Speaker | None, Article | None]:
    """One claim with its speaker and article; raises :class:`NotFound`."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}")
    speaker = session.get(Speaker, claim.speaker_id) if claim.speaker_id else None
    article = session.get(Article, claim.article_id) if claim.article_id else None
    return claim, speaker, article


def history(session: Session, claim_id: int) -> list[Resolution]:
    """All verdicts on a claim, oldest first."""
    return list(session.exec(select(Resolution).where(Resolution.claim_id == claim_id).order_by(col(Resolution.id))).all())


def current_resolution(resolutions: Sequence[Resolution]) -> Resolution | None:
    """The verdict that counts: the latest given by a person, else the latest by the job (None if none)."""
    if len(resolutions) < 2:  # (most claims: one verdict or none; a scorecard asks for every claim)
        return resolutions[0] if resolutions else None
    by_person = [r for r in resolutions if r.resolved_by != "job"]
    chosen = by_person or resolutions
    return max(chosen, key=lambda r: r.id or 0) if chosen else None


def speaker_right(probability: float | None, verdict: str | None, kind: str = "forecast") -> bool | None:
    """Whether the speaker turned out right (DESIGN.md): p > 0.5 and ``true``, or p < 0.5 and ``false``.

    None for ``partly``, ``ambiguous``, ``void``, no verdict, p exactly 0.5,
    and forecasts without a probability. A plan or promise without a
    probability asserts its proposition, so it is right when ``true``.
    """
    if verdict not in ("true", "false"):
        return None
    if probability is None:
        return (verdict == "true") if kind in ("plan", "promise") else None
    if probability == 0.5:
        return None
    return (probability > 0.5) == (verdict == "true")


def article_json(article: Article | None) -> dict[str, Any] | None:
    if article is None:
        return None
    return {
        "id": article.id, "path": article.path, "url": article.url, "title": article.title,
        "outlet": article.outlet, "published": article.published.isoformat(), "lang": article.lang,
    }


def claim_json(
    session: Session, claim: Claim, speaker: Speaker | None, article: Article | None, today: date | None = None
) -> dict[str, Any]:
    """A stored claim in the JSON shape of DESIGN.md plus id, status, verdict, suggested_verdict.

    ``right`` is :func:`speaker_right` of the verdict that counts or, while
    there is none, of the suggested verdict (``right_basis`` says which).
    """
    current = current_resolution(history(session, claim.id or 0))
    verdict = current.verdict if current else None
    basis = "verdict" if verdict else ("suggested" if claim.suggested_verdict else None)
    right = speaker_right(claim.probability, verdict or claim.suggested_verdict, claim.kind)
    return {
        "id": claim.id,
        "article": article_json(article),
        "speaker": {
            "name": speaker.name, "title": speaker.titles[0] if speaker.titles else None, "kind": speaker.kind,
        } if speaker else None,
        "text": claim.text,
        "span": [claim.span_start, claim.span_end] if claim.span_start is not None else None,
        "statement": claim.statement,
        "kind": claim.kind,
        "probability": claim.probability,
        "hedge": claim.hedge,
        "polarity": claim.polarity,
        "said_on": claim.said_on.isoformat(),
        "deadline": {
            "text": claim.deadline_text,
            "start": claim.deadline_start.isoformat() if claim.deadline_start else None,
            "end": claim.deadline_end.isoformat() if claim.deadline_end else None,
            "basis": claim.deadline_basis,
        } if claim.deadline_end or claim.deadline_start else None,
        "status": effective_status(claim, today or date.today()),
        "verdict": verdict,
        "suggested_verdict": claim.suggested_verdict,
        "suggested_confidence": claim.suggested_confidence,
        "suggestion_reasons": list(claim.suggestion_reasons or []),
        "right": right,
        "right_basis": basis if right is not None else None,
        "after_outcome": bool(current.after_outcome) if current else False,
        "origin": claim.origin,
        "source_url": claim.source_url,
        "tags": list(claim.tags or []),
    }


def add_manual_claim(
    session: Session,
    *,
    statement: str,
    speaker: SpeakerRef,
    said_on: date,
    probability: float | None,
    deadline: Any | None,
    kind: str,
    source_url: str | None,
) -> Claim:
    """Log a claim by hand (origin ``manual``)."""
    row = get_or_create_speaker(session, speaker)
    claim = Claim(
        text=statement, statement=statement, kind=kind, probability=probability, said_on=said_on,
        speaker_id=row.id, origin="manual", source_url=source_url,
        deadline_text=deadline.text if deadline else None,
        deadline_start=deadline.start if deadline else None,
        deadline_end=deadline.end if deadline else None,
        deadline_basis=(deadline.basis if deadline else "none"),
        polarity="negative" if probability is not None and probability < 0.5 else "positive",
    )
    session.add(claim)
    session.flush()
    return claim


def suggest_tags(statement: str, limit: int = 3) -> list[str]:
    """Keywords of a statement by jieba's TF-IDF (``jieba.analyse.extract_tags``), as tag suggestions."""
    import jieba.analyse

    from claims.text import _jieba

    _jieba()
    return [w for w in jieba.analyse.extract_tags(statement, topK=limit + 3) if len(w) > 1 and not w.isdigit()][:limit]


def set_tags(session: Session, claim: Claim, add: list[str], remove: list[str]) -> list[str]:
    """Add and remove tags (kept in first-added order, without repeats); returns the claim's tags."""
    tags = [t for t in (claim.tags or []) if t not in set(remove)]
    for t in (x.strip() for x in add):
        if t and t not in tags:
            tags.append(t)
    claim.tags = tags
    session.add(claim)
    session.flush()
    return tags


def speakers_summary(session: Session) -> list[dict[str, Any]]:
    """Every speaker with kind, titles, aliases and number of claims, most claims first."""
    counts = dict(
        session.exec(select(Claim.speaker_id, func.count()).group_by(Claim.speaker_id)).all()  # type: ignore[arg-type]
    )
    rows = [
        {"id": s.id, "name": s.name, "kind": s.kind, "titles": s.titles or [], "aliases": s.aliases or [],
         "claims": counts.get(s.id, 0)}
        for s in session.exec(select(Speaker)).all()
    ]
    return sorted(rows, key=lambda r: (-r["claims"], r["name"]))
