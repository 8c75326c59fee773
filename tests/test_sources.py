from datetime import date

import pytest

from claims.sources import (
    SourceError,
    find_dateline,
    is_chrome_marker,
    iter_article_paths,
    read_text_article,
    split_main_story,
    wire_outlet,
)
from conftest import FIXTURES, seed


def test_front_matter_gives_metadata_and_main_story_only():
    article = read_text_article(FIXTURES / "articles" / "sinchew_ge15_2022.txt")
    assert article.published == date(2022, 10, 20)
    assert article.outlet == "星洲日报"
    assert article.title.startswith("第15届全国大选")
    assert "阅读全文" not in article.text and "热门新闻" not in article.text
    assert article.dateline == "(吉隆坡20日讯)"


def test_chrome_split_on_seed_keeps_story_and_drops_teasers():
    text = seed("001_2cc3fc874bb8f236.txt").read_text(encoding="utf-8")
    layout = split_main_story(text)
    main = text[: layout.main_end]
    assert main.rstrip().endswith("越通社")
    assert "苏林" not in main
    captions = [text[s:e] for s, e in layout.excluded]
    assert any("图自越通社" in c for c in captions)


def test_caption_with_position_marker_is_excluded():
    body = "某官员(左2)与来访者会晤。\n\n正文第一段，他说将在明年访问。\n"
    layout = split_main_story(body)
    assert layout.excluded == [(0, body.index("\n"))]


def test_dateline_forms():
    assert find_dateline("(华盛顿9日讯)美国总统…")[2] == 9
    assert find_dateline("新华社北京2019年3月5日电 国务院总理…")[1] == date(2019, 3, 5)
    assert find_dateline("没有电头的文章。") is None
    # credit lines and wire heads without a day (the dateline column was empty for these)
    assert find_dateline("（新加坡讯）樟宜机场…") == ("（新加坡讯）", None, None)
    assert find_dateline("〔記者林宜君／台北報導〕中央氣象署…") == ("〔記者林宜君／台北報導〕", None, None)
    assert find_dateline("【明報專訊】政府宣布…") == ("【明報專訊】", None, None)
    assert find_dateline("CAPE CANAVERAL, Fla. (AP) — A NASA spacecraft…") == ("CAPE CANAVERAL, Fla. (AP) —", None, None)
    assert find_dateline("WASHINGTON, Jan 8 (Reuters) - The agency…") == ("WASHINGTON, Jan 8 (Reuters) -", None, 8)
    assert find_dateline("Jan 18 (Reuters) - Microsoft Corp will buy…") == ("Jan 18 (Reuters) -", None, 18)
    assert find_dateline("The company said on Friday it would…") is None


def test_wire_dateline_names_the_outlet_when_none_is_given(tmp_path):
    """新华社北京3月5日电 signs the story: the outlet, unless front matter or --outlet gives one."""
    assert wire_outlet("新华社北京2019年3月5日电") == "新华社" and wire_outlet("越通社河内——") == "越通社"
    assert wire_outlet("WASHINGTON, Jan 8 (Reuters) -") == "Reuters" and wire_outlet("CAPE CANAVERAL, Fla. (AP) —") == "AP"
    assert wire_outlet("（新加坡讯）") is None and wire_outlet("〔記者林宜君／台北報導〕") is None
    story = tmp_path / "x.txt"
    story.write_text("中新社北京3月5日电 国务院总理5日说，今年将发行超长期特别国债。\n", encoding="utf-8")
    assert read_text_article(story).outlet == "中新社"
    assert read_text_article(story, outlet="联合早报").outlet == "联合早报"
    story.write_text("---\noutlet: 星洲日报\n---\n中新社北京3月5日电 国务院总理5日说，今年将发行国债。\n", encoding="utf-8")
    assert read_text_article(story).outlet == "星洲日报"


def test_bad_files_raise_one_line_errors(tmp_path, bad_files):
    cases = [(path, words) for words, path in bad_files.items()] + [(tmp_path / "missing.txt", "no such file")]
    for path, words in cases:
        with pytest.raises(SourceError) as err:
            read_text_article(path)
        assert str(path) in str(err.value) and words in str(err.value)
        assert "\n" not in str(err.value)


def test_folder_expansion_reports_empty_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x", encoding="utf-8")
    got = list(iter_article_paths([tmp_path / "a", tmp_path / "empty", tmp_path / "nope"]))
    assert got[0] == (tmp_path / "a" / "x.txt", None)
    assert "no articles" in str(got[1][1]) and "no such file" in str(got[2][1])


