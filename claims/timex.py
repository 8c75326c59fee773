"""Time expressions (timexes) in Chinese and English news, resolved to spans of days.

A time expression denotes a span of days ``(start, end)`` resolved against the
article's publication date; a claim's deadline is the ``end`` of the expression
that governs it (DESIGN.md, "Deadline conventions").  Entry points:

* :func:`find_timexes` — every expression in a text, non-overlapping, in order.
* :func:`parse_deadline` — one user-typed deadline ("年底前", "next March").
* :func:`holiday_date` — Gregorian date of a named festival in a given year.

How it works: the text is folded one character for one character
(:func:`claims.numerals.normalize`: full-width → ASCII, Traditional →
Simplified), a table of regular-expression rules proposes candidates, the
leftmost-longest candidates win, and a last pass joins ranges ("周一至周三")
and times of day onto their dates.  Nothing here imports jieba; dateparser is
imported lazily only for numeric English dates such as ``3/19/2025``.

Conventions (each with its reasoning; :data:`CONVENTIONS` is the same table as
data, one entry per fuzzy word):

Direction
    A bare month, day or weekday is resolved by the clause around it
    (``direction="auto"``).  Cues before the expression (将/将于/定于/已/曾, will,
    said) win over cues after it (说/表示/宣布/了 → past, 将/计划/预计 → future),
    because in Chinese the adverb sits right before the time and in English the
    verb usually precedes "on Friday".  "…前"/"…内" and 最迟 force the future.
    Without any cue: a weekday or holiday → the next one on or after
    publication (news mostly announces); a bare day ``27日`` → the 27th of the
    publication month (never "27 days ago"); a month or month-day → the
    occurrence nearest to publication (a November article's "3月" is next
    March, a May article's "3月" is this March).
Whole periods
    明年, 今年10月, next month → the whole year or month; 下周 → Monday–Sunday of
    the next ISO week; 下周五 / next Friday → Friday of that week; 本周四 → Thursday
    of this week; last Friday → the latest Friday before publication.
Parts
    上旬/月初/early March 1–10; 中旬/mid-March 11–20; 下旬/月底/月末/late March
    21–last day.  年初/start of the year Jan 1–end Feb; 年中/mid-year Jun–Jul;
    年底/年末/end of the year December; 上半年 Jan–Jun; 下半年 Jul–Dec; 前三季度
    Jan–Sep; quarters are calendar quarters; 春季 Mar–May, 夏季 Jun–Aug, 秋季
    Sep–Nov, 冬季 Dec–Feb.  English "early <year>" is Jan 1–Apr 30 and "late
    <year>" Sep 1–Dec 31 (a third of the year each, wider than 年初/年底 because
    English uses them loosely).  本世纪中叶/mid-century → 2040–2060 (a ±10-year
    window around 2050, the usual reading of China's 2050 targets); 本世纪末 →
    2090–2100.
"By" deadlines
    …前/之前/以前, by, before, 最迟, no later than: start = publication, end =
    end of the named period, inclusive (4月底前 → Apr 30, 年底前 → Dec 31,
    2030年前 → Dec 31 2030, read as policy targets are).  Two exclusive cases:
    a whole month with 前/before (今年10月前 → Sep 30, "before October") and a
    holiday or event (春节前 → the day before 春节; 元旦前 → Dec 31).  English
    "by June" is inclusive (Jun 30).  When the period already ended before
    publication, start is None.
Durations
    From publication: 两年内/within two years → the same calendar date two
    years on; 三个月内/未来三个月 → three months on, clipped to the month's end;
    数周内/几周/a few weeks → 21 days; 数日内/未来几天/coming days → 7 days;
    数月/几个月/several months → 3 months; 数年/几年 → 3 years; 半年 → 6 months;
    hours round up to whole days; 年内 → Dec 31; 月内 → end of the month.
    N年后/in N years → the single day N years on; N年前/N years ago → the day N
    years back; 近N年/过去N年/past N years → that span ending at publication.
Later
    本月稍后/later this month → publication..end of month; 今年稍后/晚些时候 →
    ..Dec 31; 今年早些时候/earlier this year → Jan 1..publication.
Ranges
    2月27日至28日, 2月27日和28日, 本月6日至8日, March 19–20, 2019-2021年 → first to
    last day, kind "range"; a tail without year/month inherits them.
Open / vague
    …起/开始/from/starting/as of → start, no end ("open"); …后/after → open from
    the day after; …以来/since → start..publication ("range").  近期, 不久,
    尽快, 日后, 今后, soon, in the near future → "vague", no days.  Before an
    event (峰会前, before the summit) → "vague" with by=True: the extractor
    resolves events.
Time of day
    下午3点, 15时30分, 3 p.m. never change the day: joined onto an adjacent date
    (kind of that date), else the publication day (kind "time").
Holidays
    Lunar festivals via :mod:`lunardate`; 清明 by the solar-term formula
    ``floor(Y*0.2422 + C) - floor(Y/4)`` (C = 4.81 for 2000–2099, 5.59 for
    1900–1999); 除夕 is the day before 春节; 感恩节 the 4th Thursday of November.
Traps
    Numbers without a time unit (增长5.2%, 3000亿元, 27个项目, 第2次) never
    match; a four-digit year needs 年 (or an English preposition) and must lie in
    1900–2199; 27日 never reads as a count of days; 3号线/1号文件 are not days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from claims.numerals import (
    EN_NUMBER_WORDS,
    add_months,
    add_years,
    cn_int,
    en_int,
    monday_of,
    month_end,
    normalize,
    quarter_bounds,
    safe_date,
)

__all__ = ["CONVENTIONS", "Timex", "find_timexes", "holiday_date", "parse_deadline"]

KINDS = (
    "date", "range", "week", "month", "year", "part", "duration",
    "holiday", "weekday", "time", "vague", "open",
)

#: Every fuzzy word and the span it denotes (see the module docstring for why).
CONVENTIONS: dict[str, str] = {
    "上旬 / 月初 / early <month>": "days 1–10",
    "中旬 / mid-<month>": "days 11–20",
    "下旬 / 月底 / 月末 / late <month> / end of <month>": "day 21–last day",
    "年初 / start of <year>": "Jan 1–last day of Feb",
    "early <year>": "Jan 1–Apr 30",
    "年中 / mid-<year>": "Jun 1–Jul 31",
    "late <year>": "Sep 1–Dec 31",
    "年底 / 年末 / 年终 / end of <year> / year-end": "Dec 1–Dec 31",
    "上半年 / first half": "Jan 1–Jun 30",
    "下半年 / second half": "Jul 1–Dec 31",
    "前三季度": "Jan 1–Sep 30",
    "一/二/三/四季度, Q1–Q4": "calendar quarters",
    "春季 / 夏季 / 秋季 / 冬季": "Mar–May / Jun–Aug / Sep–Nov / Dec–Feb",
    "本世纪中叶 / mid-century": "2040-01-01–2060-12-31",
    "本世纪末": "2090-01-01–2100-12-31",
    "下周 / next week": "Monday–Sunday of the next ISO week",
    "下周五 / next Friday": "Friday of the next ISO week",
    "last Friday": "latest Friday before publication",
    "周末 / weekend": "Saturday–Sunday",
    "…前 / before <month>": "publication – last day before that month",
    "…前 / by <period>": "publication – end of the period (inclusive)",
    "<holiday>前 / before <holiday>": "publication – day before the holiday",
    "N年内 / within N years": "publication – same date N years on",
    "N个月内 / in the next N months": "publication – N months on (clipped)",
    "数周 / 几周 / a few weeks / coming weeks": "publication + 21 days",
    "数日 / 几天 / a few days / coming days": "publication + 7 days",
    "数月 / 几个月 / several months": "publication + 3 months",
    "数年 / 几年 / several years": "publication + 3 years",
    "半年": "publication + 6 months",
    "年内 / within the year": "publication – Dec 31",
    "月内": "publication – end of month",
    "本月稍后 / later this month": "publication – end of month",
    "今年稍后 / later this year": "publication – Dec 31",
    "今年早些时候 / earlier this year": "Jan 1 – publication",
    "N年后 / in N years": "the day N years after publication",
    "N年前 / N years ago": "the day N years before publication",
    "…起 / from / starting": "open: start only",
    "…以来 / since": "start – publication",
    "近期 / 不久 / 尽快 / 日后 / soon": "vague: no days",
    "峰会前 / before the summit": "vague, by=True (event resolved elsewhere)",
}


@dataclass(frozen=True)
class Timex:
    """One time expression: verbatim text, character span and the days it denotes."""

    text: str
    span: tuple[int, int]
    start: date | None
    end: date | None
    kind: str
    basis: str
    by: bool = False

    def to_json(self) -> dict:
        """JSON-ready dict with ISO dates (None stays None)."""
        return {
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "kind": self.kind,
            "basis": self.basis,
            "by": self.by,
        }


@dataclass
class _Cand:
    """A proposed expression before overlap resolution (mutable while joining)."""

    s: int
    e: int
    start: date | None
    end: date | None
    kind: str
    basis: str = "relative"
    by: bool = False
    attach_only: bool = False


@dataclass(frozen=True)
class _Ctx:
    text: str  # normalised
    pub: date
    direction: str


Span = tuple[date, date]
Handler = Callable[[re.Match, _Ctx], "_Cand | None"]

# --------------------------------------------------------------------- cues

_CLAUSE_END = re.compile(r"[，。；！？,;!?\n：:]")
_ZH_BEFORE = re.compile(
    r"(将|要|拟|定于|计划|预计|即将|准备|最迟|最晚|力争|争取|预定)"
    r"|(已|曾)"
)
_ZH_AFTER = re.compile(
    r"(将|计划|拟|预计|有望|即将|准备)"
    r"|(说|表示|宣布|称(?![为号])|指出|透露|发表|签署|通过了|会见|发布|公布|报道|了|强调|警告|回应"
    r"|告诉|批评|重申|证实|承认|否认|介绍|致电|抵达|出席|接受|召开了|发生|已)"
)
_EN_FUT = (
    r"will|would|'ll|shall|may|might|could|should|can|expected|scheduled|set to|due|plans?|planned|aims?|going to|"
    r"intends?|hopes?|upcoming|next|is to|are to|to be held"
)
_EN_PAST = (
    r"said|says|told|announced|reported|stated|confirmed|was|were|had|did|met|signed|warned|"
    r"added|noted|wrote|posted|tweeted|released|published|held|visited|ago|last|earlier|"
    r"revealed|declared|agreed|launched|issued|unveiled|took|came|began|ended|fell|rose|won|lost"
    r"|spoke|gave|left|arrived|\w+ed"
)
_EN_CUE = re.compile(rf"(?i)\b(?:({_EN_FUT})|({_EN_PAST}))\b")
_BY_SUFFIX = re.compile(
    r"(?:之前|以前|前)(?![往来进景任述期身线夕后者沿方途列茅锋三两一二几半])"
)
_WITHIN_SUFFIX = re.compile(r"(?:之内|以内|内)(?![容部阁地外政战涵心在存需燃瓦])")


def _lean(ctx: _Ctx, s: int, e: int) -> str | None:
    """'future', 'past' or None (no cue) for the expression at ``[s, e)``."""
    if ctx.direction in ("future", "past"):
        return ctx.direction
    t = ctx.text
    if _BY_SUFFIX.match(t, e) or _WITHIN_SUFFIX.match(t, e):
        return "future"
    if t.startswith("以来", e):
        return "past"
    if _is_english(t, s, e):
        return _lean_en(t, s, e)
    before = t[max(0, s - 4):s]
    hits = list(_ZH_BEFORE.finditer(before))
    if hits:
        return "future" if hits[-1].group(1) else "past"
    parts = _CLAUSE_END.split(t[e:e + 30], 2)
    clause = parts[0] if parts[0].strip() or len(parts) < 2 else parts[1]
    hit = _ZH_AFTER.search(clause)
    if hit:
        return "future" if hit.group(1) else "past"
    return None


def _is_english(t: str, s: int, e: int) -> bool:
    """True when the expression at ``[s, e)`` is written in English (no CJK in or before it)."""
    return not _CJK.search(t, max(0, s - 1), e)


def _lean_en(t: str, s: int, e: int) -> str | None:
    prefix = _EN_PREFIX.search(t[max(0, s - 32):s])
    if prefix and prefix.group(1).lower().split()[0] in _EN_BY_WORDS:
        return "future"
    before = re.split(r"[.;!?\n]|, (?=and|but)", t[max(0, s - 48):s])[-1]
    hits = [h for h in _EN_CUE.finditer(before)
            if h.group(1) or not re.search(r"\b(?:be|been|being)\s+$", before[:h.start()])]
    if hits:
        return "future" if hits[-1].group(1) else "past"
    clause = re.split(r"[.;!?\n]", t[e:e + 40], maxsplit=1)[0]
    hit = _EN_CUE.search(clause)
    if hit:
        return "future" if hit.group(1) else "past"
    return None


def _orient(options: list[Span], pub: date, lean: str | None, default: str) -> Span:
    """Pick one of chronologically ordered *options* by lean (or *default*)."""
    mode = lean or default
    if mode == "future":
        return next((o for o in options if o[1] >= pub), options[-1])
    if mode == "past":
        return next((o for o in reversed(options) if o[0] <= pub), options[0])
    if mode == "current":
        return options[len(options) // 2]

    def distance(o: Span) -> int:
        if o[0] <= pub <= o[1]:
            return 0
        return min(abs((o[0] - pub).days), abs((o[1] - pub).days))

    return min(reversed(options), key=distance)


# ------------------------------------------------------------ small helpers

def _month_span(year: int, month: int, part: str | None = None) -> Span:
    """Whole month, or a part of it: 'early' 1–10, 'mid' 11–20, 'late' 21–end."""
    last = month_end(year, month)
    if part in ("early", "start"):
        return date(year, month, 1), date(year, month, 10)
    if part == "mid":
        return date(year, month, 11), date(year, month, 20)
    if part in ("late", "end"):
        return date(year, month, 21), last
    if part == "h1":
        return date(year, month, 1), date(year, month, 15)
    if part == "h2":
        return date(year, month, 16), last
    return date(year, month, 1), last


_YEAR_PARTS: dict[str, tuple[int, int, int, int]] = {
    # part → (first month, first day, last month, last day or 0 for month end)
    "start": (1, 1, 2, 0), "early": (1, 1, 4, 0), "mid": (6, 1, 7, 0),
    "late": (9, 1, 12, 0), "end": (12, 1, 12, 0), "h1": (1, 1, 6, 0), "h2": (7, 1, 12, 0),
    "q123": (1, 1, 9, 0), "spring": (3, 1, 5, 0), "summer": (6, 1, 8, 0),
    "autumn": (9, 1, 11, 0), "q1": (1, 1, 3, 0), "q2": (4, 1, 6, 0), "q3": (7, 1, 9, 0),
    "q4": (10, 1, 12, 0),
}


def _year_span(year: int, part: str | None = None) -> Span:
    """Whole year or a named part of it (see ``_YEAR_PARTS``; 'winter' is Dec–Feb)."""
    if part == "winter":
        return date(year, 12, 1), month_end(year + 1, 2)
    if part in _YEAR_PARTS:
        m1, d1, m2, d2 = _YEAR_PARTS[part]
        return date(year, m1, d1), (date(year, m2, d2) if d2 else month_end(year, m2))
    return date(year, 1, 1), date(year, 12, 31)


def _week_span(pub: date, offset: int) -> Span:
    monday = monday_of(pub) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def _add(pub: date, n: float, unit: str) -> date:
    """*pub* moved forward (or back for negative *n*) by *n* units."""
    if unit == "year":
        whole = int(n)
        moved = add_years(pub, whole)
        return add_months(moved, round((n - whole) * 12)) if n != whole else moved
    if unit == "month":
        whole = int(n)
        moved = add_months(pub, whole)
        return moved + timedelta(days=round((n - whole) * 30)) if n != whole else moved
    days = {"week": 7 * n, "day": n, "hour": -(-n // 24) if n > 0 else n / 24,
            "workday": -(-n * 7 // 5)}[unit]
    return pub + timedelta(days=int(days))


def _y(text: str | None) -> int | None:
    """Year from an Arabic or Chinese numeral, within 1900–2199."""
    value = cn_int(text) if text else None
    return value if value is not None and 1900 <= value <= 2199 else None


# ------------------------------------------------------------ Chinese rules

_YNUM = r"(?:(?<![\d.])(?:19|20|21)\d{2}(?![\d.])|[一二][〇零○九][〇零○一二三四五六七八九]{2})"
_MNUM = r"(?:(?<![\d.])(?:1[0-2]|0?[1-9])(?![\d.])|十[一二]?|(?<![十\d])[一二三四五六七八九])"
_DNUM = (r"(?:(?<![\d.])(?:3[01]|[12]\d|0?[1-9])(?![\d.])|三十一?|二十[一二三四五六七八九]?"
         r"|十[一二三四五六七八九]?|(?<![十二三\d])[一二三四五六七八九])")
_YREL = {"大后年": 3, "大前年": -3, "今年": 0, "明年": 1, "去年": -1, "前年": -2,
         "后年": 2, "本年": 0, "来年": 1, "上一年": -1, "下一年": 1}
_MREL = {"本月": 0, "这个月": 0, "这月": 0, "下个月": 1, "下月": 1, "下下个月": 2,
         "上个月": -1, "上月": -1}
_YREL_RE = r"(?:大后年|大前年|今年|明年|去年|前年|(?<![最之以然])后年|本年|来年|上一年|下一年)"
_MREL_RE = r"(?:下下个月|本月|这个月|这月|下个月|下月|上个月|上月)"
_MPART = {"上旬": "early", "初": "early", "中旬": "mid", "下旬": "late", "底": "late", "末": "late"}
_MPART_RE = r"(?:上旬|中旬|下旬|初(?![步级衷心审选稿次])|底(?![线部层下气])|末(?![期尾端]))"
_DCONN = r"(?:至|到|-|—|–|~|、|和|及|与)"
_RCONN = r"(?:至|到|-|—|–|~)"


def _frag(x: str) -> str:
    """Chinese [year][month][day][part] with group names suffixed by *x*."""
    year = rf"(?:(?P<y{x}>{_YNUM})年(?![代级龄])|(?P<yr{x}>{_YREL_RE}))"
    month = rf"(?:(?P<m{x}>{_MNUM})月份?|(?P<mr{x}>{_MREL_RE}))"
    day = (rf"(?P<d{x}>{_DNUM})(?:[日号]?{_DCONN}(?P<dd{x}>{_DNUM}))?"
           r"[日号](?![元圆币线楼文机台院馆字令码位球])")
    first = r"(?=[\d〇零○一二三四五六七八九十两今明去前后本来上下这大])"
    return rf"{first}(?:{year})?(?:{month})?(?:{day})?(?P<mp{x}>{_MPART_RE})?"


def _resolve_ymd(m: re.Match, x: str, ctx: _Ctx, inherit: tuple[int, int] | None
                 ) -> tuple[Span, str, str, int, int] | None:
    """Resolve one fragment → (span, kind, basis, year, month)."""
    g = m.groupdict()
    pub = ctx.pub
    year = _y(g[f"y{x}"])
    basis = "explicit" if year else "relative"
    if year is None and g[f"yr{x}"]:
        year = pub.year + _YREL[g[f"yr{x}"]]
    month = cn_int(g[f"m{x}"]) if g[f"m{x}"] else None
    if g[f"mr{x}"]:
        moved = add_months(pub.replace(day=1), _MREL[g[f"mr{x}"]])
        year, month = moved.year, moved.month
    day = cn_int(g[f"d{x}"]) if g[f"d{x}"] else None
    day2 = cn_int(g[f"dd{x}"]) if g[f"dd{x}"] else None
    part = _MPART.get(g[f"mp{x}"] or "")
    if (month is None and day is None) or (part and month is None):
        return None
    if inherit:
        year = year if year is not None else inherit[0]
        month = month if month is not None else inherit[1]
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not (1 <= day <= 31 and (day2 is None or day < day2 <= 31)):
        return None
    if day is not None and day == 1 and g[f"d{x}"] == "一" and month is None:
        return None  # 一日游, 一日三餐
    kind = "range" if day2 else ("date" if day else ("part" if part else "month"))

    def span_in(y: int, mo: int) -> Span | None:
        if day is None:
            return _month_span(y, mo, part)
        first = safe_date(y, mo, day)
        last = safe_date(y, mo, day2) if day2 else first
        return (first, last) if first and last else None

    lean = _lean(ctx, m.start(), m.end())
    if month is None:  # bare day: the publication month unless the clause says otherwise
        base = date(year, pub.month, 1) if year else pub.replace(day=1)
        opts = [s for k in (-1, 0, 1) if (s := span_in(*_ym(add_months(base, k))))]
        if year is not None:
            opts = [s for s in opts if s[0].year == year] or opts
        if not opts:
            return None
        span = _orient(opts, pub, lean, "current")
    elif year is None:
        opts = [s for k in (-1, 0, 1) if (s := span_in(pub.year + k, month))]
        if not opts:
            return None
        span = _orient(opts, pub, lean, "nearest")
    else:
        found = span_in(year, month)
        if found is None:
            return None
        span = found
    return span, kind, basis, span[0].year, span[0].month


def _ym(d: date) -> tuple[int, int]:
    return d.year, d.month


def _h_ymd(m: re.Match, ctx: _Ctx) -> _Cand | None:
    got = _resolve_ymd(m, "a", ctx, None)
    if got is None:
        return None
    (start, end), kind, basis, _, _ = got
    return _Cand(m.start(), m.end(), start, end, kind, basis)


def _h_ymd_range(m: re.Match, ctx: _Ctx) -> _Cand | None:
    first = _resolve_ymd(m, "a", ctx, None)
    if first is None:
        return None
    second = _resolve_ymd(m, "b", ctx, (first[3], first[4]))
    if second is None:
        return None
    start, end = first[0][0], second[0][1]
    if end < start and not (m.group("yb") or m.group("yrb")):
        end = add_years(end, 1)
    if end < start:
        return None
    return _Cand(m.start(), m.end(), start, end, "range", first[2])


_YPART_CN = {
    "初": "start", "底": "end", "末": "end", "终": "end", "中": "mid",
    "上半年": "h1", "下半年": "h2", "前三季度": "q123", "前两季度": "h1",
    "春季": "spring", "春天": "spring", "夏季": "summer", "夏天": "summer",
    "秋季": "autumn", "秋天": "autumn", "冬季": "winter", "冬天": "winter",
}
_YPART_RE = (r"(?:初(?![步级衷心审选稿次])|底(?![线部层下气])|末(?![期])|终(?![于究点端身极])"
             r"|年初|年中|年底|年末|年终|上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度|[一二三四1-4]季(?![节])"
             r"|第[一二三四]季|[Qq][1-4](?![0-9])|春季|夏季|秋季|冬季|春天|夏天|秋天|冬天)")


def _ypart_key(token: str) -> str | None:
    if token in ("年初", "年中", "年底", "年末", "年终"):
        token = token[1]
    if token in _YPART_CN:
        return _YPART_CN[token]
    digit = re.search(r"[一二三四1-4]", token)
    if digit and ("季" in token or token[:1] in "Qq"):
        return f"q{cn_int(digit.group())}"
    return None


def _h_year(m: re.Match, ctx: _Ctx) -> _Cand | None:
    year = _y(m.group("y"))
    basis = "explicit" if year else "relative"
    if year is None:
        if not m.group("yr"):
            return None
        year = ctx.pub.year + _YREL[m.group("yr")]
    token = m.group("yp")
    part = _ypart_key(token) if token else None
    if token and part is None:
        return None
    start, end = _year_span(year, part)
    return _Cand(m.start(), m.end(), start, end, "part" if part else "year", basis)


def _h_ypart_bare(m: re.Match, ctx: _Ctx) -> _Cand | None:
    token = m.group("yp") or m.group("yq")
    part = _ypart_key(token)
    if part is None:
        return None
    if token.startswith("年"):  # 年初/年底 of the publication year
        start, end = _year_span(ctx.pub.year, part)
    else:
        start, end = _oriented_year_part(ctx, m, part)
    return _Cand(m.start(), m.end(), start, end, "part")


def _oriented_year_part(ctx: _Ctx, m: re.Match, part: str) -> Span:
    """A quarter, half or season without a year: this year's unless the clause says otherwise."""
    opts = [_year_span(ctx.pub.year + k, part) for k in (-1, 0, 1)]
    return _orient(opts, ctx.pub, _lean(ctx, m.start(), m.end()), "current")


