"""Numerals, script normalisation and calendar arithmetic for :mod:`claims.timex`.

Everything here is pure and cheap to import (standard library only).

* :func:`normalize` maps full-width ASCII to ASCII and the Traditional
  characters that occur in time expressions to Simplified ones, **one
  character for one character**, so offsets found in the normalised text are
  offsets into the original text.
* :func:`cn_int` reads Chinese numerals (``二十七``, ``二〇一九``, ``两``) and
  Arabic digits; :func:`en_int` reads English number words.
* Calendar helpers (:func:`month_end`, :func:`add_months`, :func:`add_years`,
  :func:`monday_of`) implement the clipping rules of the deadline conventions:
  adding months or years that land on a day the target month lacks clips to
  that month's last day (Nov 30 + 3 months → Feb 28/29; Feb 29 + 1 year →
  Feb 28).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# Traditional → Simplified, restricted to characters that matter for dates and
# for the direction cues around them. Strictly one-to-one so spans survive.
_TRAD = (
    "個个 週周 禮礼 兩两 內内 農农 曆历 節节 後后 來来 於于 將将 幾几 數数 時时 點点 號号 "
    "間间 開开 會会 說说 稱称 發发 佈布 經经 預预 計计 劃划 擬拟 屆届 儘尽 盡尽 臘腊 陽阳 "
    "誕诞 勞劳 動动 慶庆 國国 終终 葉叶 紀纪 當当 這这 過过 達达 進进 實实 現现 還还 舉举 "
    "辦办 簽签 見见 訪访 報报 聖圣 兒儿 婦妇 軍军 黨党 鐘钟 萬万 億亿 約约 長长 宣宣 "
    "週周 歲岁 夠够 準准 備备 屆届 陰阴 曆历 元元 宵宵 聯联 選选 議议 談谈 決决 採采 "
    "啟启 動动 產产 車车 測测 務务 將将 爭争 標标 則则 貿贸 頭头 號号 節节 場场 "
    "張张 閉闭 幕幕 屆届 習习 記记 樣样 從从 起起 續续 週周 區区 關关 係系 隨随 "
    "線线 樓楼 機机 臺台 碼码 館馆 幣币 圓圆 謂谓 題题 現现 歷历 屆届 "
    "屬属 導导 並并 與与 對对 為为 們们 並并 戰战 區区 稍稍 遲迟 晚晚 最最 截截"
)
_PAIRS = [p for p in _TRAD.split() if len(p) == 2]
_TABLE: dict[int, str] = {ord(p[0]): p[1] for p in _PAIRS if p[0] != p[1]}
# Full-width ASCII (U+FF01–U+FF5E) to ASCII, and the ideographic space.
_TABLE.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_TABLE[0x3000] = " "
_TABLE[ord("～")] = "~"
_TABLE[ord("－")] = "-"


def normalize(text: str) -> str:
    """Return *text* with full-width ASCII and Traditional date words folded.

    ``len(normalize(t)) == len(t)`` always holds, so offsets carry over.
    """
    return text.translate(_TABLE)


_CN_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_int(token: str) -> int | None:
    """Read an Arabic or Chinese numeral; None when *token* is not one.

    ``"27"`` → 27, ``"二十七"`` → 27, ``"十二"`` → 12, ``"两"`` → 2,
    ``"二〇一九"`` → 2019 (digit-by-digit when no unit character appears).
    """
    if not token:
        return None
    if token.isascii():
        return int(token) if token.isdigit() else None
    if all(ch in _CN_DIGITS for ch in token):
        value = 0
        for ch in token:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in token:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "hundred": 100,
}
EN_NUMBER_WORDS = "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))


def en_int(token: str) -> int | None:
    """Read an English count (``"two"``, ``"30"``, ``"a"``); None otherwise."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return _EN_NUMBERS.get(token)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Number of days in *month* (1–12) of *year*: ``calendar.monthrange(year, month)[1]`` without the
    weekday it also computes (time expressions ask for this several times each)."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


def month_end(year: int, month: int) -> date:
    """Last day of *month* in *year*."""
    return date(year, month, days_in_month(year, month))


def add_months(day: date, months: int) -> date:
    """*day* moved by *months* calendar months, clipped to the target month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def add_years(day: date, years: int) -> date:
    """*day* moved by *years* (Feb 29 clips to Feb 28)."""
    return add_months(day, 12 * years)


def monday_of(day: date) -> date:
    """Monday of the ISO week containing *day*."""
    return day - timedelta(days=day.weekday())


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of calendar *quarter* (1–4) of *year*."""
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when it does not exist or is out of range."""
    if not (1 <= year <= 9998 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
