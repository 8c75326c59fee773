"""Readers for what users have: text files, saved web pages, JSON lines, RSS/Atom feeds, folders, stdin.

:func:`iter_items` turns paths (files, folders searched recursively with an
optional glob, ``-`` for stdin, ``http(s)://`` feed URLs) into :class:`Item`\\ s,
each an article or a one-line :class:`~claims.sources.SourceError` naming
where it came from; one bad file or line never stops the others.

The reader is chosen by content first, then extension: a JSON object per
line → JSONL; ``<rss``/``<feed``/``<rdf:RDF`` → feed; ``<html``/``<!doctype
html`` → HTML; else text (front matter, teaser split: :mod:`claims.sources`).

Refusals (:func:`check_bytes`), each with a one-line reason naming the file:
empty; larger than ``max_bytes`` (default :data:`MAX_BYTES`, 5 MB); binary
(image, PDF, archive, executable — by magic number); NUL bytes outside
UTF-16/32; no CJK or Latin letter in the decoded text.

Encodings (:func:`decode_bytes`): a BOM (UTF-8, UTF-16, UTF-32) decides; else
strict UTF-8; else charset-normalizer restricted to the encodings Chinese and
English news come in (:data:`CANDIDATE_ENCODINGS`; unrestricted it reads
short GBK text as Korean cp949). A page's declared charset is used only when
the detector has no answer: pages often declare the wrong one. The name of
the encoding used is stored on the article; the text is stored verbatim.

HTML (:func:`read_html`): chrome (nav, aside, header, footer, forms, and
blocks whose class or id says sidebar, related, recommend, hot, rank,
comment, share, breadcrumb, teaser, ad) is removed *before* the page reaches
the extractor (trafilatura); title, author, canonical URL and language come
from the page's metadata; the publication date only from publication
metadata (article:published_time, pubdate, JSON-LD datePublished, a
``<time>`` in the main content), never from sidebars or teasers.
"""

from __future__ import annotations

import io
import json
import logging
import re
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claims.sources import SourceArticle, SourceError, parse_date, read_text_bytes
from claims.text import detect_lang

MAX_BYTES = 5 * 1024 * 1024
#: charset-normalizer candidates (Python codec names); ordered by preference on ties.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "cp1252"]
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
#: (magic bytes, what) of files that are not articles.
MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF"), (b"PK\x03\x04", "a ZIP archive (or Office file)"), (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7z archive"), (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"),
    (b"BM", "a BMP image"), (b"RIFF", "a RIFF file (WebP, WAV, AVI)"), (b"ID3", "an MP3"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"), (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\xd0\xcf\x11\xe0", "an old Office file"), (b"SQLite format 3", "a SQLite database"),
)
_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff]")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_DECLARED_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
#: Words of a class or id (split at -, _ and spaces; compared whole, lower case) that mark page chrome.
CHROME_WORDS = frozenset("""sidebar side aside related relate recommend recommended hot hotnews rank ranking comment
    comments share sharing social breadcrumb breadcrumbs teaser teasers footer header nav navbar menu ad ads advert
    advertisement banner popular subscribe newsletter more morenews widget widgets toolbar topbar copyright""".split())


@dataclass
class Item:
    """One article to ingest (``article``) or one thing refused (``error``); ``label`` says where from."""

    label: str
    article: SourceArticle | None = None
    error: SourceError | None = None


def check_bytes(data: bytes, label: str, max_bytes: int = MAX_BYTES) -> None:
    """Refuse empty, oversized and binary inputs (see the module docstring); :class:`SourceError` otherwise."""
    if not data.strip():
        raise SourceError(f"{label}: empty file")
    if len(data) > max_bytes:
        raise SourceError(f"{label}: {_size(len(data))} is over the size limit of {_size(max_bytes)} (--max-size)")
    for magic, what in MAGIC:
        if data.startswith(magic):
            if magic == b"BM" and (len(data) < 14 or data[6:10] != b"\x00\x00\x00\x00"):
                continue  # "BMW集团…": a BMP header has four zero bytes after the size
            if magic == b"RIFF" and data[8:12].isascii() and not data[8:12].isalpha():
                continue
            raise SourceError(f"{label}: {what}, not an article")
    if b"\x00" in data and not any(data.startswith(bom) for bom, _ in _BOMS) and not _utf16_without_bom(data):
        raise SourceError(f"{label}: binary file (NUL bytes), not an article")


