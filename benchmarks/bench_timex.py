"""Gold-list accuracy and speed of :mod:`claims.timex` against dateparser alone.

Run: ``python benchmarks/bench_timex.py [fixtures/timex/*.jsonl]``.

Each gold line names one expression in a context sentence (or ``"none": true``
for a trap that must yield nothing).  *Exact* means the predicted first and
last day both equal the gold ones (None included); for traps it means no
expression at all.  claims.timex is scored on the expression whose text
matches the gold text (falling back to any overlapping expression);
dateparser (``search_dates`` with languages zh/en, ``RELATIVE_BASE`` =
published, ``PREFER_DATES_FROM='future'``) only returns points, so it is scored
on the first date it finds whose matched substring overlaps the gold text,
taken as a one-day span.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from claims.timex import find_timexes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "timex"


def load(paths: Iterable[Path]) -> list[dict]:
    """Gold records from JSONL files (blank lines skipped)."""
    records = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def predict_timex(rec: dict) -> tuple[bool, tuple[str | None, str | None] | None]:
    """(found, (start, end)) from claims.timex for one gold record."""
    found = find_timexes(rec["context"], date.fromisoformat(rec["published"]))
    if rec.get("none") or rec["text"] is None:
        return bool(found), None
    exact = [t for t in found if t.text == rec["text"]]
    if not exact:
        s = rec["context"].find(rec["text"])
        e = s + len(rec["text"])
        exact = [t for t in found if t.span[0] < e and s < t.span[1]]
    if not exact:
        return False, None
    return True, (_iso(exact[0].start), _iso(exact[0].end))


def predict_dateparser(rec: dict) -> tuple[bool, tuple[str | None, str | None] | None]:
    """(found, (day, day)) from dateparser alone for one gold record."""
    from dateparser.search import search_dates

    pub = date.fromisoformat(rec["published"])
    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
                "PREFER_DATES_FROM": "future"}
    lang = ["en"] if rec.get("lang") == "en" else ["zh"]
    try:
        hits = search_dates(rec["context"], languages=lang, settings=settings) or []
    except Exception:  # dateparser raises assorted errors on odd input
        hits = []
    if rec.get("none") or rec["text"] is None:
        return bool(hits), None
    for sub, when in hits:
        if sub in rec["text"] or rec["text"] in sub:
            return True, (when.date().isoformat(), when.date().isoformat())
    return False, None


def _correct(rec: dict, got: tuple[bool, tuple | None]) -> bool:
    found, span = got
    if rec.get("none") or rec["text"] is None:
        return not found
    return found and span == (rec["start"], rec["end"])


def _score(records: list[dict], predict) -> tuple[int, float, list[dict]]:
    right, misses = 0, []
    t0 = time.perf_counter()
    results = [predict(r) for r in records]
    elapsed = time.perf_counter() - t0
    for rec, got in zip(records, results, strict=True):
        if _correct(rec, got):
            right += 1
        else:
            misses.append({**rec, "got": got})
    return right, elapsed, misses


def evaluate(paths: Iterable[Path] | None = None, *, show_misses: bool = False) -> dict:
    """Score claims.timex and dateparser on the gold list; print a table; return numbers.

    Returns ``{"n": int, "timex": {"exact": float, "per_second": float, "misses": [...]},
    "dateparser": {...}, "speedup": float}``.
    """
    records = load(paths or sorted(FIXTURES.glob("*.jsonl")))
    n = len(records)
    out: dict = {"n": n}
    for name, predict in (("claims.timex", predict_timex), ("dateparser", predict_dateparser)):
        for rec in records:  # warm up: lazy imports, compiled patterns, language data
            predict(rec)
        right, elapsed, misses = _score(records, predict)
        out[name] = {"exact": right / n, "right": right, "seconds": elapsed,
                     "per_second": n / elapsed if elapsed else float("inf"), "misses": misses}
    out["speedup"] = out["claims.timex"]["per_second"] / out["dateparser"]["per_second"]
    print(f"{'system':<14}{'exact':>10}{'right':>8}{'n':>6}{'expr/s':>12}")
    for name in ("claims.timex", "dateparser"):
        row = out[name]
        print(f"{name:<14}{row['exact']:>10.1%}{row['right']:>8}{n:>6}{row['per_second']:>12.0f}")
    print(f"speed ratio (claims.timex / dateparser): {out['speedup']:.0f}x")
    if show_misses:
        for miss in out["claims.timex"]["misses"]:
            print("MISS", miss["context"], miss["published"], miss["text"], miss["start"],
                  miss["end"], "got", miss["got"])
    return out


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    evaluate(args or None, show_misses="--misses" in sys.argv)
