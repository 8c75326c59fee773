"""Evidence, verdicts and the nightly resolution job (these touch the database).

Evidence ranking
----------------
Candidates come from the article index (:mod:`claims.store.index`, BM25 over
the claim's key terms and its article's topic words, only articles published after the claim was made, not
the claim's own article). Each candidate's stance is read by
:func:`claims.stance.stance_of`, and its score is::

    relevance = engine rank × coverage of the statement's key terms
                            × (0.25 + 0.75 × coverage of the claim article's topic words)   (CONTEXT_FLOOR)
    score = relevance × 1.5  if the stance is supports/refutes                    (DECISIVE_FACTOR)
                      × 1.25 if published between the deadline's start and 90 days
                             after its end                                        (OUTCOME_FACTOR)
                      × 0.5  if published more than a year after the deadline     (STALE_FACTOR)

so that an article that settles the claim, written when the outcome could
be known, comes before one that merely discusses it. Coverage
(:func:`claims.search.coverage`) keeps an article that shares only common
words (取得, 突破) with the claim below one that names its subject (美朝, 会晤);
the topic words (jieba's TF-IDF keywords of the claim's article: 尚达曼,
新加坡) tell one election's turnout from another's. Both factors are ours,
chosen so that a decisive report outranks a non-decisive one up to 1.5× more
relevant, measured on ``fixtures/gold/evidence.jsonl`` (``claims eval``).

Verdicts
--------
Append-only :class:`~claims.store.models.Resolution` rows; the one that
counts is the latest by a person, else the latest by the job
(:func:`claims.store.repo.current_resolution`). The suggested verdict
(:func:`claims.stance.suggest_verdict`) is recomputed from all of a claim's
evidence whenever evidence is attached or detached; evidence attached by a
person weighs twice a job's (:data:`PERSON_WEIGHT`).

The nightly job
---------------
:func:`nightly` takes a lock (a ``flock`` on ``<database>.nightly.lock`` for
SQLite, ``pg_try_advisory_lock`` for PostgreSQL; both are released by the
kernel or server when the process dies), then:

1. marks ``open`` claims whose deadline ended before ``as_of`` as ``due``;
2. indexes articles not yet indexed;
3. searches evidence for open and due claims among the articles added since
   the last successful run (claims added since then: among all articles),
   published on or before ``as_of`` — plus, when ``as_of`` moved forward,
   older articles published after the previous run's ``as_of`` (that window
   is read once and ranked in memory on SQLite,
   :class:`claims.store.index.RecentIndex`);
   committing every ``batch_size`` claims and recording the last claim done
   in the run's ``claim_cursor``, so a killed run's successor resumes there;
4. recomputes suggested verdicts; with ``auto_resolve_above`` it records a
   verdict by the job for due claims whose suggestion is confident enough and
   that no person has resolved.

Evidence rows are unique per (claim, article), so repeating work after a
kill never duplicates evidence.
"""

from __future__ import annotations

import getpass
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from claims.places import article_places, different_places, places_in
from claims.search import coverage, key_terms, match_form
from claims.stance import Stance, Suggestion, stance_of, suggest_verdict
from claims.store import index
from claims.store.models import (
    VERDICTS,
    Article,
    Claim,
    Evidence,
    JobRun,
    Resolution,
    Speaker,
    utcnow,
)
from claims.store.repo import NotFound, current_resolution, history

DECISIVE_FACTOR = 1.5
OUTCOME_FACTOR = 1.25
OUTCOME_WINDOW_DAYS = 90
STALE_FACTOR = 0.5
STALE_AFTER_DAYS = 365
#: Topic words taken from the claim's own article, and their share of the relevance weight.
CONTEXT_TERMS = 8
CONTEXT_FLOOR = 0.25
PERSON_WEIGHT = 2.0
#: An article that shares none of the claim's topic words and under this share of its key terms is off topic:
#: its cues (获得, 生效 in a story about another election or law) settle nothing, so it only "mentions" the
#: claim. Chosen on the fixture store: on-topic evidence shares 0.16–0.60 of the key terms, the off-topic
#: articles a user trial saw settle a C919 claim 0.067–0.076 (one generic term each).
OFF_TOPIC_SHARE = 0.12
#: Candidates fetched by relevance before re-ranking by score, per requested result.
POOL_FACTOR = 4
#: Articles a nightly batch keeps loaded for its next claims (a claim's hits are mostly the last claim's too).
HELD_ARTICLES = 2000
DEFAULT_TOP = 5
#: Key of the PostgreSQL advisory lock of the nightly job (any fixed 64-bit number; ours).
NIGHTLY_LOCK_KEY = 0x636C61696D73  # "claims"


class ResolveError(Exception):
    """A request that cannot be done (unknown verdict, article not stored, …); one line, exit 1."""


class JobBusy(Exception):
    """Another nightly run holds the lock."""