def _size(n: int) -> str:
    """A byte count for people: 5.0 MB, 10.2 KB, 300 bytes."""
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _utf16_without_bom(data: bytes) -> bool:
    sample = data[:2000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return len(sample) >= 4 and (even > 0.3 * len(sample) / 2 or odd > 0.3 * len(sample) / 2) and abs(even - odd) > 4


def decode_bytes(data: bytes, label: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) — see the module docstring. Raises :class:`SourceError` when no encoding fits."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise SourceError(f"{label}: starts with a {codec} mark but is not {codec} (byte {exc.start})") from None
    if b"\x00" in data and _utf16_without_bom(data):
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _LETTER_RE.search(text):
                return text, codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is not None and best.encoding:
        codec = "gb18030" if best.encoding in ("gb2312", "gbk") else best.encoding
        return data.decode(codec, errors="replace"), codec.replace("_", "-")
    if declared:
        codec = "gb18030" if declared.lower() in ("gb2312", "gbk") else declared
        try:
            return data.decode(codec), codec.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    raise SourceError(f"{label}: cannot tell its encoding (tried UTF-8, GB18030, Big5, UTF-16); save it as UTF-8")


def _require_letters(text: str, label: str) -> None:
    """Refuse a text with nothing the extractor reads, naming the script it is in when there is one."""
    if not _LETTER_RE.search(text):
        import unicodedata

        letters = [ch for ch in text if ch.isalpha()]
        script = unicodedata.name(letters[0], "").split(" ")[0].capitalize() if letters else ""
        found = f" ({script} letters only: claims reads Chinese and English)" if script else ""
        raise SourceError(f"{label}: no Chinese or Latin letters in the text{found}")


def read_text(data: bytes, label: str, published: date | None, outlet: str | None, url: str | None) -> SourceArticle:
    """A text article (front matter, teaser split)."""
    text, encoding = decode_bytes(data, label)
    _require_letters(text, label)
    article = read_text_bytes(text, label, published=published, outlet=outlet, url=url)
    _require_letters(article.text, label)  # the body, not the front matter's title and fields
    article.encoding = encoding
    return article


# --- HTML -------------------------------------------------------------------------------------------

#: Publication-date metadata, most specific first.
_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "parsely-pub-date",
              "sailthru.date", "cxenseparse:recs:publishtime", "dc.date", "date")


def _is_chrome_marker(text: str) -> bool:
    from claims.sources import is_chrome_marker

    return is_chrome_marker(text.strip())


def _strip_chrome(tree: Any) -> None:
    """Remove navigation, sidebars, related-news and footer blocks (see the module docstring)."""
    for element in tree.xpath("//nav|//aside|//footer|//header|//form|//script|//style|//noscript|//iframe"):
        if element.tag == "header" and element.getparent() is not None and element.getparent().tag == "article":
            continue  # an article's own header (title, byline) is content
        element.drop_tree()
    total = len(tree.text_content() or "") or 1
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        if element.getparent() is None:
            continue
        words = set(re.split(r"[-_\s]+", f"{element.get('class', '')} {element.get('id', '')}".lower())) - {""}
        first = next((c for c in element if isinstance(c.tag, str)), None)
        by_heading = (first is not None and first.tag in ("h1", "h2", "h3", "h4", "h5", "strong", "b", "span", "div", "p")
                      and _is_chrome_marker(first.text_content() or ""))
        if not (words & CHROME_WORDS or by_heading):
            continue
        inside_article = bool(element.xpath("ancestor::article|ancestor::main"))
        if len(element.text_content() or "") > 0.5 * total:
            continue  # most of the page: a layout wrapper, not a sidebar
        if inside_article and not by_heading and element.tag not in ("aside", "nav"):
            continue
        element.drop_tree()


