"""Ingest: read articles, extract their claims (optionally in worker processes), store them in batches.

:func:`ingest` is what ``claims ingest`` runs. It streams: articles are read
one at a time from :func:`claims.readers.iter_items`, at most ``workers × 4``
are being extracted at once, and at most ``batch_size`` wait to be stored, so
memory does not grow with the number of articles.

Transactions
------------
Prepared articles are stored ``batch_size`` at a time in one transaction
(:func:`claims.store.db.run_transaction`, retried on lock conflicts). When a
batch fails for any other database reason it is rolled back whole and stored
again one article per transaction, so a bad article costs only itself and no
article is ever half-written. An interrupted run loses at most the batch in
flight; running it again skips what was stored (duplicates by content hash
and URL).

Workers
-------
With ``workers > 1`` extraction runs in that many processes
(:class:`concurrent.futures.ProcessPoolExecutor`); reading and storing stay
in this process and results are stored in input order. Workers know the
events dated by articles stored before the run began, and each article is sent
with the events that the articles before it in the run date and that it could
name (:class:`claims.events.EventLedger`; this process dates them in input
order), so the stored claims are those of one process. Workers end when this
process dies (Linux: ``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

#: Articles stored per transaction by default: large enough that commits (one fsync each on SQLite)
#: are a small share of the time, small enough that an interrupted run loses little.
DEFAULT_BATCH = 50
#: Articles in flight per worker process: more than a batch between them, so that the workers go on extracting
#: while this process stores a batch (at 4, they waited for it: `--workers 2` was no faster than one process).
IN_FLIGHT_PER_WORKER = 40

_known_events: list[Any] = []


@dataclass
class IngestRecord:
    """What happened to one input: ``status`` is ``stored``, ``duplicate``, ``reextracted`` (``--reextract``:
    ``claims`` added, ``updated``, ``removed`` and ``kept`` as in :func:`claims.store.repo.reextract_article`)
    or ``refused``."""

    label: str
    status: str
    article_id: int | None = None
    claims: int = 0
    redated: int = 0
    encoding: str | None = None
    story_id: int | None = None
    error: str | None = None
    removed: int = 0
    kept: int = 0
    updated: int = 0
    note: str | None = None  # a forced --lang that read no claims from a text in the other language

    def to_json(self) -> dict[str, Any]:
        if self.status == "refused":
            return {"path": self.label, "status": "refused", "error": self.error}
        note = {"note": self.note} if self.note else {}
        if self.status == "reextracted":
            return {"path": self.label, "article_id": self.article_id, "claims": self.claims, "status": self.status,
                    "updated": self.updated, "removed": self.removed, "kept": self.kept, "encoding": self.encoding,
                    "story": self.story_id,
                    **note}
        return {"path": self.label, "article_id": self.article_id, "claims": self.claims, "status": self.status,
                "redated": self.redated, "encoding": self.encoding, "story": self.story_id, **note}


def _prepare(item: Any, known: list[Any], lang: str | None) -> tuple[str, Any]:
    """("ok", (article, claims, events, index tokens, MinHash signature)) or ("refused", message) for one item."""
    from claims.extract import prepare_article
    from claims.sources import SourceError
    from claims.store.index import article_tokens
    from claims.stories import signature

    try:
        if item.error is not None:
            raise item.error
        article, claims, events = prepare_article(item.article, known, lang)
    except SourceError as exc:
        return "refused", str(exc)
    # the index tokens and the MinHash signature are pure too: made here, in the worker when there are workers
    return "ok", (article, claims, events, article_tokens(article.title, article.text), signature(article.text))


def _init_worker(known: list[Any]) -> None:
    global _known_events
    _known_events = known
    import signal

    # Ctrl-C reaches the whole process group: the storing process decides (stop between articles, or at once on
    # a second one); a worker finishes the article in hand (it inherited the CLI's handler, which printed the
    # "stopping" line once per process and raised inside the pool's queues)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # Linux: end with the parent, even after kill -9 (a worker otherwise waits on its pipe forever)
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    from claims.text import _jieba

    _jieba()  # load the dictionary once per process, not per article


def _prepare_in_worker(item: Any, lang: str | None, earlier: list[Any]) -> tuple[str, Any]:
    return _prepare(item, [*_known_events, *earlier], lang)


def _prepared(items: Iterable[Any], known: list[Any], lang: str | None, workers: int) -> Iterator[tuple[Any, tuple[str, Any]]]:
    """(item, prepared) in input order; extraction in ``workers`` processes when more than one."""
    if workers <= 1:
        for item in items:
            yield item, _prepare(item, known, lang)
        return
    from claims.events import EventLedger, dated_events

    # Each article is extracted knowing the events that the articles before it in the run date, as sequential
    # extraction would (a bare 本次峰会 takes its date from them): dating events is cheap, so it is done here,
    # in order, and a worker gets those an article could name (is_upcoming), so its claims do not depend on
    # --workers and nothing is extracted twice.
    ledger = EventLedger()
    window: deque[tuple[Any, Future]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(list(known),))
    try:
        for item in items:
            article = item.article if item.error is None else None
            earlier: list[Any] = []
            if article is not None and article.published is not None:
                earlier = ledger.upcoming(article.published)
                ledger.add(dated_events(article.text, article.published, excluded=article.excluded))
            window.append((item, pool.submit(_prepare_in_worker, item, lang, earlier)))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()
    finally:
        # a run stopped early (Ctrl-C, --strict) drops the articles not started, instead of extracting them all
        pool.shutdown(wait=True, cancel_futures=True)


def _store(session: Any, batch: list[tuple[Any, Any]], reextract: bool = False) -> list[IngestRecord]:
    from claims.store.repo import cache_speakers, find_duplicate, reextract_article, save_article

    cache_speakers(session, [(article, extracted) for _, (article, extracted, *_) in batch])
    records = []
    for item, (article, extracted, events, tokens, sig) in batch:
        existing = find_duplicate(session, article) if reextract else None
        if existing is not None and existing.content_hash == article.content_hash:
            try:
                again = reextract_article(session, existing, article, extracted, events)
            except ValueError as exc:  # another publication date: refused, nothing changed
                records.append(IngestRecord(item.label, "refused", error=str(exc)))
                continue
            records.append(IngestRecord(item.label, "reextracted", again.article_id, again.added, encoding=article.encoding,
                                        story_id=existing.story_id, removed=again.removed, kept=again.kept,
                                        updated=again.updated))
            continue
        outcome = save_article(session, article, extracted, events, tokens, sig)
        records.append(IngestRecord(item.label, "stored" if outcome.created else "duplicate", outcome.article_id,
                                    outcome.claims if outcome.created else 0, outcome.redated, article.encoding,
                                    outcome.story_id))
    return records


def _stored_already(database: str, item: Any) -> Any:
    """The stored article with ``item``'s text when ``item`` was refused only for want of a publication date
    (the date is not part of the content hash), else None."""
    article = getattr(item, "article", None)
    if getattr(item, "error", None) is not None or article is None or article.published is not None:
        return None
    from sqlmodel import select

    from claims.store.db import session_scope
    from claims.store.models import Article

    with session_scope(database) as session:
        return session.exec(select(Article).where(Article.content_hash == article.content_hash)).first()


def ingest(
    database: str,
    items: Iterable[Any],
    *,
    lang: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    strict: bool = False,
    reextract: bool = False,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[IngestRecord]:
    """Store every item of ``items`` (:class:`claims.readers.Item`) in ``database``; one record per item, in order.

    ``lang`` overrides detection; ``workers`` processes extract (1: in this
    process); ``batch_size`` articles per transaction. With ``strict`` the run
    stops after the first refusal (articles before it are stored). With
    ``reextract`` an article already stored with the same text has its
    extracted claims replaced (:func:`claims.store.repo.reextract_article`)
    instead of being skipped. Database errors other than lock conflicts
    propagate after the batch is rolled back. ``should_stop`` is asked before
    each new item: once it returns True the articles read so far are stored
    and the run ends (the CLI's Ctrl-C), so an interrupted run leaves whole
    articles only, and running it again skips them as duplicates.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from claims.store.db import run_transaction, session_scope
    from claims.store.repo import stored_events

    with session_scope(database) as session:
        known = stored_events(session)  # events dated by earlier articles, for 本次会晤-style deadlines
    batch: list[tuple[Any, Any]] = []
    pending: list[IngestRecord] = []  # refusals waiting for the batch before them, to keep input order
    notes: dict[str, str] = {}

    # Speaker ids looked up or created by committed batches, kept for the whole run: a speaker named in
    # many articles is looked up once, not once per batch (the lookups were a quarter of ingest's time).
    # A batch works on a copy, merged back only after its commit; any failure forgets them all (a
    # concurrent `speakers merge` may have removed one; foreign keys then refuse the batch, which is
    # stored again one article at a time with fresh lookups).
    speakers: dict[Any, Any] = {}

    def store(entries: list[tuple[Any, Any]]) -> list[IngestRecord]:
        looked_up: dict[Any, Any] = {}

        def work(session: Any) -> list[IngestRecord]:
            session.info["speaker_ids"] = dict(speakers)
            records = _store(session, entries, reextract)
            looked_up.clear()
            looked_up.update(session.info["speaker_ids"])
            return records

        try:
            records = run_transaction(database, work, retry_integrity=True)
        except Exception:
            speakers.clear()
            raise
        speakers.update(looked_up)
        return records

    def flush() -> Iterator[IngestRecord]:
        nonlocal batch, pending
        if batch:
            try:
                stored = store(batch)
            except SQLAlchemyError:
                if len(batch) == 1:
                    raise
                stored = []  # one by one, so that one bad article costs only itself
                for entry in batch:
                    stored.extend(store([entry]))
            for record in stored:
                record.note = notes.pop(record.label, None)
            yield from stored
        yield from pending
        batch, pending = [], []

    for item, (status, value) in _prepared(items, known, lang, workers):
        if should_stop is not None and should_stop():
            break  # (the item in hand is not stored: it is read again on the next run)
        if status == "refused":
            stored = _stored_already(database, item)
            # (an article stored before with --published, read again without it: the same text, so a duplicate)
            pending.append(IngestRecord(item.label, "duplicate", stored.id, 0, story_id=stored.story_id)
                           if stored is not None else IngestRecord(item.label, "refused", error=value))
            if stored is not None:
                if not batch:
                    yield from flush()
                continue
            if strict:
                break
            if not batch:
                yield from flush()
            continue
        if workers <= 1:
            known.extend(value[2])  # the next article may name this one's events (workers: see _prepared)
        if lang and not value[1]:
            from claims.text import detect_lang

            if (seen := detect_lang(value[0].text)) != lang:
                notes[item.label] = (f"no claims read as --lang {lang}, but the text looks like {seen} "
                                     f"(ingest it again with --lang {seen} --reextract)")
        if pending:
            yield from flush()
        batch.append((item, value))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def progress_total(paths: list[str], glob: str | None) -> int | None:
    """Number of inputs under ``paths`` for a progress bar (None for stdin, where it is unknown)."""
    from claims.readers import expand

    return None if any(p == "-" for p in paths) else sum(1 for _ in expand(paths, glob, warn=False))

