"""Acceptance on the two real seed articles (read from ../shared/seeds; skipped when absent)."""

from datetime import date

import pytest

from claims.extract import extract_article
from claims.sources import read_text_article
from conftest import seed


def _claims(name: str, published: date):
    article = read_text_article(seed(name), published=published)
    return article, extract_article(article)


def _one(claims, fragment: str):
    hits = [c for c in claims if fragment in c.text]
    assert hits, f"no claim containing {fragment!r}"
    return hits[0]


@pytest.mark.parametrize(
    "fragment",
    ["在多个领域上取得新突破", "美朝双方会设立联络处", "美国会部分解除对朝鲜的制裁", "会有具体的协议", "制裁的可能性并不大"],
)
def test_scholar_forecasts_on_the_hanoi_summit(fragment):
    _, claims = _claims("001_2cc3fc874bb8f236.txt", date(2019, 2, 25))
    claim = _one(claims, fragment)
    assert claim.speaker is not None and claim.speaker.name == "许利平"
    assert claim.speaker.kind == "person"
    assert claim.deadline is not None and claim.deadline.end == date(2019, 2, 28)
    assert claim.kind == "forecast"


def test_sanctions_remark_is_unlikely_positive_proposition():
    _, claims = _claims("001_2cc3fc874bb8f236.txt", date(2019, 2, 25))
    claim = _one(claims, "制裁的可能性并不大")
    assert claim.probability is not None and claim.probability < 0.5
    assert claim.probability == pytest.approx(0.2)
    assert claim.statement.endswith("美方解除对朝鲜制裁")


def test_scholar_title_kept_apart_from_name():
    _, claims = _claims("001_2cc3fc874bb8f236.txt", date(2019, 2, 25))
    claim = _one(claims, "在多个领域上取得新突破")
    assert claim.speaker.title.endswith("研究室主任")


@pytest.mark.parametrize("name,published", [("001_2cc3fc874bb8f236.txt", date(2019, 2, 25)),
                                            ("000_3251ff0e07fb26e6.txt", date(2019, 2, 10))])
def test_no_claim_from_teasers(name, published):
    article, claims = _claims(name, published)
    assert claims
    for marker in ("阅读全文", "热门新闻", "2026年", "泰国", "苏林", "更多"):
        assert all(marker not in c.text for c in claims)
    assert all(c.span[1] <= len(article.text) for c in claims)


def test_trump_economic_power_forecast_is_open_ended():
    _, claims = _claims("000_3251ff0e07fb26e6.txt", date(2019, 2, 10))
    claim = _one(claims, "会成为伟大的经济强国")
    assert claim.speaker is not None and claim.speaker.name == "特朗普"
    assert claim.deadline is None
    assert claim.kind == "forecast"


def test_biegun_meets_again_before_the_summit():
    _, claims = _claims("000_3251ff0e07fb26e6.txt", date(2019, 2, 10))
    claim = _one(claims, "还将举行会谈")
    assert claim.kind == "plan"
    assert claim.deadline is not None and claim.deadline.end <= date(2019, 2, 27)
    assert claim.deadline.basis == "event"


def test_summit_announcement_is_trumps_plan_due_end_of_month():
    _, claims = _claims("000_3251ff0e07fb26e6.txt", date(2019, 2, 10))
    claim = _one(claims, "本月稍后将在越南首都河内")
    assert claim.speaker.name == "特朗普" and claim.speaker.title == "美国总统"
    assert claim.kind == "plan"
    assert claim.deadline.end == date(2019, 2, 28)