def _meta_date(tree: Any) -> date | None:
    """The publication day from the page's metadata, most specific source first (:data:`_DATE_META`), then
    JSON-LD ``datePublished`` (``@graph`` too); ``itemprop`` only in the head, an article or main element."""
    found: dict[str, date] = {}
    for meta in tree.xpath("//meta[@content]"):
        if meta.get("itemprop") and not meta.xpath("ancestor::head|ancestor::article|ancestor::main"):
            continue  # microdata of a sidebar item
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        day = _iso_day(meta.get("content"))
        if key in _DATE_META and day and key not in found:
            found[key] = day
    for key in _DATE_META[:4]:
        if key in found:
            return found[key]
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        entries = data if isinstance(data, list) else [data]
        for entry in list(entries):
            if isinstance(entry, dict) and isinstance(entry.get("@graph"), list):
                entries.extend(entry["@graph"])
        for entry in entries:
            if isinstance(entry, dict):
                day = _iso_day(entry.get("datePublished"))
                if day:
                    return day
    return next((found[k] for k in _DATE_META if k in found), None)


def _iso_day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value) or re.match(r"\s*(\d{4})年(\d{1,2})月(\d{1,2})日", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_html(data: bytes, label: str, published: date | None = None, outlet: str | None = None,
              url: str | None = None) -> SourceArticle:
    """A saved web page: main text by trafilatura after the chrome is removed; metadata from the page."""
    import lxml.html
    import trafilatura

    declared = _DECLARED_RE.search(data[:4096])
    text, encoding = decode_bytes(data, label, declared.group(1).decode("ascii", "ignore") if declared else None)
    try:
        tree = lxml.html.fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:  # lxml raises several types for hopeless markup
        raise SourceError(f"{label}: not a readable HTML page ({exc})") from None
    meta_date = _meta_date(tree)
    title = (tree.xpath("string(//meta[@property='og:title']/@content)") or tree.xpath("string(//title)")).strip()
    canonical = tree.xpath("string(//link[@rel='canonical']/@href)").strip() or \
        tree.xpath("string(//meta[@property='og:url']/@content)").strip()
    author = tree.xpath("string(//meta[@name='author']/@content)").strip()
    site = tree.xpath("string(//meta[@property='og:site_name']/@content)").strip()
    lang = tree.xpath("string(/html/@lang)").strip().lower()
    _strip_chrome(tree)
    if meta_date is None:
        times = tree.xpath("//article//time/@datetime|//main//time/@datetime|//time[@itemprop='datePublished']/@datetime")
        meta_date = next((d for d in (_iso_day(t) for t in times) if d), None)
    for element in tree.xpath("//*[@class or @id]"):
        element.attrib.pop("class", None)  # the chrome is gone; the extractor's own name heuristics would
        element.attrib.pop("id", None)  # drop real text whose class merely contains "share" or "comment"
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    body = trafilatura.extract(cleaned, include_comments=False, include_tables=False, favor_precision=True,
                               deduplicate=True) or ""
    if not _LETTER_RE.search(body):  # a fragment too short for the extractor (a feed summary, a JSONL snippet)
        body = "\n".join(t.strip() for t in tree.xpath("//body//text()") if t.strip())
    _require_letters(body, label)
    article = read_text_bytes(body, label, published=published, outlet=outlet, url=url)
    article.title = title or article.title
    article.url = url or canonical or None
    article.outlet = outlet or site or None
    article.published = meta_date or published
    article.lang = "en" if lang.startswith("en") else ("zh" if lang.startswith("zh") else detect_lang(body))
    article.encoding = encoding
    article.author = author or None
    return article


# --- JSON lines and feeds -------------------------------------------------------------------------

JSONL_FIELDS = ("text", "html", "url", "title", "published", "outlet", "lang")
#: Half of a UTF-16 surrogate pair standing alone, which JSON's \u escapes can write but UTF-8 cannot encode.
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def read_jsonl(data: bytes, label: str, published: date | None, outlet: str | None) -> Iterator[Item]:
    """One article per line with :data:`JSONL_FIELDS` (``text`` or ``html`` required); a bad line is one Item error."""
    text, encoding = decode_bytes(data, label)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise SourceError(f"{where}: not a JSON object")
            unknown = set(record) - set(JSONL_FIELDS) - {"id", "author"}
            if unknown:
                raise SourceError(f"{where}: unknown fields {', '.join(sorted(unknown))}; use {', '.join(JSONL_FIELDS)}")
            wrong = [k for k in JSONL_FIELDS + ("author",) if record.get(k) is not None and not isinstance(record[k], str)]
            if wrong:
                raise SourceError(f"{where}: {', '.join(wrong)} must be text (a JSON string)")
            for key in JSONL_FIELDS + ("author",):
                lone = _LONE_SURROGATE_RE.search(record.get(key) or "")
                if lone:  # ("\ud800": valid JSON, but no character; the database could not store it)
                    raise SourceError(f"{where}: {key} holds a lone surrogate (\\u{ord(lone.group(0)):04x} at character "
                                      f"{lone.start() + 1}), which is no Unicode character; fix how the file was written")
            day = parse_date(record["published"], f"{where}: published") if record.get("published") else published
            if record.get("html") and not (record.get("text") or "").strip():
                article = read_html(str(record["html"]).encode("utf-8"), where, day, record.get("outlet") or outlet,
                                    record.get("url"))
            elif (record.get("text") or "").strip():
                article = read_text_bytes(str(record["text"]), where, published=day, outlet=record.get("outlet") or outlet,
                                          url=record.get("url"))
                _require_letters(article.text, where)
            else:
                raise SourceError(f"{where}: no 'text' or 'html'")
            article.title = record.get("title") or article.title
            if record.get("lang") in ("zh", "en"):
                article.lang = record["lang"]
            article.encoding = encoding
            yield Item(where, article)
        except json.JSONDecodeError as exc:
            yield Item(where, error=SourceError(f"{where}: not JSON ({exc.msg}, column {exc.colno})"))
        except SourceError as exc:
            yield Item(where, error=exc)
        except (ValueError, TypeError, AttributeError) as exc:  # never let one line stop the others
            yield Item(where, error=SourceError(f"{where}: cannot read this line ({type(exc).__name__}: {exc})"))


def _fetch(url: str, timeout: float = 20.0) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "claims (+https://example.org/claims)"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only, checked)
        return bytes(response.read(MAX_BYTES + 1))


