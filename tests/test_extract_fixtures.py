"""Golden fixtures: fixtures/articles/*.txt with expectations in fixtures/expected/*.json.

Each expected claim must be found (a claim whose text contains the quote) and
no non-claim may be extracted; speaker, kind, deadline and probability are
scored over the whole set, since the per-field targets are rates.
"""

import json
from pathlib import Path

import pytest

from claims.extract import extract_article
from claims.sources import read_text_article
from conftest import FIXTURES

EXPECTED = sorted((FIXTURES / "expected").glob("*.json"))


def _run(path: Path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    article = read_text_article(FIXTURES / "articles" / f"{path.stem}.txt")
    return expected, article, extract_article(article)


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_every_expected_claim_found_and_no_non_claim(path):
    expected, article, claims = _run(path)
    assert article.published.isoformat() == expected["published"]
    for gold in expected["claims"]:
        assert any(gold["quote"] in c.text for c in claims), f"missed: {gold['quote']}"
    for text in expected["non_claims"]:
        assert not any(text in c.text for c in claims), f"non-claim extracted: {text}"
    matched = sum(any(g["quote"] in c.text for g in expected["claims"]) for c in claims)
    assert matched == len(claims), "claims extracted that the gold set does not list"


def _field_scores():
    totals = {"speaker": 0, "kind": 0, "deadline": 0, "probability": 0}
    n = 0
    for path in EXPECTED:
        expected, _, claims = _run(path)
        for gold in expected["claims"]:
            claim = next(c for c in claims if gold["quote"] in c.text)
            n += 1
            totals["speaker"] += (claim.speaker.name if claim.speaker else None) == gold["speaker"]
            totals["kind"] += claim.kind == gold["kind"]
            end = claim.deadline.end.isoformat() if claim.deadline and claim.deadline.end else None
            totals["deadline"] += end == gold["deadline_end"]
            p, g = claim.probability, gold["probability"]
            totals["probability"] += (p is None and g is None) or (p is not None and g is not None and abs(p - g) <= 0.1)
    return {k: v / n for k, v in totals.items()}, n


def test_field_accuracy_on_golden_set():
    scores, n = _field_scores()
    assert n >= 50
    assert scores["speaker"] >= 0.9, scores
    assert scores["kind"] >= 0.9, scores
    assert scores["deadline"] >= 0.9, scores
    assert scores["probability"] >= 0.9, scores
