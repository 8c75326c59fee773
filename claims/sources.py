"""Read source documents into :class:`SourceArticle` records: decode, split off page chrome, metadata.

Pure: no database. Errors are :class:`SourceError` with a one-line message that
names the file.

Text files may start with a front-matter block giving metadata::

    ---
    title: 特朗普宣布第二次美朝峰会日期
    published: 2019-02-10
    outlet: 星洲日报
    url: https://example.org/a/1
    lang: zh
    ---

Offsets (spans) of claims index the article's ``text``: the body after the
front matter, cut where the page chrome (teaser lists, "阅读全文", "热门新闻",
"更多" …) begins. Photo captions inside the story stay in the text but are
listed in ``excluded`` so the extractor skips them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claims.text import detect_lang

#: File extensions read as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt",)

#: Lines that start the chrome of a scraped page: everything from the first
#: one on is teasers, navigation or related stories, never the main story.
CHROME_MARKERS = (
    "热门新闻", "熱門新聞", "阅读全文", "閱讀全文", "更多", "更多新闻", "更多新聞", "相关新闻",
    "相關新聞", "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀", "猜你喜欢",
    "猜你喜歡", "热点推荐", "熱點推薦", "最新新闻", "最新新聞", "往期回顾", "編輯推薦", "编辑推荐",
    "热门", "熱門", "Related", "Related stories", "Related articles", "Read more", "More stories",
    "Most read", "Trending", "Recommended",
)
_MARKER_SET = {m.lower() for m in CHROME_MARKERS}

#: A line is a photo caption when it carries a credit or a picture marker.
_CAPTION_RE = re.compile(
    r"(^(?:图为|圖為|上图|上圖|下图|下圖)|图自|圖自|图片来源|圖片來源|图源|圖源|资料图|資料圖|图/|圖/|图：|圖：|（图|（圖|\(图|\(圖"
    r"|ảnh \d|摄$|攝$|摄）$|攝）$|\((左|右|中)\d?\)|（(左|右|中)\d?）|Photo:|PHOTO:|Photograph:)"
)

#: Editor's sign-off lines end the story: (责任编辑：…), 【编辑：…】
_SIGNOFF_RE = re.compile(r"^[（(【\[]?(责任编辑|責任編輯|编辑|編輯|责编|責編)[：:]")

_FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
#: An opening ``---`` line followed by a field this tool reads: front matter, whether or not it is closed.
_FRONT_MATTER_OPEN_RE = re.compile(r"\A\ufeff?---[ \t]*\n[ \t]*(?:published|title|outlet|url|lang)[ \t]*:", re.I)


class SourceError(Exception):
    """A source document cannot be read; the message names the file and the reason."""


@dataclass
class SourceArticle:
    """One article as read from its source, before extraction.

    ``text`` is the main story (verbatim); ``excluded`` lists (start, end)
    ranges of ``text`` that are captions; ``published`` may be None when
    neither the source nor the caller gives a date.
    """

    path: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str = "zh"
    encoding: str = "utf-8"
    excluded: list[tuple[int, int]] = field(default_factory=list)
    dateline: str | None = None
    author: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 hex digest of the main text with white space folded (for deduplication)."""
        folded = re.sub(r"\s+", "", self.text)
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoryLayout:
    """Where the main story ends in a page body, and which caption lines to skip."""

    main_end: int
    excluded: list[tuple[int, int]]


def _lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line
        offset += len(line)


def is_chrome_marker(line: str) -> bool:
    """True when a stripped line is a chrome label such as 阅读全文 or 热门新闻."""
    stripped = line.strip().strip("【】[]|·>»›:：").strip().lower()  # (相关阅读：)
    return stripped in _MARKER_SET


#: A line this long (characters) reads as prose, not a headline or teaser; our own threshold: headlines and
#: teasers in the gold sets' scraped pages run to 34 characters, their first story paragraphs to 48 or more.
PROSE_MIN_CHARS = 45


def _is_prose(line: str) -> bool:
    """A line of story text: long, or a sentence ended by its full stop (。 ！ . !) and more than a few words."""
    return len(line) >= PROSE_MIN_CHARS or (len(line) >= 12 and line.endswith(("。", "！", ".", "!", "。”", "。」")))