@dataclass(frozen=True)
class Candidate:
    """A suggested evidence article for a claim: ``score`` (see module docstring) and its :class:`Stance`."""

    article: Article
    relevance: float
    score: float
    stance: Stance

    def as_json(self) -> dict[str, Any]:
        """The shape of ``claims evidence suggest --json`` (DESIGN.md)."""
        a = self.article
        return {
            "article": {"id": a.id, "title": a.title, "published": a.published.isoformat(), "url": a.url,
                        "outlet": a.outlet},
            "score": round(self.score, 4),
            "stance": self.stance.stance,
            "passage": self.stance.passage,
            "cues": list(self.stance.cues),
            "premise_failed": self.stance.premise_failed,
            "mixed": self.stance.mixed,
        }


def claim_terms(claim: Claim) -> list[str]:
    """The key terms searched for a claim (its statement's; see :func:`claims.search.key_terms`)."""
    return key_terms(claim.statement, limit=16)


def _timing(article: Article, claim: Claim) -> float:
    """The score factor for when the article appeared relative to the claim's deadline."""
    start = claim.deadline_start or claim.deadline_end
    end = claim.deadline_end or claim.deadline_start
    if start is not None and end is not None:
        if start <= article.published <= end + timedelta(days=OUTCOME_WINDOW_DAYS):
            return OUTCOME_FACTOR
        if article.published > end + timedelta(days=STALE_AFTER_DAYS):
            return STALE_FACTOR
    return 1.0


def _score(relevance: float, stance: Stance, article: Article, claim: Claim) -> float:
    return relevance * (DECISIVE_FACTOR if stance.stance != "mentions" else 1.0) * _timing(article, claim)


#: How many of an article's TF-IDF keywords are ranked once and kept: enough for :data:`CONTEXT_TERMS` after
#: leaving out a claim's key terms (at most 16, :func:`claim_terms`).
_RANKED_TAGS = 64


class _PerArticle:
    """Results computed once per article, not once per claim, keyed by article id and a hash of its title and
    text (not by the text: a long article is not held); at most ``kept`` of them, forgotten all at once when
    full, so that memory stays bounded on any archive."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self.values: dict[tuple[int | None, int], Any] = {}

    def get(self, article_id: int | None, title: str, text: str, make: Callable[[], Any]) -> Any:
        key = (article_id, hash((title, text)))
        if key not in self.values:
            if len(self.values) >= self.kept:
                self.values.clear()
            self.values[key] = make()
        return self.values[key]

    def clear(self) -> None:
        self.values.clear()


#: Articles whose ranked keywords are kept.
_ranked_cache = _PerArticle(4096)
#: Articles whose places, read anywhere in them, are kept: a run reads the same candidate for claim after claim,
#: and :func:`claims.places.places_in`'s own cache of 256 texts stops holding them once the window is larger
#: (which made a full run on 800 articles cost 7 times one on 200 in place-reading, measured in 2026-12).
_places_cache = _PerArticle(65536)


def _ranked_tags(title: str, text: str, article_id: int | None = None) -> tuple[str, ...]:
    """An article's TF-IDF keywords (jieba.analyse.extract_tags), best first, in match form; computed once per
    article, not once per claim (an article of a few MB holds hundreds of claims)."""
    import jieba.analyse

    from claims.text import _jieba

    def rank() -> tuple[str, ...]:
        _jieba()
        return tuple(jieba.analyse.extract_tags(match_form(f"{title}\n{text}"), topK=_RANKED_TAGS))

    return _ranked_cache.get(article_id, title, text, rank)


def _evidence_places(article: Article) -> frozenset[str]:
    """The places an evidence article names anywhere (:func:`claims.places.article_places`), once per article."""
    title = article.title or ""
    return _places_cache.get(article.id, title, article.text,
                             lambda: article_places(title, article.text, whole=True))


def _context_terms(title: str, text: str, exclude: tuple[str, ...], article_id: int | None = None) -> tuple[str, ...]:
    """TF-IDF keywords (jieba.analyse.extract_tags, top :data:`CONTEXT_TERMS`) of the claim's article, in match
    form, leaving out ``exclude``: of the article's top ``CONTEXT_TERMS + len(exclude)`` keywords, as before."""
    ranked = _ranked_tags(title, text, article_id)[: CONTEXT_TERMS + len(exclude)]
    return tuple(t for t in ranked if t not in exclude and len(t) > 1)[:CONTEXT_TERMS]


def claim_context(session: Session, claim: Claim, terms: Sequence[str]) -> tuple[str, ...]:
    """Topic words of the article a claim was made in (who and what it is about: 尚达曼, 新加坡), not in ``terms``."""
    article = session.get(Article, claim.article_id) if claim.article_id else None
    if article is None:
        return ()
    return _context_terms(article.title or "", article.text, tuple(terms), article.id)


#: bump when :func:`claim_terms` or :func:`claim_context` change, so that terms kept on claims are made again
SEARCH_TERMS_VERSION = 1


