"""Small extraction golden cases: fixtures/cases/extract.jsonl (text, published, expected claims)."""

from datetime import date

import pytest

from claims.extract import extract
from conftest import FIXTURES, read_jsonl

CASES = read_jsonl(FIXTURES / "cases" / "extract.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:16] for c in CASES])
def test_extract_case(case):
    claims = extract(case["text"], date.fromisoformat(case["published"]))
    for gold in case["claims"]:
        hits = [c for c in claims if gold["quote"] in c.text]
        assert hits, f"missed {gold['quote']}"
        claim = hits[0]
        assert (claim.speaker.name if claim.speaker else None) == gold["speaker"]
        assert claim.kind == gold["kind"]
        assert claim.probability == (pytest.approx(gold["probability"]) if gold["probability"] is not None else None)
        end = claim.deadline.end.isoformat() if claim.deadline and claim.deadline.end else None
        assert end == gold["deadline_end"]
        if "statement" in gold:  # the proposition the probability is about (hedge and connective taken out)
            assert claim.statement == gold["statement"]
    for text in case["non_claims"]:
        assert not any(text in c.text for c in claims)
    assert len(claims) == len(case["claims"])