def _h_mpart_bare(m: re.Match, ctx: _Ctx) -> _Cand | None:
    part = {"初": "early", "中": "mid", "底": "late", "末": "late"}[m.group("p")]
    start, end = _month_span(ctx.pub.year, ctx.pub.month, part)
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_year_range(m: re.Match, ctx: _Ctx) -> _Cand | None:
    first, last = _y(m.group("y1")), _y(m.group("y2"))
    if first is None or last is None or last <= first:
        return None
    return _Cand(m.start(), m.end(), date(first, 1, 1), date(last, 12, 31), "range", "explicit")


def _h_month_range(m: re.Match, ctx: _Ctx) -> _Cand | None:
    year = _y(m.group("y"))
    basis = "explicit" if year else "relative"
    if year is None and m.group("yr"):
        year = ctx.pub.year + _YREL[m.group("yr")]
    m1, m2 = cn_int(m.group("m1")), cn_int(m.group("m2"))
    if m1 is None or m2 is None or not 1 <= m1 < m2 <= 12:
        return None
    if year is None:
        lean = _lean(ctx, m.start(), m.end())
        opts = [(date(y, m1, 1), month_end(y, m2)) for y in range(ctx.pub.year - 1, ctx.pub.year + 2)]
        start, end = _orient(opts, ctx.pub, lean, "nearest")
    else:
        start, end = date(year, m1, 1), month_end(year, m2)
    return _Cand(m.start(), m.end(), start, end, "range", basis)