def search_terms(session: Session, claim: Claim, *, keep: bool = False) -> tuple[list[str], tuple[str, ...]]:
    """(key terms, context terms) of a claim's evidence search (:func:`claim_terms`, :func:`claim_context`).

    The terms kept on the claim (``Claim.search_terms``) are used when they
    were made from its current statement by this :data:`SEARCH_TERMS_VERSION`;
    otherwise they are made now (segmenting the statement and the claim's
    whole article) and, with ``keep``, kept on the claim (the caller commits).
    """
    kept = claim.search_terms or {}
    if kept.get("version") == SEARCH_TERMS_VERSION and kept.get("statement") == claim.statement:
        return list(kept.get("terms") or []), tuple(kept.get("context") or [])
    terms = claim_terms(claim)
    context = claim_context(session, claim, terms)
    if keep:
        claim.search_terms = {"version": SEARCH_TERMS_VERSION, "statement": claim.statement, "terms": terms,
                              "context": list(context)}
        session.add(claim)
    return terms, context


def claim_places(session: Session, claim: Claim, context: Sequence[str]) -> frozenset[str]:
    """The places a claim is about (:mod:`claims.places`): those its statement names, those among its
    article's topic words (:func:`claim_context`) and those its article's headline and lede name; empty
    when none names one."""
    found = places_in(match_form(claim.statement)) | places_in(" ".join(context))
    article = session.get(Article, claim.article_id) if claim.article_id else None
    return found | article_places(article.title or "", article.text) if article is not None else found


def _stance_text(article: Article) -> str:
    """Headline and body: a headline ("NASA delays crewed moon landing to 2026") often states the outcome."""
    if not article.title:
        return article.text
    title = re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "，", article.title.strip())  # 标题 两段 → two clauses
    return f"{title}。\n{article.text}"


def suggest_evidence(
    session: Session, claim: Claim, top: int = DEFAULT_TOP, id_above: int = 0, id_at_most: int | None = None,
    as_of: date | None = None, or_published_after: date | None = None,
    floor: float | None = None, keep_terms: bool = False, recent: index.RecentIndex | None = None,
    articles: dict[int, Article] | None = None,
) -> list[Candidate]:
    """The ``top`` best evidence candidates for ``claim``, best first (not stored).

    With ``floor``, an article whose score could not exceed it whatever its
    stance (relevance × :data:`DECISIVE_FACTOR` × timing) is skipped before its
    stance is read: the nightly job passes the claim's weakest kept evidence
    score, so that new articles are read only when they could enter its top.
    ``keep_terms`` keeps the search terms on the claim (:func:`search_terms`).

    Articles published after the claim was made and, with ``as_of``, not
    after that day; ``id_above``/``id_at_most``/``or_published_after`` narrow
    them to the nightly job's window (:func:`claims.store.index.search`).
    ``recent``: that window held in memory (:func:`claims.store.index.recent_index`), ranked there when it is
    the same window; the hits are the same. ``articles``: article id → Article loaded for earlier claims of
    the same transaction, read and added to (at most :data:`HELD_ARTICLES`).
    """
    terms, context = search_terms(session, claim, keep=keep_terms)
    query, limit = [*terms, *context], max(top, 1) * POOL_FACTOR
    exclude = [claim.article_id] if claim.article_id else []
    hits = None
    if recent is not None and (recent.lo, recent.hi, recent.newer) == (id_above, id_at_most, or_published_after):
        hits = recent.search(session.connection(), query, published_after=claim.said_on, limit=limit,
                             exclude=exclude, published_until=as_of)
    if hits is None:
        hits = index.search(session.connection(), query, published_after=claim.said_on, limit=limit,
                            id_above=id_above, id_at_most=id_at_most, exclude=exclude, published_until=as_of,
                            or_published_after=or_published_after)
    out: list[Candidate] = []
    if floor is not None:
        # relevance is at most the hit's score (both coverages are ≤ 1) and no timing factor exceeds
        # OUTCOME_FACTOR: a hit below this bound cannot reach the floor, so it is not even loaded
        hits = [h for h in hits if h.score * DECISIVE_FACTOR * max(OUTCOME_FACTOR, 1.0) >= floor]
    if not hits:
        return out
    # one query for all hits (a query per hit was half of a nightly run's time), and none for the articles the
    # session holds already or ``articles`` keeps (a nightly run's new articles are the hits of claim after claim;
    # the identity map alone holds them only while something refers to them)
    loaded: dict[int, Article] = {}
    for hit in hits:
        held = articles.get(hit.article_id) if articles is not None else None
        held = held or session.identity_map.get(session.identity_key(Article, hit.article_id))
        if held is not None:
            loaded[hit.article_id] = held
    missing = [h.article_id for h in hits if h.article_id not in loaded]
    if missing:
        fetched = {a.id: a for a in session.exec(select(Article).where(col(Article.id).in_(missing)))}
        loaded.update(fetched)
        if articles is not None:
            if len(articles) + len(fetched) > HELD_ARTICLES:
                articles.clear()
            articles.update(fetched)
    where: frozenset[str] | None = None  # the claim's places, read when a stance first needs them
    for hit in hits:
        article = loaded.get(hit.article_id)
        if article is None:
            continue
        document = match_form(f"{article.title or ''}\n{article.text}")
        share = share_terms = coverage(terms, document)
        if context:
            share *= CONTEXT_FLOOR + (1 - CONTEXT_FLOOR) * coverage(list(context), document)
        relevance = hit.score * share
        if floor is not None and relevance * DECISIVE_FACTOR * _timing(article, claim) < floor:
            continue
        stance = stance_of(claim.statement, _stance_text(article), terms, deadline_end=claim.deadline_end,
                           published=article.published, context=context)
        if stance.stance != "mentions" and context and share_terms < OFF_TOPIC_SHARE \
                and coverage(list(context), document) == 0:
            stance = Stance("mentions", passage=stance.passage)  # off topic: a cue about something else
        elif stance.stance != "mentions" and different_places(
                where := where if where is not None else claim_places(session, claim, context),
                _evidence_places(article)):
            # about another place: Taiwan's turnout settles nothing about Singapore's (the same words, elsewhere)
            stance = Stance("mentions", passage=stance.passage)
        out.append(Candidate(article, relevance, _score(relevance, stance, article, claim), stance))
    out.sort(key=lambda c: (-c.score, c.article.published, c.article.id or 0))
    return out[:top]


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}")
    return claim


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise ResolveError(f"no article with id {article_id} (see claims list --json for article ids)")
    return article


