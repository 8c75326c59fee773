"""Shared pieces of :mod:`claims.timex`: the :class:`Timex` result, candidates and contexts,
direction cues, and the calendar helpers both the Chinese and the English rules use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from claims.numerals import add_months, add_years, cn_int, en_int, monday_of, month_end

KINDS = (
    "date", "range", "week", "month", "year", "part", "duration",
    "holiday", "weekday", "time", "vague", "open",
)


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


@dataclass(slots=True)
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


@dataclass(slots=True, eq=False)
class _Ctx:
    """What every rule reads: the normalised text, the publication date, the direction asked for (one per
    :func:`~claims.timex.find_timexes` call; not frozen, as a frozen dataclass pays ``object.__setattr__``
    for each field it builds)."""

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
    # (not 前往, 前景, 前进 "advance"; but 元旦前进入…: 前 + 进入, 进行, 进驻)
    r"(?:之前|以前|前)(?![往来景任述期身线夕后者沿方途列茅锋三两一二几半])(?![进進](?![入行驻駐场場]|一步))"
)
_WITHIN_SUFFIX = re.compile(r"(?:之内|以内|内)(?![容部阁地外政战涵心存需燃瓦])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_EN_PREFIX = re.compile(
    r"(?i)\b(by|before|no later than|not later than|ahead of|prior to|from|starting(?: from| on"
    r"| in)?|beginning(?: on| in)?|as of|effective|since|after)\s+(?:the\s+)?$")
_EN_BY_WORDS = ("by", "before", "no", "not", "ahead", "prior")


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


_EN_CLAUSE_BEFORE = re.compile(r"[.;!?\n]|, (?=and|but)")
_EN_CLAUSE_AFTER = re.compile(r"[.;!?\n]")
_EN_BE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$")


def _lean_en(t: str, s: int, e: int) -> str | None:
    prefix = _EN_PREFIX.search(t[max(0, s - 32):s])
    if prefix and prefix.group(1).lower().split()[0] in _EN_BY_WORDS:
        return "future"
    before = _EN_CLAUSE_BEFORE.split(t[max(0, s - 48):s])[-1]
    hits = [h for h in _EN_CUE.finditer(before)
            if h.group(1) or not _EN_BE_BEFORE.search(before[:h.start()])]
    if hits:
        return "future" if hits[-1].group(1) else "past"
    clause = _EN_CLAUSE_AFTER.split(t[e:e + 40], maxsplit=1)[0]
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
    "start": (1, 1, 2, 0), "early": (1, 1, 2, 0), "mid": (6, 1, 7, 0),
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


#: Parts of a decade, as years from its first (early 2030s → 2030–2033, late 2030s and the end of the 2030s →
#: 2037–2039; 2030年代末 the same): the usual reading of "early/mid/late" thirds, with the end as the last third.
_DECADE_PARTS = {"early": (0, 3), "start": (0, 3), "mid": (3, 6), "late": (7, 9), "end": (7, 9),
                 "h1": (0, 4), "h2": (5, 9)}


def _decade_span(first_year: int, part: str | None = None) -> Span:
    """The decade starting *first_year* (2030 → 2030–2039), or a part of it (see ``_DECADE_PARTS``)."""
    lo, hi = _DECADE_PARTS.get(part or "", (0, 9))
    return date(first_year + lo, 1, 1), date(first_year + hi, 12, 31)


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


# ------------------------------------------ shared by the Chinese and English rules

def _ym(d: date) -> tuple[int, int]:
    return d.year, d.month


def _oriented_year_part(ctx: _Ctx, m: re.Match, part: str) -> Span:
    """A quarter, half or season without a year: this year's unless the clause says otherwise."""
    opts = [_year_span(ctx.pub.year + k, part) for k in (-1, 0, 1)]
    return _orient(opts, ctx.pub, _lean(ctx, m.start(), m.end()), "current")


_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
       "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}


def _weekday_span(pub: date, week: int, wd: str) -> Span:
    monday = monday_of(pub) + timedelta(weeks=week)
    if wd == "末":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    day = monday + timedelta(days=_WD[wd])
    return day, day


_DAYWORDS = {"大后天": 3, "大前天": -3, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
             "后天": 2, "昨天": -1, "昨日": -1, "前天": -2, "今晚": 0, "明晚": 1, "昨晚": -1,
             "今早": 0, "明早": 1, "今晨": 0, "昨晨": -1, "今夜": 0, "昨夜": -1, "即日": 0,
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


def _h_event_cn(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), None, None, "vague", by=True)


def _h_vague(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), None, None, "vague")
