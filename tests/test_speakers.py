"""Speaker identity across articles: Simplified/Traditional, the alias file, merging."""

import json

import pytest
from sqlmodel import select

from claims.attribution import Speaker as Ref
from claims.speakers import load_aliases, name_key, parse_aliases
from claims.store.db import resolve_url, session_scope
from claims.store.models import Speaker, SpeakerAlias
from claims.store.repo import (
    get_or_create_speaker,
    get_or_create_speakers,
    merge_speakers,
    speakers_summary,
)
from conftest import FIXTURES, read_jsonl, run_cli


def test_name_key_folds_script_space_and_case():
    assert name_key("賴清德") == name_key("赖清德")
    assert name_key("Donald  Trump") == name_key("donald trump") == "donaldtrump"
    assert name_key("唐纳德·特朗普") == "唐纳德特朗普"


def test_name_key_drops_a_company_legal_form_but_not_the_name():
    assert name_key("Intel Corp") == name_key("Intel") == name_key("INTEL CORP.") == "intel"
    assert name_key("Samsung Electronics Co., Ltd.") == name_key("Samsung Electronics") == "samsungelectronics"
    assert name_key("香港鐵路有限公司") == name_key("香港铁路") == "香港铁路"
    assert name_key("中国铁路上海局集团有限公司") == "中国铁路上海局集团"  # 集团 is part of the name
    assert name_key("Costco") == "costco" and name_key("Coinbase Inc") == "coinbase"  # Co only as a word
    assert name_key("有限公司") == "有限公司" and name_key("Co") == "co"  # nothing but a form: kept
    assert name_key("Alibaba Group Holding Ltd.") == "alibabagroupholding"
    assert name_key("Klarna Group") == name_key("Klarna Group plc") == name_key("Klarna") == "klarna"  # (migration 0010)
    # forms that are also names are kept after a one-word name; a capital "An" may be a surname
    assert name_key("Zaldy Co") == "zaldyco" and name_key("Texas AG") == "texasag" and name_key("UBS Group AG") == "ubs"
    assert name_key("中国公司") != name_key("中国") and name_key("港铁公司") == name_key("港铁")  # unnamed companies stay apart
    assert name_key("An Gang") == "angang" and name_key("The Fed") == name_key("Fed") and name_key("A senior official") == "seniorofficial"
    # a capital "A" before a description is the article; before a name of capitalised words it may be one
    assert name_key("A London-based aerospace strategist") == name_key("a London-based aerospace strategist")
    assert name_key("A Hoang Nguyen") == "ahoangnguyen" and name_key("Two Sigma") == "twosigma"
    # "Holdings" goes with the legal form; "Co." with its full stop is a company's even after one word
    assert name_key("United Airlines Holdings Inc.") == name_key("United Airlines") == "unitedairlines"
    assert name_key("Boeing Co.") == name_key("Boeing") == "boeing" and name_key("Zaldy Co") == "zaldyco"


def test_a_company_with_and_without_its_legal_form_is_one_speaker():
    with session_scope(resolve_url()) as session:
        first = get_or_create_speaker(session, Ref("Tokyo Electric Power Co", None, "organisation"))
        second = get_or_create_speaker(session, Ref("Tokyo Electric Power", None, "organisation"))
        assert first.id == second.id and second.aliases == ["Tokyo Electric Power"]


def test_shipped_aliases_map_variants_to_one_name():
    aliases = load_aliases()
    assert {aliases[name_key(n)] for n in ("川普", "Trump", "Donald Trump", "特朗普")} == {"特朗普"}
    # a ministry's short form and its full name (人社部 in one sentence, 人力资源和社会保障部 in the next)
    assert {aliases[name_key(n)] for n in ("人社部", "人力資源和社會保障部", "人力资源和社会保障部")} == {"人力资源和社会保障部"}
    assert {aliases[name_key(n)] for n in ("发改委", "国家发展改革委", "NDRC")} == {"国家发展和改革委员会"}
    assert parse_aliases("# c\nA = b, C d\n") == {"a": "A", "b": "A", "cd": "A"}


def test_variants_become_one_speaker_with_aliases():
    with session_scope(resolve_url()) as session:
        first = get_or_create_speaker(session, Ref("賴清德", "副總統", "person"))
        second = get_or_create_speaker(session, Ref("赖清德", None, "person"))
        trump = get_or_create_speaker(session, Ref("川普", None, "person"))
        again = get_or_create_speaker(session, Ref("Trump", None, "person"))
        assert first.id == second.id and trump.id == again.id
        assert trump.name == "特朗普" and set(trump.aliases) == {"川普", "Trump"}
        assert first.titles == ["副總統"]


