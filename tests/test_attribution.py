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


def test_english_titles_after_the_name_and_hyphenated_titles_before_it():
    from claims.attribution import attribute

    tail = attribute("Prices will likely rise next year, co-CEO Jane Roe said.", "en").speaker
    assert (tail.name, tail.title) == ("Jane Roe", "co-CEO")
    after = attribute('"There is a 30% chance of a recession," said Mary Lee, chief economist at Example Capital.',
                      "en").speaker
    assert (after.name, after.title) == ("Mary Lee", "chief economist at Example Capital")
    adding = attribute('"Rates will fall," said Mary Lee, adding that the bank would wait.', "en").speaker
    assert (adding.name, adding.title) == ("Mary Lee", None)  # what she went on to say is no title


def test_the_ceo_keeps_the_title_as_written():
    from datetime import date

    from claims.extract import extract

    claim = extract("Acme CEO Jane Roe spoke on Monday. The CEO said the company would raise prices next year.",
                    date(2024, 3, 1))[0]
    assert (claim.speaker.name, claim.speaker.title) == ("Jane Roe", "CEO")


def test_interviewee_named_only_in_a_headline_kept_apart():
    """A front-matter title (专访…局长王五：…) introduces the interviewee whose answers (答：) follow."""
    from datetime import date

    from claims.extract import extract

    text = "问：电价会不会上涨？\n\n答：我认为今年电价有望保持稳定。\n"
    alone = extract(text, date(2024, 4, 10))
    titled = extract(text, date(2024, 4, 10), title="专访国家能源局局长王五：新能源装机将再创新高")
    assert [c.speaker for c in alone] == [None]
    assert [(c.speaker.name, c.speaker.title) for c in titled] == [("王五", "国家能源局局长")]
