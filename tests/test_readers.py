"""Readers: HTML in any encoding, JSON lines, feeds (a file, and a URL served on 127.0.0.1), folders, stdin,
refusals, duplicates and republished stories — through `claims ingest` in real processes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claims.readers import check_bytes, decode_bytes, read_html, sniff
from claims.sources import SourceError
from conftest import FIXTURES, ROOT, rows, run_cli

SOURCES = FIXTURES / "sources"


def _ingest_json(*args: str, stdin: str | None = None) -> tuple[int, dict]:
    out = run_cli("ingest", *args, "--json", stdin=stdin)
    return out.returncode, json.loads(out.stdout)


def test_every_reader_on_the_source_fixtures(isolated_db: str) -> None:
    code, summary = _ingest_json(str(SOURCES))
    assert code == 1  # some lines are refused; the rest are stored
    by_label = {a["path"]: a for a in summary["articles"]}
    stored = {Path(k).name if "://" not in k else k: v for k, v in by_label.items() if v["status"] == "stored"}
    assert set(stored) == {"big5_page.htm", "gbk_declares_utf8.html", "utf16_bom.txt", "scraped.jsonl:1",
                           "scraped.jsonl:4", "https://example.org/rss/typhoon", "https://example.org/rss/rail"}
    assert stored["gbk_declares_utf8.html"]["encoding"] == "gb18030"  # declared utf-8, detected GBK family
    assert stored["big5_page.htm"]["encoding"] == "big5"
    assert stored["utf16_bom.txt"]["encoding"] == "utf-16"
    refused = sorted(Path(a["path"]).name for a in summary["articles"] if a["status"] == "refused")
    assert refused == ["gb18030_no_date.txt", "scraped.jsonl:2", "scraped.jsonl:3"]
    errors = {Path(a["path"]).name: a["error"] for a in summary["articles"] if a["status"] == "refused"}
    assert "not JSON" in errors["scraped.jsonl:2"] and "no 'text' or 'html'" in errors["scraped.jsonl:3"]
    assert "no publication date" in errors["gb18030_no_date.txt"]
    assert summary["ingested"] == 7 and summary["refused"] == 3
    articles = rows(isolated_db, "select path, url, title, outlet, published, encoding, text from article order by id")
    by_path = {Path(r[0]).name if "://" not in r[0] else r[0]: r for r in articles}
    page = by_path["gbk_declares_utf8.html"]
    assert page[1] == "https://example.org/finance/2024/01/24/rrr-cut.html"  # canonical URL
    assert page[2] == "央行宣布下调存款准备金率" and page[3] == "示例新闻网"
    assert str(page[4]) == "2024-01-24"  # from article:published_time, not the sidebar's 2026/2025 dates
    text = page[6]
    assert "下调金融机构存款准备金率" in text
    for chrome in ("热门新闻", "某科技公司", "相关阅读", "房价明年", "版权所有", "首页"):
        assert chrome not in text  # the page chrome never reached the extractor
    assert str(by_path["https://example.org/rss/typhoon"][4]) == "2024-07-15"  # the entry's date


def test_gb18030_text_with_published_option(isolated_db: str) -> None:
    code, summary = _ingest_json(str(SOURCES / "gb18030_no_date.txt"), "--published", "2024-05-01")
    assert code == 0 and summary["articles"][0]["encoding"] == "gb18030"
    claims = json.loads(run_cli("list", "--json").stdout)
    assert claims[0]["deadline"]["end"] == "2025-12-31"  # 明年底 from 2024-05-01, parsed from GB18030 text


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A feed and its entry pages served from 127.0.0.1 (a real HTTP server in a thread)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for name, title, body in (
        ("a.html", "地铁新线年底通车", "<p>交通局局长林涛表示，地铁新线将于今年底通车。</p>"),
        ("b.html", "新医院动工", "<p>卫生局表示，新医院预计2027年落成。</p>"),
    ):
        (tmp_path / name).write_text(
            f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='sidebar'>热门：明年股市可能大涨</div><article><h1>{title}</h1>{body}</article></body></html>",
            encoding="utf-8")
    (tmp_path / "feed.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>本地快讯</title><link>{base}/</link><description>d</description>
<item><title>地铁新线年底通车</title><link>{base}/a.html</link><pubDate>Wed, 03 Apr 2024 09:00:00 +0800</pubDate>
<description>摘要一</description></item>
<item><title>新医院动工</title><link>{base}/b.html</link><pubDate>Thu, 04 Apr 2024 09:00:00 +0800</pubDate>
<description>摘要二</description></item>
<item><title>坏链接</title><link>{base}/missing.html</link><pubDate>Fri, 05 Apr 2024 09:00:00 +0800</pubDate>
<description>&lt;p&gt;消防局表示，新消防站将于明年启用。&lt;/p&gt;</description></item>
</channel></rss>""", encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_feed_url_fetches_each_entry_page(isolated_db: str, served: str) -> None:
    code, summary = _ingest_json(f"{served}/feed.xml")
    assert code == 0, summary
    assert [a["status"] for a in summary["articles"]] == ["stored", "stored", "stored"]
    stored = rows(isolated_db, "select url, title, published, outlet, text from article order by id")
    assert [(r[0].rsplit("/", 1)[1], str(r[2])) for r in stored] == [
        ("a.html", "2024-04-03"), ("b.html", "2024-04-04"), ("missing.html", "2024-04-05")]
    assert "地铁新线将于今年底通车" in stored[0][4] and "股市" not in stored[0][4]  # the page, without its sidebar
    assert "新消防站将于明年启用" in stored[2][4]  # a page that cannot be fetched falls back to the summary
    assert stored[0][3] == "本地快讯"