def test_a_list_of_refs_resolves_as_one_by_one(tmp_path):
    refs = [Ref("賴清德", "副總統", "person"), Ref("川普", None, "person"), Ref("赖清德", "总统", "person"),
            Ref("Trump", "President", "person"), Ref("Tokyo Electric Power Co", None, "organisation"),
            Ref("Tokyo Electric Power", None, "organisation"), Ref("川普", None, "person")]

    def stored(session):
        return sorted((s.name, s.kind, s.aliases, s.titles) for s in session.exec(select(Speaker)).all())

    with session_scope(f"sqlite:///{tmp_path / 'one.db'}") as session:
        get_or_create_speaker(session, Ref("特朗普", None, "person"))  # stored before: found, not created
        single = [get_or_create_speaker(session, r).id for r in refs]
        one_by_one = stored(session)
    with session_scope(f"sqlite:///{tmp_path / 'list.db'}") as session:
        get_or_create_speaker(session, Ref("特朗普", None, "person"))
        listed = [s.id for s in get_or_create_speakers(session, refs)]
        assert stored(session) == one_by_one
        assert listed == single == [2, 1, 2, 1, 3, 3, 1]
        keys = sorted(session.exec(select(SpeakerAlias.key, SpeakerAlias.speaker_id)).all())
    assert ("川普", 1) in keys and ("赖清德", 2) in keys and ("tokyoelectricpower", 3) in keys
    assert one_by_one == [("Tokyo Electric Power Co", "organisation", ["Tokyo Electric Power"], []),
                          ("特朗普", "person", ["川普", "Trump"], ["President"]),
                          ("赖清德", "person", ["賴清德"], ["副總統", "总统"])]  # the alias file names 赖清德


def test_merge_moves_claims_and_aliases():
    with session_scope(resolve_url()) as session:
        get_or_create_speaker(session, Ref("王志远", "主任", "person"))
        get_or_create_speaker(session, Ref("王志遠博士", "研究员", "person"))
        kept = merge_speakers(session, "王志远", "王志遠博士")
        assert kept.aliases == ["王志遠博士"] and kept.titles == ["主任", "研究员"]
        assert [s["name"] for s in speakers_summary(session)] == ["王志远"]


def test_user_alias_file_and_merge_from_the_cli(tmp_path):
    own = tmp_path / "aliases.txt"
    own.write_text("陈某某 = 陳老師, Dr Chen\n", encoding="utf-8")
    env = {"CLAIMS_ALIASES": str(own)}
    assert run_cli("add", "a", "--speaker", "Dr Chen", env=env).returncode == 0
    assert run_cli("add", "b", "--speaker", "陈某某", env=env).returncode == 0
    assert run_cli("add", "c", "--speaker", "小陈", env=env).returncode == 0
    merged = run_cli("speakers", "merge", "陈某某", "小陈", "--json", env=env)
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["aliases"] == ["Dr Chen", "小陈"]
    listed = json.loads(run_cli("speakers", "--json", env=env).stdout)
    assert [(s["name"], s["claims"]) for s in listed] == [("陈某某", 3)]
    again = run_cli("speakers", "merge", "陈某某", "Dr Chen", env=env)
    assert again.returncode == 1 and "already one speaker" in again.stderr


def test_alias_file_errors_name_the_file_and_line(tmp_path):
    bad = tmp_path / "aliases.txt"
    bad.write_text("特朗普 = 川普\nno equals sign here\n", encoding="utf-8")
    done = run_cli("add", "x", "--speaker", "y", env={"CLAIMS_ALIASES": str(bad)})
    assert done.returncode == 1
    assert done.stderr.strip() == (f"Error: {bad}:2: expected 'canonical name [kind] = alias, alias' (the kind is optional: "
                                   "person, organisation or anonymous), got 'no equals sign here'")
    missing = run_cli("add", "x", "--speaker", "y", env={"CLAIMS_ALIASES": str(tmp_path / "nope.txt")})
    assert missing.returncode == 1 and "no such alias file" in missing.stderr
    assert json.loads(run_cli("list", "--json").stdout) == []  # nothing half-written


def test_merge_by_id():
    assert run_cli("add", "a", "--speaker", "甲").returncode == 0
    assert run_cli("add", "b", "--speaker", "乙").returncode == 0
    ids = {s["name"]: s["id"] for s in json.loads(run_cli("speakers", "--json").stdout)}
    merged = run_cli("speakers", "merge", str(ids["甲"]), str(ids["乙"]), "--json")
    assert merged.returncode == 0 and json.loads(merged.stdout)["aliases"] == ["乙"]


SPEAKER_KINDS = read_jsonl(FIXTURES / "cases" / "speaker_kinds.jsonl")


@pytest.mark.parametrize("case", SPEAKER_KINDS, ids=[c["name"] for c in SPEAKER_KINDS])
def test_speaker_kind_of_a_name_given_alone(case):
    """The name's form (speaker_kind_of), or, for cases marked "by": "alias file", the kind the shipped alias file
    declares (the form alone would say person)."""
    from claims.attribution import speaker_kind_of
    from claims.speakers import ALIAS_FILE, guess_speaker_kind

    assert guess_speaker_kind(case["name"], [ALIAS_FILE]) == case["kind"]
    if case.get("by") == "alias file":
        assert guess_speaker_kind(case["name"], []) == speaker_kind_of(case["name"]) == "person"
    else:
        assert speaker_kind_of(case["name"]) == case["kind"]


def test_an_alias_file_may_declare_kinds_and_names_a_bad_one(tmp_path):
    from claims.speakers import AliasError, declared_kinds, parse_aliases

    text = "# banks\n高盛 [organisation] = Goldman Sachs, 高盛集团\n李明 = Li Ming\n"
    assert parse_aliases(text) == {"高盛": "高盛", "goldmansachs": "高盛", "高盛集团": "高盛", "李明": "李明", "liming": "李明"}
    assert declared_kinds(text) == {"高盛": "organisation", "goldmansachs": "organisation", "高盛集团": "organisation"}
    with pytest.raises(AliasError, match=r"mine.txt:2: expected 'canonical name \[kind\] = alias"):
        parse_aliases("甲 = 乙\n高盛 [company] = Goldman Sachs\n", "mine.txt")