def _h_decade(m: re.Match, ctx: _Ctx) -> _Cand | None:
    if m.group("c"):
        year = (ctx.pub.year // 100 - 1) * 100 + (cn_int(m.group("c")) or 0)
    else:
        year = _y(m.group("y")) or 0
    if year % 10 or not 1900 <= year <= 2190:
        return None
    return _Cand(m.start(), m.end(), date(year, 1, 1), date(year + 9, 12, 31), "range", "explicit")


def _h_century(m: re.Match, ctx: _Ctx) -> _Cand | None:
    base = (ctx.pub.year // 100) * 100
    if m.group("n"):
        base = ((cn_int(m.group("n")) or 21) - 1) * 100
    if m.group("p") in ("中叶", "中期"):
        return _Cand(m.start(), m.end(), date(base + 40, 1, 1), date(base + 60, 12, 31), "part")
    return _Cand(m.start(), m.end(), date(base + 90, 1, 1), date(base + 100, 12, 31), "part")


_WKREL = {"下下周": 2, "下下个星期": 2, "上上周": -2, "本周": 0, "这周": 0, "这个星期": 0,
          "这星期": 0, "本星期": 0, "这礼拜": 0, "本礼拜": 0, "这个礼拜": 0, "下周": 1,
          "下个星期": 1, "下星期": 1, "下个礼拜": 1, "下礼拜": 1, "上周": -1, "上个星期": -1,
          "上星期": -1, "上个礼拜": -1, "上礼拜": -1}
_WKREL_RE = "|".join(sorted(_WKREL, key=len, reverse=True))
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
       "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}


def _weekday_span(pub: date, week: int, wd: str) -> Span:
    monday = monday_of(pub) + timedelta(weeks=week)
    if wd == "末":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    day = monday + timedelta(days=_WD[wd])
    return day, day


def _h_week_rel(m: re.Match, ctx: _Ctx) -> _Cand | None:
    offset = _WKREL[m.group("wk")]
    wd = m.group("wd")
    if wd is None:
        start, end = _week_span(ctx.pub, offset)
        return _Cand(m.start(), m.end(), start, end, "week")
    start, end = _weekday_span(ctx.pub, offset, wd)
    return _Cand(m.start(), m.end(), start, end, "weekday" if wd != "末" else "week")


def _h_weekday(m: re.Match, ctx: _Ctx) -> _Cand | None:
    wd = m.group("wd")
    lean = _lean(ctx, m.start(), m.end())
    opts = [_weekday_span(ctx.pub, k, wd) for k in (-1, 0, 1)]
    start, end = _orient(opts, ctx.pub, lean, "future")
    return _Cand(m.start(), m.end(), start, end, "weekday" if wd != "末" else "week")


_DAYWORDS = {"大后天": 3, "大前天": -3, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
             "后天": 2, "昨天": -1, "昨日": -1, "前天": -2, "今晚": 0, "明晚": 1, "昨晚": -1,
             "今早": 0, "明早": 1, "今晨": 0, "昨晨": -1, "今夜": 0, "昨夜": -1,
             "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
             "the day after tomorrow": 2, "the day before yesterday": -2}


def _h_dayword(m: re.Match, ctx: _Ctx) -> _Cand | None:
    day = ctx.pub + timedelta(days=_DAYWORDS[m.group("w").lower()])
    return _Cand(m.start(), m.end(), day, day, "date")


def _count(token: str, unit: str) -> float | None:
    """Count in a duration: numerals, 半, and vague 数/几/若干/a few (per unit)."""
    vague = {"day": 7, "week": 3, "month": 3, "year": 3, "hour": 24, "workday": 5}
    if token in ("数", "几", "若干", "a few", "few", "several", "some", "coming", "next few"):
        return vague[unit]
    if token in ("a couple of", "couple of", "一两", "两三"):
        return 2 if token != "两三" else 3
    if token in ("三五", "三四"):
        return 5 if token == "三五" else 4
    if token == "十几":
        return 15
    if token == "半":
        return 0.5
    value = cn_int(token)
    if value is None:
        value = en_int(token)
    return value


_CN_UNIT = {"年": "year", "个月": "month", "个多月": "month", "月": "month", "周": "week",
            "个星期": "week", "星期": "week", "个礼拜": "week", "礼拜": "week", "天": "day",
            "日": "day", "小时": "hour", "个小时": "hour", "个工作日": "workday",
            "工作日": "workday", "个半月": "month"}
_NX = r"(?:\d{1,3}|[一二三四五六七八九十两百]{1,3}|半|数|几|若干|十几)"
_CN_UNIT_RE = r"(?:个多月|个半月|个月|个星期|个礼拜|个小时|个工作日|工作日|年|周|星期|礼拜|天|日|小时)"


def _cn_duration(m: re.Match) -> tuple[float, str] | None:
    unit = _CN_UNIT[m.group("u")]
    token = m.group("n")
    if m.group("u") == "日" and token not in ("数", "几", "若干") and not token.isdigit() \
            and cn_int(token) is None:
        return None
    n = _count(token, unit)
    if n is None or n <= 0 or n > 1000:
        return None
    if m.group("u") == "个半月":
        n += 0.5
    return n, unit


def _h_dur_within(m: re.Match, ctx: _Ctx) -> _Cand | None:
    got = _cn_duration(m)
    if got is None:
        return None
    end = _add(ctx.pub, *got)
    suffix = m.group("suf") or ""
    return _Cand(m.start(), m.end(), ctx.pub, end, "duration", by="内" in suffix)


def _h_dur_after(m: re.Match, ctx: _Ctx) -> _Cand | None:
    got = _cn_duration(m)
    if got is None:
        return None
    day = _add(ctx.pub, *got)
    return _Cand(m.start(), m.end(), day, day, "duration")


def _h_dur_ago(m: re.Match, ctx: _Ctx) -> _Cand | None:
    got = _cn_duration(m)
    if got is None:
        return None
    day = _add(ctx.pub, -got[0], got[1])
    return _Cand(m.start(), m.end(), day, day, "duration")


def _h_within_period(m: re.Match, ctx: _Ctx) -> _Cand | None:
    unit = m.group("u")
    end = date(ctx.pub.year, 12, 31) if unit == "年" else month_end(ctx.pub.year, ctx.pub.month)
    return _Cand(m.start(), m.end(), ctx.pub, end, "duration", by=True)


_LATER_BASE = {"本月": "month0", "这个月": "month0", "今年": "year0", "本年": "year0",
               "本周": "week0", "这周": "week0", "下周": "week1", "下个月": "month1",
               "明年": "year1", "this month": "month0", "this year": "year0",
               "this week": "week0", "next week": "week1", "next month": "month1",
               "next year": "year1"}


def _base_span(key: str, pub: date) -> Span:
    unit, offset = key[:-1], int(key[-1])
    if unit == "year":
        return _year_span(pub.year + offset)
    if unit == "month":
        first = add_months(pub.replace(day=1), offset)
        return _month_span(first.year, first.month)
    return _week_span(pub, offset)


def _later_or_earlier(m: re.Match, ctx: _Ctx, base: str, later: bool) -> _Cand | None:
    start, end = _base_span(_LATER_BASE[base.lower()], ctx.pub)
    if later:
        start = max(start, ctx.pub)
    else:
        end = min(end, ctx.pub)
    if end < start:
        return None
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_later_cn(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _later_or_earlier(m, ctx, m.group("b"), "晚" in m.group("w") or "后" in m.group("w"))


_VAGUE_CN = (r"不久的将来|不久之后|不久后|近期内?|近日|近来|不久|尽快|尽早|早日|日后|今后|将来"
             r"|短期内|近年来|近几年来|未来(?=[，,将会])|即将")

# ------------------------------------------------------------------ holidays

_LUNAR = {"春节": (1, 1), "元宵节": (1, 15), "端午节": (5, 5), "七夕节": (7, 7),
          "中秋节": (8, 15), "重阳节": (9, 9), "腊八节": (12, 8)}
_SOLAR = {"元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12),
          "劳动节": (5, 1), "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1),
          "国庆节": (10, 1), "万圣节": (10, 31), "平安夜": (12, 24), "圣诞节": (12, 25)}
_ALIASES = {
    "春节": "春节", "农历新年": "春节", "中国新年": "春节", "spring festival": "春节",
    "lunar new year": "春节", "chinese new year": "春节", "元宵": "元宵节", "元宵节": "元宵节",
    "lantern festival": "元宵节", "端午": "端午节", "端午节": "端午节",
    "dragon boat festival": "端午节", "七夕": "七夕节", "七夕节": "七夕节", "中秋": "中秋节",
    "中秋节": "中秋节", "mid-autumn festival": "中秋节", "重阳": "重阳节", "重阳节": "重阳节",
    "腊八": "腊八节", "腊八节": "腊八节", "除夕": "除夕", "元旦": "元旦", "新年": "元旦",
    "new year's day": "元旦", "new year": "元旦", "国庆": "国庆节", "国庆节": "国庆节",
    "national day": "国庆节", "五一": "劳动节", "劳动节": "劳动节", "五一劳动节": "劳动节",
    "may day": "劳动节", "清明": "清明节", "清明节": "清明节", "qingming": "清明节",
    "圣诞": "圣诞节", "圣诞节": "圣诞节", "christmas": "圣诞节", "christmas day": "圣诞节",
    "平安夜": "平安夜", "christmas eve": "平安夜", "情人节": "情人节", "valentine's day": "情人节",
    "妇女节": "妇女节", "三八妇女节": "妇女节", "儿童节": "儿童节", "六一儿童节": "儿童节",
    "建军节": "建军节", "建党节": "建党节", "植树节": "植树节", "万圣节": "万圣节",
    "halloween": "万圣节", "感恩节": "感恩节", "thanksgiving": "感恩节",
}


def holiday_date(name: str, year: int) -> date | None:
    """Gregorian date of holiday *name* (Chinese, Traditional or English) in *year*.

    Lunar festivals (春节, 元宵节, 端午节, 七夕, 中秋节, 重阳节, 腊八) are converted
    with :mod:`lunardate`; 除夕 is the day before 春节; 清明 uses the solar-term
    formula in the module docstring; 感恩节 is the 4th Thursday of November.
    Returns None for an unknown name or a year outside lunardate's 1900–2099.
    """
    key = _ALIASES.get(normalize(name).strip().lower())
    if key is None:
        return None
    try:
        if key in _SOLAR:
            return date(year, *_SOLAR[key])
        if key == "感恩节":
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if key == "清明节":
            if not 1900 <= year <= 2099:
                return None
            yy = year % 100
            c = 4.81 if year >= 2000 else 5.59
            return date(year, 4, int(yy * 0.2422 + c) - yy // 4)
        from lunardate import LunarDate

        if key == "除夕":
            return LunarDate(year, 1, 1).to_solar_date() - timedelta(days=1)
        return LunarDate(year, *_LUNAR[key]).to_solar_date()
    except (ValueError, OverflowError, KeyError):
        return None


_HOLI_CN = (r"春节|除夕|农历新年|中国新年|元宵节|元宵(?=假期|期间|前|后|节|当天|晚会)|端午节|端午"
            r"|中秋节|中秋|国庆节|国庆(?=假期|长假|期间|前|后|黄金周|节|当天|\d|七|八)|元旦"
            r"|清明节|清明(?=假期|小长假|期间|前|后|当天|时节)|五一劳动节|劳动节"
            r"|五一(?=假期|长假|小长假|期间|前|后|黄金周)|七夕节|七夕|重阳节|重阳(?=前|后|当天)"
            r"|腊八节|圣诞节|圣诞(?=假期|期间|前|后|夜)|平安夜|情人节|三八妇女节|妇女节"
            r"|六一儿童节|儿童节|建军节|建党节|植树节|感恩节|万圣节|新年(?=前|之前|假期|期间|当天)")


def _h_holiday(m: re.Match, ctx: _Ctx) -> _Cand | None:
    name = m.group("h")
    year = _y(m.group("hy"))
    basis = "explicit" if year else "relative"
    if year is None and m.group("hyr"):
        year = ctx.pub.year + _YREL[m.group("hyr")]
    if year is not None:
        day = holiday_date(name, year)
        if day is None:
            return None
    else:
        lean = _lean(ctx, m.start(), m.end())
        days = [d for k in (-1, 0, 1) if (d := holiday_date(name, ctx.pub.year + k))]
        if not days:
            return None
        day = _orient([(d, d) for d in days], ctx.pub, lean, "nearest")[0]
    return _Cand(m.start(), m.end(), day, day, "holiday", basis)


def _h_event_cn(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), None, None, "vague", by=True)


def _h_vague(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), None, None, "vague")


_AP_CN = r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|晚间|夜间|早晨|清晨|深夜|午后|夜里)"
_HNUM = r"(?:(?<![\d.])(?:[01]?\d|2[0-4])(?![\d.])|[零一二三四五六七八九十两]{1,3})"


def _h_time_cn(m: re.Match, ctx: _Ctx) -> _Cand | None:
    unit, tail = m.group("u"), m.group("tail") or ""
    if not m.group("ap") and unit == "点" and not tail:
        return None  # 3点建议
    hour = cn_int(m.group("h"))
    if hour is None or hour > 24:
        return None
    return _Cand(m.start(), m.end(), ctx.pub, ctx.pub, "time")


def _h_ap_only(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), ctx.pub, ctx.pub, "time", attach_only=True)