def evidence_of(session: Session, claim_id: int) -> list[Evidence]:
    """A claim's evidence, best first (person-attached first, then by score)."""
    rows = session.exec(select(Evidence).where(Evidence.claim_id == claim_id)).all()
    return sorted(rows, key=lambda e: (e.attached_by != "person", -(e.score or 0.0), e.id or 0))


def refresh_suggestion(session: Session, claim: Claim) -> Suggestion | None:
    """Recompute and store ``claim``'s suggested verdict from all its evidence."""
    return _refresh_suggestion(session, claim)[0]


def _refresh_suggestion(session: Session, claim: Claim) -> tuple[Suggestion | None, list[Evidence], dict[int, str]]:
    """:func:`refresh_suggestion`, with the evidence rows it read (best first) and their articles' titles."""
    rows = evidence_of(session, claim.id or 0)
    top = max((e.score or 0.0 for e in rows), default=1.0) or 1.0
    inputs = []
    titles = dict(session.exec(select(Article.id, Article.title).where(col(Article.id).in_([e.article_id for e in rows]))
                               ).all()) if rows else {}
    for e in rows:
        weight = (e.score if e.score else top) * (PERSON_WEIGHT if e.attached_by == "person" else 1.0)
        title = titles.get(e.article_id, "?")
        label = f"article {e.article_id} ({title}) {e.stance}: {', '.join(e.cues) or 'by hand'}"
        inputs.append((e.stance, weight, e.premise_failed, label, e.mixed))
    suggestion = suggest_verdict(inputs)
    claim.suggested_verdict = suggestion.verdict if suggestion else None
    claim.suggested_confidence = suggestion.confidence if suggestion else None
    claim.suggestion_reasons = list(suggestion.reasons) if suggestion else []
    session.add(claim)
    return suggestion, rows, titles


def _store_candidate(session: Session, claim: Claim, c: Candidate, by: str, who: str | None,
                     checked: bool = False) -> Evidence | None:
    """Insert one evidence row unless the (claim, article) pair exists; None when it did. ``checked``: the
    caller has just looked the pair up (the unique constraint still catches a row added meanwhile)."""
    if c.score <= 0 or (c.stance.stance == "mentions" and not c.stance.passage):
        return None  # nothing in it speaks to the claim
    if not checked and session.exec(select(Evidence.id).where(Evidence.claim_id == claim.id,
                                                              Evidence.article_id == c.article.id)).first() is not None:
        return None
    row = Evidence(claim_id=claim.id or 0, article_id=c.article.id or 0, passage=c.stance.passage or None,
                   score=round(c.score, 6), stance=c.stance.stance, cues=list(c.stance.cues),
                   premise_failed=c.stance.premise_failed, mixed=c.stance.mixed, attached_by=by, attacher=who)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None  # attached by someone else meanwhile
    return row


