"""The index's segmentation: rjieba's words must be Python jieba's ``cut_for_search`` words (claims.search)."""

from __future__ import annotations

import json

import pytest

from claims.search import _keep, index_tokens, match_form, search_words
from claims.text import _jieba
from conftest import FIXTURES, SEEDS


def _texts() -> list[str]:
    """Every article text among the fixtures (articles, outcomes, gold sets) and the seeds."""
    texts = [p.read_text(encoding="utf-8") for folder in (FIXTURES / "articles", FIXTURES / "outcomes", SEEDS)
             if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    for path in sorted(FIXTURES.glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue  # (the bad-input fixtures)
            if isinstance(row, dict) and isinstance(row.get("text"), str) and len(row["text"]) > 200:
                texts.append(row["text"])
    return texts


def _kept(words) -> list[str]:  # type: ignore[no-untyped-def]
    return [w for w in (w.strip() for w in words) if _keep(w)]


def test_search_words_are_python_jiebas_on_every_fixture_article() -> None:
    texts = _texts()
    assert len(texts) > 700  # the gold sets' articles are read, not only the README's few
    jieba = _jieba()
    differing = [t[:40] for t in texts
                 if _kept(search_words(match_form(t))) != _kept(jieba.cut_for_search(match_form(t)))]
    assert differing == []


@pytest.mark.parametrize("text", [
    "新冠covid-19疫情", "2027-03-02发布", "增长3.5%以上", "002714.sz股价上涨", "a top-up fee", "u.s. and f-16v jets",
    "b-919a客机", "at&t与c#语言", "1,000亿元", "x_y+z", "联合国教科文组织总干事", "中华人民共和国成立", "",
    "美朝双方会设立联络处",
])
def test_search_words_match_python_jieba_on_mixed_runs(text: str) -> None:
    assert _kept(search_words(text)) == _kept(_jieba().cut_for_search(text))


def test_index_tokens_split_hyphenated_runs_as_jieba_does() -> None:
    # jieba-rs alone keeps 2027-03-02 and covid-19 whole, and search mode adds covid before covid-19
    assert index_tokens("新冠COVID-19疫情于2027-03-02结束") == ["新冠", "covid", "19", "疫情", "2027", "03", "02", "结束"]