def test_folders_glob_and_stdin(isolated_db: str, tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.txt").write_text("---\npublished: 2024-01-02\n---\n\n部长表示，明年将推出新政策。\n", encoding="utf-8")
    (nested / "two.html").write_text("<html><body><article><p>市长表示，明年将修建新桥。</p></article></body></html>",
                                     encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    code, summary = _ingest_json(str(tmp_path), "--glob", "*.txt")
    assert code == 0 and [Path(a["path"]).name for a in summary["articles"]] == ["one.txt"]
    code, summary = _ingest_json(str(tmp_path), "--published", "2024-01-03")
    assert [Path(a["path"]).name for a in summary["articles"]] == ["one.txt", "two.html"]  # notes.md is not read
    assert [a["status"] for a in summary["articles"]] == ["duplicate", "stored"]
    code, summary = _ingest_json("-", "--published", "2024-01-04", stdin="议员表示，法案预计下月通过。\n")
    assert code == 0 and summary["articles"][0]["path"] == "<stdin>" and summary["ingested"] == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
        (b"PK\x03\x04" + b"\x00" * 30, "a ZIP archive"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "a gzip archive"),
        ("部长说\x00明年".encode() * 3, "binary file (NUL bytes)"),
        ("12345 —— 67890 ！？ 2024".encode(), "no Chinese or Latin letters in the text"),
        ("Η κυβέρνηση θα ανακοινώσει αύριο.".encode(),
         "no Chinese or Latin letters in the text (Greek letters only: claims reads Chinese and English)"),
    ],
)
def test_refusals_name_the_file_and_the_reason(isolated_db: str, tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("---\npublished: 2024-01-02\n---\n\n部长表示，明年将推出新政策。\n", encoding="utf-8")
    out = run_cli("ingest", str(bad), str(good))
    assert out.returncode == 1
    assert out.stderr.strip() == f"Error: {bad}: {reason}" or out.stderr.strip().startswith(f"Error: {bad}: {reason}")
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stdout.strip().endswith("1 ingested, 0 skipped as duplicates, 1 refused; 1 claims added")


def test_size_limit_and_strict(isolated_db: str, tmp_path: Path) -> None:
    big = tmp_path / "a_big.txt"
    big.write_text("---\npublished: 2024-01-02\n---\n\n" + "部长表示，明年将推出新政策。" * 200, encoding="utf-8")
    small = tmp_path / "b_small.txt"
    small.write_text("---\npublished: 2024-01-02\n---\n\n市长表示，明年将修建新桥。\n", encoding="utf-8")
    out = run_cli("ingest", str(tmp_path), "--max-size", "0.001")
    assert out.returncode == 1 and "over the size limit of 1.0 KB (--max-size)" in out.stderr
    assert "1 ingested, 0 skipped as duplicates, 1 refused" in out.stdout
    strict = run_cli("--db", str(tmp_path / "other.db"), "ingest", str(tmp_path), "--max-size", "0.001", "--strict")
    assert strict.returncode == 1 and "stopped at the first refusal" in strict.stdout
    assert "0 ingested" in strict.stdout  # b_small.txt comes after the refused file and is not read


def test_extract_has_the_size_limit_its_error_names(isolated_db: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("---\npublished: 2024-01-02\n---\n\n" + "部长表示，明年将推出新政策。" * 200, encoding="utf-8")
    refused = run_cli("extract", str(big), "--max-size", "0.001", "--json")
    assert refused.returncode == 1 and "over the size limit of 1.0 KB (--max-size)" in refused.stderr
    allowed = run_cli("extract", str(big), "--max-size", "1", "--json")
    assert allowed.returncode == 0 and json.loads(allowed.stdout)[0]["kind"] == "plan"


def test_same_text_or_url_once_and_republished_story_linked(isolated_db: str, tmp_path: Path) -> None:
    original = (FIXTURES / "articles" / "xinhua_npc_2019.txt").read_text(encoding="utf-8")
    head, body = original.split("---\n", 2)[1], original.split("---\n", 2)[2]
    copy_head = "\n".join(line for line in head.splitlines() if not line.startswith(("url:", "outlet:")))
    lines = [line for line in body.strip().splitlines() if line.strip()]
    copy = tmp_path / "copy.txt"
    copy.write_text(f"---\n{copy_head}\noutlet: 星洲日报\n---\n\n（北京综合电）" + "\n".join(lines[1:])
                    + "\n（编辑：张三）\n", encoding="utf-8")
    same_text = tmp_path / "same.txt"
    same_text.write_text("---\n" + head.replace("example.org", "example.net") + "---\n" + body.replace("\n", "\n\n"),
                         encoding="utf-8")
    out = run_cli("ingest", str(FIXTURES / "articles" / "xinhua_npc_2019.txt"), str(copy), str(same_text))
    assert out.returncode == 0, out.stderr
    assert "same story as article 1" in out.stdout and f"skipped  {same_text}: already stored as article 1" in out.stdout
    assert rows(isolated_db, "select id, story_id from article order by id") == [(1, 1), (2, 1)]
    card = json.loads(run_cli("scorecard", "--by", "outlet", "--format", "json").stdout)
    stored = len(json.loads(run_cli("list", "--json").stdout))
    assert card["overall"]["claims"] < stored  # the copy's claims are counted once


def test_reader_units() -> None:
    assert sniff(b'{"text": "x"}\n', ".txt") == "text" and sniff(b'{"text": "x"}\n', "") == "jsonl"
    assert sniff(b"<?xml version='1.0'?><rss>", ".xml") == "feed" and sniff(b"<!DOCTYPE html><html>", "") == "html"
    assert decode_bytes("明年将加息。".encode("gbk"), "x") == ("明年将加息。", "gb18030")  # short GBK: not Korean
    assert decode_bytes("明年將加息。".encode("big5"), "x") == ("明年將加息。", "big5")
    assert decode_bytes("\ufeff明年".encode("utf-8"), "x") == ("明年", "utf-8-sig")
    with pytest.raises(SourceError, match="over the size limit"):
        check_bytes(b"a" * 20, "f", max_bytes=10)
    page = read_html(b"<html><head><meta name='pubdate' content='2024-06-01'></head><body><div class='sidebar'>"
                     b"<time datetime='2030-01-01'>x</time></div><p>The minister said taxes will fall next year."
                     b"</p></body></html>", "p.html")
    assert page.published is not None and page.published.isoformat() == "2024-06-01" and page.lang == "en"


def test_extract_reads_html_and_jsonl_too() -> None:
    out = subprocess.run([sys.executable, "-m", "claims", "extract", str(SOURCES / "scraped.jsonl"), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 1  # two bad lines reported
    claims = json.loads(out.stdout)
    assert [c["article"]["path"] for c in claims] == [f"{SOURCES / 'scraped.jsonl'}:1", f"{SOURCES / 'scraped.jsonl'}:4"]


PAGE = """<html><head>{head}</head><body>
<div class="{cls}"><p>本报讯 国家统计局局长表示，今年经济预计将增长5%左右。</p><p>他说，明年物价可能温和上涨。</p></div>
<div id="side"><h3>热门新闻</h3><p>2026-01-10 台风预计周末登陆</p><p>央行行长潘功胜表示将降准。</p></div>
<div><strong>相关阅读</strong><p>专家张明预计房价明年回升。</p></div>
<div itemscope><meta itemprop="datePublished" content="2025-12-01"><span>另一条新闻</span></div>
</body></html>"""
META = '<meta property="article:published_time" content="2024-04-01">'


@pytest.mark.parametrize("cls", ["commentary-body", "photo-news-content", "thread-main", "shareholder-letter",
                                 "lead-paragraph", "content"])
def test_class_names_that_merely_contain_chrome_words_keep_their_text(cls: str) -> None:
    page = read_html(PAGE.format(head=META, cls=cls).encode(), "p.html")
    assert page.text.startswith("本报讯 国家统计局局长表示") and "明年物价可能温和上涨" in page.text
    for chrome in ("台风", "潘功胜", "张明", "另一条新闻"):  # a sidebar by id, by its heading, a related block
        assert chrome not in page.text


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ('<meta name="date" content="2026-01-10">' + META, "2024-04-01"),  # the specific tag wins over "date"
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, '
         '{"@type": "NewsArticle", "datePublished": "2024-04-02T08:00:00+08:00"}]}</script>', "2024-04-02"),
        ('<meta name="publishdate" content="2024/04/03 10:30">', "2024-04-03"),
        ("", None),  # the sidebar item's microdata date is not the page's
    ],
)
def test_publication_date_sources(head: str, day: str | None) -> None:
    page = read_html(PAGE.format(head=head, cls="content").encode(), "p.html")
    assert (page.published.isoformat() if page.published else None) == day


def test_jsonl_wrong_types_are_refused_per_line_and_the_run_goes_on(isolated_db: str, tmp_path: Path) -> None:
    good = {"published": "2024-03-01", "text": "部长表示，明年将降息。"}
    lines = [{**good, "published": 20240301}, {**good, "title": ["a", "b"]}, {"text": ["x"]},
             {**good, "url": 12345}, {**good, "text": "", "html": "<p>市长表示，明年将修桥。</p>"}, good]
    feed = tmp_path / "lines.jsonl"
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    code, summary = _ingest_json(str(feed))
    assert code == 1
    assert [a["status"] for a in summary["articles"]] == ["refused"] * 4 + ["stored", "stored"]
    assert "published must be text" in summary["articles"][0]["error"]
    assert "url must be text" in summary["articles"][3]["error"]


def test_feed_with_a_wrong_declared_encoding_and_undated_entries(isolated_db: str, tmp_path: Path) -> None:
    feed = tmp_path / "gbk.xml"
    feed.write_bytes(("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>示例快讯</title>"
                      "<item><title>修桥</title><link>https://example.org/a</link><description>本报讯 市长表示，明年将修建"
                      "新桥。</description></item></channel></rss>").encode("gbk"))
    code, summary = _ingest_json(str(feed), "--published", "2024-01-20")
    assert code == 0 and summary["articles"][0]["encoding"] == "gb18030"
    assert [(t, str(d), o) for t, d, o in rows(isolated_db, "select title, published, outlet from article")] == [
        ("修桥", "2024-01-20", "示例快讯")]


@pytest.mark.parametrize("text", ["BMW集团大中华区总裁表示，明年将推出新车型。", "BMW's chief executive said sales will grow."])
def test_text_starting_like_a_magic_number_is_text(isolated_db: str, tmp_path: Path, text: str) -> None:
    f = tmp_path / "bmw.txt"
    f.write_text(text, encoding="utf-8")
    code, summary = _ingest_json(str(f), "--published", "2024-01-02")
    assert code == 0 and summary["ingested"] == 1


def test_content_sniffing_does_not_override_a_text_file(isolated_db: str, tmp_path: Path) -> None:
    f = tmp_path / "rss.txt"
    f.write_text("The editor said the site will drop its <rss> and <feed> links next year.", encoding="utf-8")
    code, summary = _ingest_json(str(f), "--published", "2024-01-02")
    assert code == 0 and summary["ingested"] == 1
    code, summary = _ingest_json("-", "--published", "2024-01-03", stdin="{编者按}部长表示，明年将降息。\n")
    assert code == 0 and summary["ingested"] == 1


def test_a_folder_says_which_files_of_other_types_it_skipped(tmp_path, caplog):
    from claims.readers import expand

    (tmp_path / "a.txt").write_text("---\npublished: 2024-01-02\n---\n部长表示，明年将加税。\n", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    with caplog.at_level("WARNING", logger="claims"):
        got = list(expand([str(tmp_path)]))
    assert [Path(name).name for name, problem in got] == ["a.txt"]
    assert "skipped 2 file(s) of other types (.bin, .pdf)" in caplog.text


def test_ingest_of_a_folder_says_once_which_files_it_skipped(isolated_db: str, tmp_path: Path) -> None:
    """The progress bar's count of inputs reads the folder too; the note is still printed once."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("---\npublished: 2024-01-02\n---\n部长表示，明年将加税。\n", encoding="utf-8")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4")
    done = run_cli("ingest", str(folder))
    assert done.returncode == 0 and done.stderr.count("skipped 1 file(s) of other types (.pdf)") == 1


def test_front_matter_does_not_count_as_the_text_s_letters(tmp_path):
    from claims.readers import read_bytes

    data = b"---\ntitle: Numbers only\npublished: 2023-05-01\n---\n12345 ... !!! 2023\n"
    (item,) = list(read_bytes(data, "n.txt", ".txt"))
    assert item.error is not None and "no Chinese or Latin letters" in str(item.error)
