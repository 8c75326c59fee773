"""The engine of :mod:`claims.timex`: run the rule tables, pick leftmost-longest
candidates, fold "by"/"from" words in, join ranges and times, and the entry points."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from claims.numerals import normalize
from claims.timex import en, zh
from claims.timex.guard import guarded
from claims.timex.spans import (
    _BY_SUFFIX,
    _CJK,
    _EN_BY_WORDS,
    _EN_PREFIX,
    _WITHIN_SUFFIX,
    Handler,
    Timex,
    _Cand,
    _Ctx,
    _is_english,
)

_RULES: list[tuple[re.Pattern, Handler, frozenset[str] | None, bool]] | None = None
_LATIN = re.compile(r"[A-Za-z0-9]")
_LETTER = re.compile(r"[A-Za-z]")
_AFFIX_KINDS = {"date", "range", "week", "month", "year", "part", "holiday", "weekday"}
_ZH_BY_PREFIX = re.compile(r"(?:最迟于?|最晚于?|最迟在|最晚在|不晚于|不迟于|截至|截止到|截止于?)$")
_ZH_OPEN_SUFFIX = re.compile(r"(?:(?:白天|晚上|夜间|夜間|凌晨|上午|下午|中午|傍晚|晚间|晚間|零时|零時)(?=起|开始))?"
                             r"(?:起|开始|(?:结束|結束)?(?:以后|之后|后(?![来者续面方勤卫果期台座]))|过后|過後|以来|前夕)")
_EN_OPEN_SUFFIX = re.compile(r"(?i)\s+(?:onwards?|and beyond)\b")


def _rules() -> list[tuple[re.Pattern, Handler, frozenset[str] | None, bool]]:
    """(pattern, handler, trigger characters or None, is English) in priority order (earlier wins ties).

    A rule with trigger characters runs only on a text that holds one of them (None: it always runs)."""
    triggers = zh.triggers()
    words = en.triggers()
    return ([(re.compile(guarded(p)), h, frozenset(triggers[h]) if triggers.get(h) else None, False)
             for p, h in zh.rules()]
            + [(re.compile(p, re.I), h, frozenset(words[h]), True) for p, h in en.rules()])


def _compiled() -> list[tuple[re.Pattern, Handler, frozenset[str] | None, bool]]:
    global _RULES
    if _RULES is None:
        _RULES = _rules()
    return _RULES


@lru_cache(maxsize=1)
def _rule_index() -> tuple[tuple[int, ...], tuple[tuple[str, tuple[int, ...]], ...], dict[str, tuple[int, ...]],
                           dict[int, tuple[tuple[int, re.Pattern], ...]]]:
    """(Chinese rules that always run, (English trigger word, the English rules it wakes), trigger character →
    the Chinese rules it wakes, rule → (number, pattern) its every match contains
    (:func:`claims.timex.zh.prefilters`; rules that share one share its number))."""
    always: list[int] = []
    by_word: dict[str, list[int]] = {}
    by_char: dict[str, list[int]] = {}
    prefilters = zh.prefilters()
    compiled: dict[str, tuple[int, re.Pattern]] = {}
    needs: dict[int, tuple[tuple[int, re.Pattern], ...]] = {}
    for index, (_pattern, handler, trigger, is_english) in enumerate(_compiled()):
        if not is_english and handler in prefilters:
            needs[index] = tuple(compiled.setdefault(source, (len(compiled), re.compile(source)))
                                 for source in prefilters[handler])
        if is_english:
            for word in sorted(trigger or ()):
                by_word.setdefault(word, []).append(index)
        elif trigger is None:
            always.append(index)
        else:
            for ch in trigger:
                by_char.setdefault(ch, []).append(index)
    english = tuple((word, tuple(rules)) for word, rules in by_word.items())
    return tuple(always), english, {ch: tuple(rules) for ch, rules in by_char.items()}, needs


@lru_cache(maxsize=4096)
def _chinese_rules(chars: frozenset[str]) -> tuple[int, ...]:
    """The Chinese rules, in order, that a text holding the trigger characters *chars* wakes."""
    always, _english, by_char, _needs = _rule_index()
    return tuple(sorted({*always, *(index for ch in chars for index in by_char[ch])}))


@lru_cache(maxsize=32)
def _scan(t: str) -> tuple[tuple[int, re.Match[str]], ...]:
    """(rule index, match) for every non-empty match of every rule in ``t``, rule by rule.

    The regular expressions are most of the cost of :func:`find_timexes`; they
    do not depend on the publication date or direction, so a text read twice
    (both directions, or by events and claims) is scanned once. Only the rules
    that can match run: a Chinese rule when the text holds one of its trigger
    characters, an English rule when it holds Latin letters or digits and one of
    the rule's trigger words (:func:`claims.timex.en.triggers`), and a rule with prefilters only when the
    text holds each of them (each searched once for all the rules that share it; keyed by number, as
    hashing a compiled pattern hashes its whole program).
    """
    has_cjk = bool(_CJK.search(t))
    has_latin = bool(_LATIN.search(t)) and (not has_cjk or bool(_LETTER.search(t)))
    _always, english, by_char, needs = _rule_index()
    chosen: tuple[int, ...] = _chinese_rules(frozenset(by_char.keys() & set(t))) if has_cjk else ()
    if has_latin:
        folded = t.casefold()
        woken = {index for word, indices in english if word in folded for index in indices}
        if woken:
            chosen = tuple(sorted(woken.union(chosen)))
    rules = _compiled()
    found: list[tuple[int, re.Match[str]]] = []
    present: dict[int, bool] = {}
    for index in chosen:
        if index in needs and not all(
                present[number] if number in present
                else present.setdefault(number, pattern.search(t) is not None)
                for number, pattern in needs[index]):
            continue
        for m in rules[index][0].finditer(t):
            if m.end() > m.start():
                found.append((index, m))
    return tuple(found)


def _candidates(ctx: _Ctx) -> list[tuple[_Cand, int]]:
    rules = _compiled()
    found: list[tuple[_Cand, int]] = []
    for index, m in _scan(ctx.text):
        try:
            cand = rules[index][1](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            cand = None
        if cand is not None and cand.e > cand.s:
            found.append((_affix(cand, ctx), index))
    return found


#: A day named by its date or weekday (6月15日, 下周一, June 5, Monday), not by a day word (今晚前 is by tonight).
_NAMED_DAY_RE = re.compile(r"\d|[日号號]$|[周週星期礼禮拜][一二三四五六日天]|(?i:day)\b")


def _set_by(c: _Cand, pub: date, exclusive: bool, named: str = "") -> None:
    if c.start is None or c.end is None:
        return
    quarter = c.kind == "part" and c.start.day == 1 and (c.end - c.start).days in (*range(89, 93), *range(180, 184))
    # 10月前 → Sep 30; 四季度之前 → Sep 30 too (before the quarter), "before the second half" → Jun 30; 4月底前
    # stays inclusive
    # 6月15日前, 下周一前, "before June 5": before that day, so the day before (the gold sets' annotators: 17
    # times in 23); a month's last day (10月31日前) reads as its end, "by the end of October", and stays
    day = c.kind in ("date", "weekday") and c.start == c.end and (c.end + timedelta(days=1)).day != 1 \
        and bool(_NAMED_DAY_RE.search(named))
    end = c.start - timedelta(days=1) if exclusive and (c.kind in ("month", "holiday", "year") or quarter or day) \
        else c.end
    c.start, c.end, c.by = (pub if pub <= end else None), end, True


def _set_open(c: _Cand, word: str, pub: date) -> None:
    if c.start is None or c.end is None:
        return
    if word in ("以来", "since"):
        c.end = pub if pub >= c.start else None
        c.kind = "range" if c.end else "open"
    elif word in ("after", "过后", "過後") or word.endswith(("以后", "之后", "后")):  # 春节假期结束后: after its end
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
                # ("before Monday's impact": the event's day, not the day before it)
                named = "" if t[c.e:c.e + 2] in ("'s", "’s") else t[c.s + len(pre.group(0)):c.e]
                _set_by(c, ctx.pub, word != "by" and word != "no" and word != "not", named)
            else:
                _set_open(c, word, ctx.pub)
        elif (suf := _EN_OPEN_SUFFIX.match(t, c.e)) and c.end is not None:
            c.e = suf.end()
            _set_open(c, "from", ctx.pub)
        return c
    pre = _ZH_BY_PREFIX.search(t, max(0, c.s - 4), c.s)
    if by := _BY_SUFFIX.match(t, c.e):
        _set_by(c, ctx.pub, exclusive=True, named=t[c.s:c.e])
        c.e = by.end()
    elif within := _WITHIN_SUFFIX.match(t, c.e):
        c.e = within.end()
        _set_by(c, ctx.pub, exclusive=False)
    elif (opened := _ZH_OPEN_SUFFIX.match(t, c.e)) and not (
        opened.group().endswith(("开始", "開始")) and (
            (c.s > 0 and t[c.s - 1] in "于於在")
            or (not (c.s > 0 and t[c.s - 1] in "自从從") and t[opened.end() : opened.end() + 1] not in ("，", ",", "、", "；", ";", "")))
    ):
        # 自4月开始 and 4月1日开始，… are open-ended; 将于4月开始交付 and a bare 明年3月中旬开始招聘 happen then, and
        # 春运将于1月26日开始 starts that day (the month or day stays the span; the gold sets: 5 bare …开始 of 5 dated so)
        c.e = opened.end()
        if opened.group().endswith(("起", "开始", "以来")) and c.s > 0 and t[c.s - 1] in "自从":
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


_JOIN_RANGE = re.compile(r"\s*(?:至|到|及|和|与|與|以及|、|-|–|—|~|to|through|until|and)\s*$", re.I)
_JOIN_THROUGH = re.compile(r"\s*(?:至|到|-|–|—|~|to|through|until)\s*$", re.I)
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
        if (prev and _single(prev) and _single(c) and prev.kind == c.kind == "weekday" and prev.start and c.end
                and c.end <= prev.start and c.end + timedelta(days=7) > prev.start
                and (_JOIN_RANGE.fullmatch(gap) or _JOIN_THROUGH.fullmatch(gap))):
            # 下周六至周日: the bare Sunday is the one after that Saturday, not this week's
            c.start = c.end = c.end + timedelta(days=7)
        if prev and c.kind == "time" and _single(prev) and _JOIN_TIME.fullmatch(gap):
            prev.e = c.e
            continue
        if prev and prev.kind == "time" and _single(c) and _JOIN_TIME_BEFORE.fullmatch(gap):
            c.s = prev.s
            out[-1] = c
            continue
        if (prev and _single(prev) and _single(c) and prev.start and c.end and c.end > prev.start and (
                (prev.kind == c.kind == "weekday" and _JOIN_RANGE.fullmatch(gap))
                or ({prev.kind, c.kind} <= {"weekday", "date"} and _JOIN_THROUGH.fullmatch(gap)))):
            # 本周六及周日, 明天深夜至週一（7日）清晨: one span from the first day to the last
            out[-1] = _Cand(prev.s, c.e, prev.start, c.end, "range", prev.basis)
            continue
        if prev and prev.start is not None and c.start is not None and prev.start != c.start and prev.kind in ("date", "weekday") \
                and re.fullmatch(r"\s*[(（]\s*", gap) and re.fullmatch(r"\d{1,2}[日号號]", ctx.text[c.s : c.e]) \
                and c.start.day == prev.start.day:
            c.start = c.end = prev.start  # 明天（1日） published Feb 28: the 1st of March, as 明天 says (not Feb 1)
        if prev and prev.start is not None and (prev.start == c.start or (prev.kind == "range" and prev.end == c.start)) \
                and re.fullmatch(r"\s*[(（]\s*", gap) \
                and re.match(r"\s*[)）]", ctx.text[c.e : c.e + 2]):
            prev.e = c.e + len(re.match(r"\s*[)）]", ctx.text[c.e : c.e + 2]).group(0))
            if prev.kind == "weekday" and c.kind == "date":
                prev.kind, prev.basis = "date", c.basis  # (the date is the more explicit reading of the day)
            continue  # "from Tuesday (Nov 5)", 下周一（24日）: the day restated in brackets is the same expression
        out.append(c)
    return [c for c in out if not c.attach_only]


_NUMERIC_DATE = re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}(?![\d/]|\.\d)")


def _numeric_dates(ctx: _Ctx, taken: list[_Cand]) -> list[_Cand]:
    """Numeric dates (3/19/2025, 19.3.25) the other rules leave alone.

    Read month first, then day first when the first number cannot be a month
    (19/3/2025); a two-digit year is 20yy. This is what ``dateparser.parse`` with
    ``languages=["en"]`` gives (checked on 3/19/2025, 19/3/2025, 3.4.2025,
    12.11.24, 1/2/25, 31/12/2024, 13/13/2024 → none, 2/30/2024 → none) at a
    thousandth of its cost (about 2 ms a call, which made one numeric date cost
    as much as a whole article's other time expressions).
    """
    extra: list[_Cand] = []
    for m in _NUMERIC_DATE.finditer(ctx.text):
        if any(c.s < m.end() and m.start() < c.e for c in taken):
            continue
        first, second, year = (int(n) for n in re.split(r"[/.]", m.group()))
        year += 2000 if year < 100 else 0
        day = None
        for month, dom in ((first, second), (second, first)):
            try:
                day = date(year, month, dom)
                break
            except ValueError:
                continue
        if day is not None:
            extra.append(_Cand(m.start(), m.end(), day, day, "date", "explicit"))
    return extra


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
        chosen = sorted(chosen + _numeric_dates(ctx, chosen), key=lambda c: c.s)
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
