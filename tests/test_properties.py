"""Property tests on the text paths: arbitrary Unicode never raises; spans index back to the text."""

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract import extract
from claims.text import split_sentences
from conftest import FIXTURES

ZH_PIECES = st.sampled_from(["许利平表示，", "他说：", "“", "”", "将", "会", "可能性不大", "明年", "2月27日至28日",
                             "年底前", "。", "\n\n", "峰会", "本次会晤", "据了解，", "Trump said", " will ", "阅读全文\n"])
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(ZH_PIECES, st.text(max_size=5)), max_size=40).map("".join))


@settings(max_examples=150, deadline=None)
@given(TEXT, st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_extract_never_raises_and_spans_index_text(text, published):
    for claim in extract(text, published):
        assert text[claim.span[0] : claim.span[1]] == claim.text
        if claim.deadline and claim.deadline.start and claim.deadline.end:
            assert claim.deadline.start <= claim.deadline.end or claim.deadline.basis == "event"
        assert claim.probability is None or 0.0 <= claim.probability <= 1.0


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_sentences_index_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def _candidates(text: str, every_rule: bool) -> set[tuple]:
    """(rule, span, days, kind) of every candidate the rules give for *text*; *every_rule*: no triggers, only
    the script gate (Chinese rules for CJK text, English ones for Latin letters or digits)."""
    from claims.timex import engine

    ctx = engine._Ctx(text, date(2024, 3, 1), "auto")
    rules = engine._compiled()
    if every_rule:
        has_cjk = bool(engine._CJK.search(text))
        has_latin = bool(engine._LATIN.search(text)) and (not has_cjk or bool(engine._LETTER.search(text)))
        matches = [(index, m) for index, (pattern, _h, _t, is_english) in enumerate(rules)
                   if (has_latin if is_english else has_cjk) for m in pattern.finditer(text) if m.end() > m.start()]
    else:
        matches = list(engine._scan(text))
    found = set()
    for index, m in matches:
        try:
            cand = rules[index][1](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            cand = None
        if cand is not None and cand.e > cand.s:
            found.add((index, cand.s, cand.e, cand.start, cand.end, cand.kind))
    return found


EN_TIME_PIECES = st.sampled_from(
    ["by ", "before ", "the end of ", "next ", "this ", "last ", "within the ", "in ", "three ", "a few ",
     "weeks", "months", "year", "Q3", "H2 ", "2025", "19", "Jan. ", "May ", "March 3", "3rd", "on the 5th",
     "Monday", "tomorrow", "soon", "Christmas", "Lunar New Year", "at 9 a.m.", " at 14:30", "noon", "ago",
     "the first half of ", "quarter", "later this ", "summer ", "year-end", "ahead of the summit", ", ", ". "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(EN_TIME_PIECES, ZH_PIECES, st.text(max_size=4)), max_size=25).map("".join))
def test_timex_rule_triggers_never_skip_a_match(text):
    """Trigger words and characters only skip rules that cannot give a candidate (speed, never a lost
    expression)."""
    assert _candidates(text, every_rule=False) == _candidates(text, every_rule=True)


def test_timex_rule_triggers_on_the_gold_expressions():
    gold = [json.loads(line) for path in sorted((FIXTURES / "timex").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [g["text"] for g in gold if g.get("text")]
    assert len(texts) > 300
    for text in texts:
        assert _candidates(text, every_rule=False) == _candidates(text, every_rule=True), text