def read_feed(data: bytes, label: str, outlet: str | None, fetch_pages: bool,
              published: date | None = None) -> Iterator[Item]:
    """Each entry of an RSS/Atom feed as an article: its page (fetched when ``fetch_pages``), else its content
    or summary; publication date from the entry, else ``published``. The feed's bytes are decoded like any
    other input (its declared encoding may be wrong) and given to the parser as UTF-8."""
    import feedparser

    text, encoding = decode_bytes(data, label)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", '<?xml version="1.0" encoding="utf-8"?>', text, count=1)
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")))
    if parsed.bozo and not parsed.entries:
        yield Item(label, error=SourceError(f"{label}: not a readable RSS/Atom feed ({parsed.bozo_exception})"))
        return
    site = parsed.feed.get("title") if parsed.get("feed") else None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{label} entry {number} ({entry.get('link')})" if entry.get("link") else f"{label} entry {number}"
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        day = date(*stamp[:3]) if stamp else published
        try:
            article = None
            link = entry.get("link") or ""
            if fetch_pages and link.startswith(("http://", "https://")):
                try:
                    article = read_html(_fetch(link), link, day, outlet or site, link)
                except (SourceError, OSError, ValueError):
                    article = None  # fall back to the feed's own content
            if article is None:
                content = entry.get("content") or []
                html = content[0].get("value") if content else entry.get("summary", "")
                if not html:
                    raise SourceError(f"{where}: feed entry has no content or summary")
                page = f"<html><head><title>{entry.get('title', '')}</title></head><body><article>{html}</article></body></html>"
                article = read_html(page.encode("utf-8"), link or where, day, outlet or site, link or None)
            article.published = day or article.published
            article.title = entry.get("title") or article.title
            article.url = link or article.url
            article.encoding = encoding
            yield Item(link or where, article)
        except SourceError as exc:
            yield Item(where, error=exc)


# --- dispatch ---------------------------------------------------------------------------------------


