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
query is the OR of the claim's key terms. A nightly run after new articles
ranks its window of them in memory with the same BM25 on SQLite
(:class:`RecentIndex`), not with one archive-wide query per claim.

Articles are indexed when they are ingested, in the same transaction;
:func:`index_pending` catches up any that are not (articles stored before
migration 0004, or by other tools).
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

from claims.search import index_tokens
from claims.store.db import statement

INDEX_TABLE_PREFIXES = ("article_fts", "article_search")

#: BM25's parameters in SQLite FTS5's ``bm25()`` (``ext/fts5/fts5_aux.c``: k1 = 1.2, b = 0.75), which
#: :class:`RecentIndex` reproduces.
BM25_K1 = 1.2
BM25_B = 0.75
#: The most articles :func:`recent_index` holds in memory (measured with tracemalloc on the benchmark corpus:
#: 7.7 MB held and 18 MB at the peak of reading per 1,000 articles); a larger window is ranked by the
#: database, as a full run is.
RECENT_INDEX_LIMIT = 5_000

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
        conn.execute(statement("INSERT OR REPLACE INTO article_fts(rowid, tokens) VALUES (:id, :tokens)"),
                     {"id": article_id, "tokens": " ".join(tokens)})
    else:
        conn.execute(statement(
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


def _varints(blob: bytes) -> list[int]:
    """The SQLite varints in ``blob`` (big-endian 7-bit groups; a ninth byte carries 8 bits), as FTS5 stores
    its averages record and each row's size."""
    out, i = [], 0
    while i < len(blob):
        value = 0
        for k in range(9):
            byte = blob[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        out.append(value)
    return out


#: One token of FTS5's ``unicode61`` tokenizer, as far as :data:`_PLAIN_TERM_RE` terms are concerned: a run of
#: letters and digits (``[^\W_]``, Python's Unicode classes).
_UNICODE61_TOKEN_RE = re.compile(r"[^\W_]+")
#: Query terms that are one ``unicode61`` token unchanged by its case and diacritic folding: lower-case ASCII
#: letters and digits, or CJK ideographs. :meth:`RecentIndex.search` ranks only queries made of these.
_PLAIN_TERM_RE = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")


def _fold(token: str) -> str:
    """``unicode61``'s folding of a token: lower case, and diacritics off (café → cafe)."""
    if token.isascii():
        return token.lower()
    return "".join(c for c in unicodedata.normalize("NFD", token.lower()) if not unicodedata.combining(c))


class RecentIndex:
    """The indexed articles of one id window (``lo < id <= hi``) in memory, ranked with FTS5's own BM25.

    A nightly run after a few new articles asks, for every open claim, which
    of them match it best. Asked of FTS5, each such query counts every query
    term's documents across the whole archive (BM25's IDF), so it costs about
    as much as a query over everything. Here the window's postings are read
    once (article id and term frequency per term, and each article's token
    sequence for phrases, from the stored index tokens), each term's
    document count once per run (``fts5vocab``), and
    FTS5's ``bm25()`` is computed in Python with the whole table's row count
    and average length, so :meth:`search` returns the same hits with the same
    scores (tested against FTS5) at a cost that grows with the window, not the
    archive. SQLite only; build with :func:`recent_index`.
    """

    def __init__(self, conn: Connection, lo: int, hi: int, newer: date | None = None) -> None:
        self.lo, self.hi, self.newer = lo, hi, newer
        averages = conn.execute(text("SELECT block FROM article_fts_data WHERE id = 1")).scalar()
        numbers = _varints(bytes(averages)) if averages else [0, 0]
        self.rows = numbers[0]
        self.avgdl = numbers[1] / numbers[0] if numbers[0] else 0.0
        self.published: dict[int, date] = {}
        self.size: dict[int, int] = {}
        self.sequences: dict[int, array[int]] = {}
        self.numbers: dict[str, int] = {}
        build: dict[str, list[tuple[int, int]]] = defaultdict(list)
        columns = ("SELECT f.rowid, f.tokens, d.sz, a.published FROM article a JOIN article_fts f ON f.rowid = a.id"
                   " JOIN article_fts_docsize d ON d.id = a.id WHERE ")
        parts = [columns + "f.rowid > :lo AND f.rowid <= :hi"]
        if newer is not None:  # and the older articles the last run's --as-of day had not reached
            parts.append(columns + "a.published > :newer AND a.id <= :lo AND a.id <= :hi")
        for sql in parts:
            for article_id, tokens, size, published in conn.execute(text(sql), {"lo": lo, "hi": hi, "newer": newer}):
                self.size[article_id] = _varints(bytes(size))[0]
                self.published[article_id] = published if isinstance(published, date) else \
                    date.fromisoformat(str(published)[:10])
                sequence = [_fold(t) for t in _UNICODE61_TOKEN_RE.findall(tokens or "")]
                for term, tf in Counter(sequence).items():
                    build[term].append((article_id, tf))
                # the token sequence, as numbers, for phrases (6.5% is the token 6 followed by the token 5)
                self.sequences[article_id] = array("l", [self.numbers.setdefault(t, len(self.numbers))
                                                         for t in sequence])
        # compact postings: (ids, frequencies) as machine arrays, not a dict per article
        self.postings = {t: (array("q", [i for i, _ in p]), array("l", [f for _, f in p])) for t, p in build.items()}
        self._documents: dict[tuple[str, ...], int] = {}

    def _idfs(self, conn: Connection, phrases: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], float]:
        """FTS5's IDF of phrases: log((N − n + 0.5) / (n + 0.5)), 1e-6 when not positive, where n is the
        number of rows holding the phrase in the whole table (``fts5vocab`` for one token, a count of the
        phrase's matches for more; read once per phrase)."""
        missing = [p for p in dict.fromkeys(phrases) if p not in self._documents and all(
            t in self.postings for t in p)]
        if any(len(p) == 1 for p in missing):
            conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_fts_vocab"
                              " USING fts5vocab('main', 'article_fts', 'row')"))
        for phrase in missing:
            if len(phrase) == 1:
                n = conn.execute(text("SELECT doc FROM temp.article_fts_vocab WHERE term = :t"),
                                 {"t": phrase[0]}).scalar()
            else:
                n = conn.execute(text("SELECT count(*) FROM article_fts WHERE article_fts MATCH :q"),
                                 {"q": '"' + " ".join(phrase) + '"'}).scalar()
            self._documents[phrase] = int(n or 0)
        out = {}
        for phrase in phrases:
            if phrase in self._documents:
                n = self._documents[phrase]
                idf = math.log((self.rows - n + 0.5) / (n + 0.5))
                out[phrase] = idf if idf > 0.0 else 1e-6
        return out

    def _frequencies(self, phrase: tuple[str, ...]) -> Iterable[tuple[int, int]]:
        """(article id, instances) of a phrase in the window's articles that hold it."""
        if len(phrase) == 1:
            posting = self.postings.get(phrase[0])
            return zip(*posting, strict=True) if posting is not None else ()
        if not all(t in self.postings for t in phrase):
            return ()
        holding = set(self.postings[phrase[0]][0]).intersection(*(self.postings[t][0] for t in phrase[1:]))
        wanted = [self.numbers[t] for t in phrase]
        k, out = len(wanted), []
        for article_id in sorted(holding):
            seq = self.sequences[article_id]
            count = sum(1 for i in range(len(seq) - k + 1) if seq[i] == wanted[0] and list(seq[i:i + k]) == wanted)
            if count:
                out.append((article_id, count))
        return out

    def search(self, conn: Connection, terms: Sequence[str], *, published_after: date, limit: int,
               exclude: Iterable[int] = (), published_until: date | None = None) -> list[Hit] | None:
        """As :func:`search` with ``id_above=lo``, ``id_at_most=hi``, ``or_published_after=newer`` (``conn``:
        the database the window was read from); ``None`` when a term holds a token other than lower-case ASCII
        letters and digits or CJK ideographs, for the caller to ask the database."""
        if not terms:
            return []
        phrases = []  # each term as FTS5 reads it: 85% is the token 85, 6.5% the phrase 6 5
        for term in terms:
            tokens = tuple(_fold(t) for t in _UNICODE61_TOKEN_RE.findall(term))
            if not tokens or not all(_PLAIN_TERM_RE.fullmatch(t) for t in tokens):
                return None
            phrases.append(tokens)
        idfs = self._idfs(conn, phrases)
        skip, until = set(exclude), published_until or date.max
        k1, b = BM25_K1, BM25_B
        scores: dict[int, float] = {}
        for phrase in phrases:  # in query order, as FTS5 sums its phrases
            for article_id, tf in self._frequencies(phrase):
                f = float(tf)
                d = float(self.size[article_id])
                scores[article_id] = scores.get(article_id, 0.0) + idfs[phrase] * (
                    (f * (k1 + 1.0)) / (f + k1 * (1 - b + b * d / self.avgdl)))
        kept = [(s, i) for i, s in scores.items()
                if i not in skip and published_after < self.published[i] <= until]
        kept.sort(key=lambda x: (-x[0], x[1]))
        return [Hit(i, s) for s, i in kept[:limit]]


def recent_index(conn: Connection, lo: int, hi: int, newer: date | None = None) -> RecentIndex | None:
    """A :class:`RecentIndex` of the nightly window (``lo < id <= hi``, or ``id <= hi`` and published after
    ``newer``), or ``None`` where the database should rank it: on PostgreSQL, and for a window over the whole
    archive or over more than :data:`RECENT_INDEX_LIMIT` articles."""
    if _dialect(conn) != "sqlite" or lo <= 0:
        return None
    count = max(hi - lo, 0)
    if newer is not None:
        count += conn.execute(text("SELECT count(*) FROM article WHERE published > :newer AND id <= :lo"),
                              {"newer": newer, "lo": min(lo, hi)}).scalar() or 0
    if count > RECENT_INDEX_LIMIT:
        return None
    return RecentIndex(conn, lo, hi, newer)


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
