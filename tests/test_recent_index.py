"""The nightly window ranked in memory (claims.store.index.RecentIndex) finds what SQLite FTS5 finds.

A nightly run after new articles ranks only its window (articles added
since the last run, and older ones its earlier ``--as-of`` day had not
reached). The window's BM25 is computed in Python with the whole index's
statistics; these tests hold it to FTS5's own ``bm25()`` on real articles
(Chinese, Traditional, English) and to the evidence a run finds without it.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from conftest import BACKEND, FIXTURES, read_jsonl, rows, run_cli

pytestmark = pytest.mark.skipif(BACKEND != "sqlite", reason="the window is held in memory on SQLite only")

FIRST_AS_OF = date(2020, 1, 1)  # the run before: it had reached articles published up to this day
AS_OF = date(2026, 12, 2)


def _ingest_gold(tmp_path: Path) -> None:
    """Add the gold articles (40: Simplified, Traditional, English) as plain articles: the new ones."""
    keep = ("text", "published", "outlet", "lang", "title")
    lines = [json.dumps({k: row[k] for k in keep if row.get(k)}, ensure_ascii=False)
             for path in sorted((FIXTURES / "gold").glob("*.jsonl")) for row in read_jsonl(path)]
    new = tmp_path / "new.jsonl"
    new.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run_cli("ingest", str(new))
    assert out.returncode == 0, out.stderr


def _queries(session: Session) -> list[tuple[list[str], date, list[int]]]:
    from claims.resolve import search_terms
    from claims.store.models import Claim

    out = []
    for claim in session.exec(select(Claim)).all():
        terms, context = search_terms(session, claim)
        out.append(([*terms, *context], claim.said_on, [claim.article_id] if claim.article_id else []))
    # terms FTS5 reads otherwise than they are written: 85% is the token 85, Trump is trump,
    # 4.5% the phrase 4 5, café is cafe
    out += [(["85%", "增长", "经济"], date(2000, 1, 1), []), (["Trump", "tariffs", "关税"], date(2000, 1, 1), []),
            (["经济", "经济", "增长"], date(2000, 1, 1), []), (["4.5%", "5%", "U.S.", "增长"], date(2000, 1, 1), []),
            (["Économie", "café", "经济"], date(2000, 1, 1), [])]
    return out


def test_the_window_ranks_every_claim_as_fts5_does(stocked_db: str, tmp_path: Path) -> None:
    from claims.store import index
    from claims.store.db import open_engine, resolve_url

    _ingest_gold(tmp_path)
    engine = open_engine(resolve_url(stocked_db))
    with Session(engine) as session:
        conn = session.connection()
        top = int(conn.exec_driver_sql("SELECT max(id) FROM article").scalar() or 0)
        queries = _queries(session)
        compared = 0
        for lo in (top // 3, top - 40, top - 5):
            for newer in (None, FIRST_AS_OF):
                recent = index.recent_index(conn, lo, top, newer)
                assert recent is not None
                for terms, said_on, exclude in queries:
                    got = recent.search(conn, terms, published_after=said_on, limit=20, exclude=exclude,
                                        published_until=AS_OF)
                    want = index.search(conn, terms, published_after=said_on, limit=20, id_above=lo,
                                        id_at_most=top, exclude=exclude, published_until=AS_OF,
                                        or_published_after=newer)
                    assert got is not None, terms
                    assert [h.article_id for h in got] == [h.article_id for h in want], (lo, newer, terms)
                    assert [h.score for h in got] == pytest.approx([h.score for h in want], rel=1e-12)
                    compared += len(want)
        assert compared > 1000  # real hits were compared, not empty lists
        recent = index.recent_index(conn, top - 5, top)
        assert recent is not None
        # a token other than ASCII letters and digits or CJK ideographs, once folded, is left to the database
        assert recent.search(conn, ["서울", "增长"], published_after=date(2000, 1, 1), limit=5) is None
        assert recent.search(conn, [], published_after=date(2000, 1, 1), limit=5) == []


def test_the_window_is_left_to_the_database_when_it_is_everything_or_too_large(
        stocked_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claims.store import index
    from claims.store.db import open_engine, resolve_url

    engine = open_engine(resolve_url(stocked_db))
    with Session(engine) as session:
        conn = session.connection()
        top = int(conn.exec_driver_sql("SELECT max(id) FROM article").scalar() or 0)
        assert index.recent_index(conn, 0, top) is None  # a first run reads the whole archive
        monkeypatch.setattr(index, "RECENT_INDEX_LIMIT", 5)
        assert index.recent_index(conn, top - 5, top) is not None
        assert index.recent_index(conn, top - 6, top) is None
        # older articles published after the last run's day count too
        assert index.recent_index(conn, top - 2, top, date(2000, 1, 1)) is None


def _evidence(db: str) -> list[tuple]:
    return rows(db, "SELECT claim_id, article_id, round(score, 9), stance, attached_by FROM evidence"
                    " ORDER BY claim_id, article_id")


def test_an_incremental_run_finds_the_same_evidence_with_the_window_in_memory(
        stocked_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claims.resolve import nightly
    from claims.store import index
    from claims.store.db import forget_engine, open_engine, resolve_url

    nightly(open_engine(resolve_url(stocked_db)), FIRST_AS_OF)
    before = _evidence(stocked_db)
    _ingest_gold(tmp_path)
    forget_engine(resolve_url(stocked_db))
    other = str(tmp_path / "without.db")
    shutil.copy(stocked_db, other)

    searched: list[int] = []
    real = index.RecentIndex.search

    def counting(self: index.RecentIndex, *args: object, **kwargs: object) -> object:
        searched.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(index.RecentIndex, "search", counting)
    with_window = nightly(open_engine(resolve_url(stocked_db)), AS_OF)
    assert searched, "the run should have ranked its window in memory"
    monkeypatch.setattr(index, "recent_index", lambda *args, **kwargs: None)
    without = nightly(open_engine(resolve_url(other)), AS_OF)

    after = _evidence(stocked_db)
    assert len(after) > len(before)  # the run found new evidence
    assert after == _evidence(other)
    assert with_window.counts == without.counts
    assert [s["id"] for s in with_window.suggestions] == [s["id"] for s in without.suggestions]
