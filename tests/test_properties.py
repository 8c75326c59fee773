"""Property tests on the text paths: arbitrary Unicode never raises; spans index back to the text."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract import extract
from claims.text import split_sentences

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
