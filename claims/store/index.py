"""The article full-text index used to find evidence.

Each article's title and text are turned into search-mode jieba tokens in
match form (:func:`claims.search.index_tokens`: half-width, Simplified, lower
case) and kept, on SQLite, in the FTS5 table ``article_fts`` (rowid = article
id, ``unicode61`` tokenizer over the space-joined tokens) and, on PostgreSQL,
in ``article_search`` (``article_id``, ``tokens tsvector`` with positions,
GIN index). Neither is an ORM model: Alembic's autogenerate skips them
(:data:`INDEX_TABLE_PREFIXES`), migration 0004 creates them.

Ranking: SQLite's ``bm25()`` (Robertson–Spärck Jones BM25, k1 = 1.2,
b = 0.75, FTS5's defaults), negated so that higher is better; PostgreSQL's
``ts_rank`` (term frequency weighted, the engine's nearest equivalent). A
query is the OR of the claim's key terms.

Articles are indexed when they are ingested, in the same transaction;
:func:`index_pending` catches up any that are not (articles stored before
migration 0004, or by other tools).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

from claims.search import index_tokens

INDEX_TABLE_PREFIXES = ("article_fts", "article_search")

#: PostgreSQL tsvector limits: positions up to 16383, 256 positions per lexeme, lexemes < 2 KB.
_PG_MAX_POSITION = 16383
_PG_MAX_POSITIONS = 256


@dataclass(frozen=True)
class Hit:
    """One retrieved article: its id and relevance score (higher is better; units of the engine's ranking)."""

    article_id: int
    score: float


def _dialect(conn: Connection) -> str:
    return conn.dialect.name


def create_index(conn: Connection) -> None:
    """Create the index tables for this backend (idempotent)."""
    if _dialect(conn) == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(tokens, tokenize='unicode61')"))
    else:
        conn.execute(text(
            "CREATE TABLE IF NOT EXISTS article_search ("
            " article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
            " tokens TSVECTOR NOT NULL)"
        ))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_article_search_tokens ON article_search USING GIN (tokens)"))


def drop_index(conn: Connection) -> None:
    """Drop the index tables (downgrade)."""
    conn.execute(text("DROP TABLE IF EXISTS article_fts" if _dialect(conn) == "sqlite" else
                      "DROP TABLE IF EXISTS article_search"))


def _tsvector(tokens: Sequence[str]) -> str:
    positions: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens, start=1):
        if i > _PG_MAX_POSITION:
            break
        if len(positions[token]) < _PG_MAX_POSITIONS:
            positions[token].append(i)
    parts = []
    for token, where in positions.items():
        quoted = token.replace("\\", "\\\\").replace("'", "''")
        parts.append(f"'{quoted}':{','.join(map(str, where))}")
    return " ".join(parts)


def index_article(conn: Connection, article_id: int, title: str | None, body: str,
                  tokens: list[str] | None = None) -> None:
    """Add (or replace) one article in the index; ``tokens`` are its :func:`article_tokens` when already made."""
    tokens = article_tokens(title, body) if tokens is None else tokens
    if _dialect(conn) == "sqlite":
        conn.execute(text("INSERT OR REPLACE INTO article_fts(rowid, tokens) VALUES (:id, :tokens)"),
                     {"id": article_id, "tokens": " ".join(tokens)})
    else:
        conn.execute(text(
            "INSERT INTO article_search(article_id, tokens) VALUES (:id, CAST(:tokens AS tsvector))"
            " ON CONFLICT (article_id) DO UPDATE SET tokens = EXCLUDED.tokens"),
            {"id": article_id, "tokens": _tsvector(tokens)})


def article_tokens(title: str | None, body: str) -> list[str]:
    """The index tokens of an article (title and text); pure, so worker processes can make them."""
    return index_tokens(f"{title or ''}\n{body}")


def pending_ids(conn: Connection, after_id: int = 0) -> list[int]:
    """Ids of stored articles above ``after_id`` that are not in the index, ascending."""
    table, key = ("article_fts", "rowid") if _dialect(conn) == "sqlite" else ("article_search", "article_id")
    rows = conn.execute(text(
        f"SELECT a.id FROM article a WHERE a.id > :after AND NOT EXISTS"
        f" (SELECT 1 FROM {table} i WHERE i.{key} = a.id) ORDER BY a.id"), {"after": after_id})
    return [r[0] for r in rows]


def index_pending(conn: Connection, after_id: int = 0, ids: Iterable[int] | None = None) -> int:
    """Index every article above ``after_id`` not yet indexed; returns how many."""
    count = 0
    for article_id in (list(ids) if ids is not None else pending_ids(conn, after_id)):
        row = conn.execute(text("SELECT title, text FROM article WHERE id = :id"), {"id": article_id}).first()
        if row is not None:
            index_article(conn, article_id, row[0], row[1])
            count += 1
    return count


def _fts5_query(terms: Sequence[str]) -> str:
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _tsquery(terms: Sequence[str]) -> str:
    return " | ".join("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in terms)


def search(
    conn: Connection,
    terms: Sequence[str],
    *,
    published_after: date,
    limit: int = 10,
    id_above: int = 0,
    id_at_most: int | None = None,
    exclude: Iterable[int] = (),
    published_until: date | None = None,
    or_published_after: date | None = None,
) -> list[Hit]:
    """Articles matching any of ``terms`` (match form), best first.

    Only articles published strictly after ``published_after`` (and on or
    before ``published_until``) with ``id <= id_at_most`` and either
    ``id > id_above`` or, when given, published after ``or_published_after``
    (the nightly job's window: articles added since its last run, and older
    ones that its earlier ``--as-of`` day had not reached yet);
    ``exclude`` drops ids (the claim's own article).
    """
    if not terms:
        return []
    skip = set(exclude)
    params = {"after": published_after, "lo": id_above, "hi": id_at_most if id_at_most is not None else 2**62,
              "n": limit + len(skip), "until": published_until or date.max,
              "newer": or_published_after or date.max}
    window = "(a.id > :lo OR a.published > :newer) AND a.id <= :hi AND a.published > :after AND a.published <= :until"
    if _dialect(conn) == "sqlite":
        # the id window on the FTS table's own rowid too (the same ids): FTS5 then reads only the postings in
        # that range, so a nightly run over a few new articles does not rank the whole archive for each claim
        rowids = " AND article_fts.rowid <= :hi" + (" AND article_fts.rowid > :lo" if or_published_after is None else "")
        sql = ("SELECT a.id, -bm25(article_fts) AS s FROM article_fts JOIN article a ON a.id = article_fts.rowid"
               f" WHERE article_fts MATCH :q{rowids} AND {window} ORDER BY s DESC, a.id LIMIT :n")
        params["q"] = _fts5_query(terms)
    else:
        sql = ("SELECT a.id, ts_rank(i.tokens, q) AS s FROM article_search i JOIN article a ON a.id = i.article_id,"
               f" CAST(:q AS tsquery) q WHERE i.tokens @@ q AND {window} ORDER BY s DESC, a.id LIMIT :n")
        params["q"] = _tsquery(terms)
    hits = [Hit(r[0], float(r[1])) for r in conn.execute(text(sql), params) if r[0] not in skip]
    return hits[:limit]
