"""The places a claim and an article are about (claims.places), and evidence from another place."""

from __future__ import annotations

import json

from claims.places import article_places, different_places, places_in
from conftest import run_cli


def test_places_are_read_longest_name_first_in_both_scripts() -> None:
    assert places_in("印度尼西亚总统大选") == {"Indonesia"}  # not India
    assert places_in("印度大选") == {"India"}
    assert article_places("賴清德當選總統", "（中央社記者陳怡君台北13日電）第16任總統選舉今天投票。") == {"Taiwan"}
    assert article_places("Fed holds rates", "WASHINGTON (Reuters) - The U.S. central bank said ...") == {"United States"}
    assert places_in("本港今年经济增长") == {"Hong Kong"}  # the Hong Kong press's own "this territory"
    assert article_places("Bank of England cuts rates", "The Bank of England cut its key rate.") == {"Britain"}
    assert places_in("a ukrainian drone") == set()  # whole words only: "ukrainian" is not "ukraine"
    assert article_places("总统选举", "x" * 400 + "新加坡") == set()  # beyond the lede
    assert article_places("总统选举", "x" * 400 + "新加坡", whole=True) == {"Singapore"}


def test_different_places_needs_both_sides_named_and_none_shared() -> None:
    assert different_places(frozenset({"Singapore"}), frozenset({"Taiwan"}))
    assert not different_places(frozenset({"Singapore"}), frozenset({"Taiwan", "Singapore"}))
    assert not different_places(frozenset(), frozenset({"Taiwan"}))  # a claim with no place is not compared
    assert not different_places(frozenset({"China"}), frozenset())


def test_an_election_elsewhere_settles_nothing(stocked_db: str) -> None:
    """The Singapore turnout forecast (强制投票, 九成以上) is supported by Singapore's result; Taiwan's turnout,
    an article that never names Singapore, only mentions it (it used to refute it: 71.86% outside 九成)."""
    claim = next(c for c in json.loads(run_cli("list", "--json").stdout) if "投票率会保持在九成以上" in c["text"])
    found = json.loads(run_cli("evidence", "suggest", str(claim["id"]), "--top", "5", "--json").stdout)
    stances = {f["article"]["title"]: f["stance"] for f in found}
    assert stances["尚达曼获70.41%选票 当选第九任总统"] == "supports"
    assert stances["賴清德得票率40.05%當選總統 立法院無政黨過半"] == "mentions"