def split_main_story(body: str) -> StoryLayout:
    """Find the main story in a scraped page body.

    The story ends at the first chrome marker line (see :data:`CHROME_MARKERS`)
    or editor's sign-off after the story has begun; caption lines before it
    are ``excluded``. A marker above the story (热点推荐 under the headline,
    then teaser headlines) opens a block that is ``excluded`` up to the first
    line that reads as prose (:data:`PROSE_MIN_CHARS` characters or more, or
    ending a sentence), where the story begins. Returns offsets into
    ``body``; never raises.
    """
    main_end = len(body)
    excluded: list[tuple[int, int]] = []
    story_begun = False  # a paragraph of prose has been read
    in_block = False  # inside teasers under a marker above the story
    for offset, line in _lines_with_offsets(body):
        stripped = line.strip()
        if not stripped:
            continue
        span = (offset, offset + len(line.rstrip("\r\n")))
        prose = _is_prose(stripped)
        if is_chrome_marker(stripped) or _SIGNOFF_RE.match(stripped):
            if story_begun:
                main_end = offset
                break
            in_block = True
            excluded.append(span)
            continue
        if in_block and not prose:
            excluded.append(span)  # a teaser headline in the block above the story
            continue
        in_block = False
        if _CAPTION_RE.search(stripped):
            excluded.append(span)
            continue
        story_begun = story_begun or prose
    while main_end > 0 and body[main_end - 1].isspace():
        main_end -= 1
    return StoryLayout(main_end, excluded)