# ------------------------------------------------------------ English rules

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MON = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_EYEAR = r"(?:19|20|21)\d{2}(?![\d%])"
_EN_REL = {"next": 1, "coming": 1, "the coming": 1, "following": 1, "the following": 1,
           "this": 0, "current": 0, "the current": 0, "the": 0,
           "last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1}
_EN_REL_RE = r"(?:the coming|the following|the current|the past|the previous|next|coming|this|last|past|previous|following|current)"


def _mon(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _en_month_day(m: re.Match, ctx: _Ctx, month: int) -> _Cand | None:
    day = int(m.group("d"))
    day2 = int(m.group("dd")) if m.group("dd") else None
    if day2 is not None and day2 <= day:
        return None
    year = _y(m.group("y"))

    def span_in(y: int) -> Span | None:
        first = safe_date(y, month, day)
        last = safe_date(y, month, day2) if day2 else first
        return (first, last) if first and last else None

    if year is not None:
        span = span_in(year)
    else:
        opts = [s for k in (-1, 0, 1) if (s := span_in(ctx.pub.year + k))]
        span = _orient(opts, ctx.pub, _lean(ctx, m.start(), m.end()), "nearest") if opts else None
    if span is None:
        return None
    return _Cand(m.start(), m.end(), span[0], span[1], "range" if day2 else "date",
                 "explicit" if year else "relative")


def _h_en_md(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _en_month_day(m, ctx, _mon(m.group("mon")))


def _h_en_month(m: re.Match, ctx: _Ctx) -> _Cand | None:
    token, rel, year = m.group("mon"), m.group("rel"), _y(m.group("y"))
    month = _mon(token)
    if token == "May" and not (rel or year or m.group("pre")):
        return None  # the modal verb, or Theresa May
    if year is not None:
        start, end = _month_span(year, month)
        return _Cand(m.start(), m.end(), start, end, "month", "explicit")
    opts = [_month_span(ctx.pub.year + k, month) for k in (-1, 0, 1, 2)]
    if rel:
        offset = _EN_REL[rel.lower()]
        mode = {1: "future", -1: "past", 0: "current"}[offset]
        if offset == 1:  # next March: strictly after the current month
            opts = [o for o in opts if o[0] > ctx.pub]
        elif offset == -1:
            opts = [o for o in opts if o[1] < ctx.pub]
        else:
            opts = [o for o in opts if o[0].year == ctx.pub.year]
        start, end = _orient(opts, ctx.pub, mode, mode)
    else:
        pre = (m.groupdict().get("pre") or "").lower().split()
        lean = "future" if pre and pre[0] in _EN_BY_WORDS else _lean(ctx, m.start(), m.end())
        start, end = _orient(opts[:3], ctx.pub, lean, "nearest")
    return _Cand(m.start(), m.end(), start, end, "month")


_EN_PART = {"early": "early", "mid": "mid", "middle": "mid", "late": "late", "end": "end",
            "close": "end", "start": "start", "beginning": "start", "turn": "start",
            "first half": "h1", "second half": "h2", "latter half": "h2"}


def _part_key(token: str) -> str:
    words = re.sub(r"(?i)^the\s+|\s+of$|[-\s]+$", "", token.strip()).lower()
    return _EN_PART[re.sub(r"\s+", " ", words)]


def _h_en_part(m: re.Match, ctx: _Ctx) -> _Cand | None:
    part = _part_key(m.group("pp"))
    target, rel, year = m.group("t"), m.group("rel"), _y(m.group("y"))
    offset = _EN_REL.get((rel or "").lower(), 0)
    basis = "relative"
    tl = target.lower()
    if tl == "century":
        return None if part != "mid" else _Cand(m.start(), m.end(), date(2040, 1, 1),
                                               date(2060, 12, 31), "part")
    if tl == "week":
        monday = monday_of(ctx.pub) + timedelta(weeks=offset)
        first, last = {"early": (0, 1), "start": (0, 1), "mid": (2, 3)}.get(part, (4, 6))
        return _Cand(m.start(), m.end(), monday + timedelta(days=first),
                     monday + timedelta(days=last), "part")
    if tl == "month":
        first = add_months(ctx.pub.replace(day=1), offset)
        start, end = _month_span(first.year, first.month, part)
    elif tl == "year" or re.fullmatch(r"\d{4}", target):
        y = _y(target) if target.isdigit() else (year or ctx.pub.year + offset)
        if y is None:
            return None
        basis = "explicit" if target.isdigit() or year else "relative"
        start, end = _year_span(y, part)
    else:
        month = _mon(target)
        if year is not None:
            y, basis = year, "explicit"
        elif rel and offset:
            y = ctx.pub.year + offset if (offset > 0) == (month <= ctx.pub.month) else ctx.pub.year
        else:
            opts = [(date(ctx.pub.year + k, month, 1), month_end(ctx.pub.year + k, month))
                    for k in (-1, 0, 1)]
            y = _orient(opts, ctx.pub, _lean(ctx, m.start(), m.end()), "nearest")[0].year
        start, end = _month_span(y, month, part)
    return _Cand(m.start(), m.end(), start, end, "part", basis)


def _h_en_rel_period(m: re.Match, ctx: _Ctx) -> _Cand | None:
    offset = _EN_REL[re.sub(r"\s+", " ", m.group("rel").lower())]
    unit = m.group("u").lower()
    pub = ctx.pub
    if unit == "week":
        start, end = _week_span(pub, offset)
        return _Cand(m.start(), m.end(), start, end, "week")
    if unit == "weekend":
        start, end = _weekday_span(pub, offset, "末")
        return _Cand(m.start(), m.end(), start, end, "week")
    if unit == "month":
        first = add_months(pub.replace(day=1), offset)
        start, end = _month_span(first.year, first.month)
        return _Cand(m.start(), m.end(), start, end, "month")
    if unit == "year":
        start, end = _year_span(pub.year + offset)
        return _Cand(m.start(), m.end(), start, end, "year")
    if unit == "quarter":
        q = (pub.month - 1) // 3 + offset
        year, q = pub.year + q // 4, q % 4 + 1
        start, end = quarter_bounds(year, q)
        return _Cand(m.start(), m.end(), start, end, "part")
    if unit == "decade":
        base = pub.year // 10 * 10 + 10 * offset
        return _Cand(m.start(), m.end(), date(base, 1, 1), date(base + 9, 12, 31), "range")
    season = "autumn" if unit == "fall" else unit
    year = pub.year + offset
    if season == "winter" and offset == 0 and pub.month <= 2:
        year -= 1
    start, end = _year_span(year, season)
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_en_season_year(m: re.Match, ctx: _Ctx) -> _Cand | None:
    year = _y(m.group("y"))
    if year is None:
        return None
    season = m.group("s").lower()
    start, end = _year_span(year, "autumn" if season == "fall" else season)
    return _Cand(m.start(), m.end(), start, end, "part", "explicit")


_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
           "4th": 4, "last": 4, "final": 4}


def _h_en_quarter(m: re.Match, ctx: _Ctx) -> _Cand | None:
    q = int(m.group("q")) if m.group("q") else _EN_ORD[m.group("o").lower()]
    year = _y(m.group("y"))
    basis = "explicit" if year else "relative"
    if year is None and not m.group("rel"):
        start, end = _oriented_year_part(ctx, m, f"q{q}")
        return _Cand(m.start(), m.end(), start, end, "part", basis)
    if year is None:
        year = ctx.pub.year + _EN_REL[m.group("rel").lower()]
    start, end = quarter_bounds(year, q)
    return _Cand(m.start(), m.end(), start, end, "part", basis)


def _h_en_half(m: re.Match, ctx: _Ctx) -> _Cand | None:
    year = _y(m.group("y"))
    basis = "explicit" if year else "relative"
    if year is None:
        rel = m.group("rel")
        year = ctx.pub.year + (_EN_REL[rel.lower()] if rel else 0)
    start, end = _year_span(year, "h1" if m.group("h").lower() in ("1", "first") else "h2")
    return _Cand(m.start(), m.end(), start, end, "part", basis)


def _h_en_year(m: re.Match, ctx: _Ctx) -> _Cand | None:
    year = _y(m.group("y"))
    if year is None:
        return None
    if m.group("s"):
        if year % 10:
            return None
        return _Cand(m.start("y"), m.end(), date(year, 1, 1), date(year + 9, 12, 31), "range",
                     "explicit")
    if m.group("y2"):
        last = _y(m.group("y2"))
        if last is None or last <= year:
            return None
        return _Cand(m.start("y"), m.end(), date(year, 1, 1), date(last, 12, 31), "range",
                     "explicit")
    start, end = _year_span(year)
    return _Cand(m.start("y"), m.end(), start, end, "year", "explicit")


def _h_iso(m: re.Match, ctx: _Ctx) -> _Cand | None:
    day = safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    if day is None or not 1900 <= day.year <= 2199:
        return None
    return _Cand(m.start(), m.end(), day, day, "date", "explicit")


def _h_en_weekday(m: re.Match, ctx: _Ctx) -> _Cand | None:
    wd = "一二三四五六日"[_WEEKDAYS.index(m.group("wd").lower())]
    rel = (m.group("rel") or "").lower()
    pub = ctx.pub
    if rel in ("next", "this", "coming"):
        start, end = _weekday_span(pub, 1 if rel == "next" else 0, wd)
        if rel == "coming" and start < pub:
            start, end = _weekday_span(pub, 1, wd)
    elif rel in ("last", "past"):
        day = pub - timedelta(days=(pub.weekday() - _WEEKDAYS.index(m.group("wd").lower()) - 1)
                              % 7 + 1)
        start, end = day, day
    else:
        opts = [_weekday_span(pub, k, wd) for k in (-1, 0, 1)]
        start, end = _orient(opts, pub, _lean(ctx, m.start(), m.end()), "future")
    return _Cand(m.start(), m.end(), start, end, "weekday")


def _en_unit(token: str) -> str:
    return token.lower().rstrip("s").replace("decade", "year")


def _en_count(m: re.Match) -> tuple[float, str] | None:
    unit = _en_unit(m.group("u"))
    n = _count(re.sub(r"\s+", " ", (m.groupdict().get("n") or "coming").lower()), unit)
    if n is None or n <= 0 or n > 1000:
        return None
    if m.group("u").lower().startswith("decade"):
        n *= 10
    return n, unit


def _h_en_dur(m: re.Match, ctx: _Ctx) -> _Cand | None:
    got = _en_count(m)
    if got is None:
        return None
    pre = m.group("pre").lower()
    nx = (m.group("nx") or "").lower()
    if nx in ("past", "last", "previous"):
        return _Cand(m.start(), m.end(), _add(ctx.pub, -got[0], got[1]), ctx.pub, "duration")
    if pre == "in" and not nx and m.groupdict().get("n") and m.group("n").lower() not in ("a few", "few",
                                                                                "several"):
        day = _add(ctx.pub, *got)  # "in two years": the day two years on
        return _Cand(m.start(), m.end(), day, day, "duration")
    return _Cand(m.start(), m.end(), ctx.pub, _add(ctx.pub, *got), "duration",
                 by=pre == "within")


def _h_en_ago(m: re.Match, ctx: _Ctx) -> _Cand | None:
    got = _en_count(m)
    if got is None:
        return None
    sign = -1 if m.group("w").lower() == "ago" else 1
    day = _add(ctx.pub, sign * got[0], got[1])
    return _Cand(m.start(), m.end(), day, day, "duration")


def _h_en_within_the(m: re.Match, ctx: _Ctx) -> _Cand | None:
    unit = m.group("u").lower()
    end = date(ctx.pub.year, 12, 31) if unit == "year" else month_end(ctx.pub.year, ctx.pub.month)
    return _Cand(m.start(), m.end(), ctx.pub, end, "duration", by=True)


def _h_en_later(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _later_or_earlier(m, ctx, f"{m.group('rel').lower()} {m.group('u').lower()}",
                             m.group("w").lower() == "later")


def _h_en_holiday(m: re.Match, ctx: _Ctx) -> _Cand | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    year = _y(m.group("y"))
    if year is None and m.group("rel"):
        year = ctx.pub.year + _EN_REL[m.group("rel").lower()]
    if year is not None:
        day = holiday_date(name, year)
    else:
        days = [d for k in (-1, 0, 1) if (d := holiday_date(name, ctx.pub.year + k))]
        day = _orient([(d, d) for d in days], ctx.pub, _lean(ctx, m.start(), m.end()),
                      "nearest")[0] if days else None
    if day is None:
        return None
    return _Cand(m.start(), m.end(), day, day, "holiday",
                 "explicit" if m.group("y") else "relative")


def _h_en_time(m: re.Match, ctx: _Ctx) -> _Cand | None:
    hour = int(m.group("h")) if m.group("h") else 12
    if hour > 24:
        return None
    return _Cand(m.start(), m.end(), ctx.pub, ctx.pub, "time")


def _h_en_ordinal_day(m: re.Match, ctx: _Ctx) -> _Cand | None:
    day = int(m.group("d"))
    opts = [s for k in (-1, 0, 1)
            if (s := _one(safe_date(*_ym(add_months(ctx.pub.replace(day=1), k)), day)))]
    if not opts:
        return None
    start, end = _orient(opts, ctx.pub, _lean(ctx, m.start(), m.end()), "current")
    return _Cand(m.start(), m.end(), start, end, "date")


def _one(day: date | None) -> Span | None:
    return (day, day) if day else None


_EN_EVENT = (r"summit|elections?|meetings?|talks|conference|visit|vote|games|olympics|congress"
             r"|session|plenum|referendum|inauguration|ceremony|negotiations|deadline|polls"
             r"|hearing|trial|launch|opening|tournament|world cup|g20|g7")
_EN_NUM = rf"(?:\d{{1,3}}|{EN_NUMBER_WORDS}|a few|a couple of|couple of|few|several)"
_EN_UNITS = r"(?:days?|weeks?|months?|years?|decades?|hours?)"


# ----------------------------------------------------------------- the table

def _rules() -> list[tuple[re.Pattern, Handler, str, bool]]:
    """(pattern, handler, trigger characters, is English) in priority order (earlier wins ties)."""
    cn: list[tuple[str, Handler]] = [
        (rf"{_frag('a')}{_RCONN}{_frag('b')}", _h_ymd_range),
        (_frag("a"), _h_ymd),
        (rf"(?:(?P<y>{_YNUM})年|(?P<yr>{_YREL_RE}))?(?P<m1>{_MNUM})(?:月份?)?{_RCONN}"
         rf"(?P<m2>{_MNUM})月份?", _h_month_range),
        (rf"(?P<y1>{_YNUM})年?{_RCONN}(?P<y2>{_YNUM})年(?![代级龄])", _h_year_range),
        (rf"(?:(?P<y>{_YNUM})年(?![代级龄])|(?P<yr>{_YREL_RE}))(?P<yp>{_YPART_RE})?", _h_year),
        (rf"(?<![今明去前后本来年\d〇零一二三四五六七八九])(?P<yp>年初|年底|年末|年终"
         r"|年中(?![国方美日欧俄英德法韩印企外资央共军东西南北]))"
         r"|(?P<yq>上半年|下半年|前三季度|第?[一二三四1-4]季度|第[一二三四]季)", _h_ypart_bare),
        (r"(?<![本下上这个\d一二三四五六七八九十])月(?P<p>初|中(?=旬)|底|末)", _h_mpart_bare),
        (r"(?:上世纪|20世纪)(?P<c>\d0|[一二三四五六七八九]十)年代|(?P<y>(?:19|20)\d0)年代",
         _h_decade),
        (r"(?:本世纪|(?P<n>21|二十一)世纪)(?P<p>中叶|中期|末)", _h_century),
        (rf"(?P<wk>{_WKREL_RE})(?:周|星期|礼拜)?(?P<wd>[一二三四五六日天]|末)?", _h_week_rel),
        (r"(?<![每上下本这个])(?:周|星期|礼拜)(?P<wd>[一二三四五六日天]|末)(?![年])", _h_weekday),
        (r"(?P<w>大后天|大前天|今天|今日|明天|明日|(?<![先最之以然落])后天(?![性的形])"
         r"|昨天|昨日|(?<![提之以])前天|今晚|明晚|昨晚|今早|明早|今晨|昨晨|今夜|昨夜)", _h_dayword),
        (rf"(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?(?P<suf>之内|以内|内)"
         r"(?![容部阁地外政战涵心在存需燃])", _h_dur_within),
        (rf"(?:未来|今后|接下来|此后|往后)的?(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?"
         r"(?P<suf>之内|以内|内|里|中|间|当中)?", _h_dur_within),
        (rf"(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?(?:之后|以后|后)(?![来者续面方勤卫果期台座])",
         _h_dur_after),
        (rf"(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?(?:之前|以前|前)(?![往来进景任述期身提线夕后者])",
         _h_dur_ago),
        (rf"(?:过去|近|最近)的?(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})(?:来|以来|里|中|间)?"
         rf"|(?P<n2>{_NX})(?P<u2>{_CN_UNIT_RE})(?:来|以来)", _h_dur_past_any),
        (r"(?<![今明去前后本来\d〇零一二三四五六七八九两几数个半多])(?P<u>年|月)内"
         r"(?![容部阁地外政战涵心在存需燃])", _h_within_period),
        (r"(?P<b>本月|这个月|今年|本年|本周|这周|下周|下个月|明年)"
         r"(?P<w>稍后|晚些时候|晚些|晚点|晚期|稍早|早些时候|早些)", _h_later_cn),
        (rf"(?:(?P<hy>{_YNUM})年|(?P<hyr>{_YREL_RE}))?(?P<h>{_HOLI_CN})"
         r"(?:假期|长假|小长假|黄金周|期间|当天|当日)?", _h_holiday),
        (r"(?:峰会|会议|大会|选举|大选|会谈|访问|投票|奥运会|冬奥会|亚运会|世界杯|两会|阅兵|谈判|全会"
         r"|公投|就职典礼|进博会|换届)(?:召开|举行|开幕|结束)?(?:之前|以前|前)"
         r"(?![往来进景任述期身提线夕后者])", _h_event_cn),
        (_VAGUE_CN, _h_vague),
        (rf"(?P<ap>{_AP_CN}|晚|早)?(?P<h>{_HNUM})(?P<u>[点时])(?P<tail>(?:\d{{1,2}}|[零一二三四五六七八九十]{{1,3}})分"
         r"|半|整|许|左右|多|\d{2}分?)?", _h_time_cn),
        (rf"(?P<ap>{_AP_CN}|晚|早)", _h_ap_only),
    ]
    en: list[tuple[str, Handler]] = [
        (r"(?<![\d./])(?P<y>(?:19|20|21)\d{2})[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d/])",
         _h_iso),
        (rf"\b(?:{_WDAY},?\s+)?(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}}){_ORD}(?![\d:])"
         rf"(?:\s*(?:-|–|—|to|and|through)\s*(?P<dd>\d{{1,2}}){_ORD}(?![\d:]))?"
         rf"(?:,?\s+(?P<y>{_EYEAR}))?", _h_en_md),
        (rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}(?:\s*(?:-|–|—|to|and)\s*(?P<dd>\d{{1,2}}){_ORD})?"
         rf"\s+(?:of\s+)?(?P<mon>{_MON})\.?(?:,?\s+(?P<y>{_EYEAR}))?", _h_en_md),
        (rf"\b(?P<pp>(?:the\s+)?(?:start|beginning|middle|end|close|turn|first half|second half"
         rf"|latter half)\s+of|early|mid|middle|late|end)[-\s]+(?:(?P<rel>{_EN_REL_RE}|the)\s+)?"
         rf"(?P<t>{_MON}|year|month|week|century|{_EYEAR})(?:\s+(?P<y>{_EYEAR}))?", _h_en_part),
        (r"\b(?:the\s+)?year[-\s]end\b|\bend[-\s]of[-\s]year\b", _h_en_year_end),
        (rf"\b(?:(?P<pre>in|by|since|before|until|till|from|of|during|through|after|"
         rf"around|between|ahead of|starting|beginning)\s+)?(?:(?P<rel>{_EN_REL_RE})\s+)?"
         rf"(?P<mon>{_MON})(?:\s+(?:of\s+)?(?P<y>{_EYEAR}))?", _h_en_month_pre),
        (rf"\b(?P<rel>{_EN_REL_RE})\s+(?P<u>week|weekend|month|year|quarter|decade|spring|summer"
         r"|autumn|fall|winter)\b", _h_en_rel_period),
        (rf"\b(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>{_EYEAR})",
         _h_en_season_year),
        (rf"\b(?:the\s+)?(?:(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
         rf"|Q(?P<q>[1-4]))\b(?:\s+(?:of\s+)?(?:(?P<rel>{_EN_REL_RE})\s+year|(?P<y>{_EYEAR})))?",
         _h_en_quarter),
        (rf"\b(?:H(?P<hh>[12])\s+(?P<yy>{_EYEAR}))", _h_en_hyear),
        (rf"\b(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+(?:(?P<rel>{_EN_REL_RE})\s+year"
         rf"|(?P<y>{_EYEAR}))", _h_en_half),
        (rf"\b(?P<w>later|earlier)\s+(?P<rel>this|next)\s+(?P<u>week|month|year)\b", _h_en_later),
        (rf"(?:\b(?:in|by|since|before|until|till|from|of|for|during|through|after|to|and"
         rf"|or|between|around|than|year|fiscal|circa|the)\s+|^)(?P<y>{_EYEAR})(?P<s>s)?"
         rf"(?:\s*(?:-|–|—|to|through)\s*(?P<y2>{_EYEAR}))?(?![\d,.]\d)", _h_en_year),
        (rf"\b(?:(?P<rel>next|last|this|coming|past)\s+)?(?P<wd>{_WDAY})\b", _h_en_weekday),
        (r"\b(?P<w>the day after tomorrow|the day before yesterday|today|tonight|tomorrow"
         r"|yesterday)\b", _h_dayword),
        (rf"\b(?P<pre>within|in|over|during)\s+(?:the\s+)?(?:(?P<nx>next|coming|following|past"
         rf"|last|previous)\s+)?(?P<n>{_EN_NUM})\s+(?P<u>{_EN_UNITS})\b", _h_en_dur),
        (rf"\b(?P<pre>within|in|over|during)\s+the\s+(?P<nx>coming|next few|next couple of"
         rf"|coming few)\s+(?P<u>{_EN_UNITS})\b", _h_en_dur),
        (rf"\b(?P<n>{_EN_NUM})\s+(?P<u>{_EN_UNITS})\s+(?P<w>ago|from now|later|hence)\b",
         _h_en_ago),
        (r"\bwithin\s+the\s+(?P<u>year|month)\b", _h_en_within_the),
        (rf"\b(?:(?P<rel>this|next|last)\s+|(?P<y>{_EYEAR})\s+)?(?P<h>Christmas Eve|Christmas Day"
         r"|Christmas|New Year's Day|New Year|Lunar New Year|Chinese New Year|Spring Festival"
         r"|Mid-Autumn Festival|Dragon Boat Festival|Lantern Festival|National Day|May Day"
         r"|Thanksgiving|Halloween|Valentine's Day)\b", _h_en_holiday),
        (rf"\b(?:by|before|ahead of|prior to)\s+(?:the|a|an|this|next|its|their|his|her)\s+"
         rf"(?:[A-Za-z0-9'-]+\s+){{0,3}}?(?:{_EN_EVENT})\b", _h_event_cn),
        (r"\b(?:in the near future|as soon as possible|in due course|before long|sooner or later"
         r"|at an early date|shortly|(?<!as )soon(?! as\b)|in the coming period)\b", _h_vague),
        (r"\b(?:at\s+)?(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
         r"|\bat\s+(?P<h24>[01]?\d|2[0-3]):[0-5]\d\b|\bat\s+(?:noon|midnight)\b", _h_en_time),
        (r"\bthis\s+(?:morning|afternoon|evening)\b", _h_en_this_part_of_day),
        (r"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b", _h_en_ordinal_day),
    ]
    triggers = _triggers()
    return ([(re.compile(p), h, triggers.get(h, ""), False) for p, h in cn]
            + [(re.compile(p, re.I), h, "", True) for p, h in en])


def _triggers() -> dict[Handler, str]:
    """A Chinese rule runs only when the text holds one of its characters (speed)."""
    return {
    _h_ymd_range: "月日号", _h_ymd: "月日号", _h_month_range: "月", _h_year_range: "年",
    _h_year: "年", _h_ypart_bare: "年季", _h_mpart_bare: "月", _h_decade: "代",
    _h_century: "纪", _h_week_rel: "周星礼", _h_weekday: "周星礼", _h_dayword: "天日晚早晨夜",
    _h_dur_within: "年月周星礼天日时", _h_dur_after: "年月周星礼天日时",
    _h_dur_ago: "年月周星礼天日时", _h_dur_past_any: "年月周星礼天日时", _h_within_period: "内",
    _h_later_cn: "稍晚早", _h_holiday: "节春夕元端中国清五七重腊圣平情妇六儿建植感万新",
    _h_event_cn: "前", _h_time_cn: "点时", _h_ap_only: "午晚早凌夜傍清深",
}


def _h_dur_past_any(m: re.Match, ctx: _Ctx) -> _Cand | None:
    if m.group("n2"):
        fake = {"n": m.group("n2"), "u": m.group("u2")}
        got = _cn_duration_groups(fake["n"], fake["u"])
    else:
        got = _cn_duration_groups(m.group("n"), m.group("u"))
    if got is None:
        return None
    return _Cand(m.start(), m.end(), _add(ctx.pub, -got[0], got[1]), ctx.pub, "duration")


def _cn_duration_groups(token: str, unit_token: str) -> tuple[float, str] | None:
    unit = _CN_UNIT[unit_token]
    if unit_token == "日" and token not in ("数", "几", "若干") and cn_int(token) is None:
        return None
    n = _count(token, unit)
    if n is None or n <= 0 or n > 1000:
        return None
    return (n + 0.5 if unit_token == "个半月" else n), unit


def _h_en_year_end(m: re.Match, ctx: _Ctx) -> _Cand | None:
    start, end = _year_span(ctx.pub.year, "end")
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_en_month_pre(m: re.Match, ctx: _Ctx) -> _Cand | None:
    cand = _h_en_month(m, ctx)
    if cand is not None:  # keep "next March"; leave a bare preposition outside the text
        cand.s = m.start("rel") if m.group("rel") else m.start("mon")
    return cand


def _h_en_hyear(m: re.Match, ctx: _Ctx) -> _Cand | None:
    year = _y(m.group("yy"))
    if year is None:
        return None
    start, end = _year_span(year, "h1" if m.group("hh") == "1" else "h2")
    return _Cand(m.start(), m.end(), start, end, "part", "explicit")


def _h_en_this_part_of_day(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), ctx.pub, ctx.pub, "date")


# ---------------------------------------------------------------- the engine

_RULES: list[tuple[re.Pattern, Handler, str, bool]] | None = None
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z0-9]")
_LETTER = re.compile(r"[A-Za-z]")
_AFFIX_KINDS = {"date", "range", "week", "month", "year", "part", "holiday", "weekday"}
_ZH_BY_PREFIX = re.compile(r"(?:最迟于?|最晚于?|最迟在|最晚在|不晚于|不迟于|截至|截止到|截止于?)$")
_ZH_OPEN_SUFFIX = re.compile(r"起|开始|以后|之后|后(?![来者续面方勤卫果期台座])|以来|前夕")
_EN_PREFIX = re.compile(
    r"(?i)\b(by|before|no later than|not later than|ahead of|prior to|from|starting(?: from| on"
    r"| in)?|beginning(?: on| in)?|as of|effective|since|after)\s+(?:the\s+)?$")
