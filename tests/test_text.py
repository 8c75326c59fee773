from hypothesis import given, settings
from hypothesis import strategies as st

from claims.text import clause_start, detect_lang, normalize_width, split_sentences


def test_normalize_width_keeps_length_and_maps_fullwidth():
    s = "２０１９年２月２８日　ＡＢＣ，好"
    out = normalize_width(s)
    assert out == "2019年2月28日 ABC,好"
    assert len(out) == len(s)


def test_sentences_respect_quotes_and_attribution_tail():
    text = "“明年经济将增长5%。”财政部长李明在会上说。他还说，“我们会努力。下个月见。”然后呢。"
    got = [s.text for s in split_sentences(text)]
    assert got == ["“明年经济将增长5%。”财政部长李明在会上说。", "他还说，“我们会努力。下个月见。”", "然后呢。"]


def test_sentence_spans_index_text_and_paragraphs_count():
    text = "第一段第一句。第一段第二句！\n\n第二段。\nEnglish here. Second one."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1, 1]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert sentences[-1].text == "Second one."


def test_detect_lang():
    assert detect_lang("特朗普表示将举行峰会") == "zh"
    assert detect_lang("The summit will be held in Hanoi.") == "en"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="，：；;,:19a字 ", max_size=40), st.integers(min_value=0, max_value=45))
def test_clause_start_reads_backwards_as_the_pattern_reads_forwards(text, position):
    """clause_start scans back from the position (linear on long sentences); the answer is the pattern's."""
    from claims.text import _CLAUSE_START_RE

    last = -1
    for m in _CLAUSE_START_RE.finditer(text, 0, position):
        last = m.start()
    assert clause_start(text, position) == last + 1
