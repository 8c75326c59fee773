"""Named festivals (Chinese, Traditional or English names) to Gregorian dates."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from claims.numerals import normalize

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


def holiday_name(name: str) -> str | None:
    """The canonical Simplified name of holiday *name* (國慶 → 国庆节, May Day → 劳动节), or None."""
    return _ALIASES.get(normalize(name).strip().lower())


@lru_cache(maxsize=1024)
def holiday_date(name: str, year: int) -> date | None:
    """Gregorian date of holiday *name* (Chinese, Traditional or English) in *year*.

    Lunar festivals (春节, 元宵节, 端午节, 七夕, 中秋节, 重阳节, 腊八) are converted
    with :mod:`lunardate`; 除夕 is the day before 春节; 清明 uses the solar-term
    formula in the module docstring; 感恩节 is the 4th Thursday of November.
    Returns None for an unknown name or a year outside lunardate's 1900–2099.
    Results are cached: a lunar conversion costs more than all the rest of reading the expression.
    """
    key = holiday_name(name)
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
