"""Events named in articles and their dates (本次会晤 → 2月27日至28日).

A claim that names an event (峰会, 大选, 此访, the summit) takes its deadline
from the event's dates — given elsewhere in the same article, or stored from
an earlier one (:class:`DatedEvent`, kept by ``claims ingest``). Pure: no database.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from claims.text import SpanIndex, normalize_width, overlaps, split_sentences

#: Event nouns by class; a sentence naming one refers to that event's dates elsewhere in the article.
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "summit": ("峰会", "峰會", "会晤", "會晤", "首脑会谈", "首腦會談", "特金会", "特金會", "金特会", "川金会",
               "川金會", "高峰会", "高峰會", "习拜会", "習拜會", "会面", "會面", "summit"),
    "election": ("大选", "大選", "选举", "選舉", "投票日", "投票", "总统选举", "總統選舉", "公投", "election", "vote"),
    "conference": ("两会", "兩會", "全会", "全會", "大会", "大會", "论坛", "論壇", "会议", "會議", "conference", "congress"),
    "visit": ("此访", "此訪", "这次访问", "這次訪問", "此次访问", "此次訪問", "国事访问", "國事訪問", "访问期间",
              "訪問期間", "visit"),
    "ceremony": ("开幕式", "開幕式", "开通仪式", "開通儀式", "通车仪式", "通車儀式", "启用仪式", "啟用儀式", "典礼", "典禮",
                 "开幕", "開幕", "开通", "開通", "通车", "通車", "opening ceremony"),
    "games": ("运动会", "運動會", "全运会", "全運會", "东运会", "東運會", "大运会", "大運會", "Games",
              "奥运会", "奧運會", "冬奥会", "冬奧會", "亚运会", "亞運會", "亚冬会", "亞冬會", "世大运", "世大運",
              "残奥会", "殘奧會", "世锦赛", "世錦賽", "锦标赛", "錦標賽", "赛事", "賽事", "Olympics", "World Cup"),
    # fairs and exhibitions that run for days (进博会 11月5日开幕，持续至10日)
    "expo": ("博览会", "博覽會", "进博会", "進博會", "广交会", "廣交會", "服贸会", "服貿會", "消博会", "消博會",
             "世博会", "世博會", "展览会", "展覽會", "展会", "展會", "车展", "車展", "书展", "書展", "航展",
             "交易会", "交易會", "Expo", "expo"),
    # travel seasons and sports seasons with dates of their own (2024年春运1月26日开始，3月5日结束)
    "season": ("春运", "春運", "暑运", "暑運", "黄金周", "黃金周", "赛季", "賽季"),
}
#: Event classes whose closing date may extend the opening one, and by how many days at most.
EXTENDABLE_DAYS = {"games": 31, "conference": 31, "summit": 31, "election": 31, "season": 62, "expo": 31}
#: (English words as whole words: "visit" is not in "revisit", nor "vote" in "devoted")
#: English event words that may be plural ("Parliamentary elections are scheduled for April 10"); "votes" and
#: "visits" are not events ("Democrats would not supply the votes").
_PLURAL_EVENTS = frozenset({"summit", "election", "conference", "congress", "opening ceremony"})
EVENT_RE = re.compile("|".join((rf"\b{w}s?\b" if w in _PLURAL_EVENTS else rf"\b{w}\b") if w.isascii() else w
                               for w in sorted((w for ws in EVENT_CLASSES.values() for w in ws), key=len, reverse=True)))
EVENT_CLASS_OF = {form: c for c, ws in EVENT_CLASSES.items() for w in ws
                  for form in ((w, w + "s") if w in _PLURAL_EVENTS else (w,))}  # ("elections" as "election")
HOLDING_RE = re.compile(r"举行|舉行|举办|舉辦|召开|召開|投票|开幕|開幕|be held|take place|will vote")
BEFORE_EVENT_RE = re.compile(r"^[”」』\"]?\s*(之前|以前|前夕|前)")


@dataclass(frozen=True)
class DatedEvent:
    """An event named in an article together with its dates.

    ``label`` is the event as named with its qualifiers (美朝领导人第二次会晤,
    第15届全国大选); ``kind`` its class (see :data:`EVENT_CLASSES`);
    ``expression`` the time expression that dated it.
    """

    label: str
    kind: str
    start: date
    end: date
    expression: str


#: The longest an event dated by :func:`dated_events` lasts (days): a longer expression (2025年, 下半年) dates a
#: period, not an event.
MAX_EVENT_DAYS = 31


# Characters that end an event's qualifier when reading backwards from its noun.
_LABEL_STOP = set("的在将將於于与與和及是对對了为為由从從把被向至到并並也还還已曾本此这這该該其，,。、：:；;“”「」()（）《》 \n")


def event_label(sentence: str, noun_start: int, noun_end: int) -> str:
    """The event noun with the qualifiers right before it (at most 10 characters)."""
    i = noun_start
    while i > 0 and noun_start - i < 10 and sentence[i - 1] not in _LABEL_STOP:
        i -= 1
    if i > 0 and sentence[i - 1] in "本此这這该該":  # 本次会晤, 这届大选: the classifier goes with the deictic
        while i < noun_start and sentence[i] in "次届屆场場轮輪个個":
            i += 1
    return sentence[i:noun_end]


def dated_events(
    text: str, published: date, timexes: list[Any] | None = None, excluded: list[tuple[int, int]] | None = None
) -> list[DatedEvent]:
    """Events that ``text`` dates: each event noun with the nearest definite time expression
    of at most :data:`MAX_EVENT_DAYS` days in the same sentence, best first (an exact date in a sentence that
    says the event is held beats a vaguer one). Expressions about the publication day
    itself (今日) and "by" expressions do not date events.
    """
    if timexes is None:
        timexes = _find(normalize_width(text), published)
    scored: list[tuple[int, int, DatedEvent]] = []
    by_start = SpanIndex(timexes)
    for order, sentence in enumerate(split_sentences(text)):
        names = list(EVENT_RE.finditer(sentence.text))
        if not names or (excluded and overlaps(sentence, excluded)):
            continue
        for tx in by_start.starting_in(sentence.start, sentence.end):
            if tx.start is None or tx.end is None:
                continue
            if (tx.end - tx.start).days > MAX_EVENT_DAYS or tx.end < published or getattr(tx, "by", False):
                continue
            if tx.kind in ("date", "time") and tx.end == published:
                continue  # 今日/today, 当晚10时许: when it was said, not when the event is
            if text[tx.span[1] : tx.span[1] + 1] in ("讯", "訊", "电", "電"):
                continue  # (河内28日讯): the dateline dates the report, not an event
            if re.fullmatch(r"\d{1,2}[日号號]", tx.text) and (tx.start - published).days > 20:
                continue  # 投票在31日冷静日过后进行 (published Sept 2): a bare day is this month's, not October's
            score = 3 if tx.kind in ("date", "range") else 1 if tx.kind == "weekday" else 2
            if HOLDING_RE.search(sentence.text):
                score += 1
            at = tx.span[0] - sentence.start
            nearest = min(names, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
            if EVENT_CLASS_OF[nearest.group(0)] == "ceremony" and _CLOSING_RE.search(text, tx.span[1], tx.span[1] + 5):
                continue  # …9月23日开幕，10月8日闭幕: a closing date does not date the opening
            label = event_label(sentence.text, nearest.start(), nearest.end())
            event = DatedEvent(label, EVENT_CLASS_OF[nearest.group(0)], tx.start, tx.end, tx.text)
            scored.append((-score, order, event))
    return [event for _, _, event in sorted(scored, key=lambda item: (item[0], item[1]))]


def find_events(
    text: str, published: date, timexes: list[Any], excluded: list[tuple[int, int]] | None = None
) -> dict[str, tuple[str, date, date]]:
    """The best date of each event class named in the article: class → (expression, start, end).

    A closing date given for the same event (…开幕，10月8日闭幕; 2月20日闭幕) extends
    the event to it, so that "本届冬奥会" runs from opening to closing.
    """
    events: dict[str, tuple[str, date, date]] = {}
    found = dated_events(text, published, timexes, excluded)
    for event in found:
        events.setdefault(event.kind, (event.expression, event.start, event.end))
    for event in found:
        # another dating of the same event that starts within it and runs on (明日开幕 … 5月12日至23日举行)
        expr, start, end = events[event.kind]
        if event.kind in EXTENDABLE_DAYS and start <= event.start <= end < event.end \
                and event.end <= start + timedelta(days=EXTENDABLE_DAYS[event.kind]):
            events[event.kind] = (f"{expr}—{event.expression}", start, event.end)
    by_start = SpanIndex(timexes)
    for m in _CLOSING_RE.finditer(text):
        # a closing date ends at most 4 characters before the word, or starts right after 持续至
        for tx in by_start.starting_in(m.start() - 4 - _LONGEST_TIMEX, m.end() + 2):
            if tx.end is None:
                continue
            closing_after = 0 <= m.start() - tx.span[1] <= 4  # 10月8日闭幕
            running_until = m.group(0) in _UNTIL and 0 <= tx.span[0] - m.end() <= 1  # 持续至10日
            if not (closing_after or running_until):
                continue
            for kind, (expr, start, end) in list(events.items()):
                if kind in EXTENDABLE_DAYS and end < tx.end <= start + timedelta(days=EXTENDABLE_DAYS[kind]):
                    events[kind] = (f"{expr}—{tx.text}", start, tx.end)
    return events


#: Words before a closing date (展会将持续至10日, runs until Sept. 3).
_UNTIL = ("持续至", "持續至", "持续到", "持續到", "延续至", "延續至", "一直到", "直至", "runs until", "run until",
          "runs through", "run through", "lasts until", "until")
#: Longer than any time expression (characters), to find one that ends just before a word.
_LONGEST_TIMEX = 64
_CLOSING_RE = re.compile(r"闭幕|閉幕|落幕|结束|結束|closes|ends|" + "|".join(_UNTIL))


#: How far ahead of publication a stored event may lie for a bare "本次会晤" to mean it (days).
KNOWN_EVENT_HORIZON_DAYS = 120


def is_upcoming(event: DatedEvent, published: date) -> bool:
    """Whether a stored event can be the one an article published on ``published`` names without dating it: not
    over by then, and starting within :data:`KNOWN_EVENT_HORIZON_DAYS` after it (:func:`known_event` reads no
    other)."""
    return event.end >= published and (event.start - published).days <= KNOWN_EVENT_HORIZON_DAYS


class EventLedger:
    """Events dated in the course of a run, in the order they were added, to look up those an article published on
    a given day could name undated (:func:`is_upcoming`) without reading them all: kept sorted by start, and an
    event from :func:`dated_events` lasts at most :data:`MAX_EVENT_DAYS`, so only starts from that many days
    before the day to :data:`KNOWN_EVENT_HORIZON_DAYS` after it are read."""

    def __init__(self) -> None:
        self._rows: list[tuple[date, int, DatedEvent]] = []  # (start, order added, event), sorted

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, events: list[DatedEvent]) -> None:
        for event in events:
            bisect.insort(self._rows, (event.start, len(self._rows), event))

    def upcoming(self, published: date) -> list[DatedEvent]:
        """The events :func:`is_upcoming` on ``published``, in the order they were added."""
        lo = bisect.bisect_left(self._rows, (published - timedelta(days=MAX_EVENT_DAYS), -1))
        hi = bisect.bisect_right(self._rows, (published + timedelta(days=KNOWN_EVENT_HORIZON_DAYS), len(self._rows)))
        return [r[2] for r in sorted((r for r in self._rows[lo:hi] if is_upcoming(r[2], published)), key=lambda r: r[1])]


def known_event(
    sentence: str, noun: Any, known_events: tuple[DatedEvent, ...] | list[DatedEvent], published: date
) -> DatedEvent | None:
    """A stored event (from an earlier article) that this mention names.

    A qualified mention (第二次会晤) matches a stored label that ends with it
    or that it ends with; a bare or deictic one (本次会晤, 峰会) matches only
    when the stored events of that class starting within
    :data:`KNOWN_EVENT_HORIZON_DAYS` after publication all have the same dates
    (one event, perhaps dated by several articles).
    """
    cls = EVENT_CLASS_OF[noun.group(0)]
    label = event_label(sentence, noun.start(), noun.end())
    upcoming = [e for e in known_events if e.kind == cls and is_upcoming(e, published)]
    if len(label) > len(noun.group(0)):
        named = [e for e in upcoming if e.label.endswith(label) or label.endswith(e.label) and len(e.label) > 2]
        if named:
            return min(named, key=lambda e: e.start)
    # (the same event stored twice — an article ingested again, a republished copy — is still one set of dates)
    return upcoming[0] if len({(e.start, e.end) for e in upcoming}) == 1 else None


def _find(text: str, published: date) -> list[Any]:
    from claims.timex import find_timexes

    return find_timexes(text, published)
