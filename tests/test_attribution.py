"""Attribution golden cases: fixtures/cases/attribution.jsonl (a new case is a new line)."""

import pytest

from claims.attribution import attribute
from conftest import FIXTURES, read_jsonl

CASES = read_jsonl(FIXTURES / "cases" / "attribution.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:24] for c in CASES])
def test_attribution(case):
    got = attribute(case["sentence"], case.get("lang", "zh"))
    if "pronoun" in case:
        assert got.pronoun == case["pronoun"]
        assert got.speaker is None
        return
    if case["speaker"] is None:
        assert got.speaker is None and got.pronoun is None
        return
    assert got.speaker is not None
    assert got.speaker.name == case["speaker"]
    assert got.speaker.kind == case["kind"]
    if "title" in case:
        assert got.speaker.title == case["title"]