def attach(
    session: Session, claim_id: int, article_id: int, stance: str | None = None, passage: str | None = None,
    who: str | None = None,
) -> Evidence:
    """Attach an article to a claim as evidence, by a person (an existing link is updated, not duplicated).

    Without ``stance``/``passage`` they are read from the article as for
    suggestions. Raises :class:`ResolveError` for an unknown stance or article.
    """
    from claims.store.models import STANCES

    if stance is not None and stance not in STANCES:
        raise ResolveError(f"unknown stance {stance!r}; use one of {', '.join(STANCES)}")
    claim = get_claim(session, claim_id)
    article = get_article(session, article_id)
    if article.id == claim.article_id:
        raise ResolveError(f"article {article_id} is the one claim {claim_id} was made in")
    if article.published < claim.said_on:
        raise ResolveError(f"article {article_id} was published on {article.published}, before claim {claim_id} "
                           f"was made ({claim.said_on}); it cannot settle it")
    if passage is not None and not _in_article(passage, article):
        raise ResolveError(f"--passage is not in article {article_id}; quote its words (Traditional or Simplified)")
    terms, context = search_terms(session, claim)
    found = stance_of(claim.statement, _stance_text(article), terms, deadline_end=claim.deadline_end,
                      published=article.published, context=context)
    row = session.exec(select(Evidence).where(Evidence.claim_id == claim_id, Evidence.article_id == article_id)).first()
    if row is None:
        row = Evidence(claim_id=claim_id, article_id=article_id, score=None)
    row.stance = stance or found.stance
    row.passage = passage or found.passage or row.passage
    row.cues = list(found.cues) if stance is None or stance == found.stance else []
    row.premise_failed = found.premise_failed and row.stance == found.stance
    row.mixed = found.mixed and stance is None
    row.attached_by, row.attacher = "person", who or current_user()
    session.add(row)
    session.flush()
    refresh_suggestion(session, claim)
    return row


def _in_article(passage: str, article: Article) -> bool:
    text = match_form(f"{article.title or ''}\n{article.text}")
    return re.sub(r"\s+", "", match_form(passage)) in re.sub(r"\s+", "", text)


def detach(session: Session, claim_id: int, article_id: int) -> bool:
    """Remove the evidence link; False when there was none."""
    claim = get_claim(session, claim_id)
    row = session.exec(select(Evidence).where(Evidence.claim_id == claim_id, Evidence.article_id == article_id)).first()
    if row is None:
        return False
    session.delete(row)
    session.flush()
    refresh_suggestion(session, claim)
    return True


def current_user() -> str:
    """The name recorded as who attached or resolved (``$CLAIMS_USER``, else the login name)."""
    named = (os.environ.get("CLAIMS_USER") or "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def resolve(
    session: Session,
    claim_id: int,
    verdict: str,
    evidence: Sequence[int] = (),
    note: str | None = None,
    outcome_date: date | None = None,
    who: str | None = None,
    by: str = "person",
) -> Resolution:
    """Record a verdict on a claim's proposition (a new row; earlier ones are kept).

    Evidence articles not yet linked are attached. ``after_outcome`` is set
    when the claim was made on or after ``outcome_date``. Raises
    :class:`ResolveError` for an unknown verdict or article, ``NotFound`` for
    an unknown claim.
    """
    if verdict not in VERDICTS:
        raise ResolveError(f"unknown verdict {verdict!r}; use one of {', '.join(VERDICTS)}")
    if outcome_date is not None and outcome_date > date.today():
        raise ResolveError(f"--outcome-date {outcome_date} is in the future")
    claim = get_claim(session, claim_id)
    for article_id in evidence:
        get_article(session, article_id)
    for article_id in evidence:
        linked = session.exec(select(Evidence).where(Evidence.claim_id == claim_id,
                                                     Evidence.article_id == article_id)).first()
        if linked is None:
            attach(session, claim_id, article_id, who=who)
    row = Resolution(
        claim_id=claim_id, verdict=verdict, evidence_ids=list(evidence), note=note, resolved_by=by,
        resolver=who or (current_user() if by == "person" else "claims nightly"), outcome_date=outcome_date,
        after_outcome=outcome_date is not None and claim.said_on >= outcome_date,
    )
    session.add(row)
    claim.status = "resolved"
    session.add(claim)
    session.flush()
    return row


def history_json(session: Session, claim_id: int) -> list[dict[str, Any]]:
    """Every verdict on a claim, oldest first, with who and when; ``current`` marks the one that counts."""
    get_claim(session, claim_id)
    rows = history(session, claim_id)
    current = current_resolution(rows)
    return [
        {"id": r.id, "verdict": r.verdict, "by": r.resolved_by, "resolver": r.resolver,
         "at": r.resolved_at.isoformat() if r.resolved_at else None, "evidence": r.evidence_ids, "note": r.note,
         "outcome_date": r.outcome_date.isoformat() if r.outcome_date else None, "after_outcome": r.after_outcome,
         "current": current is not None and r.id == current.id}
        for r in rows
    ]


def evidence_json(session: Session, row: Evidence) -> dict[str, Any]:
    article = session.get(Article, row.article_id)
    return {
        "article": {"id": row.article_id, "title": article.title if article else None,
                    "published": article.published.isoformat() if article else None,
                    "url": article.url if article else None},
        "score": row.score, "stance": row.stance, "passage": row.passage, "cues": list(row.cues or []),
        "attached_by": row.attached_by, "attacher": row.attacher,
    }


# --- the review queue -------------------------------------------------------------------------


def review_queue(session: Session, as_of: date) -> list[Claim]:
    """Claims to review: due (deadline before ``as_of``), no verdict yet; not yet seen first, then by deadline."""
    rows = session.exec(
        select(Claim).where(col(Claim.status).in_(("open", "due")), col(Claim.deadline_end).is_not(None),
                            col(Claim.deadline_end) < as_of)
    ).all()
    never = datetime.min.replace(tzinfo=utcnow().tzinfo)
    return sorted(rows, key=lambda c: (c.reviewed_at is not None, c.reviewed_at or never, c.deadline_end, c.id))


