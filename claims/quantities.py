"""Numeric forecasts and the figures that settle them (pure).

A statement such as "投票率会保持在九成以上", "增长的预期目标定为6%至6.5%" or
"turnout will exceed 70%" states a *bound* on a quantity: a subject (投票率),
a lower and/or upper limit and a unit. A later report states a *measure*
("投票率为93.4%"). :func:`bounds` reads the first, :func:`measures` the
second, :func:`holds` compares them.

Reading numbers
---------------
- Arabic numbers with decimals and thousands separators, Chinese numerals
  (两成, 十五), full-width digits (via :func:`claims.text.normalize_width`).
- Units: ``%``/percent/个百分点 → percent; 成 → ×10 percent (七成 = 70%);
  万/亿/万亿/million/billion/trillion multiply a count.
- Limits: 超过, 高于, 逾, 至少, 不低于, 达到, more than, at least, above
  and a trailing 以上 give a lower bound; 低于, 不到, 不超过, less than, below,
  under and a trailing 以下/以内 an upper bound; a range (6%至6.5%,
  between 2 and 3%) both.
- About (左右, 上下, 约, 近, about, around) and a bare figure: the value ±
  its *granularity* — half a step of the last written digit, and at least
  0.5 point for a whole percentage (3%左右 → 2.5–3.5%; 七成左右 → 65–75%).
  This rule is ours: the tolerance a reader grants a rounded figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.numerals import cn_int
from claims.text import normalize_width

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)"
_UNIT = (r"(?P<unit>%|％|个百分点|個百分點|percent(?:age points?)?|成(?!为|為|功|立|员|員|本|熟|果|就|交)|万亿|萬億|亿|億|万|萬"
         r"|(?:\s?(?:million|billion|trillion)))?")
_QUANTITY_RE = re.compile(_NUM + r"\s?" + _UNIT)
#: A comparator may stand up to 8 characters before its figure (低于上届大选的82%).
_GAP = r"[^，,。；;0-9]{0,8}$"
_LOWER_BEFORE = re.compile(r"(超过|超過|高于|高於|多于|多於|逾|至少|不低于|不低於|不少于|不少於|达到|達到|突破|保持在|维持在|維持在|"
                           r"more than|over|above|at least|exceed(?:s|ed)?|top)" + _GAP, re.I)
_UPPER_BEFORE = re.compile(r"(低于|低於|少于|少於|不到|不足|不超过|不超過|未满|未滿|控制在|less than|below|under|at most|no more than)"
                           + _GAP, re.I)
_ABOUT_BEFORE = re.compile(r"(约|約|大约|大約|近|接近|about|around|roughly|nearly|some)\s*$", re.I)
#: A change verb right before a figure: the figure is a target (降至13%).
_CHANGE_BEFORE = re.compile(r"(降至|降到|降低至|降低到|下调至|下調至|下调到|调降至|提高到|提高至|上调至|上調至|升至|增至|减至|減至|"
                            r"调整为|調整為|rise to|fall to|cut to|raise to|reduce to|lower to)\s*$", re.I)
#: Words before a figure that make it the present or past, not the prediction (现行16%, 上届的82% is kept by _GAP rules).
_CONTEXT_BEFORE = re.compile(r"(现行|現行|目前|此前|去年|上年|原来|原來|current|currently|last year)[^，,。]{0,6}$", re.I)
_MEASURE_WORD = r"[人元票名个個架辆輛户戶吨噸台家项項份座]?"
_LOWER_AFTER = re.compile(r"^\s*" + _MEASURE_WORD + r"(以上|之上|或以上|or more|and above|\+)")
_UPPER_AFTER = re.compile(r"^\s*" + _MEASURE_WORD + r"(以下|以内|以內|之内|之內|or less|and below)")
_ABOUT_AFTER = re.compile(r"^\s*" + _MEASURE_WORD + r"(左右|上下)")
_RANGE_RE = re.compile(_NUM.replace("num", "a") + r"\s?(?:%|％)?\s?(?:至|到|-|–|~|～|—|and|to)\s?" + _NUM.replace("num", "b")
                       + r"\s?" + _UNIT)
_MULTIPLIERS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "万亿": 1e12, "萬億": 1e12,
                "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass(frozen=True)
class Bound:
    """A predicted range for a quantity: ``lo``/``hi`` inclusive (None: open), ``unit`` 'percent' or 'count'."""

    subject: str
    lo: float | None
    hi: float | None
    unit: str
    text: str
    change: bool = False

    def contains(self, value: float) -> bool:
        return (self.lo is None or value >= self.lo - 1e-9) and (self.hi is None or value <= self.hi + 1e-9)


@dataclass(frozen=True)
class Measure:
    """A reported figure: value in ``unit`` ('percent' or 'count'), the words before it (``context``)."""

    value: float
    unit: str
    text: str
    context: str
    after: str = ""


def _number(token: str) -> float | None:
    token = token.replace(",", "")
    try:
        return float(token)
    except ValueError:
        n = cn_int(token)
        return float(n) if n is not None else None


def _scale(value: float, unit: str | None) -> tuple[float, str, float]:
    """(value, unit kind, granularity multiplier)."""
    unit = (unit or "").strip().lower()
    if unit in ("%", "％", "个百分点", "個百分點") or unit.startswith("percent"):
        return value, "percent", 1.0
    if unit == "成":
        return value * 10, "percent", 10.0
    if unit in _MULTIPLIERS:
        return value * _MULTIPLIERS[unit], "count", _MULTIPLIERS[unit]
    return value, "count", 1.0


def _granularity(token: str, unit_kind: str, multiplier: float) -> float:
    if "." in token:
        step = 10 ** -len(token.split(".")[1])
    else:
        digits = token.replace(",", "")
        stripped = digits.rstrip("0") if digits.isdigit() else digits
        step = 10 ** (len(digits) - len(stripped)) if digits.isdigit() else 1
    half = step * multiplier / 2
    return max(half, 0.5) if unit_kind == "percent" and multiplier == 1.0 and "." not in token else half


def bounds(statement: str) -> list[Bound]:
    """Every predicted bound in ``statement`` (normalised width), left to right. Figures without a unit are ignored."""
    text = normalize_width(statement)
    out: list[Bound] = []
    taken: list[tuple[int, int]] = []
    for m in _RANGE_RE.finditer(text):
        if not m.group("unit"):
            continue
        a, b = _number(m.group("a")), _number(m.group("b"))
        if a is None or b is None:
            continue
        first, kind, _ = _scale(a, m.group("unit"))
        second, _, _ = _scale(b, m.group("unit"))
        out.append(Bound(_subject(text, m.start()), min(first, second), max(first, second), kind, m.group(0)))
        taken.append(m.span())
    for m in _QUANTITY_RE.finditer(text):
        if not m.group("unit") or any(s <= m.start() < e for s, e in taken):
            continue
        raw = _number(m.group("num"))
        if raw is None:
            continue
        value, kind, multiplier = _scale(raw, m.group("unit"))
        before, after = text[: m.start()], text[m.end():]
        lo: float | None
        hi: float | None
        if _ABOUT_AFTER.match(after) or _ABOUT_BEFORE.search(before):
            tolerance = _granularity(m.group("num"), kind, multiplier)
            lo, hi = value - tolerance, value + tolerance
        elif _UPPER_AFTER.match(after):
            lo, hi = None, value  # 保持在2.5%以下: the limit after the figure says which side (保持在 names none)
        elif _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
            lo, hi = value, None
        elif _UPPER_BEFORE.search(before):
            lo, hi = None, value
        else:
            tolerance = _granularity(m.group("num"), kind, multiplier)
            lo, hi = value - tolerance, value + tolerance
        out.append(Bound(_subject(text, m.start()), lo, hi, kind, m.group(0),
                         change=bool(_CHANGE_BEFORE.search(before))))
    if any(b.change for b in out):
        out = [b for b in out if b.change]  # 现行16%的税率将降至13%: the target is the bound, not the old rate
    out = [b for b in out if not _CONTEXT_BEFORE.search(text[: text.find(b.text)])]
    return sorted(out, key=lambda b: text.find(b.text))


def _subject(text: str, at: int) -> str:
    """The words before a figure in its clause (up to 16 characters; in English up to 8 words, "annual
    inflation will fall below"): what the figure measures."""
    clause = re.split(r"[，,。；;：:]", text[:at])[-1]
    if not re.search(r"[\u4e00-\u9fff]", clause[-16:]):
        return " ".join(clause.split()[-8:]) + " "
    return clause[-16:]


def measures(text: str) -> list[Measure]:
    """Every figure with a unit in ``text`` (a reported outcome), with the words before it in its clause."""
    text = normalize_width(text)
    out = []
    for m in _QUANTITY_RE.finditer(text):
        if not m.group("unit"):
            continue
        raw = _number(m.group("num"))
        if raw is None:
            continue
        value, kind, _ = _scale(raw, m.group("unit"))
        after = re.split(r"[，,。；;：:]", text[m.end(): m.end() + 6])[0]
        out.append(Measure(value, kind, m.group(0), _subject(text, m.start()), after))
    return out


def measures_subject(bound: Bound, measure: Measure, sentence: str) -> bool:
    """Whether ``measure`` is a figure of the quantity ``bound`` speaks of.

    The subject's key terms (:func:`claims.search.key_terms`, without
    :data:`STATEMENT_FILLER`) are compared in match form: at least one must
    stand in the words around the measure (its clause before it, and up to 6
    characters after: "以70.41%的得票率胜出"), and at least half of their IDF
    weight (:func:`claims.search.coverage`, sub-words of longer terms left out) must
    occur in the measure's sentence.
    """
    from claims.search import coverage, key_terms, match_form

    terms = [t for t in key_terms(bound.subject, limit=8) if t not in STATEMENT_FILLER]
    terms = [t for t in terms if not any(t != o and t in o for o in terms)]  # 得票率, not also 得票 and 票率
    if not terms:
        return False
    context, whole = match_form(measure.context + measure.text + measure.after), match_form(sentence)
    if bound.change and not _CHANGE_BEFORE.search(measure.context):
        return False  # for a target rate, only the figure it changed to counts (由16%降至13%)
    if re.search(r"分别|分別|respectively", whole):
        return False  # "A和B分别获得15.72%和13.88%": which figure is whose is not read
    return coverage(terms, context) > 0 and coverage(terms, whole) >= 0.6


#: Subject words that say what the figure is for rather than what it measures.
STATEMENT_FILLER = frozenset({"目标", "预期", "预期目标", "保持", "控制", "定为", "达到", "超过", "低于", "上届", "大选",
                              "今年", "全年", "明年", "目标为", "落在", "维持", "exceed", "reach", "will",
                              # English verbs of change and limit words: what happens to the figure, not what it is
                              "would", "fall", "rise", "grow", "expand", "increase", "decrease", "drop", "climb", "stay",
                              "remain", "below", "above", "around", "about", "less", "more", "than", "least", "under",
                              "over", "slow", "ease", "year", "this", "next", "likely", "expected", "expects", "expect",
                              "could", "may", "percent", "target"})


def holds(bound: Bound, measure: Measure) -> bool | None:
    """Whether ``measure`` lies within ``bound``; None when the units differ."""
    if bound.unit != measure.unit:
        return None
    return bound.contains(measure.value)
