"""SQLModel tables for the nouns of DESIGN.md: Article, Speaker, Claim, Evidence, Resolution, JobRun.

Tables are created only by the Alembic migrations in ``alembic/``; the
``naming_convention`` below gives every constraint a stable name so that
migrations work on SQLite (batch mode) and PostgreSQL alike.
Timestamps are stored in UTC and come back timezone-aware on both backends (:class:`UTCDateTime`).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Column, DateTime, MetaData, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)

#: Claim kinds, statuses, verdicts and stances (DESIGN.md).
CLAIM_KINDS = ("forecast", "plan", "promise")
CLAIM_STATUSES = ("open", "due", "resolved")
VERDICTS = ("true", "false", "partly", "ambiguous", "void")
STANCES = ("supports", "refutes", "mentions")
DEADLINE_BASES = ("explicit", "relative", "event", "inherited", "default", "none")


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):  # type: ignore[type-arg]
    """A timezone-aware UTC timestamp on every backend.

    PostgreSQL keeps the zone (``timestamptz``); SQLite has no zone type, so the
    value is stored as UTC without a zone and given back with ``tzinfo=UTC``.
    A naive value given to it is taken as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _ts(nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable)


class Article(SQLModel, table=True):
    """One source document. ``content_hash`` (SHA-256 of the main text) is unique.

    ``story_id`` is the id of the first stored article of the same story
    (itself when it is the first): republished wire copy (claims.stories).
    ``minhash`` is its MinHash signature.
    """

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, index=True)
    path: str | None = None
    outlet: str | None = Field(default=None, index=True)
    title: str | None = None
    lang: str = "zh"
    published: date = Field(index=True)
    fetched_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    text: str
    content_hash: str = Field(unique=True, max_length=64)
    encoding: str = "utf-8"
    dateline: str | None = None
    story_id: int | None = Field(default=None, index=True)
    minhash: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))


class Speaker(SQLModel, table=True):
    """A person or organisation; ``name`` is the canonical name (unique)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "person"
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    titles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class ArticleBand(SQLModel, table=True):
    """One LSH band of an article's MinHash signature (claims.stories): equal (band, bucket) = candidate duplicate."""

    __tablename__ = "article_band"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    band: int = Field(primary_key=True)
    bucket: str = Field(index=True, max_length=16)


class SpeakerAlias(SQLModel, table=True):
    """A name key (claims.speakers.name_key) that denotes a speaker; unique, so one name is one speaker."""

    __tablename__ = "speaker_alias"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    speaker_id: int = Field(foreign_key="speaker.id", index=True)


class Claim(SQLModel, table=True):
    """A forward-looking statement with its speaker, probability and deadline.

    ``span_start``/``span_end`` index ``Article.text``. ``probability`` (0–1)
    is for ``statement``. ``origin`` is ``extracted`` or ``manual``.
    """

    id: int | None = Field(default=None, primary_key=True)
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    text: str
    span_start: int | None = None
    span_end: int | None = None
    statement: str
    kind: str = "forecast"
    probability: float | None = None
    hedge: str | None = None
    polarity: str = "positive"
    said_on: date = Field(index=True)
    deadline_text: str | None = None
    deadline_start: date | None = None
    deadline_end: date | None = Field(default=None, index=True)
    deadline_basis: str = "none"
    status: str = Field(default="open", index=True)
    origin: str = "extracted"
    source_url: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    suggested_verdict: str | None = None
    suggested_confidence: float | None = None
    suggestion_reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    reviewed_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    #: the evidence search's terms, kept by the nightly job so that later runs need not segment the claim and its
    #: article again: {"version", "statement", "terms", "context"} (:func:`claims.resolve.search_terms`)
    search_terms: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class Evidence(SQLModel, table=True):
    """A link from a claim to a later article that speaks to it; one per (claim, article)."""

    __table_args__ = (UniqueConstraint("claim_id", "article_id", name="uq_evidence_claim_article"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    span_start: int | None = None
    span_end: int | None = None
    passage: str | None = None
    score: float | None = None
    stance: str = "mentions"
    cues: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    premise_failed: bool = False
    mixed: bool = False
    attached_by: str = "person"
    attacher: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Resolution(SQLModel, table=True):
    """A verdict on a claim's proposition; append-only.

    ``resolved_by`` is ``person`` or ``job`` (the nightly job's
    ``--auto-resolve-above``); ``resolver`` the user name. The verdict that
    counts is the latest one given by a person, else the latest by the job
    (:func:`claims.resolve.current_verdict`), so a job verdict never
    overrides a person's. ``after_outcome``: the claim was made on or after
    ``outcome_date``, when the outcome was already public; such claims are
    left out of scores.
    """

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    verdict: str
    evidence_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    note: str | None = None
    resolved_by: str = "person"
    resolver: str | None = None
    resolved_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    outcome_date: date | None = None
    after_outcome: bool = False


class JobRun(SQLModel, table=True):
    """One run of the nightly job.

    ``outcome``: running, ok, failed, interrupted (a run found still
    ``running`` by a later run that holds the lock was killed). The run
    covers articles with ``article_from < id <= article_to``;
    ``claim_cursor`` is the last claim whose evidence search was committed,
    so a killed run's successor can resume after it.
    """

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    finished_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    as_of: date | None = None
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    outcome: str = "running"
    article_from: int | None = None
    article_to: int | None = None
    claim_to: int | None = None
    claim_cursor: int | None = None
    error: str | None = None


class Event(SQLModel, table=True):
    """A dated event seen in an article (美朝领导人第二次会晤 → 2019-02-27..28).

    Later articles that name the same event without its date ("本次会晤")
    take their deadline from here. ``kind`` is the event class (summit,
    election, conference, visit, games); (label, start) is unique.
    """

    __table_args__ = (UniqueConstraint("label", "start", name="uq_event_label_start"),)

    id: int | None = Field(default=None, primary_key=True)
    label: str = Field(index=True)
    kind: str = Field(index=True)
    start: date = Field(index=True)
    end: date
    expression: str
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