def mark_reviewed(session: Session, claim: Claim) -> None:
    """Move a skipped claim to the back of the queue (the queue resumes with the next one)."""
    claim.reviewed_at = utcnow()
    session.add(claim)


# --- the nightly job ------------------------------------------------------------------------------


@contextmanager
def job_lock(engine: Engine) -> Iterator[None]:
    """Hold the nightly job's lock, or raise :class:`JobBusy` at once."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:":
            yield
            return
        import fcntl

        fd = os.open(str(Path(database)) + ".nightly.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise JobBusy("another claims nightly run is in progress on this database") from None
            yield
        finally:
            os.close(fd)
        return
    from sqlalchemy import text

    # a session-level advisory lock on its own autocommit connection: no transaction stays open while held
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": NIGHTLY_LOCK_KEY}).scalar():
            raise JobBusy("another claims nightly run is in progress on this database")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": NIGHTLY_LOCK_KEY})


@dataclass
class NightlyReport:
    """What a nightly run did: counts (JSON-ready) and the digest lines."""

    run_id: int
    as_of: date
    counts: dict[str, int] = field(default_factory=dict)
    newly_due: list[dict[str, Any]] = field(default_factory=list)
    new_evidence: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    auto_resolved: list[dict[str, Any]] = field(default_factory=list)
    resumed_from: int | None = None
    previous_as_of: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {"run": self.run_id, "as_of": self.as_of.isoformat(), "counts": self.counts,
                "resumed_after_claim": self.resumed_from, "newly_due": self.newly_due,
                "new_evidence": self.new_evidence, "suggestions": self.suggestions,
                "auto_resolved": self.auto_resolved}

    def markdown(self) -> str:
        """The digest as Markdown, for a mailing."""
        c = self.counts
        lines = [f"# claims nightly digest — {self.as_of.isoformat()}", "",
                 f"Run {self.run_id}: {c.get('newly_due', 0)} newly due, {c.get('articles_indexed', 0)} articles "
                 f"indexed, {c.get('evidence_added', 0)} evidence links for {c.get('claims_with_new_evidence', 0)} "
                 f"claims, {c.get('suggestions', 0)} suggested verdicts, {c.get('auto_resolved', 0)} auto-resolved.", ""]
        if self.newly_due:
            lines += ["## Newly due", ""]
            lines += [f"- #{d['id']} {_md(d['speaker'] or '—')}: {_md(d['statement'])} (deadline {d['deadline']})"
                      for d in self.newly_due]
            lines.append("")
        if self.suggestions:
            lines += ["## Suggested verdicts", "", "| claim | speaker | statement | suggested | confidence | top evidence |",
                      "|---|---|---|---|---|---|"]
            lines += [f"| #{s['id']} | {_md(s['speaker'] or '—')} | {_md(s['statement'])} | {s['verdict']} | "
                      f"{s['confidence']:.2f} | {_md(s['top_evidence'] or '')} |" for s in self.suggestions]
            lines.append("")
        if self.auto_resolved:
            lines += ["## Resolved by the job", ""]
            lines += [f"- #{r['id']} → {r['verdict']} ({r['confidence']:.2f})" for r in self.auto_resolved]
            lines.append("")
        return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _speaker_name(session: Session, claim: Claim) -> str | None:
    speaker = session.get(Speaker, claim.speaker_id) if claim.speaker_id else None
    return speaker.name if speaker else None


def nightly(
    engine: Engine,
    as_of: date,
    *,
    auto_resolve_above: float | None = None,
    batch_size: int = 200,
    top: int = DEFAULT_TOP,
    on_progress: Callable[[int, int], None] | None = None,
) -> NightlyReport:
    """Run the nightly job once (see the module docstring). Raises :class:`JobBusy` when another run holds the lock.

    A failure marks the run ``failed`` (with the error) and is re-raised.
    """
    with job_lock(engine):
        with Session(engine) as session:
            run, report = _start_run(session, as_of)
        try:
            _run(engine, run.id or 0, report, auto_resolve_above, batch_size, top, on_progress)
        except BaseException as exc:
            with Session(engine) as session:
                row = session.get(JobRun, run.id)
                if row is not None:
                    row.outcome = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
                    row.error = f"{type(exc).__name__}: {exc}"[:500]
                    row.finished_at = utcnow()
                    session.add(row)
                    session.commit()
            raise
        return report


def _start_run(session: Session, as_of: date) -> tuple[JobRun, NightlyReport]:
    last_ok = session.exec(select(JobRun).where(JobRun.outcome == "ok").order_by(col(JobRun.id).desc())).first()
    previous_as_of = last_ok.as_of if last_ok else None
    article_from = last_ok.article_to or 0 if last_ok else 0
    claim_from = last_ok.claim_to or 0 if last_ok else 0
    article_to = session.exec(select(func.max(Article.id))).one() or 0
    claim_to = session.exec(select(func.max(Claim.id))).one() or 0
    resume: int | None = None
    for stale in session.exec(select(JobRun).where(JobRun.outcome == "running")).all():
        # we hold the lock, so a run still marked running was killed
        stale.outcome = "interrupted"
        stale.finished_at = stale.finished_at or utcnow()
        session.add(stale)
        if (stale.article_from, stale.article_to, stale.claim_to) == (article_from, article_to, claim_to):
            resume = max(resume or 0, stale.claim_cursor or 0) or None
    run = JobRun(as_of=as_of, article_from=article_from, article_to=article_to, claim_to=claim_to,
                 claim_cursor=resume, counts={"claim_from": claim_from,
                                              "previous_as_of": previous_as_of.toordinal() if previous_as_of else 0})
    session.add(run)
    session.commit()
    session.refresh(run)
    return run, NightlyReport(run.id or 0, as_of, resumed_from=resume, previous_as_of=previous_as_of)


def _run(
    engine: Engine, run_id: int, report: NightlyReport, auto_resolve_above: float | None, batch_size: int, top: int,
    on_progress: Callable[[int, int], None] | None,
) -> None:
    counts: Counter[str] = Counter({"newly_due": 0, "articles_indexed": 0, "claims_searched": 0, "evidence_added": 0,
                                    "claims_with_new_evidence": 0, "suggestions": 0, "auto_resolved": 0})
    with Session(engine) as session:
        run = session.get(JobRun, run_id)
        assert run is not None
        claim_from = int((run.counts or {}).get("claim_from", 0))
        ordinal = int((run.counts or {}).get("previous_as_of", 0))
        newer = date.fromordinal(ordinal) if ordinal and run.as_of and date.fromordinal(ordinal) < run.as_of else None
        article_from, article_to, claim_to = run.article_from or 0, run.article_to or 0, run.claim_to or 0
        cursor = run.claim_cursor or 0
        # 1. newly due

        def mark_due() -> list[dict[str, Any]]:
            due = session.exec(select(Claim).where(Claim.status == "open", col(Claim.deadline_end).is_not(None),
                                                   col(Claim.deadline_end) < report.as_of)).all()
            listed = [{"id": c.id, "speaker": _speaker_name(session, c), "statement": c.statement,
                       "deadline": c.deadline_end.isoformat() if c.deadline_end else None} for c in due]
            if due:
                session.execute(update(Claim).where(col(Claim.id).in_([c.id for c in due])).values(status="due"))
            session.commit()
            return listed

        report.newly_due = _retrying(session, mark_due)
        counts["newly_due"] = len(report.newly_due)
        # 2. index what is not indexed
        pending = index.pending_ids(session.connection())
        session.rollback()
        for start in range(0, len(pending), batch_size):
            chunk = pending[start : start + batch_size]

            def index_chunk(chunk: list[int] = chunk) -> None:
                index.index_pending(session.connection(), ids=chunk)
                session.commit()

            _retrying(session, index_chunk)
        counts["articles_indexed"] = len(pending)
        # 3. evidence for open and due claims
        ids: list[int] = [i for i in session.exec(
            select(Claim.id).where(col(Claim.status).in_(("open", "due")), col(Claim.id) > cursor,
                                   col(Claim.id) <= claim_to).order_by(col(Claim.id))).all() if i is not None]
        total = len(ids)
        # claims searched before read only the window: rank it in memory, not by one archive-wide query each
        recent = index.recent_index(session.connection(), article_from, article_to, newer) \
            if ids and ids[0] <= claim_from else None
        for start in range(0, total, batch_size):
            batch = ids[start : start + batch_size]
            done = min(start + batch_size, total)

            def work(batch: list[int] = batch, done: int = done) -> tuple[Counter[str], NightlyReport]:
                local, part = Counter[str](), NightlyReport(report.run_id, report.as_of)
                # the batch's claims in one query, held here: the identity map holds objects weakly, so session.get
                # below finds them only while something else refers to them
                held = session.exec(select(Claim).where(col(Claim.id).in_(batch))).all()  # noqa: F841
                articles: dict[int, Article] = {}  # this batch's (a commit expires them)
                kept = _kept_evidence(session, batch, top)
                for claim_id in batch:
                    _claim_evidence(session, claim_id, claim_from, article_from, article_to, newer, top, local, part,
                                    kept, recent, articles)
                run = session.get(JobRun, run_id)
                assert run is not None
                run.claim_cursor = batch[-1] if batch else cursor
                session.add(run)
                session.commit()
                return local, part

            local, part = _retrying(session, work)
            counts.update(local)
            report.new_evidence += part.new_evidence
            report.suggestions += part.suggestions
            if on_progress:
                on_progress(done, total)
        if auto_resolve_above is not None:
            _auto_resolve(session, auto_resolve_above, counts, report)
        run = session.get(JobRun, run_id)
        assert run is not None
        run.counts = {**dict(counts), "claim_from": claim_from, "previous_as_of": ordinal}
        run.outcome = "ok"
        run.finished_at = utcnow()
        session.add(run)
        session.commit()
    report.counts = dict(counts)


def _retrying(session: Session, work: Callable[[], Any], attempts: int = 8) -> Any:
    """Run ``work`` (which commits); on a transient lock or serialization conflict roll back and run it again."""
    import random
    import time

    from claims.store.db import is_transient

    for attempt in range(attempts):
        try:
            return work()
        except Exception as exc:
            session.rollback()
            if not is_transient(exc) or attempt == attempts - 1:
                raise
            time.sleep(min(0.05 * 2**attempt, 2.0) * (0.5 + random.random()))
    return None


def _claim_evidence(
    session: Session, claim_id: int, claim_from: int, article_from: int, article_to: int, newer: date | None,
    top: int, counts: Counter[str], report: NightlyReport, kept: tuple[dict[int, float], set[int]],
    recent: index.RecentIndex | None = None, articles: dict[int, Article] | None = None,
) -> None:
    """Search, store and score evidence for one claim (part of a nightly batch; the caller commits);
    ``kept``: :func:`_kept_evidence` of the batch."""
    floors, having = kept
    claim = session.get(Claim, claim_id)
    if claim is None:
        return
    since = 0 if (claim.id or 0) > claim_from else article_from
    if since >= article_to and newer is None:
        return
    counts["claims_searched"] += 1
    # searched before: only new articles that could enter its top evidence are read
    floor = floors.get(claim_id) if since > 0 else None
    added = []
    candidates = suggest_evidence(session, claim, top, id_above=since, id_at_most=article_to,
                                  as_of=report.as_of, or_published_after=newer, floor=floor, keep_terms=True,
                                  recent=recent if since == article_from else None, articles=articles)
    linked = set(session.exec(select(Evidence.article_id).where(
        Evidence.claim_id == claim_id, col(Evidence.article_id).in_([c.article.id for c in candidates]))).all()) \
        if candidates else set()  # (one query for the claim's candidates, not one each)
    for candidate in candidates:
        if candidate.article.id not in linked \
                and _store_candidate(session, claim, candidate, "job", "claims nightly", checked=True) is not None:
            added.append(candidate)
    if not added and (claim.suggested_verdict is not None or claim_id not in having):
        return
    if added:
        counts["evidence_added"] += len(added)
        counts["claims_with_new_evidence"] += 1
        report.new_evidence.append({"id": claim.id, "articles": [c.article.id for c in added]})
    # (also after a run killed before it got here; the rows it reads, best first, name the top evidence)
    suggestion, best, titles = _refresh_suggestion(session, claim)
    if suggestion is None:
        return
    counts["suggestions"] += 1
    report.suggestions.append({
        "id": claim.id, "speaker": _speaker_name(session, claim), "statement": claim.statement,
        "probability": claim.probability, "verdict": suggestion.verdict,
        "confidence": suggestion.confidence, "reasons": list(suggestion.reasons),
        "top_evidence": titles.get(best[0].article_id) if best else None,
    })


def _kept_evidence(session: Session, claim_ids: Sequence[int], top: int) -> tuple[dict[int, float], set[int]]:
    """(claim id → the score of its ``top``-th best evidence attached by the job, for the claims that have
    ``top`` such rows; the ids of the claims that have any evidence), in one query for a batch of claims."""
    scores: dict[int, list[float]] = {}
    having: set[int] = set()
    for claim_id, score, by in session.exec(select(Evidence.claim_id, Evidence.score, Evidence.attached_by).where(
            col(Evidence.claim_id).in_(claim_ids))).all():
        having.add(claim_id)
        if by == "job":
            scores.setdefault(claim_id, []).append(score or 0.0)
    floors = {claim_id: sorted(kept, reverse=True)[top - 1] for claim_id, kept in scores.items() if len(kept) >= top}
    return floors, having


def _auto_resolve(session: Session, above: float, counts: dict[str, int], report: NightlyReport) -> None:
    """Record the suggestion as the job's verdict for every due claim whose confidence is above ``above``
    and that has no verdict yet (by the job or a person); commits."""
    due = session.exec(select(Claim).where(Claim.status == "due", col(Claim.suggested_verdict).is_not(None),
                                           col(Claim.suggested_confidence) > above).order_by(col(Claim.id))).all()
    for claim in due:
        if session.exec(select(Resolution.id).where(Resolution.claim_id == claim.id)).first() is not None:
            continue
        best = [e.article_id for e in evidence_of(session, claim.id or 0) if e.stance != "mentions"][:3]
        resolve(session, claim.id or 0, claim.suggested_verdict or "", best,
                note="; ".join(claim.suggestion_reasons or []), by="job")
        counts["auto_resolved"] += 1
        report.auto_resolved.append({"id": claim.id, "verdict": claim.suggested_verdict,
                                     "confidence": claim.suggested_confidence})
        session.commit()