def sniff(data: bytes, suffix: str) -> str:
    """'jsonl', 'feed', 'html' or 'text' — by content first (see the module docstring), then extension."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{") and suffix not in TEXT_SUFFIXES + HTML_SUFFIXES and _first_line_is_object(data):
        return "jsonl"
    markup = head.startswith(b"<")
    if markup and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head) and b"<html" not in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and suffix in HTML_SUFFIXES):
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "text"


def _first_line_is_object(data: bytes) -> bool:
    try:
        first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].decode("utf-8")
        return isinstance(json.loads(first), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def read_bytes(data: bytes, label: str, suffix: str = "", published: date | None = None, outlet: str | None = None,
               url: str | None = None, max_bytes: int = MAX_BYTES, fetch_pages: bool = False) -> Iterator[Item]:
    """Every article in one input (a file's bytes, stdin, a fetched URL)."""
    try:
        check_bytes(data, label, max_bytes)
        kind = sniff(data, suffix)
        if kind == "jsonl":
            yield from read_jsonl(data, label, published, outlet)
        elif kind == "feed":
            yield from read_feed(data, label, outlet, fetch_pages, published)
        elif kind == "html":
            yield Item(label, read_html(data, label, published, outlet, url))
        else:
            yield Item(label, read_text(data, label, published, outlet, url))
    except SourceError as exc:
        yield Item(label, error=exc)


def expand(paths: Iterable[str], glob: str | None = None, *, warn: bool = True) -> Iterator[tuple[str, SourceError | None]]:
    """Files of folders (recursively; ``glob`` filters names, default: known article extensions), ``-`` and URLs.

    With ``warn``, files of other types skipped in a folder are logged once per folder (a count made
    beforehand passes False, so that the note is not printed twice)."""
    for raw in paths:
        if raw == "-" or raw.startswith(("http://", "https://")):
            yield raw, None
            continue
        p = Path(raw)
        if p.is_dir():
            files = [f for f in p.rglob(glob or "*") if f.is_file() and not f.name.startswith(".")]
            found = sorted(f for f in files if glob is not None or f.suffix.lower() in ARTICLE_SUFFIXES)
            chosen = set(found)
            others = sorted({f.suffix.lower() or "(none)" for f in files if f not in chosen})
            if others and warn:  # said once per folder, so that a file the user meant to include is not lost unseen
                logging.getLogger(__name__).warning(
                    "%s: skipped %d file(s) of other types (%s); name them directly or use --glob",
                    p, len(files) - len(found), ", ".join(others))
            if not found:
                yield raw, SourceError(f"{p}: no articles ({glob or ', '.join(ARTICLE_SUFFIXES)}) in this folder")
            for f in found:
                yield str(f), None
        elif p.exists():
            yield raw, None
        else:
            yield raw, SourceError(f"{p}: no such file or folder")


def printable_name(name: str) -> str:
    """A file name as text that can be stored and printed: bytes of the name that are not UTF-8 (a file named in
    GBK on a UTF-8 system reaches Python as lone surrogates, which no database or terminal accepts) become
    ``\\xNN`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def iter_items(paths: Iterable[str], *, glob: str | None = None, published: date | None = None,
               outlet: str | None = None, url: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every article (or refusal) in ``paths``, in order; never raises for one bad input."""
    for name, problem in expand(paths, glob):
        label = printable_name(name)  # (the file system's own bytes are kept for reading the file)
        if problem is not None:
            yield Item(label, error=SourceError(printable_name(str(problem))))
            continue
        if name == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            yield from read_bytes(data, "<stdin>", "", published, outlet, url, max_bytes)
            continue
        if name.startswith(("http://", "https://")):
            try:
                data = _fetch(name)
            except (OSError, ValueError) as exc:
                yield Item(name, error=SourceError(f"{name}: cannot fetch ({exc})"))
                continue
            yield from read_bytes(data, name, Path(name.split("?")[0]).suffix.lower(), published, outlet, name,
                                  max_bytes, fetch_pages=True)
            continue
        p = Path(name)
        try:
            size = p.stat().st_size
            if size > max_bytes:
                raise SourceError(f"{label}: {_size(size)} is over the size limit of {_size(max_bytes)} (--max-size)")
            data = p.read_bytes()
        except SourceError as exc:
            yield Item(label, error=exc)
            continue
        except OSError as exc:
            yield Item(label, error=SourceError(f"{label}: cannot read ({exc.strerror})"))
            continue
        yield from read_bytes(data, label, p.suffix.lower(), published, outlet, url, max_bytes)