def parse_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` block of ``key: value`` lines from the body."""
    m = _FRONT_MATTER_RE.match(raw)
    if not m:
        return {}, raw.lstrip("\ufeff")
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip()
    return meta, raw[m.end() :]


def date_problem(value: str) -> str:
    """Why ``value`` is no date: not in ``YYYY-MM-DD`` form, or in it but no real day (2023-02-30)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()[:10]):
        return f"'{value}' is not a real day"
    return f"'{value}' is not a date in YYYY-MM-DD form"


#: The earliest publication date taken: 1900-01-01. No source this tool reads (news sites, feeds, scraped
#: pages) dates an article earlier; an earlier year is a typo (1800 for 2018) that would put every deadline
#: read from the article two centuries back and mark all its claims due.
EARLIEST_PUBLISHED = date(1900, 1, 1)


#: How far after today a publication date may be: a year (an article is not published in 3024; a
#: time-zone or embargo day ahead is fine).
LATEST_PUBLISHED_AHEAD_DAYS = 366


def published_problem(day: date) -> str | None:
    """Why ``day`` cannot be a publication date (before :data:`EARLIEST_PUBLISHED`, or more than
    :data:`LATEST_PUBLISHED_AHEAD_DAYS` after today), or None."""
    from datetime import timedelta

    if day < EARLIEST_PUBLISHED:
        return f"'{day.isoformat()}' is before {EARLIEST_PUBLISHED.isoformat()}; is the year mistyped?"
    if day > date.today() + timedelta(days=LATEST_PUBLISHED_AHEAD_DAYS):
        return f"'{day.isoformat()}' is more than a year after today; is the year mistyped?"
    return None


def parse_date(value: str, what: str = "date") -> date:
    """Parse ``YYYY-MM-DD``; raise :class:`SourceError` naming ``what`` otherwise (a publication date
    ``what`` ending in 'published' must also pass :func:`published_problem`)."""
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise SourceError(f"{what}: {date_problem(value)}") from None
    problem = published_problem(day) if what.endswith("published") else None
    if problem:
        raise SourceError(f"{what}: {problem}")
    return day


_DATELINE_RE = re.compile(
    r"^[\s(（【]*(?:[^\s()（）]{0,12}?社)?[^\s()（）。，,]{1,16}?"
    r"(?:(?P<year>\d{4})年)?(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日\s*(?:讯|訊|电|電)[)）】]?"
)


#: Datelines without a day: a Chinese paper's credit line (（新加坡讯）, 〔記者林宜君／台北報導〕, 【明報專訊】)
#: and English wire heads ("WASHINGTON, Jan 8 (Reuters) -", "CAPE CANAVERAL, Fla. (AP) —", "Jan 18 (Reuters) -").
_CREDIT_LINE_RE = re.compile(
    r"^\s*[（(【〔［]\s*[^\s()（）〔〕【】\[\]。，,]{1,20}?(?:讯|訊|报道|報導|报导|專訊|专讯|電|电)\s*[）)】〕］]")
_EN_WIRE_HEAD_RE = re.compile(
    r"^\s*(?:[A-Z][A-Z .'-]+(?:,\s*[A-Z][a-z]+\.?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+(?P<day>\d{1,2}))?"
    r"|[A-Z][a-z]{2,8}\.?\s+(?P<day2>\d{1,2}))\s*\((?:Reuters|AP|AFP|Bloomberg|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\)\s*[-–—]+")


def _without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given (start, end) spans cut out (e.g. the lines :func:`split_main_story` excludes)."""
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(text[at:start])
        at = max(at, end)
    kept.append(text[at:])
    return "".join(kept)


#: News agencies that sign their datelines (新华社北京3月5日电, 越通社河内——, "LONDON (Reuters) -"): (agency).
_WIRE_AGENCY_RE = re.compile(r"^\s*[（(]?(新华社|新華社|中新社|中新网|中新網|越通社|中央社|人民网|人民網|央视网|央視網|国际在线|國際在線)"
                             r"|\((Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|Bernama|AFP-JIJI)\)")


def wire_outlet(dateline: str) -> str | None:
    """The news agency a dateline is signed by (新华社北京3月5日电 → 新华社, "BEIJING (Reuters) -" → Reuters), or None."""
    m = _WIRE_AGENCY_RE.search(dateline)
    return (m.group(1) or m.group(2)) if m else None


def find_dateline(text: str) -> tuple[str, date | None, int | None] | None:
    """A dateline at the start of any of the first paragraphs: (text, full date if given, day if given).

    "(华盛顿9日讯)" gives day 9 only; "新华社北京2019年3月5日电" gives the full date;
    "（新加坡讯）", "〔記者林宜君／台北報導〕" and "CAPE CANAVERAL, Fla. (AP) —" give neither;
    "WASHINGTON, Jan 8 (Reuters) -" gives day 8.
    """
    lines = [line for line in text.splitlines() if line.strip()]  # (blank lines do not count)
    for line in lines[:6]:
        head = _EN_WIRE_HEAD_RE.match(line)
        if head:
            day = head.group("day") or head.group("day2")
            return head.group(0).strip(), None, int(day) if day else None
        credit = _CREDIT_LINE_RE.match(line)
        if credit and not _DATELINE_RE.search(line):
            return credit.group(0).strip(), None, None
        m = _DATELINE_RE.search(line)
        if m:
            day = int(m.group("day"))
            if m.group("year") and m.group("month"):
                try:
                    return m.group(0).strip(), date(int(m.group("year")), int(m.group("month")), day), day
                except ValueError:
                    return m.group(0).strip(), None, day
            return m.group(0).strip(), None, day
    return None


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM); raise :class:`SourceError` for binary or other encodings."""
    if b"\x00" in data[:4096]:
        raise SourceError(f"{path}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not valid UTF-8 (byte {exc.start}); save it as UTF-8") from None


def _guess_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 80 and line[-1] not in "。.!！?？;；":
                return line
            return None
    return None


def read_text_article(
    path: str | Path,
    *,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> SourceArticle:
    """Read one UTF-8 text article; metadata in front matter wins over the arguments.

    Raises :class:`SourceError` when the file is missing, unreadable, binary,
    not UTF-8, or holds no text.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    raw = decode(data, str(path))
    return read_text_bytes(raw, str(path), published=published, outlet=outlet, url=url)


def read_text_bytes(
    raw: str, path: str, *, published: date | None = None, outlet: str | None = None, url: str | None = None,
) -> SourceArticle:
    """An article from decoded text (front matter, main-story split, dateline); ``path`` labels errors."""
    meta, body = parse_front_matter(raw)
    if not meta and _FRONT_MATTER_OPEN_RE.match(raw):
        raise SourceError(f"{path}: front matter opened by '---' on line 1 has no closing '---' line")
    layout = split_main_story(body)
    text = body[: layout.main_end]
    if not text.strip():
        raise SourceError(f"{path}: no article text")
    lang = (meta.get("lang") or "").strip().lower().replace("_", "-")
    lang = lang.split("-", 1)[0] if re.fullmatch(r"(?:zh|en)-[a-z]{2,4}", lang) else lang  # zh-TW, zh-Hant, en-GB
    if lang and lang not in ("zh", "en"):
        raise SourceError(f"{path}: lang: '{meta['lang']}' is not supported (zh or en)")
    article = SourceArticle(
        path=str(path),
        text=text,
        title=meta.get("title") or _guess_title(text),
        outlet=meta.get("outlet") or outlet,
        url=meta.get("url") or url,
        lang=lang or detect_lang(text),
        excluded=layout.excluded,
    )
    if meta.get("published"):
        article.published = parse_date(meta["published"], f"{path}: published")
    # (a block of teasers above the story does not push its dateline out of reach)
    dateline = find_dateline(_without_spans(text, layout.excluded))
    if dateline:
        article.dateline = dateline[0]
        if article.outlet is None:
            article.outlet = wire_outlet(dateline[0])  # 新华社北京3月5日电 with no outlet given: 新华社
        if article.published is None and dateline[1] is not None:
            article.published = dateline[1]
    if article.published is None:
        article.published = published
    return article


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, SourceError | None]]:
    """Expand files and folders (recursively) into article files, sorted within a folder.

    Yields ``(path, None)`` for each article file and ``(path, SourceError)``
    for a path that does not exist or a folder with no article in it, so a
    caller can report it and go on.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                yield p, SourceError(f"{p}: no articles ({', '.join(ARTICLE_SUFFIXES)} files) in this folder")
            for f in found:
                yield f, None
        elif p.exists():
            yield p, None
        else:
            yield p, SourceError(f"{p}: no such file or folder")
