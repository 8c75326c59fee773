"""``claims ingest`` and ``claims extract``: articles in, claims out."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claims.cli.options import DbOption, JsonOption, parse_day
from claims.cli.output import ExitStatus, UserError, error_line, print_json, print_table, progress

PathsArg = Annotated[list[Path], typer.Argument(help="Article files (.txt, UTF-8) or folders of them.", show_default=False)]
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
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Outlet name, when the file gives none.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Source URL (only with a single file).")] = None,
    lang: LangOption = Lang.auto,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Store articles and the claims extracted from them.

    Each article is written with its claims in one transaction. The same
    content (or URL) ingested again adds nothing and is reported as a
    duplicate. A file that cannot be read is reported on one line and the
    others are still ingested; the exit code is then 1.

    [bold]Examples[/bold]

      claims ingest fixtures/articles

      claims ingest story.txt --published 2019-02-25 --outlet 越通社 --json
    """
    from claims.extract import load_article
    from claims.sources import SourceError, iter_article_paths
    from claims.store.db import resolve_url, session_scope
    from claims.store.repo import save_article, stored_events

    day = parse_day(published, "--published")
    targets = list(iter_article_paths(paths))
    if url and len(targets) > 1:
        raise UserError("--url names one article; give a single file with it")
    database = resolve_url(db)
    with session_scope(database) as session:
        known = stored_events(session)  # events dated by earlier articles, for 本次会晤-style deadlines
    results: list[dict[str, Any]] = []
    with progress(not json_out) as bar:
        task = bar.add_task("ingesting", total=len(targets))
        for path, problem in targets:
            bar.advance(task)
            if problem is not None:
                results.append({"path": str(path), "status": "failed", "error": str(problem)})
                error_line(str(problem))
                continue
            try:
                article, extracted, events = load_article(path, day, outlet, url, known, _lang(lang))
            except SourceError as exc:
                results.append({"path": str(path), "status": "failed", "error": str(exc)})
                error_line(str(exc))
                continue
            with session_scope(database) as session:
                outcome = save_article(session, article, extracted, events)
            if outcome.created:
                known.extend(events)
            entry = {"path": str(path), "article_id": outcome.article_id, "claims": outcome.claims,
                     "status": "stored" if outcome.created else "duplicate", "redated": outcome.redated}
            results.append(entry)
            if not json_out:
                if outcome.created:
                    redated = f"; dated {outcome.redated} earlier claims by its events" if outcome.redated else ""
                    typer.echo(f"stored   {path}: article {outcome.article_id}, {outcome.claims} claims{redated}")
                else:
                    typer.echo(f"skipped  {path}: already stored as article {outcome.article_id}")
    summary = {
        "stored": sum(r["status"] == "stored" for r in results),
        "duplicates": sum(r["status"] == "duplicate" for r in results),
        "failed": sum(r["status"] == "failed" for r in results),
        "claims": sum(r.get("claims", 0) for r in results),
        "articles": results,
    }
    if json_out:
        print_json(summary)
    else:
        typer.echo(
            f"{summary['stored']} stored, {summary['duplicates']} already stored, "
            f"{summary['failed']} failed; {summary['claims']} claims added"
        )
    if summary["failed"]:
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
    from claims.extract import load_article
    from claims.sources import SourceError, iter_article_paths

    day = parse_day(published, "--published")
    found: list[dict[str, Any]] = []
    failed = 0
    for path, problem in iter_article_paths(paths):
        if problem is not None:
            error_line(str(problem))
            failed += 1
            continue
        try:
            article, extracted, _events = load_article(path, day, lang=_lang(lang))
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