_EN_BY_WORDS = ("by", "before", "no", "not", "ahead", "prior")
_EN_OPEN_SUFFIX = re.compile(r"(?i)\s+(?:onwards?|and beyond)\b")


def _compiled() -> list[tuple[re.Pattern, Handler, str, bool]]:
    global _RULES
    if _RULES is None:
        _RULES = _rules()
    return _RULES


def _candidates(ctx: _Ctx) -> list[tuple[_Cand, int]]:
    t = ctx.text
    has_cjk = bool(_CJK.search(t))
    has_latin = bool(_LATIN.search(t)) and (not has_cjk or bool(_LETTER.search(t)))
    found: list[tuple[_Cand, int]] = []
    for index, (pattern, handler, trigger, english) in enumerate(_compiled()):
        if (english and not has_latin) or (not english and not has_cjk):
            continue
        if trigger and not any(ch in t for ch in trigger):
            continue
        for m in pattern.finditer(t):
            if m.end() == m.start():
                continue
            try:
                cand = handler(m, ctx)
            except (ValueError, OverflowError, KeyError, IndexError):
                cand = None
            if cand is not None and cand.e > cand.s:
                found.append((_affix(cand, ctx), index))
    return found


def _set_by(c: _Cand, pub: date, exclusive: bool) -> None:
    if c.start is None or c.end is None:
        return
    end = c.start - timedelta(days=1) if exclusive and c.kind in ("month", "holiday") else c.end
    c.start, c.end, c.by = (pub if pub <= end else None), end, True


