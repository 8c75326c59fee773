"""Golden fixtures: fixtures/articles/*.txt with expectations in fixtures/expected/*.json.

Scored with claims.evaluate (the same matching as ``claims eval``): every
expected claim must be found and nothing else extracted; speaker, kind,
deadline and probability are rates over the whole set.
"""

import json
from pathlib import Path

import pytest

from claims.evaluate import Evaluation, GoldArticle, score_article
from claims.extract import extract_article
from claims.sources import read_text_article
from conftest import FIXTURES

EXPECTED = sorted((FIXTURES / "expected").glob("*.json"))


def _score(path: Path, result: Evaluation) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))
    article = read_text_article(FIXTURES / "articles" / f"{path.stem}.txt")
    assert article.published.isoformat() == expected["published"]
    gold = GoldArticle(path.stem, article.text, article.published, article.lang,
                       expected["claims"], expected["non_claims"])
    score_article(gold, extract_article(article), result)


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_every_expected_claim_found_and_nothing_else(path):
    result = Evaluation()
    _score(path, result)
    assert result.misses == []
    assert result.false_positives == []


def test_field_accuracy_on_golden_set():
    result = Evaluation()
    for path in EXPECTED:
        _score(path, result)
    figures = result.summary()
    assert figures["gold_claims"] >= 50
    assert figures["speaker_accuracy"] >= 0.9, figures
    assert figures["kind_accuracy"] >= 0.9, figures
    assert figures["deadline_accuracy"] >= 0.9, figures
    assert figures["probability_mae"] <= 0.05, figures