def test_front_matter_lang_must_be_supported(tmp_path):
    """A front-matter lang the extractor cannot read is refused with one line, not stored as "fr"."""
    path = tmp_path / "fr.txt"
    path.write_text("---\npublished: 2024-03-01\nlang: fr\n---\nLe gouvernement annoncera demain.\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_text_article(path)
    assert str(err.value) == f"{path}: lang: 'fr' is not supported (zh or en)"
    path.write_text("---\npublished: 2024-03-01\nlang: ZH\n---\n政府明天将宣布新措施。\n", encoding="utf-8")
    assert read_text_article(path).lang == "zh"
    path.write_text("---\npublished: 2024-03-01\nlang: zh-TW\n---\n政府明天將宣布新措施。\n", encoding="utf-8")
    assert read_text_article(path).lang == "zh"  # a region or script tag: the language is read
    path.write_text("---\npublished: 2024-03-01\nlang: en_GB\n---\nThe government will announce it tomorrow.\n", encoding="utf-8")
    assert read_text_article(path).lang == "en"


def test_chrome_block_above_the_story_is_skipped_not_taken_for_its_end():
    # a scraped page: headline, a 热点推荐 block of teasers, the story (with a 图为 caption), then 相关阅读：
    body = ("新能源车展今日开幕\n某新闻 2025-06-27 08:32 发布于上海\n\n热点推荐\n某品牌新车将于下月上市？\n电池价格还会跌吗\n\n"
            "6月26日，第五届新能源车展在上海开幕，来自20多个国家的300余家企业参展，展期四天。\n\n"
            "图为6月26日，观众在展台前参观。\n\n主办方表示，明年展会规模将扩大一倍。\n\n相关阅读：\n某车企将在年底前推出三款新车\n\n责任编辑：张三\n")
    layout = split_main_story(body)
    main = body[: layout.main_end]
    assert main.rstrip().endswith("明年展会规模将扩大一倍。")
    skipped = [body[s:e] for s, e in layout.excluded]
    assert skipped == ["热点推荐", "某品牌新车将于下月上市？", "电池价格还会跌吗", "图为6月26日，观众在展台前参观。"]
    assert is_chrome_marker("相关阅读：") and is_chrome_marker("【相關閱讀】")


def test_wire_header_below_a_teaser_block_still_dates_the_page(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("口岸将24小时通关\n某网 2024-03-05 发布\n\n热点推荐\n某品牌新车将于下月上市？\n电池价格还会跌吗\n北方迎来降温\n\n"
                    "新华社深圳2024年3月5日电 深圳市口岸办有关负责人5日表示，深圳湾口岸将于4月1日起实行24小时通关。\n",
                    encoding="utf-8")
    article = read_text_article(page)
    assert article.published == date(2024, 3, 5) and article.dateline == "新华社深圳2024年3月5日电"


def test_front_matter_published_before_1900_is_refused(tmp_path):
    """A mistyped year (1818 for 2018) is refused with one line rather than making every claim two centuries due."""
    path = tmp_path / "old.txt"
    path.write_text("---\npublished: 1818-03-01\n---\n李明说，明年经济将增长5%。\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_text_article(path)
    assert str(err.value) == f"{path}: published: '1818-03-01' is before 1900-01-01; is the year mistyped?"
    path.write_text("---\npublished: 1900-01-01\n---\n李明说，明年经济将增长5%。\n", encoding="utf-8")
    assert read_text_article(path).published.isoformat() == "1900-01-01"


def test_front_matter_without_its_closing_line_is_refused(tmp_path):
    """An unclosed block would otherwise be read as body text, its fields lost and "published:" read as the story."""
    path = tmp_path / "open.txt"
    path.write_text("---\npublished: 2024-03-01\noutlet: 新华社\n李明说，明年经济将增长5%。\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_text_article(path)
    assert str(err.value) == f"{path}: front matter opened by '---' on line 1 has no closing '---' line"
    path.write_text("---\npublished: 2024-03-01\n---", encoding="utf-8")  # closed at the end of the file: no body
    with pytest.raises(SourceError, match="no article text"):
        read_text_article(path)
    path.write_text("---\n李明说，明年经济将增长5%。\n", encoding="utf-8")  # a rule, not front matter
    assert read_text_article(path).published is None