def _set_open(c: _Cand, word: str, pub: date) -> None:
    if c.start is None or c.end is None:
        return
    if word in ("以来", "since"):
        c.end = pub if pub >= c.start else None
        c.kind = "range" if c.end else "open"
    elif word in ("以后", "之后", "后", "after"):
        c.start, c.end, c.kind = c.end + timedelta(days=1), None, "open"
    elif word == "前夕":
        c.start = c.end = c.start - timedelta(days=1)
    else:
        c.end, c.kind = None, "open"


def _affix(c: _Cand, ctx: _Ctx) -> _Cand:
    """Fold "by"/"from"/"since" words around *c* into it (text and days)."""
    if c.kind not in _AFFIX_KINDS or c.start is None:
        return c
    t = ctx.text
    if _is_english(t, c.s, c.e):
        pre = _EN_PREFIX.search(t[max(0, c.s - 32):c.s])
        if pre:
            word = pre.group(1).lower().split()[0]
            c.s -= len(pre.group(0))
            if word in _EN_BY_WORDS:
                _set_by(c, ctx.pub, word != "by" and word != "no" and word != "not")
            else:
                _set_open(c, word, ctx.pub)
        elif (suf := _EN_OPEN_SUFFIX.match(t, c.e)) and c.end is not None:
            c.e = suf.end()
            _set_open(c, "from", ctx.pub)
        return c
    pre = _ZH_BY_PREFIX.search(t, max(0, c.s - 4), c.s)
    if by := _BY_SUFFIX.match(t, c.e):
        c.e = by.end()
        _set_by(c, ctx.pub, exclusive=True)
    elif within := _WITHIN_SUFFIX.match(t, c.e):
        c.e = within.end()
        _set_by(c, ctx.pub, exclusive=False)
    elif opened := _ZH_OPEN_SUFFIX.match(t, c.e):
        c.e = opened.end()
        if opened.group() in ("起", "开始", "以来") and c.s > 0 and t[c.s - 1] in "自从":
            c.s -= 1 + (c.s > 1 and t[c.s - 2:c.s] == "自从")
        _set_open(c, opened.group(), ctx.pub)
    if pre and c.kind in _AFFIX_KINDS | {"open"}:
        c.s = pre.start()
        if not c.by:
            _set_by(c, ctx.pub, exclusive=False)
    return c


