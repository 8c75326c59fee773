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
and times of day onto their dates.  Nothing here imports jieba or dateparser
(numeric dates such as ``3/19/2025`` are read the way ``dateparser`` reads
them, month first unless the first number cannot be a month).

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
    上旬/月初/early March 1–10; 中旬/月中/mid-March 11–20; 下旬/月底/月末/late March
    21–last day.  年初/start of the year Jan 1–end Feb; 年中/mid-year Jun–Jul;
    年底/年末/end of the year December; 上半年 Jan–Jun; 下半年 Jul–Dec; 前三季度
    Jan–Sep; quarters are calendar quarters; 春季 Mar–May, 夏季 Jun–Aug, 秋季
    Sep–Nov, 冬季 Dec–Feb.  English "early <year>" is Jan 1–end of Feb, as 年初; "late
    <year>" is Sep 1–Dec 31 (wider than 年底, since English uses it loosely).  本世纪中叶/mid-century → 2040–2060 (a ±10-year
    window around 2050, the usual reading of China's 2050 targets); 本世纪末 →
    2090–2100.  Five-Year Plans: 十四五 → 2021–2025 (the nth plan, n ≥ 4, runs
    1971 + 5·(n − 4) to four years later), 十四五末 → its last year.  明后年 →
    next year and the year after; 今明两年 → publication to the end of next year.
    国庆假期/黄金周 → Oct 1–7, 五一假期 → May 1–5, 春节假期 → 除夕 to 初七 (the mainland's statutory
    breaks); 春运 → the 40 days from the 15th day before 春节 (the Ministry of Transport's travel rush).
    本周 said on a Sunday is the week that Sunday opens (Taiwan and Hong Kong
    count weeks from Sunday).  A day after an impossible month (13月5日)
    is not read at all.
"By" deadlines
    …前/之前/以前, by, before, 最迟, no later than: start = publication, end =
    end of the named period, inclusive (4月底前 → Apr 30, 年底前 → Dec 31).
    Three exclusive cases: a whole month with 前/before (今年10月前 → Sep 30,
    "before October"), a whole year likewise (2030年前 → Dec 31 2029, as two
    blind annotators of the held-out sets read it; 2030年底前 stays Dec 31
    2030) and a holiday or event (春节前 → the day before 春节; 元旦前 → Dec 31).  English
    "by June" is inclusive (Jun 30).  When the period already ended before
    publication, start is None.
Durations
    From publication: 两年内/within two years → the same calendar date two
    years on; 三个月内/未来三个月 → three months on, clipped to the month's end;
    数周内/几周/a few weeks → 21 days; 数日内/未来几天/coming days → 7 days;
    数月/几个月/several months and 数年/几年/the coming years are vague (no deadline: no count is given,
    and the gold sets' annotators leave them open 17 times in 20); 半年 → 6 months;
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
    …起/自…开始/from/starting/as of → start, no end ("open"); a bare "4月开始交付"
    keeps the month (it starts within April); …后/after → open from
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

from claims.timex.engine import find_timexes, parse_deadline
from claims.timex.holidays import holiday_date
from claims.timex.spans import KINDS, Timex

# Layout: spans (Timex, candidates, cues, calendar helpers) <- holidays, zh, en
# (the Chinese and English rule tables) <- engine (selection, joining, entry points).

__all__ = ["CONVENTIONS", "KINDS", "Timex", "find_timexes", "holiday_date", "parse_deadline"]

#: Every fuzzy word and the span it denotes (see the module docstring for why).
CONVENTIONS: dict[str, str] = {
    "上旬 / 月初 / early <month>": "days 1–10",
    "中旬 / 月中 (下月中, 7月中) / mid-<month>": "days 11–20",
    "下旬 / 月底 / 月末 / late <month> / end of <month>": "day 21–last day",
    "年初 / start of <year>": "Jan 1–last day of Feb",
    "early <year>": "Jan 1–end of Feb (as 年初)",
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
    "国庆假期 / 国庆黄金周 / 国庆期间": "Oct 1–Oct 7 (the mainland's statutory break)",
    "五一假期 / 五一黄金周": "May 1–May 5 (the mainland's statutory break since 2020)",
    "春节假期 / 春节期间": "除夕 to 初七 (the mainland's statutory break since 2025)",
    "春运 / 春运期间": "40 days from 15 days before 春节 (the Ministry of Transport's travel rush)",
    "明年全年 / 2025年全年": "that whole year (全年 alone is the publication year)",
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
    "数月 / 几个月 / several months / the coming months": "vague: no deadline",
    "数年 / 几年 / several years / the next few years": "vague: no deadline",
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
