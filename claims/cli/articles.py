"""``claims ingest`` and ``claims extract``: articles in, claims out."""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claims.cli.options import DbOption, JsonOption, parse_day
from claims.cli.output import (
    ExitStatus,
    UsageError,
    error_line,
    print_json,
    print_table,
    progress,
)
from claims.text import detect_lang

PathsArg = Annotated[list[str], typer.Argument(
    help="Article files (.txt, .html, .jsonl, RSS/Atom), folders of them, http(s) feed URLs, or - for stdin.",
    show_default=False, metavar="PATH...")]
class Lang(str, Enum):
    auto = "auto"
    zh = "zh"
    en = "en"


LangOption = Annotated[
    Lang, typer.Option("--lang", help="Article language: auto (front matter, else detected from the text), zh or en."),
]
PublishedOption = Annotated[
    Optional[str],
    typer.Option("--published", help="Publication date YYYY-MM-DD, used when the article has none of its own."),
]


def _lang(lang: Lang) -> str | None:
    return None if lang is Lang.auto else lang.value


def _article_ref(article: Any) -> dict[str, Any]:
    return {
        "path": article.path, "title": article.title, "published": article.published.isoformat(),
        "lang": article.lang, "outlet": article.outlet, "url": article.url,
    }


def ingest(
    paths: PathsArg,
    published: PublishedOption = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Outlet name, when the source gives none.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Source URL (only with a single file).")] = None,
    lang: LangOption = Lang.auto,
    glob: Annotated[Optional[str], typer.Option("--glob", help="In folders, only files whose name matches, e.g. '*.html'.")] = None,
    max_size: Annotated[float, typer.Option("--max-size", min=0.001, help="Refuse files larger than this many MB.")] = 5.0,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first file that cannot be read.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64,
                                         help="Processes that extract claims (for large back-fills).")] = 1,
    batch: Annotated[int, typer.Option("--batch", min=1, max=10000,
                                       help="Articles stored per transaction.")] = 50,
    reextract: Annotated[bool, typer.Option(
        "--reextract", help="Extract again the claims of articles already stored with the same text (after a wrong "
                            "--lang, or a newer version); a claim with the same span keeps its id, and claims a "
                            "person worked on (evidence, verdicts, tags, reviews) are kept; the stored date and URL are kept.")] = False,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Store articles and the claims extracted from them.

    Reads text files, saved web pages (.html, any encoding), JSON lines
    (.jsonl: text or html, url, title, published, outlet, lang), RSS/Atom
    feeds (files or http(s) URLs), folders of them, and - for stdin. Articles
    are stored --batch at a time in one transaction, each with its claims;
    Ctrl-C stores the articles read so far and stops (exit 130; twice: at
    once, losing only the batch in flight), and running it again skips what
    was stored. The same text or URL ingested again is skipped as
    a duplicate; a republished wire story is stored and linked to the first
    one's story. A file that cannot be read is refused on one line and the
    others are still ingested (exit 1 at the end); --strict stops at the
    first. --workers N extracts in N processes (reading and storing stay in
    one); the stored claims are the same as with one. --reextract replaces
    the extracted claims of articles already stored (same text) with a new
    extraction, keeping every claim someone has worked on.

    [bold]Examples[/bold]

      claims ingest fixtures/articles

      claims ingest saved-pages/ --glob '*.htm*' --published 2019-02-25

      claims ingest https://example.org/feed.xml

      claims ingest archive/*.jsonl --workers 2

      cat scraped.jsonl | claims ingest - --outlet 联合早报 --json

      claims ingest reuters-story.txt --lang en --reextract
    """
    from claims.ingest import ingest as run_ingest
    from claims.ingest import progress_total
    from claims.readers import iter_items
    from claims.store.db import resolve_url

    day = parse_day(published, "--published")
    if url and (len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != "-")):
        raise UsageError("--url names one article; give a single file with it")
    if url is not None and not re.fullmatch(r"https?://[^\s/]+\S*", url.strip()):
        raise UsageError(f"--url {url!r} is not an http(s) address")
    database = resolve_url(db)
    counts = {"stored": 0, "duplicate": 0, "reextracted": 0, "refused": 0}
    claims_added = 0
    results: list[dict[str, Any]] = []  # kept only for --json
    total = progress_total(paths, glob)
    items = iter_items(paths, glob=glob, published=day, outlet=outlet, url=url, max_bytes=int(max_size * 1_048_576))
    with progress(not json_out) as bar, _stop_on_interrupt() as asked:
        task = bar.add_task("ingesting", total=total)
        for record in run_ingest(database, items, lang=_lang(lang), workers=workers, batch_size=batch, strict=strict,
                                 reextract=reextract, should_stop=asked.is_set):
            bar.advance(task)
            counts[record.status] += 1
            claims_added += record.claims
            if json_out:
                results.append(record.to_json())
                continue
            if record.note:
                typer.echo(f"note: {record.label}: {record.note}", err=True)
            if record.status == "refused":
                error_line(record.error or record.label)
            elif record.status == "stored":
                redated = f"; dated {record.redated} earlier claims by its events" if record.redated else ""
                story = (f"; same story as article {record.story_id}"
                         if record.story_id and record.story_id != record.article_id else "")
                typer.echo(f"stored   {record.label}: article {record.article_id}, {record.claims} claims"
                           f"{redated}{story}")
            elif record.status == "reextracted":
                kept = f", kept {record.kept} worked on" if record.kept else ""
                typer.echo(f"re-extracted {record.label}: article {record.article_id}, {record.claims} new claims "
                           f"(updated {record.updated} in place, removed {record.removed}{kept})")
            else:
                typer.echo(f"skipped  {record.label}: already stored as article {record.article_id}")
    stopped = strict and counts["refused"] > 0
    summary = {
        "ingested": counts["stored"], "duplicates": counts["duplicate"], "reextracted": counts["reextracted"],
        "refused": counts["refused"],
        "claims": claims_added, "stopped": stopped, "interrupted": asked.is_set(), "articles": results,
    }
    summary["stored"], summary["failed"] = summary["ingested"], summary["refused"]  # names of earlier versions
    if json_out:
        print_json(summary)
    else:
        typer.echo(
            f"{summary['ingested']} ingested, {summary['duplicates']} skipped as duplicates, "
            + (f"{summary['reextracted']} re-extracted, " if reextract else "")
            + f"{summary['refused']} refused; {summary['claims']} claims added"
            + (" (stopped at the first refusal: --strict)" if stopped else "")
            + (" — --reextract extracts stored articles again" if counts["duplicate"] and not reextract else "")
        )
    if asked.is_set():
        error_line("interrupted: the articles above are stored whole; run the same command again to go on "
                   "(they are skipped as duplicates)")
        raise typer.Exit(ExitStatus.INTERRUPTED)
    if summary["refused"]:
        raise typer.Exit(ExitStatus.ERROR)


@contextmanager
def _stop_on_interrupt() -> Iterator[threading.Event]:
    """An event set by the first Ctrl-C (SIGINT), for work that stops cleanly between articles; a second Ctrl-C
    interrupts at once (the batch in hand is rolled back). Outside the main thread, where no handler can be
    installed, the event is never set."""
    asked = threading.Event()

    def on_interrupt(signum: int, frame: Any) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()
        typer.echo("stopping: storing the articles read so far (Ctrl-C again to stop at once)", err=True)

    if threading.current_thread() is not threading.main_thread():
        yield asked
        return
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield asked
    finally:
        signal.signal(signal.SIGINT, previous)


def extract(
    paths: PathsArg,
    published: PublishedOption = None,
    lang: LangOption = Lang.auto,
    json_out: JsonOption = False,
    glob: Annotated[Optional[str], typer.Option("--glob", help="In folders, only files whose name matches, e.g. '*.md'.")] = None,
    max_size: Annotated[float, typer.Option("--max-size", min=0.001, help="Refuse files larger than this many MB.")] = 5.0,
) -> None:
    """Extract claims from articles and print them; writes nothing to the database.

    [bold]Examples[/bold]

      claims extract fixtures/articles/xinhua_npc_2019.txt --json

      claims extract notes/ --glob '*.md' --published 2024-05-01

      claims extract archive-page.html --max-size 20
    """
    from claims.extract import prepare_article
    from claims.readers import iter_items
    from claims.sources import SourceError

    day = parse_day(published, "--published")
    found: list[dict[str, Any]] = []
    failed = 0
    for item in iter_items(paths, glob=glob, published=day, max_bytes=int(max_size * 1_048_576)):
        try:
            if item.error is not None:
                raise item.error
            assert item.article is not None
            article, extracted, _events = prepare_article(item.article, lang=_lang(lang))
        except SourceError as exc:
            error_line(str(exc))
            failed += 1
            continue
        if _lang(lang) and not extracted and detect_lang(article.text) != _lang(lang):
            typer.echo(f"note: {item.label}: no claims read as --lang {lang.value}, but the text looks like "
                       f"{detect_lang(article.text)} (try --lang auto)", err=True)
        ref = _article_ref(article)
        found.extend(claim.to_json(ref) for claim in extracted)
    if json_out:
        print_json(found)
    elif found or not failed:
        print_table(
            ["speaker", "kind", "p", "deadline", "text"],
            [
                (
                    (c["speaker"] or {}).get("name", "—"), c["kind"], c["probability"],
                    (c["deadline"] or {}).get("end") or "—", c["text"],
                )
                for c in found
            ],
            title=f"{len(found)} claims",
        )
    if failed:
        raise typer.Exit(ExitStatus.ERROR)


def register(app: typer.Typer) -> None:
    app.command(rich_help_panel="Articles")(ingest)
    app.command(rich_help_panel="Articles")(extract)
