"""The day a claim was said, when its attribution dates it before publication (ExtractedClaim.said_on)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claims.extract import extract
from conftest import new_database_url, run_cli

CASES = [
    # (text, published, said_on of every claim)
    ("“我们承诺，通关时间将压缩到48小时以内。”重庆海关关长陈志强在13日的记者会上说。", "2025-03-14", "2025-03-13"),
    ("運輸及物流局局長林世雄昨日（19日）表示，東涌線延線預計明年第三季通車。", "2025-03-20", "2025-03-19"),
    ("魏哲家去年曾預測，今年AI晶片營收將倍增。", "2025-03-20", "2024-12-31"),
    ("Dutch minister Hendriks told parliament last week that the dike would be finished by 2027.", "2025-03-20",
     "2025-03-16"),
    ("\"We will probably cut rates next year,\" Powell said on Tuesday.", "2025-03-20", "2025-03-18"),
    # an enumeration's items take the frame's day
    ("国家统计局新闻发言人付凌晖17日在发布会上表示，一是今年经济将保持增长；二是物价将温和回升。", "2025-03-20", "2025-03-17"),
    # no date in the attribution, a vague one (日前), a span up to publication (近三年来), or one too old: None
    ("李明说，明年经济将增长5%。", "2025-03-20", None),
    ("王志远日前在北京接受专访时认为，此访将为两国合作带来新动力。", "2025-03-20", None),
    ("In 2019, Musk predicted that Tesla would have a million robotaxis on the road.", "2025-03-20", None),
]


@pytest.mark.parametrize(("text", "published", "said_on"), CASES, ids=[c[0][:16] for c in CASES])
def test_said_on(text: str, published: str, said_on: str | None) -> None:
    claims = extract(text, date.fromisoformat(published))
    assert claims
    assert {c.said_on.isoformat() if c.said_on else None for c in claims} == {said_on}


def test_ingest_stores_the_day_it_was_said_and_json_shows_it(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2025-03-14\n---\n“明年关税将下调一半。”财政部长李明在13日的记者会上说。\n"
                       "李明还说，新规将于下月实施。\n", encoding="utf-8")
    extracted = json.loads(run_cli("extract", str(article), "--json").stdout)
    assert [c["said_on"] for c in extracted] == ["2025-03-13", None]
    db = new_database_url(tmp_path, "said")
    assert run_cli("--db", db, "ingest", str(article)).returncode == 0
    stored = json.loads(run_cli("--db", db, "list", "--json").stdout)
    assert sorted(c["said_on"] for c in stored) == ["2025-03-13", "2025-03-14"]
