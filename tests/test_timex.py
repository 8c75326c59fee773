"""Tests for claims.timex: the gold list, traps, properties and parse_deadline."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.timex import CONVENTIONS, KINDS, Timex, find_timexes, holiday_date, parse_deadline

GOLD_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "timex"


def _gold() -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                cases.append((f"{path.stem}:{number}", json.loads(line)))
    return cases


GOLD = _gold()


def test_gold_list_is_big_and_balanced() -> None:
    records = [r for _, r in GOLD]
    assert len(records) >= 260
    assert sum(r["lang"] == "en" for r in records) >= 40
    assert sum(bool(r.get("none")) for r in records) >= 20


@pytest.mark.parametrize("record", [r for _, r in GOLD], ids=[i for i, _ in GOLD])
def test_gold(record: dict) -> None:
    found = find_timexes(record["context"], date.fromisoformat(record["published"]))
    if record.get("none") or record["text"] is None:
        assert found == [], [t.text for t in found]
        return
    match = [t for t in found if t.text == record["text"]]
    assert match, f"{record['text']!r} not in {[t.text for t in found]}"
    got = match[0].to_json()
    assert (got["start"], got["end"], got["kind"]) == (
        record["start"], record["end"], record["kind"])


@pytest.mark.parametrize("text", [
    "增长5.2%", "投资3000亿元", "共有27个项目", "10公里", "第2次峰会", "5车相撞",
    "9.9万美元", "1死95伤", "22个航班", "3号线", "提出3点建议", "The army sent 2000 troops.",
])
def test_traps_yield_nothing(text: str) -> None:
    assert find_timexes(text, date(2024, 3, 1)) == []


def test_year_written_with_nian_is_a_year_but_bare_number_is_not() -> None:
    (found,) = find_timexes("2024年度报告", date(2025, 3, 1))
    assert (found.text, found.kind, found.start) == ("2024年", "year", date(2024, 1, 1))
    assert find_timexes("共3000人", date(2025, 3, 1)) == []


def test_december_27_is_not_year_2012() -> None:
    (found,) = find_timexes("12月27日", date(2024, 12, 30))
    assert found.start == found.end == date(2024, 12, 27)


def test_month_before_is_exclusive() -> None:
    (found,) = find_timexes("今年10月前", date(2024, 3, 1))
    assert (found.start, found.end, found.by) == (date(2024, 3, 1), date(2024, 9, 30), True)


def test_time_of_day_never_changes_the_day() -> None:
    (found,) = find_timexes("凌晨2时", date(2024, 3, 1))
    assert found.start == found.end == date(2024, 3, 1)
    (found,) = find_timexes("3月5日晚上11点", date(2024, 3, 1))
    assert found.start == found.end == date(2024, 3, 5)


def test_direction_argument_forces_resolution() -> None:
    pub = date(2024, 3, 20)
    assert find_timexes("15日", pub, direction="future")[0].start == date(2024, 4, 15)
    assert find_timexes("25日", pub, direction="past")[0].start == date(2024, 2, 25)
    with pytest.raises(ValueError):
        find_timexes("15日", pub, direction="sideways")


def test_holiday_dates_come_from_the_lunar_calendar() -> None:
    assert holiday_date("春节", 2025) == date(2025, 1, 29)
    assert holiday_date("春節", 2024) == date(2024, 2, 10)
    assert holiday_date("中秋节", 2024) == date(2024, 9, 17)
    assert holiday_date("端午", 2025) == date(2025, 5, 31)
    assert holiday_date("元宵节", 2025) == date(2025, 2, 12)
    assert holiday_date("除夕", 2025) == date(2025, 1, 28)
    assert holiday_date("清明节", 2024) == date(2024, 4, 4)
    assert holiday_date("国庆节", 2024) == date(2024, 10, 1)
    assert holiday_date("Thanksgiving", 2024) == date(2024, 11, 28)
    assert holiday_date("no such day", 2024) is None


@pytest.mark.parametrize(("typed", "start", "end"), [
    ("年底前", date(2024, 3, 1), date(2024, 12, 31)),
    ("next March", date(2025, 3, 1), date(2025, 3, 31)),
    ("next march", date(2025, 3, 1), date(2025, 3, 31)),
    ("2025-06-30", date(2025, 6, 30), date(2025, 6, 30)),
    ("两年内", date(2024, 3, 1), date(2026, 3, 1)),
    ("兩年內", date(2024, 3, 1), date(2026, 3, 1)),
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ("by end-2025", date(2024, 3, 1), date(2025, 12, 31)),
    ("2月", date(2025, 2, 1), date(2025, 2, 28)),  # forward-looking: next February
    ("3月", date(2024, 3, 1), date(2024, 3, 31)),  # the current month is still ahead
])
def test_parse_deadline(typed: str, start: date, end: date) -> None:
    found = parse_deadline(typed, date(2024, 3, 1))
    assert found is not None
    assert (found.start, found.end) == (start, end)
    assert typed[found.span[0]:found.span[1]] == found.text


@pytest.mark.parametrize("garbage", ["", "garbage", "asdf qwer", "增长5.2%", "!!!"])
def test_parse_deadline_garbage_is_none(garbage: str) -> None:
    assert parse_deadline(garbage, date(2024, 3, 1)) is None


def test_to_json_shape() -> None:
    (found,) = find_timexes("年底前", date(2024, 3, 1))
    assert found.to_json() == {"text": "年底前", "span": [0, 3], "start": "2024-03-01",
                               "end": "2024-12-31", "kind": "part", "basis": "relative",
                               "by": True}


def test_conventions_table_is_documented() -> None:
    assert len(CONVENTIONS) >= 30
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in CONVENTIONS.items())


def test_importing_timex_does_not_load_jieba_or_dateparser() -> None:
    import subprocess

    code = ("import sys, claims.timex as t, datetime as d; "
            "t.find_timexes('明年3月底前 by June', d.date(2024, 3, 1)); "
            "print('jieba' in sys.modules, 'dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


_NEWSY = st.text(
    alphabet=st.sampled_from(list("0123456789年月日号周星期前后内起至到和、今明去本下上个季度初底末旬"
                                  "春节中秋点时半数几两三十二〇 -/,.onthe by Friday March Q3")),
    max_size=40)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=60), _NEWSY),
       published=st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31)),
       direction=st.sampled_from(["auto", "future", "past"]))
def test_property_never_raises_and_spans_index_text(text: str, published: date,
                                                    direction: str) -> None:
    found = find_timexes(text, published, direction=direction)
    last = 0
    for timex in found:
        assert isinstance(timex, Timex)
        assert text[timex.span[0]:timex.span[1]] == timex.text
        assert timex.span[0] >= last  # non-overlapping, in order
        last = timex.span[1]
        assert timex.kind in KINDS
        if timex.start is not None and timex.end is not None:
            assert timex.start <= timex.end


def _fixture_texts() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [json.loads(line)["text"] for path in sorted((root / "gold").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [json.loads(line)["context"] for path in sorted((root / "timex").glob("*.jsonl"))
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_timex_guard_keeps_matches() -> None:
    """The first-character lookahead changes no match of any Chinese rule on the fixture texts."""
    import re

    from claims.numerals import normalize
    from claims.timex import zh
    from claims.timex.guard import guarded

    texts = [normalize(t) for t in _fixture_texts()]
    changed = 0
    for pattern, handler in zh.rules():
        fast = guarded(pattern)
        changed += fast != pattern
        plain, quick = re.compile(pattern), re.compile(fast)
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in quick.finditer(text)], handler.__name__
    assert changed >= 10  # most rules start with an optional year and get a guard


def test_timex_guard_first_characters() -> None:
    from claims.timex.guard import guarded

    assert guarded("(?:明年|今年)?(?P<m>\\d+)月") == "(?=[今明\\d])(?:(?:明年|今年)?(?P<m>\\d+)月)"
    assert guarded("明年|今年") == "明年|今年"  # re skips ahead by itself
    assert guarded("(?:今年)?.月") == "(?:今年)?.月"  # any character may start it: no guard
    assert guarded("(?:a)?(?:b)?") == "(?:a)?(?:b)?"  # may match empty: no guard
