"""Chinese rules of :mod:`claims.timex`: dates, periods, durations, holidays, times of day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.numerals import add_months, add_years, cn_int, month_end, safe_date
from claims.timex.holidays import holiday_date, holiday_name
from claims.timex.spans import (
    Handler,
    Span,
    _add,
    _Cand,
    _count,
    _Ctx,
    _decade_span,
    _h_dayword,
    _h_event_cn,
    _h_vague,
    _later_or_earlier,
    _lean,
    _month_span,
    _orient,
    _oriented_year_part,
    _week_span,
    _weekday_span,
    _y,
    _year_span,
    _ym,
)

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
_MPART = {"上旬": "early", "初": "early", "中旬": "mid", "下旬": "late", "底": "late", "末": "late", "中": "mid"}
# 下月中, 7月中 (right after 月, before punctuation or a verb) is 中旬; not 月中国, 10月中美双方, 月中午 …
_MPART_RE = (r"(?:上旬|中旬|下旬|初(?![步级衷心审选稿次])|底(?![线部层下气])|末(?![期尾端])"
             r"|(?<=月)中(?=[，,。；;、将將会會前后後完开開举舉进進启啟推发發公召再起]|$))")
_DCONN = r"(?:至|到|-|—|–|~|、|和|及|与)"
_RCONN = r"(?:至|到|-|—|–|~)"


def _frag(x: str) -> str:
    """Chinese [year][month][day][part] with group names suffixed by *x*."""
    year = rf"(?:(?P<y{x}>{_YNUM})年(?![代级龄])|(?P<yr{x}>{_YREL_RE}))"
    month = rf"(?:(?P<m{x}>{_MNUM})月份?|(?P<mr{x}>{_MREL_RE}))"
    day = (rf"(?P<d{x}>{_DNUM})(?:[日号]?{_DCONN}(?P<dd{x}>{_DNUM}))?"
           r"[日号](?![元圆币线楼文机台院馆字令码位球])")
    first = r"(?<!月)(?=[\d〇零○一二三四五六七八九十两今明去前后本来上下这大])"  # 13月5日: no day after a bad month
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

    if month is None:  # bare day: the publication month unless the clause says otherwise
        base = date(year, pub.month, 1) if year else pub.replace(day=1)
        opts = [s for k in (-1, 0, 1) if (s := span_in(*_ym(add_months(base, k))))]
        if year is not None:
            opts = [s for s in opts if s[0].year == year] or opts
        if not opts:
            return None
        span = _orient(opts, pub, _lean(ctx, m.start(), m.end()), "current")
    elif year is None:
        opts = [s for k in (-1, 0, 1) if (s := span_in(pub.year + k, month))]
        if not opts:
            return None
        span = _orient(opts, pub, _lean(ctx, m.start(), m.end()), "nearest")
    else:
        found = span_in(year, month)
        if found is None:
            return None
        span = found
    return span, kind, basis, span[0].year, span[0].month


#: Characters that may stand before a bare day (5号, 今天6号, 到10号): anything else makes "六号" part of a name.
_BEFORE_BARE_DAY = set("今明昨前后後本下上这這每月初到至和、或及于於在的是为為日，,。；;：: \n（(“「")


def _h_ymd(m: re.Match, ctx: _Ctx) -> _Cand | None:
    if m.group(0).endswith("号") and not (m.group("ya") or m.group("yra") or m.group("ma") or m.group("mra")) \
            and m.start() > 0 and "\u4e00" <= ctx.text[m.start() - 1] <= "\u9fff" \
            and ctx.text[m.start() - 1] not in _BEFORE_BARE_DAY:
        return None  # 嫦娥六号, 神舟十八号: a craft's number, not the day of the month
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
    if not (m.group("ya") or m.group("yra") or m.group("yb") or m.group("yrb")):
        earlier = (add_years(start, -1), add_years(end, -1))
        if earlier[0] <= ctx.pub <= earlier[1]:
            start, end = earlier  # 8月28日至9月2日 published Aug 29: the span under way, not next year's
    return _Cand(m.start(), m.end(), start, end, "range", first[2])


_YPART_CN = {
    "初": "start", "底": "end", "末": "end", "终": "end", "中": "mid",
    "上半年": "h1", "下半年": "h2", "前三季度": "q123", "前两季度": "h1",
    "春季": "spring", "春天": "spring", "夏季": "summer", "夏天": "summer",
    "秋季": "autumn", "秋天": "autumn", "冬季": "winter", "冬天": "winter",
}
_YPART_RE = (r"(?:初(?![步级衷心审选稿次])|底(?![线部层下气])|末(?![期])|终(?![于究点端身极])"
             r"|年初|年中|年底|年末|年终|上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度|[一二三四1-4]季(?![节])"
             r"|第[一二三四1-4]季(?![节節目])|首季度?|[Qq][1-4](?![0-9])|春季|夏季|秋季|冬季|春天|夏天|秋天|冬天)")


def _ypart_key(token: str) -> str | None:
    if token in ("年初", "年中", "年底", "年末", "年终"):
        token = token[1]
    if token in _YPART_CN:
        return _YPART_CN[token]
    if token.startswith("首季"):
        return "q1"  # 首季 = the first quarter
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
        sentence_start = max(ctx.text.rfind(ch, 0, m.start()) for ch in "。！？\n") + 1
        named = list(_YEAR_BEFORE_PART.finditer(ctx.text, sentence_start, m.start()))
        if named:
            # 明年上半年完成设计，下半年开工: the year the sentence named for an earlier part
            y = named[-1].group(1).replace("後", "后")
            year = ctx.pub.year + _YREL[y] if y in _YREL else int(y[:-1])
            start, end = _year_span(year, part)
        else:
            start, end = _oriented_year_part(ctx, m, part)
    return _Cand(m.start(), m.end(), start, end, "part")


#: A year named with a part of it earlier in the sentence (明年上半年, 2026年第一季度): (the year word).
_YEAR_BEFORE_PART = re.compile(r"(今年|明年|后年|後年|去年|前年|\d{4}年)(?=上半年|下半年|第?[一二三四1-4]季|首季|年初|年中|年底|年末)")


def _h_mpart_bare(m: re.Match, ctx: _Ctx) -> _Cand | None:
    part = {"初": "early", "中": "mid", "底": "late", "末": "late"}[m.group("p")]
    start, end = _month_span(ctx.pub.year, ctx.pub.month, part)
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_xun_bare(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """上旬/中旬/下旬 with no month: this month's, or the next/previous one as the clause leans."""
    part = {"上旬": "early", "中旬": "mid", "下旬": "late"}[m.group("p")]
    year, month = ctx.pub.year, ctx.pub.month
    options = []
    for k in (-1, 0, 1):
        y, mo = (year + (month - 1 + k) // 12, (month - 1 + k) % 12 + 1)
        options.append(_month_span(y, mo, part))
    start, end = _orient(options, ctx.pub, _lean(ctx, m.start(), m.end()), "current")
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_whole_year(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """全年/全年度: the whole publication year (今年全年 likewise)."""
    start, end = _year_span(ctx.pub.year)
    return _Cand(m.start(), m.end(), start, end, "year")


_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _h_five_year_plan(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """十四五 (the 14th Five-Year Plan) → 2021–2025; 十四五末 → 2025. Plans from the 4th on run
    1971 + 5·(n − 4) to +4 (the 14th is 2021–2025, the 15th 2026–2030)."""
    n = 10 + _CN_DIGIT[m.group("n")]
    first = 1971 + 5 * (n - 4)
    if m.group("end"):
        return _Cand(m.start(), m.end(), date(first + 4, 1, 1), date(first + 4, 12, 31), "year")
    return _Cand(m.start(), m.end(), date(first, 1, 1), date(first + 4, 12, 31), "range")


def _h_next_two_years(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """明后(两)年: next year and the year after; 今明两年: this year and the next (from publication)."""
    if m.group(0).startswith("今"):
        return _Cand(m.start(), m.end(), ctx.pub, date(ctx.pub.year + 1, 12, 31), "range")
    return _Cand(m.start(), m.end(), date(ctx.pub.year + 1, 1, 1), date(ctx.pub.year + 2, 12, 31), "range")


def _h_next_two_days(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """今明(两)天: today and tomorrow; 明后(两)天: tomorrow and the day after (from publication)."""
    first = ctx.pub if m.group(0).startswith("今") else ctx.pub + timedelta(days=1)
    return _Cand(m.start(), m.end(), first, first + timedelta(days=1), "range")


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
    part = {"初": "early", "初期": "early", "中": "mid", "中期": "mid"}.get(m.group("p") or "", "late" if m.group("p") else None)
    start, end = _decade_span(year, part)  # 2030年代末: 2037–2039 (see ``_DECADE_PARTS``)
    return _Cand(m.start(), m.end(), start, end, "part" if part else "range", "explicit")


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


def _h_week_rel(m: re.Match, ctx: _Ctx) -> _Cand | None:
    offset = _WKREL[m.group("wk")]
    wd = m.group("wd")
    if wd is None:
        if offset == 0 and ctx.pub.weekday() == 6:
            # said on a Sunday, 本周(内) is the week that Sunday opens (Taiwan and Hong Kong calendars start
            # weeks on Sunday; in a Monday week "本周内" would leave only the day of publication)
            return _Cand(m.start(), m.end(), ctx.pub, ctx.pub + timedelta(days=6), "week")
        start, end = _week_span(ctx.pub, offset)
        return _Cand(m.start(), m.end(), start, end, "week")
    if offset == 0 and ctx.pub.weekday() == 6 and wd not in ("日", "天"):
        offset = 1  # 本週三 said on a Sunday: the Wednesday of the week that Sunday opens
    start, end = _weekday_span(ctx.pub, offset, wd)
    return _Cand(m.start(), m.end(), start, end, "weekday" if wd != "末" else "week")


def _h_weekday(m: re.Match, ctx: _Ctx) -> _Cand | None:
    wd = m.group("wd")
    lean = _lean(ctx, m.start(), m.end())
    opts = [_weekday_span(ctx.pub, k, wd) for k in (-1, 0, 1)]
    start, end = _orient(opts, ctx.pub, lean, "future")
    return _Cand(m.start(), m.end(), start, end, "weekday" if wd != "末" else "week")


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
    if m.group("n") in ("数", "几", "若干") and got[1] in ("month", "year"):
        return _Cand(m.start(), m.end(), None, None, "vague")  # 未来几年, 数月内: no count, no deadline (CONVENTIONS)
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


def _h_later_cn(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _later_or_earlier(m, ctx, m.group("b"), "晚" in m.group("w") or "后" in m.group("w"))


_VAGUE_CN = (r"不久的将来|不久之后|不久后|近期内?|近日|近来|不久|尽快|尽早|早日|日后|今后|将来"
             r"|短期内|近年来|近几年来|未来(?=[，,将会])|即将")

_HOLI_CN = (r"春运|春节|除夕|农历新年|中国新年|元宵节|元宵(?=假期|期间|前|后|节|当天|晚会)|端午节|端午"
            r"|中秋节|中秋|国庆节|国庆(?=假期|长假|期间|前|后|黄金周|节|当天|\d|七|八)|元旦"
            r"|清明节|清明(?=假期|小长假|期间|前|后|当天|时节)|五一劳动节|劳动节"
            r"|五一(?=假期|长假|小长假|期间|前|后|黄金周)|七夕节|七夕|重阳节|重阳(?=前|后|当天)"
            r"|腊八节|圣诞节|圣诞(?=假期|期间|前|后|夜)|平安夜|情人节|三八妇女节|妇女节"
            r"|六一儿童节|儿童节|建军节|建党节|植树节|感恩节|万圣节|新年(?=前|之前|假期|期间|当天)")


def _h_holiday(m: re.Match, ctx: _Ctx) -> _Cand | None:
    name = m.group("h")
    rush = name == "春运"
    if rush:
        name = "春节"  # 春运 (the travel rush): 40 days from 15 days before the Spring Festival (see below)
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
        # a break still under way when the article appeared (春节假期 published on 初六) is that break, not next year's
        span = _break_span(name, m.group(0), rush) or (0, 0)
        day = _orient([(d + timedelta(days=span[0]), d + timedelta(days=span[1])) for d in days], ctx.pub, lean,
                      "nearest")[0] - timedelta(days=span[0])
    if rush:
        return _Cand(m.start(), m.end(), day - timedelta(days=_RUSH_BEFORE), day + timedelta(days=_RUSH_DAYS - _RUSH_BEFORE - 1),
                     "holiday", basis)
    week = _HOLIDAY_WEEKS.get(holiday_name(name) or "")
    if week and name in ("春节", "农历新年") and re.search(r"(?:假期|长假|黄金周|期间)$", m.group(0)):
        # 春节假期: from 除夕, as the State Council's arrangement since 2025 (除夕 to 初七)
        return _Cand(m.start(), m.end(), day - timedelta(days=1), day + timedelta(days=week - 2), "holiday", basis)
    if week and re.search(r"(?:假期|长假|黄金周|期间)$", m.group(0)):
        # 国庆假期, 五一黄金周: the mainland's statutory break, not its first day
        return _Cand(m.start(), m.end(), day, day + timedelta(days=week - 1), "holiday", basis)
    return _Cand(m.start(), m.end(), day, day, "holiday", basis)


def _break_span(name: str, words: str, rush: bool) -> tuple[int, int] | None:
    """(first, last) day of the break or rush a holiday word names, as offsets from the holiday itself; None for the
    day alone."""
    if rush:
        return -_RUSH_BEFORE, _RUSH_DAYS - _RUSH_BEFORE - 1
    week = _HOLIDAY_WEEKS.get(holiday_name(name) or "")
    if week and re.search(r"(?:假期|长假|黄金周|期间)$", words):
        return (-1, week - 2) if name in ("春节", "农历新年") else (0, week - 1)
    return None


#: Days of the mainland's statutory breaks that start on a holiday (State Council holiday arrangements since
#: 2020: National Day with the weekend days moved next to it, 7 days from Oct 1; Labour Day 5 days from May 1).
_HOLIDAY_WEEKS = {"国庆节": 7, "劳动节": 5, "春节": 8}
#: 春运, the Spring Festival travel rush, as the Ministry of Transport schedules it: 40 days, from the 15th day
#: before the Spring Festival (2025: Jan 14 – Feb 22).
_RUSH_BEFORE, _RUSH_DAYS = 15, 40


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


_EARLIER_MONTH_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号號]")


def _h_same_day(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """当天/當天/当日 after a date named earlier in the sentence (将于1月31日上午举行通车典礼，当天下午2点正式营运):
    that day. None when the sentence names no such date before it (当天 is then the day of the report)."""
    start = max(ctx.text.rfind(ch, 0, m.start()) for ch in "。！？\n") + 1
    dates = list(_EARLIER_MONTH_DAY.finditer(ctx.text, start, m.start()))
    if not dates:
        return None
    year, month, day = dates[-1].groups()
    named = safe_date(int(year) if year else ctx.pub.year, int(month), int(day))
    if named is None:
        return None
    if not year and named < ctx.pub - timedelta(days=180):
        named = safe_date(ctx.pub.year + 1, int(month), int(day)) or named  # (12月 named in January: next year's)
    return _Cand(m.start(), m.end(), named, named, "date")


def _h_quarter_rel(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """本季度, 下季度, 上季度 and their ends (本季度末 → the quarter's last month): a quarter counted from publication."""
    offset = {"本": 0, "这个": 0, "這個": 0, "下": 1, "下个": 1, "下個": 1, "下一": 1, "下一个": 1, "下一個": 1,
              "上": -1, "上个": -1, "上個": -1}[m.group("r")]
    first = add_months(date(ctx.pub.year, (ctx.pub.month - 1) // 3 * 3 + 1, 1), 3 * offset)
    last_month = add_months(first, 2)
    start, end = first, month_end(last_month.year, last_month.month)
    if m.group("p") in ("末", "底"):
        start = last_month  # 本季度末: its last month
    elif m.group("p") == "初":
        end = month_end(first.year, first.month)
    return _Cand(m.start(), m.end(), start, end, "part")


def _h_ap_only(m: re.Match, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), ctx.pub, ctx.pub, "time", attach_only=True)


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


# ----------------------------------------------------------------- the table

def rules() -> list[tuple[str, Handler]]:
    """(pattern, handler) in priority order (earlier wins ties)."""
    return [
        (rf"{_frag('a')}{_RCONN}{_frag('b')}", _h_ymd_range),
        (_frag("a"), _h_ymd),
        (rf"(?:(?P<y>{_YNUM})年|(?P<yr>{_YREL_RE}))?(?P<m1>{_MNUM})(?:月份?)?{_RCONN}"
         rf"(?P<m2>{_MNUM})月份?", _h_month_range),
        (rf"(?P<y1>{_YNUM})年?{_RCONN}(?P<y2>{_YNUM})年(?![代级龄])", _h_year_range),
        (rf"(?:(?P<y>{_YNUM})年(?![代级龄])|(?P<yr>{_YREL_RE}))(?P<yp>{_YPART_RE})?", _h_year),
        (r"(?<![今明去前后本来年\d〇零一二三四五六七八九])(?P<yp>年初|年底|年末|年终"
         r"|年中(?![国方美日欧俄英德法韩印企外资央共军东西南北]))"
         r"|(?P<yq>上半年|下半年|前三季度|第?[一二三四1-4]季度|第[一二三四1-4]季(?![节節目])|首季度?)", _h_ypart_bare),
        (r"(?<![本下上这个\d一二三四五六七八九十])月(?P<p>初|中(?=旬)|底|末)", _h_mpart_bare),
        (r"(?<![月\d一二三四五六七八九十初中])(?P<p>上旬|中旬|下旬)", _h_xun_bare),
        (r"(?<![去明前后])(?<![去明前后\d]年)(?:今年)?全年(?:度)?(?![龄級级轻])", _h_whole_year),
        (r"[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?(?:规划|規劃|计划|計劃)?(?:(?P<end>末|收官之年)|期间|期間|时期|時期)?",
         _h_five_year_plan),
        (r"明[后後][两兩2]?年|今明[两兩2]年", _h_next_two_years),
        (r"明[后後][两兩2]?[天日]|今明[两兩2]?[天日](?![报報])", _h_next_two_days),
        (r"(?:(?:上世纪|20世纪)(?P<c>\d0|[一二三四五六七八九]十)年代|(?P<y>(?:19|20)\d0)年代)"
         r"(?P<p>初期|初|中期|中|后期|後期|末期|末)?", _h_decade),
        (r"(?:本世纪|(?P<n>21|二十一)世纪)(?P<p>中叶|中期|末)", _h_century),
        (rf"(?P<wk>{_WKREL_RE})(?:周|星期|礼拜)?(?P<wd>[一二三四五六日天]|末)?", _h_week_rel),
        # 周末及假日 (weekends and holidays in general) is no date
        (r"(?<![每上下本这个逢])(?:周|星期|礼拜)(?P<wd>[一二三四五六日天]|末(?![及和与或、](?:节|公众|公共)?假))(?![年])", _h_weekday),
        (r"当天|當天|当日|當日", _h_same_day),
        (r"(?P<r>本|这个|這個|下一个|下一個|下一|下个|下個|下|上个|上個|上)(?:季度|季(?=末|底|初|内|內))(?P<p>末|底|初)?", _h_quarter_rel),
        (r"(?P<w>今|明|昨|前|后|後)[（(](?P<d>\d{1,2})[）)]日", _h_dayword_paren),
        (r"(?P<w>大后天|大前天|今天|今日|明天|明日|(?<![先最之以然落])后天(?![性的形])"
         # (即日起, 即日開始: "from this day", a notice's start)
         r"|昨天|昨日|(?<![提之以])前天|今晚|明晚|昨晚|今早|明早|今晨|昨晨|今夜|昨夜|即日(?=起|开始|開始|生效))", _h_dayword),
        (rf"(?<![月\d])(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?(?P<suf>之内|以内|内)"
         r"(?![容部阁地外政战涵心存需燃])", _h_dur_within),
        (rf"(?:未来|今后|接下来|此后|往后)的?(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?"
         r"(?P<suf>之内|以内|内|里|中|间|当中)?", _h_dur_within),
        (rf"(?<![月\d])(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?(?:之后|以后|后)(?![来者续面方勤卫果期台座])",
         _h_dur_after),
        # (not after 月: 2月30日前 is an impossible date, not "30 days ago")
        (rf"(?<![月\d])(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})多?(?:之前|以前|前)(?![往来进景任述期身提线夕后者])",
         _h_dur_ago),
        (rf"(?:过去|近|最近)的?(?P<n>{_NX})(?P<u>{_CN_UNIT_RE})(?:来|以来|里|中|间)?"
         rf"|(?P<n2>{_NX})(?P<u2>{_CN_UNIT_RE})(?:来|以来)", _h_dur_past_any),
        (r"(?<![今明去前后本来\d〇零一二三四五六七八九两几数个半多])(?P<u>年|月)内"
         r"(?![容部阁地外政战涵心存需燃])", _h_within_period),
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


def _h_dayword_paren(m: re.Match, ctx: _Ctx) -> _Cand | None:
    """Taiwan papers' 明（22）日, 今（21）日, 昨（20）日: the day word, with its day of the month in brackets.

    The day of the month wins when it lies within three days of the day word (a story dated the day
    before it ran); otherwise the day word counts from publication.
    """
    offset = {"今": 0, "明": 1, "昨": -1, "前": -2, "后": 2, "後": 2}[m.group("w")]
    day = ctx.pub + timedelta(days=offset)
    wanted = int(m.group("d"))
    for shift in (0, -1, 1, -2, 2, -3, 3):
        near = day + timedelta(days=shift)
        if near.day == wanted:
            day = near
            break
    return _Cand(m.start(), m.end(), day, day, "date")


def prefilters() -> dict[Handler, tuple[str, ...]]:
    """Patterns that every match of the handler's rules contains (so a text without one of them cannot match).

    Each is searched at most once per text, before the rules it guards run (speed): the five duration
    rules all hold a number and a unit (三个月, 两年) and their own word (内, 后, 前, 过去 …), the three
    range rules a connector (至, 到, -), a bare year part or month part its part word. The property tests
    ``test_timex_rule_triggers_never_skip_a_match`` and ``…_on_the_gold_expressions`` check that no
    candidate is lost.
    """
    duration = rf"{_NX}{_CN_UNIT_RE}"
    return {_h_ymd_range: (_RCONN,), _h_month_range: (_RCONN,), _h_year_range: (_RCONN,),
            _h_dur_within: (duration, "内|未来|今后|接下来|此后|往后"), _h_dur_after: (duration, "后"),
            _h_dur_ago: (duration, "前"), _h_dur_past_any: (duration, "过去|近|来"),
            _h_ypart_bare: ("年[初底末终中]|半年|季",), _h_mpart_bare: ("月[初中底末]",)}


def triggers() -> dict[Handler, str]:
    """A Chinese rule runs only when the text holds one of its characters (speed)."""
    return {
    _h_ymd_range: "月日号", _h_ymd: "月日号", _h_month_range: "月", _h_year_range: "年",
    _h_dayword_paren: "日", _h_year: "年", _h_ypart_bare: "年季", _h_mpart_bare: "月", _h_xun_bare: "旬", _h_whole_year: "全", _h_five_year_plan: "五", _h_next_two_years: "后後今", _h_next_two_days: "后後今", _h_decade: "代",
    _h_century: "纪", _h_week_rel: "周星礼", _h_weekday: "周星礼", _h_dayword: "天日晚早晨夜",
    _h_dur_within: "年月周星礼天日时", _h_dur_after: "年月周星礼天日时",
    _h_dur_ago: "年月周星礼天日时", _h_dur_past_any: "年月周星礼天日时", _h_within_period: "内",
    _h_later_cn: "稍晚早", _h_holiday: "节春夕元端中国清五七重腊圣平情妇六儿建植感万新",
    _h_event_cn: "前", _h_same_day: "天日", _h_quarter_rel: "季", _h_time_cn: "点时", _h_ap_only: "午晚早凌夜傍清深", _h_vague: "不今即将尽日早未短近",
}
