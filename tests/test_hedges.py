"""Hedge golden cases: fixtures/cases/hedges.jsonl."""

import pytest

from claims.hedges import find_hedge
from conftest import FIXTURES, read_jsonl

CASES = read_jsonl(FIXTURES / "cases" / "hedges.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:20] for c in CASES])
def test_hedge(case):
    got = find_hedge(case["text"], case.get("lang", "zh"))
    if case.get("hedge", "x") is None and "hedge_contains" not in case:
        assert got is None
        return
    assert got is not None
    if "hedge" in case:
        assert got.words == case["hedge"]
    else:
        assert case["hedge_contains"] in got.words
    assert got.probability == pytest.approx(case["probability"])
