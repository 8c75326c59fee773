"""Event-anchored deadlines: dated in the same article, or in an earlier stored article."""

from datetime import date

from claims.events import (
    MAX_EVENT_DAYS,
    DatedEvent,
    EventLedger,
    dated_events,
    event_label,
    is_upcoming,
)
from claims.extract import extract
from claims.sources import SourceArticle
from claims.store.db import resolve_url, session_scope
from claims.store.repo import save_article, stored_events

EARLIER = "两国元首第二次会晤定于2月27日至28日在越南河内举行。"
LATER = "北京大学教授张华认为，本次会晤将取得一定成果。他还说，第二次会晤前双方会举行工作层磋商。"


def test_event_label_keeps_qualifiers_and_drops_deictics():
    assert event_label(EARLIER, EARLIER.index("会晤"), EARLIER.index("会晤") + 2) == "两国元首第二次会晤"
    s = "他认为本次会晤将取得成果"
    assert event_label(s, s.index("会晤"), s.index("会晤") + 2) == "会晤"


def test_dated_events_prefers_exact_dates_in_holding_sentences():
    text = "白宫称两国领导人本月稍后将再度举行峰会。这场峰会订于2月27日和28日在河内举行。"
    events = dated_events(text, date(2019, 2, 10))
    assert events[0] == DatedEvent("峰会", "summit", date(2019, 2, 27), date(2019, 2, 28), "2月27日和28日")
    assert events[1].expression == "本月稍后"


def test_claims_take_deadlines_from_events_of_earlier_articles():
    known = dated_events(EARLIER, date(2019, 2, 20))
    alone = extract(LATER, date(2019, 2, 22))
    assert [c.deadline for c in alone] == [None, None]
    claims = extract(LATER, date(2019, 2, 22), known_events=known)
    assert [(c.deadline.end, c.deadline.basis) for c in claims] == [
        (date(2019, 2, 28), "event"), (date(2019, 2, 26), "event")]


def test_bare_mention_needs_a_unique_upcoming_event():
    known = [DatedEvent("峰会", "summit", date(2019, 3, 1), date(2019, 3, 2), "3月1日"),
             DatedEvent("东盟峰会", "summit", date(2019, 3, 10), date(2019, 3, 11), "3月10日")]
    claims = extract("专家认为，本次峰会将取得成果。", date(2019, 2, 22), known_events=known)
    assert claims[0].deadline is None  # two candidates: refuse to guess
    claims = extract("专家认为，东盟峰会将取得成果。", date(2019, 2, 22), known_events=known)
    assert claims[0].deadline.end == date(2019, 3, 11)


def test_events_are_stored_once_and_read_back():
    url = resolve_url()
    article = SourceArticle(path="a.txt", text=EARLIER, published=date(2019, 2, 20))
    events = dated_events(article.text, article.published)
    with session_scope(url) as session:
        save_article(session, article, extract(article.text, article.published), events)
    again = SourceArticle(path="b.txt", text=EARLIER + "\n补充。", published=date(2019, 2, 21))
    with session_scope(url) as session:
        save_article(session, again, [], dated_events(again.text, again.published))
    with session_scope(url) as session:
        assert stored_events(session) == events


def test_ingest_uses_events_dated_by_earlier_articles(tmp_path):
    """From the CLI: the second article names the meeting without its date; ingest dates it."""
    import json

    from conftest import run_cli

    first = tmp_path / "a_schedule.txt"
    first.write_text("---\npublished: 2019-02-20\ntitle: 日期公布\n---\n\n" + EARLIER + "\n", encoding="utf-8")
    second = tmp_path / "b_analysis.txt"
    second.write_text("---\npublished: 2019-02-22\ntitle: 学者预测\n---\n\n" + LATER + "\n", encoding="utf-8")
    assert run_cli("ingest", str(first), str(second)).returncode == 0
    listed = json.loads(run_cli("list", "--speaker", "张华", "--json").stdout)
    assert [(c["deadline"]["end"], c["deadline"]["basis"]) for c in listed] == [
        ("2019-02-28", "event"), ("2019-02-26", "event")]
    alone = json.loads(run_cli("extract", str(second), "--json").stdout)
    assert [c["deadline"] for c in alone] == [None, None]  # extract reads the article alone


def test_event_dated_after_the_forecast_was_stored_still_dates_it(tmp_path):
    """Ingest order must not matter: the forecast first, the schedule later (or in one folder, any names)."""
    import json

    from conftest import run_cli

    forecast = tmp_path / "a_forecast.txt"
    forecast.write_text("---\npublished: 2019-02-22\ntitle: 学者预测\n---\n\n" + LATER + "\n", encoding="utf-8")
    schedule = tmp_path / "z_schedule.txt"
    schedule.write_text("---\npublished: 2019-02-20\ntitle: 日期公布\n---\n\n" + EARLIER + "\n", encoding="utf-8")
    done = run_cli("ingest", str(tmp_path))
    assert done.returncode == 0 and "dated 2 earlier claims by its events" in done.stdout
    listed = json.loads(run_cli("list", "--speaker", "张华", "--json").stdout)
    assert [(c["deadline"]["end"], c["deadline"]["basis"]) for c in listed] == [
        ("2019-02-28", "event"), ("2019-02-26", "event")]


def test_a_dateline_or_a_far_bare_day_dates_no_event():
    # (河内28日讯) in a report published on March 1 dates the report, not a summit on March 28
    assert dated_events("(河内28日讯)备受瞩目的第二次“特金会”今天在河内无果而终。", date(2019, 3, 1)) == []
    # 31日 in a report of September 2 is the last day of August, not October 31
    assert dated_events("投票在31日冷静日过后进行。", date(2023, 9, 2)) == []
    # a near bare day still dates its event
    events = dated_events("投票将于5日举行。", date(2023, 9, 2))
    assert [(e.label, e.start) for e in events] == [("投票", date(2023, 9, 5))]


def test_the_event_ledger_finds_exactly_the_upcoming_events_in_the_order_added():
    """EventLedger.upcoming reads only a window of starts, yet gives what filtering every event with is_upcoming
    gives, in the order the events were added (ingest --workers passes them to known_event, which takes the
    first of equals): checked against that filter for 400 seeded events of up to MAX_EVENT_DAYS and 200 days."""
    import random
    from datetime import timedelta

    rng = random.Random(5)
    ledger, added = EventLedger(), []
    for n in range(400):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(720))
        event = DatedEvent(f"第{n}次会议", rng.choice(["meeting", "summit"]), start,
                           start + timedelta(days=rng.randrange(MAX_EVENT_DAYS + 1)), f"{start:%m月%d日}")
        ledger.add([event])
        added.append(event)
    assert len(ledger) == 400
    for offset in range(-40, 760, 4):
        day = date(2024, 1, 1) + timedelta(days=offset)
        expected = [e for e in added if is_upcoming(e, day)]
        assert ledger.upcoming(day) == expected
    assert any(len(ledger.upcoming(date(2024, 1, 1) + timedelta(days=d))) > 20 for d in range(0, 700, 50))