def _select(found: list[tuple[_Cand, int]]) -> list[_Cand]:
    """Leftmost-longest non-overlapping candidates; earlier rules win ties."""
    chosen: list[_Cand] = []
    last = 0
    for cand, _ in sorted(found, key=lambda ci: (ci[0].s, ci[0].s - ci[0].e, ci[1])):
        if cand.s >= last:
            chosen.append(cand)
            last = cand.e
    return chosen


_JOIN_RANGE = re.compile(r"\s*(?:至|到|-|–|—|~|to|through|until|and)\s*$", re.I)
_JOIN_TIME = re.compile(r"[\s,，]*(?:当地时间|北京时间|at)?\s*$", re.I)
_JOIN_TIME_BEFORE = re.compile(r"\s*(?:on)?\s*$", re.I)
_SINGLE_DAY = {"date", "weekday", "holiday"}


def _single(c: _Cand) -> bool:
    return c.kind in _SINGLE_DAY and c.start is not None and c.start == c.end and not c.by


def _join(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """Join weekday/date ranges and times of day onto adjacent dates."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        gap = ctx.text[prev.e:c.s] if prev else ""
        if prev and c.kind == "time" and _single(prev) and _JOIN_TIME.fullmatch(gap):
            prev.e = c.e
            continue
        if prev and prev.kind == "time" and _single(c) and _JOIN_TIME_BEFORE.fullmatch(gap):
            c.s = prev.s
            out[-1] = c
            continue
        if (prev and _single(prev) and _single(c) and prev.kind == c.kind == "weekday"
                and _JOIN_RANGE.fullmatch(gap) and prev.start and c.end and c.end > prev.start):
            out[-1] = _Cand(prev.s, c.e, prev.start, c.end, "range", prev.basis)
            continue
        out.append(c)
    return [c for c in out if not c.attach_only]


_NUMERIC_DATE = re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}(?![\d/]|\.\d)")


def _dateparser_fallback(ctx: _Ctx, taken: list[_Cand]) -> list[_Cand]:
    """Numeric English dates (3/19/2025) our rules leave alone, read by dateparser."""
    extra: list[_Cand] = []
    for m in _NUMERIC_DATE.finditer(ctx.text):
        if any(c.s < m.end() and m.start() < c.e for c in taken):
            continue
        import dateparser  # lazy: heavy, and only needed here

        settings = {"RELATIVE_BASE": _midnight(ctx.pub), "PREFER_DATES_FROM": "future"}
        try:
            parsed = dateparser.parse(m.group(), languages=["en"], settings=settings)
        except Exception:  # dateparser raises assorted errors on odd input
            parsed = None
        if parsed is not None:
            day = parsed.date()
            extra.append(_Cand(m.start(), m.end(), day, day, "date", "explicit"))
    return extra


def _midnight(day: date):  # noqa: ANN202 - datetime, imported lazily
    from datetime import datetime

    return datetime(day.year, day.month, day.day)


def find_timexes(text: str, published: date, *, direction: str = "auto") -> list[Timex]:
    """Every time expression in *text*, non-overlapping, in text order.

    *text* may be Simplified or Traditional Chinese or English (or mixed);
    *published* is the date the text was published, against which relative
    expressions resolve.  *direction*: ``"auto"`` decides per expression from
    its clause (see the module docstring), ``"future"``/``"past"`` force it.

    >>> [t.text for t in find_timexes("公司计划于2025年底前完成。", date(2024, 3, 1))]
    ['2025年底前']
    """
    if direction not in ("auto", "future", "past"):
        raise ValueError(f"direction must be auto, future or past, not {direction!r}")
    ctx = _Ctx(normalize(text), published, direction)
    chosen = _join(_select(_candidates(ctx)), ctx)
    if _NUMERIC_DATE.search(ctx.text):
        chosen = sorted(chosen + _dateparser_fallback(ctx, chosen), key=lambda c: c.s)
    out = []
    for c in chosen:
        start, end = c.start, c.end
        if start is not None and end is not None and end < start:
            continue
        out.append(Timex(text[c.s:c.e], (c.s, c.e), start, end, c.kind, c.basis, c.by))
    return out


_LOWER_NAMES = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def parse_deadline(expression: str, said_on: date) -> Timex | None:
    """Parse a user-typed deadline relative to *said_on*, looking forward.

    Month and weekday names may be typed in lower case.  Returns the longest
    expression found (its span indexes *expression*), or None.

    >>> parse_deadline("年底前", date(2024, 3, 1)).end
    datetime.date(2024, 12, 31)
    """
    typed = _LOWER_NAMES.sub(lambda m: m.group().capitalize(), expression)
    found = find_timexes(typed, said_on, direction="future")
    if not found:
        return None
    best = max(found, key=lambda t: (t.span[1] - t.span[0], t.kind != "vague"))
    s, e = best.span
    return Timex(expression[s:e], best.span, best.start, best.end, best.kind, best.basis,
                 best.by)
