"""Stance cues with negation scope, figures, lateness; key terms; suggested verdicts (pure functions)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extract import positive_proposition
from claims.quantities import Measure, bounds, holds, measures
from claims.search import coverage, index_tokens, key_terms, match_form
from claims.stance import stance_of, suggest_verdict
from conftest import FIXTURES, read_jsonl

CASES = read_jsonl(FIXTURES / "cases" / "stance.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_stance_case(case: dict) -> None:
    extra = {}
    if "deadline_end" in case:
        extra = {"deadline_end": date.fromisoformat(case["deadline_end"]),
                 "published": date.fromisoformat(case["published"])}
    found = stance_of(case["statement"], case["text"], context=case.get("context", ()), **extra)
    assert found.stance == case["stance"], found
    if "cue" in case:
        assert case["cue"] in found.cues, found
    if "premise_failed" in case:
        assert found.premise_failed is case["premise_failed"]
    if "mixed" in case:
        assert found.mixed is case["mixed"]


def test_stance_cases_cover_every_kind_of_trap() -> None:
    whys = " ".join(c["why"] for c in CASES)
    for kind in ("negated", "something else", "irrealis", "speculation", "double negation", "late", "figure",
                 "Traditional", "English", "void"):
        assert kind in whys


def test_passage_is_the_deciding_sentence_verbatim() -> None:
    text = "峰会前夜，各方仍在协商。會談結束後，兩國沒有宣布設立聯絡處。"
    found = stance_of("美朝双方会设立联络处", text)
    assert found.stance == "refutes"
    assert found.passage == "會談結束後，兩國沒有宣布設立聯絡處。"


def test_no_key_terms_means_mentions() -> None:
    assert stance_of("将会", "双方签署了协议。").stance == "mentions"


def test_match_form_is_simplified_half_width_lower() -> None:
    assert match_form("聯絡處ＡＢＣ１２") == "联络处abc12"


def test_index_tokens_are_search_mode_and_drop_function_words() -> None:
    tokens = index_tokens("美朝雙方會設立聯絡處的問題")
    assert "联络处" in tokens and "联络" in tokens  # search mode adds the sub-word
    assert "的" not in tokens and "会" not in tokens


def test_key_terms_drop_hedges_time_and_modal_fusions() -> None:
    terms = key_terms("另一个变化是美国会部分解除对朝鲜的制裁,或许会有象征性的做法")
    assert {"美国", "解除", "制裁", "朝鲜"} <= set(terms)
    assert "美国会" not in terms and "可能" not in terms
    assert not {"2月", "27日", "日至"} & set(key_terms("两国首脑会晤将于2月27日至28日举行"))


def test_coverage_weights_rare_words_more() -> None:
    terms = ["美朝", "取得"]  # 美朝 is not in jieba's IDF table (median idf 11.95), 取得 is common (5.31)
    assert coverage(terms, "美朝会晤") == pytest.approx(11.9547675029 / (11.9547675029 + 5.31), abs=0.01)
    assert coverage(terms, "取得成绩") < 0.35
    assert coverage([], "x") == 0.0


@pytest.mark.parametrize(
    ("statement", "lo", "hi", "unit"),
    [
        ("投票率会保持在九成以上", 90.0, None, "percent"),
        ("今年国内生产总值增长的预期目标定为6%至6.5%", 6.0, 6.5, "percent"),
        ("投票率可能落在七成左右", 65.0, 75.0, "percent"),
        ("居民消费价格涨幅控制在3%左右", 2.5, 3.5, "percent"),
        ("投票率将低于上届大选的82%", None, 82.0, "percent"),
        ("城镇新增就业1100万人以上", 11_000_000.0, None, "count"),
        ("turnout will exceed 70 percent", 70.0, None, "percent"),
        ("税率将由16%降至13%", 12.5, 13.5, "percent"),
    ],
)
def test_bounds(statement: str, lo: float | None, hi: float | None, unit: str) -> None:
    (bound,) = bounds(statement)
    assert (bound.lo, bound.hi, bound.unit) == (lo, hi, unit)


def test_measures_and_holds() -> None:
    found = measures("总统选举投票率为71.86%，柯文哲得票26.46%。")
    assert [(m.value, m.unit) for m in found] == [(71.86, "percent"), (26.46, "percent")]
    (bound,) = bounds("投票率可能落在七成左右")
    assert holds(bound, found[0]) is True
    assert holds(bound, Measure(80.0, "percent", "80%", "投票率")) is False
    assert holds(bound, Measure(7e5, "count", "70万", "人数")) is None


def test_respective_figures_are_not_assigned() -> None:
    text = "陈钦亮和陈清木分别获得15.72%和13.88%的选票。"
    assert stance_of("陈清木的得票率超过两成", text).stance == "mentions"


@pytest.mark.parametrize(
    ("statement", "hedge", "probability", "expected"),
    [
        ("明年不会加息", "不会", 0.1, "明年加息"),
        ("美方解除制裁的可能性并不大", "可能性并不大", 0.2, "美方解除制裁的可能性并不大"),  # _statement already cut it
        ("Britain is unlikely to meet the target", "unlikely", 0.2, "Britain will meet the target"),
        ("it was unlikely regulators would clear a second flight", "unlikely", 0.2,
         "regulators would clear a second flight"),
        ("SpaceX won't launch again this year", "won't", 0.1, "SpaceX will launch again this year"),
        ("我们绝不会让通胀失控", "不会", None, "我们绝不会让通胀失控"),  # a promise keeps its words
        ("明年会加息", "会", 0.8, "明年会加息"),
    ],
)
def test_positive_proposition(statement: str, hedge: str, probability: float | None, expected: str) -> None:
    assert positive_proposition(statement, hedge, probability) == expected


def test_suggest_verdict_by_weight_share() -> None:
    assert suggest_verdict([]) is None
    assert suggest_verdict([("mentions", 5.0, False, "a")]) is None
    one = suggest_verdict([("refutes", 4.0, False, "a")])
    assert one is not None and (one.verdict, one.confidence) == ("false", 0.8)
    two = suggest_verdict([("supports", 6.0, False, "a"), ("supports", 3.0, False, "b"), ("refutes", 1.0, False, "c")])
    assert two is not None and two.verdict == "true" and two.confidence == 1.0  # c is under 40% of the best: left out
    mixed = suggest_verdict([("supports", 5.0, False, "a"), ("refutes", 4.0, False, "b")])
    assert mixed is not None and mixed.verdict == "partly"
    void = suggest_verdict([("refutes", 5.0, True, "a"), ("refutes", 2.0, False, "b")])
    assert void is not None and void.verdict == "void"


def test_a_scheduled_events_own_word_after_its_day_reports_it_held() -> None:
    """本月19日投票 reports the vote as held on the 19th (supports 投票将在下个月19日举行); 投票日為9月6日 only
    restates the schedule and settles nothing."""
    from datetime import date

    claim = "投票将在下个月19日举行，竞选期为14天"
    held = stance_of(claim, "第15届全国大选于11月5日提名，本月19日投票，军警人员则在15日提早投票。",
                     deadline_end=date(2022, 11, 19), published=date(2022, 11, 24))
    assert (held.stance, held.cues) == ("supports", ("投票",))
    restated = stance_of("投票日定於9月6日", "立法會選舉提名期明日截止，按目前安排，投票日為9月6日。",
                         deadline_end=date(2020, 9, 6), published=date(2020, 7, 30))
    assert restated.stance == "mentions"
