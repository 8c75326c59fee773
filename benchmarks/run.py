"""Benchmarks of claims at the scale of a year of news, each as a ratio against a baseline in the same process.

Run: ``python benchmarks/run.py --size small`` (under two minutes) or
``--size full`` (the 100k-article case, about an hour). It prints one table
and appends it, with a description of the machine, to
``benchmarks/RESULTS.md`` (``--no-record`` to skip). Not part of the test
suite: timings are figures to read, never assertions.

Every figure is measured in this run against a baseline measured in this run,
on the same machine, so that the ratios mean the same on a faster or slower
one. The corpus is :mod:`corpus` (seeded, deterministic).

========================  ======================================  ================================  =========
measure                   ours                                    baseline                          target
========================  ======================================  ================================  =========
extraction                ``claims.extract`` chars/s              ``jieba.cut`` chars/s, same text  ≥ 1.0
time expressions          ``claims.timex`` expressions/s          ``dateparser.parse``, same text   ≥ 10
ingest                    articles/s into SQLite (batches of 50)  extraction alone, same articles   ≥ 0.7
workers                   ``--workers 2`` articles/s              ``--workers 1``                   (shown)
nightly, incremental      run after N new articles                first (full) run on that store    ≤ 0.10
nightly, growth           full run on the large store             full run on the small store       ≤ articles ratio
scorecard                 all five formats for N claims           fetching the claim rows alone     < 2 s
long text                 one text 4× longer (joined articles)    the shorter text                  ≤ 5 (linear)
long English text         the same, English gold articles          the shorter text                  ≤ 5 (linear)
memory                    peak RSS ingesting the large corpus     the small corpus                  < 50 MB more
========================  ======================================  ================================  =========

Stores for the nightly job are filled with the ingest code (index, story
links, claims) but extract claims only until the store holds the wanted
number (5k claims for 10k articles: most news settles or reports, it does not
forecast). Scorecard stores are written row by row with SQL (claims,
speakers, resolutions), as the scorecard reads only those.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

#: Sizes: articles for extraction and ingest, articles for the --workers comparison (600 in the small run, three
#: times the 200 it was: each worker's start-up, about a second loading jieba, is paid once per back-fill, not per
#: article, and was half of the 200-article run), (articles, claims) stores for the nightly job, new articles for
#: its incremental run, claims for the scorecard, and the two corpora whose ingest memory is compared.
SIZES: dict[str, dict[str, Any]] = {
    "small": {"extract": 300, "ingest": 200, "workers": 600, "nightly": [(200, 40), (800, 160)], "new": 20,
              "scorecard": 100_000, "memory": (150, 600), "long": 250},
    "full": {"extract": 3000, "ingest": 3000, "workers": 4000, "nightly": [(10_000, 5_000), (100_000, 20_000)],
             "new": 1000, "scorecard": 100_000, "memory": (10_000, 100_000), "long": 1000},
}
AS_OF = date(2026, 11, 30)


@dataclass
class Row:
    measure: str
    ours: str
    baseline: str
    ratio: float
    target: str
    met: bool | None

    def cells(self) -> list[str]:
        verdict = "—" if self.met is None else ("met" if self.met else "MISSED")
        return [self.measure, self.ours, self.baseline, f"{self.ratio:.3g}", self.target, verdict]


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def best_of(runs: int, work: Callable[[], Any]) -> float:
    return min(timed(work)[0] for _ in range(runs))


def records(folder: Path, count: int) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for path in sorted(folder.glob("corpus-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line))
            if len(out) == count:
                return out
    return out


def write_jsonl(folder: Path, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "part.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def items(paths: list[Path]) -> Iterator[Any]:
    from claims.readers import iter_items

    return iter_items([str(p) for p in paths], max_bytes=50 * 1_048_576)


def database(folder: Path, name: str) -> str:
    from claims.store.db import upgrade

    url = f"sqlite:///{folder / name}"
    upgrade(url)
    return url


# --- the measures -----------------------------------------------------------------------------------


def bench_extraction(rows: list[dict[str, str]]) -> Row:
    import jieba

    from claims.extract import extract
    from claims.text import _jieba

    _jieba()
    texts = [(r["text"], date.fromisoformat(r["published"])) for r in rows]
    chars = sum(len(t) for t, _ in texts)
    for text, day in texts[:20]:
        extract(text, day)  # loads the POS tagger and compiles every rule before timing
    base = best_of(2, lambda: [list(jieba.cut(t)) for t, _ in texts])
    ours = best_of(2, lambda: [extract(t, d) for t, d in texts])
    ratio = base / ours
    return Row("extraction", f"{chars / ours:,.0f} chars/s", f"{chars / base:,.0f} chars/s (jieba.cut)", ratio,
               "≥ 1.0", ratio >= 1.0)


def bench_timex() -> Row:
    import dateparser

    from claims.timex import find_timexes

    gold = [json.loads(line) for path in sorted((ROOT / "fixtures" / "timex").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [(g["text"], date.fromisoformat(g["published"])) for g in gold if g.get("text")]
    settings = [{"RELATIVE_BASE": datetime(d.year, d.month, d.day), "PREFER_DATES_FROM": "future"} for _, d in cases]
    dateparser.parse("明天", languages=["zh", "en"])  # loads its language data before timing
    for text, day in cases:
        find_timexes(text, day)
    # Best of five each: one pass is a fraction of a second, so a single busy moment on a shared machine
    # would otherwise decide the ratio.
    base = best_of(5, lambda: [dateparser.parse(t, languages=["zh", "en"], settings=s)
                               for (t, _), s in zip(cases, settings, strict=True)])
    ours = best_of(5, lambda: [find_timexes(t, d) for t, d in cases])
    ratio = base / ours
    return Row("time expressions", f"{len(cases) / ours:,.0f} expr/s", f"{len(cases) / base:,.0f} expr/s (dateparser)",
               ratio, "≥ 10", ratio >= 10)


def bench_long_text(rows: list[dict[str, str]], kilobytes: int) -> Row:
    """One very long text (a scrape that joined a whole archive page): extraction must stay linear in its length.

    Per-sentence lookups of time expressions by scanning all of them made it quadratic: 400 KB took 17 s.
    """
    from claims.extract import extract

    joined = "\n\n".join(r["text"] for r in rows)
    short = joined[: kilobytes * 1024 // 3]  # about 3 bytes a character in UTF-8
    long = joined[: 4 * kilobytes * 1024 // 3]
    extract(short[:2000], date(2024, 1, 9))  # loads jieba and the tables before timing
    base = best_of(1, lambda: extract(short, date(2024, 1, 9)))
    ours = best_of(1, lambda: extract(long, date(2024, 1, 9)))
    ratio = ours / base
    return Row(f"long text, {4 * kilobytes:,} KB vs {kilobytes:,} KB", f"{ours:.2f} s", f"{base:.2f} s", ratio,
               "≤ 5 (linear)", ratio <= 5)


def english_text(kilobytes: int) -> str:
    """About ``kilobytes`` of English news: the English gold articles of ``fixtures/``, repeated with every
    capitalised word given a suffix per copy (Spencer → Spencerb), so that each copy names new people and
    organisations, as a long archive page would."""
    import string

    articles = [json.loads(line)["text"] for path in sorted((ROOT / "fixtures").glob("gold*/*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and json.loads(line).get("lang") == "en"]
    base = "\n\n".join(articles)

    def tag(k: int) -> str:
        out = ""
        while True:
            out += string.ascii_lowercase[k % 26]
            k //= 26
            if not k:
                return out

    copies: list[str] = []
    k = 0
    while sum(len(c) for c in copies) < kilobytes * 1024:
        suffix = tag(k)
        copies.append(re.sub(r"\b([A-Z][a-z]{2,})\b", lambda m, t=suffix: m.group(1) + t, base))
        k += 1
    return "\n\n".join(copies)[: kilobytes * 1024]


def bench_long_text_en(kilobytes: int) -> Row:
    """One long English text: extraction must stay linear in it too (a name looked up over the whole text
    for every speaker made 2 MB take minutes)."""
    from claims.extract import extract

    short, long = english_text(kilobytes), english_text(4 * kilobytes)
    extract(short[:2000], date(2024, 1, 9), lang="en")
    base = best_of(1, lambda: extract(short, date(2024, 1, 9), lang="en"))
    ours = best_of(1, lambda: extract(long, date(2024, 1, 9), lang="en"))
    ratio = ours / base
    return Row(f"long English text, {4 * kilobytes:,} KB vs {kilobytes:,} KB", f"{ours:.2f} s", f"{base:.2f} s", ratio,
               "≤ 5 (linear)", ratio <= 5)


def bench_ingest(rows: list[dict[str, str]], work: Path) -> Row:
    from claims.extract import prepare_article
    from claims.ingest import ingest

    path = write_jsonl(work / "ingest", rows)
    read = list(items([path]))
    extraction = best_of(2, lambda: [prepare_article(i.article) for i in read])
    # Warm up as extraction is: the store's libraries imported (datasketch alone takes a second) and its
    # statements compiled on a throwaway database, so that the figure is throughput, not start-up.
    list(ingest(database(work, "ingest-warm-up.db"), iter(list(items([write_jsonl(work / "warm", rows[:20])])))))
    read = list(items([path]))  # fresh objects: preparing set fields on them
    url = database(work, "ingest.db")
    spent, stored = timed(lambda: sum(r.status == "stored" for r in ingest(url, iter(read))))
    assert stored == len(rows), f"stored {stored} of {len(rows)}"
    ratio = extraction / spent
    return Row("ingest (SQLite)", f"{len(rows) / spent:,.1f} articles/s", f"{len(rows) / extraction:,.1f} articles/s "
               "(extraction alone)", ratio, "≥ 0.7", ratio >= 0.7)


def bench_workers(rows: list[dict[str, str]], work: Path) -> Row:
    from claims.ingest import ingest

    path = write_jsonl(work / "workers", rows)
    times = {}
    for n in (1, 2):
        url = database(work, f"workers{n}.db")
        times[n], stored = timed(lambda u=url, n=n: sum(r.status == "stored" for r in ingest(u, items([path]), workers=n)))
        assert stored == len(rows)
    ratio = times[1] / times[2]
    return Row("ingest --workers 2", f"{len(rows) / times[2]:,.1f} articles/s",
               f"{len(rows) / times[1]:,.1f} articles/s (--workers 1)", ratio, f"speed-up on {os.cpu_count()} cores",
               None)


def fill(url: str, rows: list[dict[str, str]], claims_wanted: int) -> int:
    """Store ``rows`` with the ingest code, extracting claims only until the store holds ``claims_wanted``."""
    from claims.extract import prepare_article
    from claims.readers import read_bytes
    from claims.store.db import run_transaction
    from claims.store.repo import save_article

    stored_claims = 0
    batch: list[tuple[Any, list[Any], list[Any]]] = []

    def flush() -> None:
        run_transaction(url, lambda s: [save_article(s, a, c, e) for a, c, e in batch])
        batch.clear()

    for row in rows:
        item = next(read_bytes((json.dumps(row, ensure_ascii=False) + "\n").encode(), row["url"], ".jsonl"))
        article, claims, events = prepare_article(item.article) if stored_claims < claims_wanted else (
            item.article, [], [])
        claims = claims[: claims_wanted - stored_claims]
        stored_claims += len(claims)
        batch.append((article, claims, events))
        if len(batch) >= 100:
            flush()
    if batch:
        flush()
    return stored_claims


def forget_results() -> None:
    """Clear the in-process caches of per-claim and per-article results (key terms, topic words, propositions,
    cue patterns), so that a timed nightly run gains nothing from the run before it in this process, as a
    nightly run in a new process would not; loaded dictionaries (jieba's, the IDF table) stay loaded."""
    from claims import resolve, search, stance

    for cached in (search.match_form, stance._proposition, stance._cue_patterns_for):
        cached.cache_clear()
    resolve._ranked_cache.clear()
    resolve._places_cache.clear()


def bench_nightly(folder: Path, work: Path, cases: list[tuple[int, int]], new: int) -> list[Row]:
    # jieba's dictionary, its part-of-speech table and the IDF table load once per process, on first use; loaded
    # before timing so that the first (small) full run does not carry them alone
    import jieba.posseg

    from claims.resolve import nightly
    from claims.search import _idf
    from claims.store.db import open_engine
    from claims.text import _jieba

    _jieba()
    _idf()
    list(jieba.posseg.cut("明年经济将增长"))
    largest = max(a for a, _ in cases)
    rows = records(folder, largest + new)
    full: dict[int, float] = {}
    out = []
    for articles, claims in cases:
        url = database(work, f"nightly-{articles}.db")
        fill(url, rows[:articles], claims)
        engine = open_engine(url)
        forget_results()
        full[articles], _ = timed(lambda e=engine: nightly(e, AS_OF))
        if articles == largest:
            fill(url, rows[largest:largest + new], 0)
            forget_results()
            incremental, _ = timed(lambda e=engine: nightly(e, AS_OF))
            ratio = incremental / full[articles]
            out.append(Row(f"nightly after {new:,} new articles", f"{incremental:.2f} s",
                           f"{full[articles]:.2f} s (full run, {articles:,} articles, {claims:,} claims)", ratio,
                           "≤ 0.10", ratio <= 0.10))
    (small, small_claims), (large, large_claims) = cases[0], cases[-1]
    growth = full[large] / full[small]
    out.insert(0, Row(f"nightly full run, {large:,} vs {small:,} articles", f"{full[large]:.2f} s",
                      f"{full[small]:.2f} s ({small_claims:,} claims; {large_claims:,} in the large)", growth,
                      f"≤ {large / small:g} (linear)", growth <= large / small))
    return out


def fill_scorecard(url: str, claims: int, seed: int = 11) -> None:
    """Articles, speakers, claims and resolutions written with SQL (what the scorecard reads), as ingest leaves
    them: five claims an article by one to three of its speakers, and one article in ten a republished copy of
    an earlier one (same story, same claims: the scorecard counts them once)."""
    r = random.Random(seed)
    path = url.removeprefix("sqlite:///")
    con = sqlite3.connect(path)
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    speakers = 800
    con.executemany("INSERT INTO speaker (id, name, kind, aliases, titles) VALUES (?, ?, ?, '[]', '[]')",
                    [(i, f"发言人{i}", "anonymous" if i % 50 == 0 else "person")
                     for i in range(1, speakers + 1)])
    article_rows: list[tuple[Any, ...]] = []
    claim_rows: list[tuple[Any, ...]] = []
    resolution_rows: list[tuple[Any, ...]] = []
    originals: list[tuple[int, list[tuple[Any, ...]]]] = []  # (article id, its claims' rows) to copy
    while len(claim_rows) < claims:
        article = len(article_rows) + 1
        said = date(2015, 1, 1).toordinal() + r.randrange(3650)
        if originals and r.random() < 0.1:
            story, copied = r.choice(originals)
            rows = [(None, *row[1:5], article, *row[6:]) for row in copied]
        else:
            story, rows = article, []
            people = [r.randint(1, speakers) for _ in range(r.randint(1, 3))]
            for _ in range(5):
                n = len(claim_rows) + len(rows) + 1
                p = r.choice((0.1, 0.2, 0.35, 0.5, 0.65, 0.7, 0.75, 0.8, 0.85, 0.95))
                rows.append((None, f"第{n}号预测：明年经济将增长", f"第{n}号预测：明年经济将增长", "forecast",
                             r.choice(people), article, p, date.fromordinal(said).isoformat(),
                             date.fromordinal(said + 365).isoformat(), "extracted", now,
                             json.dumps([r.choice(("经济", "选举", "外交", "科技"))], ensure_ascii=False)))
            originals.append((article, rows))
        article_rows.append((article, f"https://news.example/{article}", f"媒体{article % 40}", f"第{article}篇",
                             date.fromordinal(said).isoformat(), now, f"正文{article}", f"{article:064x}", story))
        for row in rows[: claims - len(claim_rows)]:
            claim_id = len(claim_rows) + 1
            claim_rows.append((claim_id, *row[1:]))
            if r.random() < 0.7:
                verdict = "true" if r.random() < row[6] else "false"
                resolution_rows.append((claim_id, verdict, "person", now))
    con.executemany("INSERT INTO article (id, url, outlet, title, published, fetched_at, text, content_hash, story_id,"
                    " lang, encoding, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'zh', 'utf-8', '[]')", article_rows)
    con.executemany(
        "INSERT INTO claim (id, text, statement, kind, speaker_id, article_id, probability, said_on, deadline_end, "
        "origin, created_at, tags, polarity, deadline_basis, status, suggestion_reasons) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'positive', 'explicit', 'open', '[]')", claim_rows)
    con.executemany("INSERT INTO resolution (claim_id, verdict, resolved_by, resolved_at, evidence_ids, after_outcome) "
                    "VALUES (?, ?, ?, ?, '[]', 0)", resolution_rows)
    con.commit()
    con.close()


def bench_scorecard(claims: int, work: Path) -> Row:
    """The slowest format of ``claims scorecard`` (gathering the scores, then writing one format, as one command
    does) against reading the claim rows alone."""
    from claims.scorecard import gather, render, render_table
    from claims.store.db import session_scope

    url = database(work, "scorecard.db")
    fill_scorecard(url, claims)
    path = url.removeprefix("sqlite:///")

    def baseline() -> int:
        con = sqlite3.connect(path)
        n = len(con.execute("SELECT * FROM claim").fetchall())
        con.close()
        return n

    def gathered() -> Any:
        with session_scope(url) as session:
            return gather(session, "speaker", None, None, 10)

    base = best_of(2, baseline)
    gathering = best_of(2, gathered)
    card = gathered()
    formats = {"table": best_of(2, lambda: render_table(card)),
               **{fmt: best_of(2, lambda f=fmt: render(card, f)) for fmt in ("csv", "json", "md", "html")}}
    slowest = max(formats, key=formats.__getitem__)
    spent = gathering + formats[slowest]
    return Row(f"scorecard, {claims:,} claims, slowest of 5 formats ({slowest})",
               f"{spent:.2f} s ({gathering:.2f} gathering)", f"{base:.3f} s (SELECT the claim rows)",
               spent / base, "< 2 s", spent < 2.0)


#: The ingest whose peak memory is measured, in a child process. Its peak is the kernel's high-water mark of
#: this process's own memory (``VmHWM`` in /proc/self/status, in KiB): ``ru_maxrss`` is not, on Linux it keeps
#: the parent's resident size at the fork across exec, so every earlier run of this measure printed the
#: benchmark process's own size (the same figure for both corpora).
_MEMORY_CHILD = """
import re, resource, sys
from claims.cli import app
try:
    app(["ingest", sys.argv[2], "--db", sys.argv[1]], standalone_mode=False)
finally:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            print(re.search(r"VmHWM:\\s*(\\d+)", status.read()).group(1), file=sys.stderr)
    except OSError:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def bench_memory(folder: Path, work: Path, sizes: tuple[int, int]) -> Row:
    peaks = {}
    for count in sizes:
        shard_dir = work / f"memory-{count}"
        shard_dir.mkdir(parents=True, exist_ok=True)
        rows = records(folder, count)  # exactly ``count`` articles, in shards of corpus.SHARD
        for i in range(0, len(rows), corpus.SHARD):
            part = rows[i : i + corpus.SHARD]
            (shard_dir / f"corpus-{i // corpus.SHARD:04d}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
        url = database(work, f"memory-{count}.db")
        done = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, url, str(shard_dir)], capture_output=True,
                              text=True, check=True, cwd=ROOT)
        peaks[count] = int(done.stderr.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB on Linux
    small, large = sizes
    growth = peaks[large] - peaks[small]
    return Row(f"memory, ingest {large:,} vs {small:,} articles", f"{peaks[large]:.0f} MB peak",
               f"{peaks[small]:.0f} MB peak", peaks[large] / peaks[small], "< 50 MB more", growth < 50)


# --- report -----------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}")


def table(rows: list[Row]) -> str:
    head = ["measure", "ours", "baseline", "ratio", "target", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmarks of claims as ratios against in-process baselines.")
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--workdir", type=Path, help="Keep the corpus and stores here (default: a temporary folder).")
    parser.add_argument("--no-record", action="store_true", help="Do not append the results to benchmarks/RESULTS.md.")
    parser.add_argument("--only", nargs="*", choices=["extraction", "timex", "ingest", "workers", "nightly",
                                                      "scorecard", "memory", "long"], help="Run only these measures.")
    args = parser.parse_args()
    size = SIZES[args.size]
    chosen = set(args.only or ["extraction", "timex", "ingest", "workers", "nightly", "scorecard", "memory", "long"])
    os.environ.setdefault("CLAIMS_CACHE_DIR", str(Path(tempfile.gettempdir()) / "claims-bench-cache"))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        folder = work / "corpus"
        needed = max(size["extract"], size["ingest"], size["workers"], max(a for a, _ in size["nightly"]) + size["new"],
                     size["memory"][1])
        if not folder.exists() or len(list(folder.glob("corpus-*.jsonl"))) * corpus.SHARD < needed:
            corpus.write(folder, needed)
        print(f"corpus: {needed:,} articles in {folder}", file=sys.stderr)
        rows: list[Row] = []
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("extraction", lambda: rows.append(bench_extraction(records(folder, size["extract"])))),
            ("timex", lambda: rows.append(bench_timex())),
            ("ingest", lambda: rows.append(bench_ingest(records(folder, size["ingest"]), work))),
            ("workers", lambda: rows.append(bench_workers(records(folder, size["workers"]), work))),
            ("nightly", lambda: rows.extend(bench_nightly(folder, work, size["nightly"], size["new"]))),
            ("scorecard", lambda: rows.append(bench_scorecard(size["scorecard"], work))),
            ("memory", lambda: rows.append(bench_memory(folder, work, size["memory"]))),
            ("long", lambda: rows.append(bench_long_text(records(folder, size["extract"]), size["long"]))),
            ("long", lambda: rows.append(bench_long_text_en(size["long"]))),
        ]
        for name, step in steps:
            if name in chosen:
                spent, _ = timed(step)
                print(f"{name}: {spent:.1f} s", file=sys.stderr)
    report = table(rows)
    elapsed = time.perf_counter() - started
    print(report)
    print(f"\n{args.size} run in {elapsed:.0f} s on {machine()}")
    if not args.no_record:
        with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write(f"\n## {datetime.now().strftime('%Y-%m-%d %H:%M')} — `--size {args.size}`"
                      f"{' --only ' + ' '.join(sorted(chosen)) if args.only else ''}, {elapsed:.0f} s\n\n"
                      f"Machine: {machine()}\n\n{report}\n")


if __name__ == "__main__":
    main()
