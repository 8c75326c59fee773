"""``claims ingest`` and ``claims extract``: articles in, claims out."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claims.cli.options import DbOption, JsonOption, parse_day
from claims.cli.output import ExitStatus, UserError, error_line, print_json, print_table, progress

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
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Store articles and the claims extracted from them.

    Reads text files, saved web pages (.html, any encoding), JSON lines
    (.jsonl: text or html, url, title, published, outlet, lang), RSS/Atom
    feeds (files or http(s) URLs), folders of them, and - for stdin. Each
    article is written with its claims in one transaction. The same text or
    URL ingested again is skipped as a duplicate; a republished wire story is
    stored and linked to the first one's story. A file that cannot be read is
    refused on one line and the others are still ingested (exit 1 at the end);
    --strict stops at the first.

    [bold]Examples[/bold]

      claims ingest fixtures/articles

      claims ingest saved-pages/ --glob '*.htm*' --published 2019-02-25

      claims ingest https://example.org/feed.xml

      cat scraped.jsonl | claims ingest - --outlet 联合早报 --json
    """
    from claims.extract import prepare_article
    from claims.readers import expand, iter_items
    from claims.sources import SourceError
    from claims.store.db import resolve_url, run_transaction, session_scope
    from claims.store.repo import save_article, stored_events

    day = parse_day(published, "--published")
    if url and (len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != "-")):
        raise UserError("--url names one article; give a single file with it")
    database = resolve_url(db)
    with session_scope(database) as session:
        known = stored_events(session)  # events dated by earlier articles, for 本次会晤-style deadlines
    results: list[dict[str, Any]] = []
    total = sum(1 for _ in expand(paths, glob)) if not any(p == "-" for p in paths) else None
    with progress(not json_out) as bar:
        task = bar.add_task("ingesting", total=total)
        for item in iter_items(paths, glob=glob, published=day, outlet=outlet, url=url,
                               max_bytes=int(max_size * 1_048_576)):
            bar.advance(task)
            try:
                if item.error is not None:
                    raise item.error
                assert item.article is not None
                article, extracted, events = prepare_article(item.article, known, _lang(lang))
            except SourceError as exc:
                results.append({"path": item.label, "status": "refused", "error": str(exc)})
                error_line(str(exc))
                if strict:
                    break
                continue
            outcome = run_transaction(  # one transaction per article; retried on lock conflicts
                database, lambda session, a=article, x=extracted, e=events: save_article(session, a, x, e),
                retry_integrity=True)
            if outcome.created:
                known.extend(events)
            entry = {"path": item.label, "article_id": outcome.article_id, "claims": outcome.claims,
                     "status": "stored" if outcome.created else "duplicate", "redated": outcome.redated,
                     "encoding": article.encoding, "story": outcome.story_id}
            results.append(entry)
            if not json_out:
                if outcome.created:
                    redated = f"; dated {outcome.redated} earlier claims by its events" if outcome.redated else ""
                    story = (f"; same story as article {outcome.story_id}"
                             if outcome.story_id and outcome.story_id != outcome.article_id else "")
                    typer.echo(f"stored   {item.label}: article {outcome.article_id}, {outcome.claims} claims"
                               f"{redated}{story}")
                else:
                    typer.echo(f"skipped  {item.label}: already stored as article {outcome.article_id}")
    summary = {
        "ingested": sum(r["status"] == "stored" for r in results),
        "duplicates": sum(r["status"] == "duplicate" for r in results),
        "refused": sum(r["status"] == "refused" for r in results),
        "claims": sum(r.get("claims", 0) for r in results),
        "stopped": strict and any(r["status"] == "refused" for r in results),
        "articles": results,
    }
    summary["stored"], summary["failed"] = summary["ingested"], summary["refused"]  # names of earlier versions
    if json_out:
        print_json(summary)
    else:
        typer.echo(
            f"{summary['ingested']} ingested, {summary['duplicates']} skipped as duplicates, "
            f"{summary['refused']} refused; {summary['claims']} claims added"
            + (" (stopped at the first refusal: --strict)" if summary["stopped"] else "")
        )
    if summary["refused"]:
        raise typer.Exit(ExitStatus.ERROR)


def extract(
    paths: PathsArg,
    published: PublishedOption = None,
    lang: LangOption = Lang.auto,
    json_out: JsonOption = False,
) -> None:
    """Extract claims from articles and print them; writes nothing to the database.

    [bold]Example[/bold]

      claims extract ../shared/seeds/001_2cc3fc874bb8f236.txt --published 2019-02-25 --json
    """
    from claims.extract import prepare_article
    from claims.readers import iter_items
    from claims.sources import SourceError

    day = parse_day(published, "--published")
    found: list[dict[str, Any]] = []
    failed = 0
    for item in iter_items(paths, published=day):
        try:
            if item.error is not None:
                raise item.error
            assert item.article is not None
            article, extracted, _events = prepare_article(item.article, lang=_lang(lang))
        except SourceError as exc:
            error_line(str(exc))
            failed += 1
            continue
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
