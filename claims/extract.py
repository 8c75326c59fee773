"""Claim extraction: text and a publication date in, forward-looking claims out.

``extract(text, published)`` returns :class:`ExtractedClaim` records — each a
forecast, plan or promise with its speaker, hedge and probability, and
deadline — for the sentences of ``text`` that look forward. Pure: no database.

How a sentence becomes a claim
------------------------------
1. Sentences come from :func:`claims.text.split_sentences` and are cut into
   claim units by :mod:`claims.units` (enumeration items, separately dated
   clauses); caption ranges and headings (a line with no punctuation) are skipped.
2. A unit is a claim when it holds a hedge or future marker
   (:mod:`claims.hedges`), a dated schedule or target word (定于11月5日), a
   stated intention of a named speaker (希望, 力争) or a promise cue (承诺, 无意),
   or continues an enumeration; questions, conditionals (如果/若…将…), past
   schedules (已于…定为) and 将 as an object marker are not.
3. The speaker comes from :mod:`claims.attribution`: an explicit attribution;
   else a pronoun or role noun resolved to the last named speaker; else the
   speaker who opened the paragraph (Chinese, or an English quotation); else
   None (the reporter's voice, 据了解). A short form takes the full name seen earlier.
4. The kind comes from :mod:`claims.kinds`; an estimative reporting verb
   (预计, expects) sets the probability of a plain 将/会.
5. The deadline is the future expression nearest after the hedge in its
   clause (else nearest before it, else in a later clause); an open "…起"
   period gives none; else the dates of an event the sentence names
   (:mod:`claims.events`: in this article, or ``known_events`` from earlier
   ones; 峰会前 → the day before); else, for an enumeration item or a passage
   about a dated event, the passage's deadline (basis ``inherited``); else None.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from claims.attribution import (
    _EN_DATELINE_RE,
    _EN_NAME,
    _EN_ORG_WORDS,
    _EN_TITLES,
    _TITLE_RE,
    FIRST_PERSON,
    ORG_ROLE_RE,
    ORG_SUFFIXES,
    Speaker,
    _en_kind,
    _en_speaker,
    attribute,
    classify_segment,
    is_abbreviation,
)
from claims.events import (
    BEFORE_EVENT_RE,
    EVENT_CLASS_OF,
    EVENT_RE,
    EXTENDABLE_DAYS,
    DatedEvent,
    dated_events,
    find_events,
    known_event,
)
from claims.hedges import PROBABILITY_DEGREES, PROBABILITY_NOUNS, Hedge, find_hedge
from claims.kinds import (
    CERTAIN,
    NEGATIVE_FUTURE,
    PLAIN_FUTURE,
    PLAN_CUES_EN,
    PLAN_CUES_ZH,
    PROMISE_CUES_EN,
    PROMISE_CUES_ZH,
    SCHEDULE_CUES_ZH,
    _commentator,
    classify_kind,
    is_uncertain,
)
from claims.text import (
    Sentence,
    SpanIndex,
    clause_end,
    clause_start,
    detect_lang,
    normalize_width,
    overlaps,
    split_sentences,
)
from claims.units import claim_units, continues, quote_pieces

#: Words that open an item of an enumeration; such a sentence inherits the passage's deadline.
#: "At that time": a claim that opens with it is dated by the claim before it (…週三登陸。屆時高屏地區將…).
_THEN_RE = re.compile(r"届时|屆時|到时候|到時候|到时|到時|届時|(?:By|At)\s+(?:then|that\s+(?:time|point))\b", re.I)
ENUMERATION_RE = re.compile(r"^(一是|二是|三是|四是|第[一二三四五六]|其[一二三]|另外|此外|其次|同时|同時|还有|還有|首先|最后|最後|Second|Third|Also)")
#: A dateline (华盛顿9日讯) or wire header (新华社北京3月5日电) — its date is the story's, never a deadline.
DATELINE_RE = re.compile(
    r"(?m)^\s*[（(【]?[^\n，,。（）()]{0,24}?\d{1,2}日\s*(?:讯|訊|电|電)[）)】]?"
    r"|^[A-Z][A-Z .'-]+,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([A-Za-z ]+\))?\s*[-–—]"
    r"|^\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z ]+\)\s*[-–—]")  # "Jan 18 (Reuters) -": no city

#: The frame of an enumeration of measures (将从两方面…, 将采取三项措施): an actor's, not an effect's.
_MEASURES_FRAME_RE = re.compile(r"(?:从|從|采取|採取|推出|通过|通過|分)[^，,。；;]{0,6}(?:方面|项措施|項措施|大措施|条措施|條措施|项举措|項舉措|步)")
def _measures_frame(content: str) -> bool:
    """An enumeration's frame that announces an actor's measures (将从两方面防止…, 将采取三项措施), not effects
    (RCEP将从三个方面惠及越南): the measures phrase, then an action verb or the measures themselves."""
    from claims.kinds import AGENTIVE_ZH

    m = _MEASURES_FRAME_RE.search(content)
    if m is None:
        return False
    return bool(re.search(r"采取|採取|推出", m.group(0))) or AGENTIVE_ZH.search(content, m.end()) is not None


#: The frame of an enumerated agenda (明年的工作有三大重点：, 将推出以下措施：): its items are plans.
_AGENDA_FRAME_RE = re.compile(r"(?:重点|重點|任务|任務|目标|目標|措施|举措|舉措|计划|計劃|工作|安排|方向)[^，,。；;]{0,4}[：:]\s*$")
_CONDITIONAL_RE = re.compile(r"^(如果|若|假如|假若|倘若|一旦|要是|如若|只要|除非)|[，,](如果|若是|假如|倘若|要是)|^(If|Unless|Should)\b"
                             r"|^[^，,。“”「」]{1,10}?(?:若|如果|假如|倘若|一旦)(?!干|有所|無其事|无其事)[^，,。]{1,20}[，,]")
_QUESTION_RE = re.compile(r"[？?]\s*[”」]?\s*$|(是否|吗|嗎|呢)[？?。]?$")
# A normative modal right before 将 makes 将 an object marker (应将…, 要将…), not a future.
_NORMATIVE_RE = re.compile(r"(应该|应当|應該|應當|必须|必須|需要|要|应|應)\s*$")

_EN_SUBJECT_RE = re.compile(r"\s*((?:[A-Z][a-z]+\s+){0,3}(?:[a-z]+\s+)?" + _EN_NAME + r")\s+(?:on\s+[A-Z]\w+\s+)?[a-z]+(?:ed|s)\b"
                            r"(?!\s+(?:are|were|is|was|will|would|have|has|had|could|may|might|can)\b)")  # not "X elections are"


@dataclass(frozen=True)
class Deadline:
    """A claim's deadline: the expression as written, the span of days, and its basis.

    ``basis`` is ``explicit`` (a date written out), ``relative`` (resolved
    against the publication date), ``event`` (the date of an event named in
    the article) or ``inherited`` (the deadline of the passage the claim is in).
    """

    text: str
    start: date | None
    end: date | None
    basis: str

    def to_json(self) -> dict[str, str | None]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "basis": self.basis,
        }


@dataclass
class ExtractedClaim:
    """One forward-looking claim found in an article.

    ``span`` indexes the text given to :func:`extract`: ``text ==
    source[span[0]:span[1]]``. ``probability`` (0–1) is for the predicted
    proposition ``statement``; None when the text states none.
    """

    text: str
    span: tuple[int, int]
    statement: str
    kind: str
    speaker: Speaker | None
    probability: float | None
    hedge: str | None
    deadline: Deadline | None
    polarity: str = "positive"
    extras: dict[str, Any] = field(default_factory=dict)

    def to_json(self, article: dict[str, Any] | None = None) -> dict[str, Any]:
        """The JSON contract of ``claims extract --json`` (DESIGN.md)."""
        out: dict[str, Any] = {}
        if article is not None:
            out["article"] = article
        out.update(
            speaker=self.speaker.to_json() if self.speaker else None,
            text=self.text,
            span=[self.span[0], self.span[1]],
            statement=self.statement,
            kind=self.kind,
            probability=self.probability,
            hedge=self.hedge,
            polarity=self.polarity,
            deadline=self.deadline.to_json() if self.deadline else None,
        )
        return out


@dataclass
class _Context:
    """Running state while walking an article's sentences."""

    published: date
    lang: str
    events: dict[str, tuple[str, date, date]]
    last_named: Speaker | None = None
    paragraph: int = -1
    paragraph_speaker: Speaker | None = None
    paragraph_deadline: Deadline | None = None
    titles: dict[str, str] = field(default_factory=dict)
    known_events: tuple[DatedEvent, ...] = ()
    last_speaker: Speaker | None = None
    last_speaker_via_role: bool = False  # the last speaker was an organisation's 负责人/发言人 (a person)
    people: list[Speaker] = field(default_factory=list)
    last_org: Speaker | None = None  # the last organisation that spoke (通报说 → its issuer)
    orgs: list[Speaker] = field(default_factory=list)  # every organisation that spoke, in order
    genders: dict[str, str] = field(default_factory=dict)
    anonymous: list[Speaker] = field(default_factory=list)  # anonymous sources, in order  # person's name → "m"/"f", when the text shows it
    source: str = ""  # the article's text (normalised), for names that refer back to an earlier full name
    full_names: dict[str, str] | None = None  # last word → first two-word name ending with it (built on first need)


def _timexes(text: str, published: date, direction: str = "auto", offset: int = 0) -> list[Any]:
    """Time expressions of ``text``, spans shifted by ``offset`` (for a sentence cut from an article)."""
    from dataclasses import replace

    from claims.timex import find_timexes

    found = find_timexes(text, published, direction=direction)
    if offset:
        found = [replace(tx, span=(tx.span[0] + offset, tx.span[1] + offset)) for tx in found]
    return found

def _is_heading(sentence: Sentence, source: str) -> bool:
    """A line with no sentence-final punctuation and no comma is a heading or label."""
    line_end = source.find("\n", sentence.end)
    line_end = len(source) if line_end < 0 else line_end
    line_start = source.rfind("\n", 0, sentence.start) + 1
    line = source[line_start:line_end].strip()
    return bool(line) and line[-1] not in "。！？!?.;；…”」』\"" and not re.search(r"[，,。！？!?；;]", line)



def _event_deadline(sentence: str, ctx: _Context) -> Deadline | None:
    """The deadline given by an event the sentence names: its dates in this article, else a stored event's."""
    for m in EVENT_RE.finditer(sentence):
        cls = EVENT_CLASS_OF[m.group(0)]
        multi_day = [dates for kind, dates in ctx.events.items() if kind in EXTENDABLE_DAYS]
        if cls in ctx.events:
            expr, start, end = ctx.events[cls]
        elif cls == "ceremony" and m.group(0) in ("开幕式", "開幕式", "开幕", "開幕") and len(multi_day) == 1:
            expr, start, _ = multi_day[0]  # 开幕式 of the games the article dates: their first day
            end = start
        else:
            known = known_event(sentence, m, ctx.known_events, ctx.published)
            if known is None:
                continue
            expr, start, end = known.expression, known.start, known.end
        before = BEFORE_EVENT_RE.match(sentence[m.end() :])
        if before:
            return Deadline(m.group(0) + before.group(1), ctx.published, start - timedelta(days=1), "event")
        ahead = _EN_BEFORE_EVENT_RE.search(sentence[: m.start()])
        if ahead:  # "before the elections": exclusive, as 选举前
            return Deadline(ahead.group(0) + m.group(0), ctx.published, start - timedelta(days=1), "event")
        return Deadline(f"{m.group(0)}（{expr}）", start, end, "event")
    editions = [dates for kind, dates in ctx.events.items() if kind in EXTENDABLE_DAYS] \
        if len(ctx.events) > 1 else list(ctx.events.values())
    if _THIS_EDITION_RE.search(sentence) and len(editions) == 1:
        # 中华队本届金牌数有望…: "this edition" of the one event (of days, if several) the article dates
        (expr, start, end), = editions
        return Deadline(f"本届（{expr}）", start, end, "event")
    return None


_THIS_EDITION_RE = re.compile(r"本届|本屆|今届|今屆|this year's edition")
#: "before the …" right before an event's name: the day before it is the deadline.
_EN_BEFORE_EVENT_RE = re.compile(r"\b(?:before|ahead of|prior to)\s+(?:the\s+|this\s+|next\s+|its\s+)?(?:[\w-]+\s+)?$", re.I)
#: A month named as the period data cover ("October consumer price data"), not a date anything happens by.
_EN_DATA_MONTH_RE = re.compile(r"\s+(?:consumer|inflation|data|figures|sales|exports|imports|trade|jobs|payrolls|retail|"
                               r"industrial|output|PMI|CPI|GDP|production|numbers|reading|price|prices)\b")


def event_deadline_for(text: str, published: date, known_events: Sequence[DatedEvent]) -> Deadline | None:
    """The deadline a stored claim's ``text`` takes from ``known_events``, as extraction would give it.

    For claims stored before the article that dates their event: None when the
    text has a time expression of its own (extraction decided from that) or
    names no known event.
    """
    norm = normalize_width(text)
    datelines = [m.span() for m in DATELINE_RE.finditer(norm)]  # (吉隆坡17日讯) dates the story, not the claim
    if any(not any(s <= tx.span[0] < e for s, e in datelines) for tx in _timexes(norm, published)):
        return None
    return _event_deadline(normalize_width(text), _Context(published, "zh", {}, known_events=tuple(known_events)))


#: The first item of an enumeration after its frame's colon (…的目标是：一是…).
_FIRST_ITEM_RE = re.compile(r"[：:]\s*(?:一是|第一|首先|其一|一、|\(1\)|（1）|1[.、])")


def _deadline(sentence: Sentence, hedge_at: int, timexes: list[Any], ctx: _Context,
              content_start: int = 0) -> Deadline | None | bool:
    """The deadline that governs the claim (see the module docstring).

    Tried in turn: the hedge's clause, the clauses after it, then the reported
    content's clauses before it (他预计，到2025年，5G将… — after ``content_start``,
    so the day the speaker spoke is never taken; strictly after publication).

    Returns a Deadline, None when nothing in the sentence gives one, or False
    when the sentence states an open-ended period (…起), which no inherited
    deadline may fill.
    """
    item = _FIRST_ITEM_RE.search(sentence.text, max(hedge_at, content_start, 0))
    if item and any(tx.span[0] >= sentence.start + item.end() and tx.end is not None and tx.end >= ctx.published
                    for tx in timexes):
        hedge_at = item.end()  # …目标是：一是今年底前…实现: the first item's own time, not the frame's (今明两年)
    clause_lo = sentence.start + clause_start(sentence.text, max(hedge_at, 0))
    clause_hi = sentence.start + clause_end(sentence.text, max(hedge_at, 0))
    at = sentence.start + max(hedge_at, 0)
    own = [tx for tx in timexes if clause_lo <= tx.span[0] < clause_hi]
    later = [tx for tx in timexes if clause_hi <= tx.span[0] < sentence.end]
    earlier = [tx for tx in timexes if sentence.start + content_start <= tx.span[0] < clause_lo
               and tx.end is not None and tx.end > ctx.published]
    for group in (own, later, earlier):
        future = [tx for tx in group if tx.end is not None and tx.end >= ctx.published]
        if future:
            # the expression nearest after the future marker governs (将于13日投票, not the 2024年 of 2024年選舉);
            # with none after it, the nearest before it (今年10月前难以达成)
            if any(tx.kind != "time" for tx in future):
                future = [tx for tx in future if tx.kind != "time"]  # 本周六将延长营业时间至下午5时: the day, not the hour
            after = [tx for tx in future if tx.span[0] >= at]
            if ctx.lang == "en" and len(after) > 1:
                # "will release October consumer price data on Nov. 2": the data's month is not the deadline
                after = [tx for tx in after if not (tx.kind == "month" and _EN_DATA_MONTH_RE.match(ctx.source, tx.span[1]))] \
                    or after
            best = min(after, key=lambda tx: tx.span[0]) if after else max(future, key=lambda tx: tx.span[0])
            return Deadline(best.text, best.start, best.end, getattr(best, "basis", "relative"))
        if any(tx.kind == "open" for tx in group):
            return False
    return _event_deadline(sentence.text, ctx)

#: The attribution after a quotation (“……。”周永傑說。 / "…," she said.) is not part of the proposition.
_QUOTE_TAIL_RE = re.compile(
    r"(?<=[”」』\"])\s*[^“”「」\"]{1,30}?(?:说|說|表示|称|稱|指出|认为|認為|强调|強調|said|says|added)[。.！!]?$"
)


def _statement(sentence: str, content_start: int, hedge_at: int | None) -> str:
    """The predicted proposition: the reported content without attribution, quotes, reasons and hedge frame.

    Clauses before the hedge's clause that report the past (…了…) are dropped;
    a trailing reason (因为…, because …) is dropped; "X的可能性不大" keeps X.
    """
    start = content_start if 0 <= content_start < len(sentence) else 0
    if hedge_at is not None and hedge_at > start:
        clause = clause_start(sentence, hedge_at)
        if clause > start and re.search(r"了|已经|已經|\bhad\b", sentence[start:clause]):
            start = clause
    body = _QUOTE_TAIL_RE.sub("", sentence[start:].rstrip())
    body = re.split(r"[，,]\s*(?:因为|因為|由于|由於|(?:because|as)\b)", body)[0]
    body = re.sub(r"^[“「『\"]|[”」』\"]$", "", body.strip())
    body = re.sub(r"[。.！!；;]+[”」』\"]?$", "", body)
    m = re.search(r"(的)?(可能性|機率|机率|概率|几率|幾率)", body)
    if m and any(body.startswith(noun + degree, m.start(2)) for noun in PROBABILITY_NOUNS for degree in PROBABILITY_DEGREES):
        body = body[: m.start()]
    body = re.sub(r"^(并|並)?(宣布|宣佈)", "", body.strip(" ，,：:"))
    body = re.sub(r"^(?:但是|但|不过|不過|然而|而且|而)(?=.{2})", "", body.strip(" ，,：:"))  # a split clause's connective
    # a stated chance closes the proposition: X的可能性不大 → X (any degree: PROBABILITY_DEGREES)
    return body.strip(" ，,：:") or sentence


#: A negative hedge in a statement → the words that state the positive proposition.
_NEGATIVE_HEDGE_FORMS = (
    (re.compile(r"(?:并|並)?(?:不太可能|不大可能|不可能|不太会|不太會|不会|不會|难以|難以|很难|很難)"), ""),
    (re.compile(r"\bit\s+(?:is|was)\s+(?:very\s+|highly\s+)?unlikely\s+(?:that\s+)?", re.I), ""),
    (re.compile(r"\b(?:is|are|was|were)\s+(?:very\s+)?unlikely\s+to\b", re.I), "will"),
    (re.compile(r"\b(?:very\s+)?unlikely\s+to\b", re.I), "will"),
    (re.compile(r"\b(?:won't|will\s+not|would\s+not|wouldn't)\b", re.I), "will"),
)


def positive_proposition(statement: str, hedge: str | None, probability: float | None) -> str:
    """The statement as the proposition its probability is about (DESIGN.md).

    A forecast hedged with a negative word (不会加息, p 0.1) states the
    *positive* proposition (加息) at a low probability, so the negative hedge
    is taken out of the statement: "明年不会加息" → "明年加息", "Britain is
    unlikely to meet the target" → "Britain will meet the target". Statements
    without a probability below 0.5 (a promise "绝不会让通胀失控") are kept.
    """
    if hedge is None or probability is None or probability >= 0.5:
        return statement
    for pattern, positive in _NEGATIVE_HEDGE_FORMS:
        new, n = pattern.subn(positive, statement, count=1)
        if n:
            return re.sub(r"\s{2,}", " ", new).strip() or statement
    return statement


def _is_claim_sentence(
    text: str, hedge: Hedge | None, lang: str, verb: str | None = None, dated_ahead: bool = False
) -> bool:
    """Whether a sentence's content is a forward-looking claim (see the module docstring).

    Without a hedge, a schedule or target word (定于, 目标为) makes a plan only
    when the sentence also names a day or period still ahead (``dated_ahead``);
    a negative assurance (无意, 绝不) makes a promise.
    """
    plan = PLAN_CUES_EN if lang == "en" else PLAN_CUES_ZH
    promise = PROMISE_CUES_EN if lang == "en" else PROMISE_CUES_ZH
    if _QUESTION_RE.search(text) or _CONDITIONAL_RE.search(text.lstrip("“「\"")):
        return False
    if hedge is None:
        if verb and promise.match(verb):
            return True
        cue = SCHEDULE_CUES_ZH.search(text) if lang == "zh" else None
        # a past event in an earlier clause (任务已启动实施，计划在2030年前…) does not make the schedule past
        past = re.search(r"已经|已經|已于|已於|已|了", text[clause_start(text, cue.start()) : cue.start()]) if cue else None
        if cue and past and past.end() == cue.start() - clause_start(text, cue.start()):
            past = None  # 已规划在年底前推出: already planned, still ahead
        if cue and re.search(r"(?<!按|照|依)(?:原定|原訂|原计划|原計劃|原本|原先)", text[max(0, cue.start() - 4) : cue.end()]):
            return False  # T5原定在2030年左右落成: the plan as it was, since changed (按原定计划 still holds)
        if cue and dated_ahead and not past:
            return True
        if lang == "zh" and dated_ahead and _AGENDA_FRAME_RE.search(text):
            return True  # 政府明年的财政工作有三大重点：(its items are the plans)
        if lang == "zh" and verb and re.match(r"\s*[^，,。]{0,10}?(希望|力争|力爭|计划|計劃|打算|准备|準備)", text):
            return True  # an explicit speaker's stated intention (政府希望立法会尽快完成审议)
        if lang == "zh" and re.search(r"无意|無意|绝不|絕不|决不|決不", text):
            return True
        return bool(promise.search(text)) and lang == "zh" and bool(re.search(r"(承诺|承諾|保证|保證|誓言)[，,：:]?\s*(将|將|会|會|在|于|於|不|绝|絕|把)", text))
    if lang == "zh" and hedge.words in PLAIN_FUTURE and _NORMATIVE_RE.search(text[: hedge.start]) and not plan.search(text):
        return False
    return True


#: First words of a capitalised pair that are no given name ("Minister Prabowo", "The Fed", "Former Gov").
_NOT_GIVEN_NAMES = frozenset({"The", "Mr", "Ms", "Mrs", "Dr", "Chief", "President", "Minister", "Former", "Prime",
                              "Vice", "Deputy", "Defense", "Defence", "Foreign", "Finance", "Trade", "Secretary",
                              "Governor", "Senator", "General", "Prof", "Professor", "Chairman", "Premier", "Mayor",
                              "King", "Queen", "Prince", "Princess", "Sir", "Lord", "Judge", "Justice", "Ambassador"})
#: Words of English titles ("Fed Chair", "Bank Governor" are a body and a post, not a given name and a surname).
_EN_TITLE_WORDS = frozenset(w.strip(".") for title in _EN_TITLES for w in title.split()) | {"Chief", "Head"}
#: "Phil Spencer", "George W. Bush": a capitalised word, an optional initial, and the last word (read at every
#: offset, so that overlapping pairs are all seen).
_EN_TWO_NAMES_RE = re.compile(r"(?=\b([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+([A-Z][a-z'’-]+))\b)")


def _full_names_by_last_word(ctx: _Context) -> dict[str, str]:
    """Each capitalised word of the article → the first "<word> <it>" pair that ends with it (Spencer → Phil
    Spencer), or, for a word that ends none, the one pair it begins when it begins only one (Prabowo → Prabowo
    Subianto: a name used alone that is a given name, as Indonesian names are). Built once per article:
    looking each name up with its own pass over the text made a long English text quadratic."""
    if ctx.full_names is None:
        ctx.full_names = {}
        first_words: dict[str, set[str]] = {}
        for m in _EN_TWO_NAMES_RE.finditer(ctx.source):
            if m.group(1).split()[0] in _NOT_GIVEN_NAMES:
                continue  # "Minister Prabowo", "The Fed": a title or article, not a given name
            ctx.full_names.setdefault(m.group(2), m.group(1))
            first_words.setdefault(m.group(1).split()[0], set()).add(m.group(1))
        for word, pairs in first_words.items():
            if word not in ctx.full_names and len(pairs) == 1:
                (pair,) = pairs
                if _en_kind(pair) == "person" and pair.split()[-1] not in _EN_TITLE_WORDS:  # not "Fed Chair"
                    ctx.full_names[word] = pair
    return ctx.full_names


def _full_name(speaker: Speaker, ctx: _Context) -> Speaker:
    """A short form of a person named earlier in the article takes the full name (Johnson → Boris Johnson,
    阿都加尼 → 阿都加尼沙烈); new people are remembered."""
    if speaker.kind != "person":
        return speaker
    if len(speaker.name) == 1 and speaker.title:
        # 李总理说 after 李显龙总理: a surname with a title is the last person of that surname
        for known in reversed(ctx.people):
            if known.name.startswith(speaker.name) and len(known.name) > 1:
                return Speaker(known.name, known.title or speaker.title, "person")
        # 范大使说 after 越南驻华大使范草梅接受采访 (named, but not yet as a speaker): the title, then the name
        named = re.search(re.escape(speaker.title) + re.escape(speaker.name) + r"[\u4e00-\u9fff]{2}", ctx.source)
        if named:
            found = Speaker(named.group(0)[len(speaker.title):], speaker.title, "person")
            ctx.people.append(found)
            return found
    for known in ctx.people[-_PEOPLE_LOOK_BACK:]:
        if known.name == speaker.name:
            return Speaker(known.name, speaker.title or known.title, "person")
        if (known.name.endswith(" " + speaker.name) or (len(speaker.name) >= 3 and known.name.startswith(speaker.name))):
            return Speaker(known.name, speaker.title or known.title, "person")
    if re.fullmatch(r"[A-Z][a-z'’-]+", speaker.name):
        named = _full_names_by_last_word(ctx).get(speaker.name)
        if named:
            speaker = Speaker(named, speaker.title, "person")  # "Spencer said" after "report to Phil Spencer"
    ctx.people.append(speaker)
    return speaker


#: How many of the people named before a short name may be its full name: more than any one article names,
#: and few enough that a very long text (a joined archive page) stays linear.
_PEOPLE_LOOK_BACK = 200
#: Longer than any time expression (characters): how far before a sentence one may start and still reach into it.
_LONGEST_TIMEX = 64
#: How far back (characters) a short name looks for the full name given earlier in the article.
_LOOK_BACK = 4000

#: A time right after an English reporting verb dates the speech, not the claim ("…, the company said on Friday").
_SPEECH_TIME_RE = re.compile(r"\b(?:said|says|told\s+\w+|added|announced|stated|wrote)\s+(?:on\s+|late\s+|early\s+)?$")


#: English past-tense verbs: the common irregular ones, and -ed forms but for participles that schedule
#: ("scheduled for Friday", "expected on Monday").
_EN_PAST_RE = re.compile(r"\b(?:was|were|had|did|blew|took|made|came|went|fell|rose|hit|began|broke|left|lost|won|sold|"
                         r"bought|held|met|told|saw|found|gave|got|ran|shut|struck|spoke|flew|sank|"
                         r"(?!(?:scheduled|planned|expected|slated|proposed|delayed|postponed|rescheduled|set)\b)\w{3,}ed)\b")
_EN_FUTURE_RE = re.compile(r"\b(?:will|would|shall|to|is due|are due|going)\b")


def _in_past_clause_en(text: str, sentence_start: int, at: int) -> bool:
    """True when the time expression at ``at`` closes a clause in the past tense ("after a panel blew out on
    an Alaska Airlines flight on Friday"): that weekday is the last one, not the next."""
    window = text[sentence_start:at]
    cut = max((m.end() for m in re.finditer(r"[,;]|\b(?:after|when|since|as|because|and)\b", window)), default=0)
    clause = window[cut:]
    return bool(_EN_PAST_RE.search(clause)) and not _EN_FUTURE_RE.search(clause)


#: An organisation issuing a document (农业农村部31日印发紧急通知): (issuer with its adverbials).
_ISSUED_RE = re.compile(r"([^，,。；;！？\s“”「」()（）【】〔〕—]{2,30}?)(?:印发|印發|发布|發布|发出|發出|公布|公佈|发表|發表|下发|下發|"
                        r"通过|通過|批准|审议通过|審議通過)"
                        r"(?:了|的)?[^，,。；;]{0,24}?(?:决议|決議|决定|決定|法案|议案|議案|通知|通报|通報|公告|通告|文告|声明|聲明|方案|意见|意見|规划|規劃|报告|報告|"
                        r"《[^《》]{1,24}》)")


def _document_issuer(before: str) -> Speaker | None:
    """The organisation that issued the document a sentence goes on to quote (…印发紧急通知。通知提出 → the issuer)."""

    found = list(_ISSUED_RE.finditer(before))
    if not found:
        return None
    issuer = found[-1].group(1)
    who = classify_segment(issuer)
    if isinstance(who, Speaker) and who.kind == "organisation":
        return who
    # 越南国会11月30日上午在…会议上以高票表决通过…的决议: the first organisation named is the subject
    first = _ORG_NAME_RE.search(issuer)
    if first and first.end() - _qualifiers_start(issuer, first.start()) >= 3:
        return Speaker(issuer[_qualifiers_start(issuer, first.start()) : first.end()], None, "organisation")
    return None


def _qualifiers_start(text: str, head: int) -> int:
    """Where an organisation's name begins, read back from its head noun at ``head`` (at most 14 characters,
    stopping at a particle, punctuation or a digit: …发布的通报中，江西省防汛抗旱指挥部 → 江西省…)."""
    i = head
    while i > 0 and head - i < 14 and (text[i - 1] not in _ORG_NAME_STOP or (
            text[i - 1] == "及" and head - i <= 2 and i > 1 and text[i - 2] not in _ORG_NAME_STOP) or (
            text[i - 1] == "和" and head - i <= 4 and text[head : head + 1] in ("部", "厅", "廳", "局", "委")
            and i > 1 and text[i - 2] not in _ORG_NAME_STOP)):
        # 贸易及工业部, 運輸及房屋局: a 及 two characters before the head joins the name's two parts; so does a 和
        # in a ministry's name (文化和旅游厅, 人力资源和社会保障部)
        if text[i - 1].isdigit():
            j = i - 1
            while j > 0 and text[j - 1].isdigit():
                j -= 1
            if not (text[i] in "号號" and j > 0 and text[j - 1] not in _ORG_NAME_STOP and not text[j - 1].isascii()):
                break
            i = j  # a number inside the name (胡志明市1号城铁线有限公司), not a date before it
            continue
        i -= 1
    lead = re.match(r"另据|另據|据(?!点|點)|據(?!點)|(?:[一二三四1-4]|前三)季度|今年|去年|明年|上半年|下半年|全年|同期|当天|當天",
                    text[i:head])
    # 另据国家卫生健康委员会 → 国家卫生健康委员会; 一季度公司实现… → 公司 (a time before the name is not part of it)
    return i + lead.end() if lead and head - i - lead.end() >= 2 else i


def _last_organisation_named(before: str) -> Speaker | None:
    """The last organisation named in ``before`` (the text before a sentence), read back from its suffix
    (广东省应急管理厅12日发布通报。→ 广东省应急管理厅); None when none is in the last 300 characters."""
    window = before[-300:]
    for m in reversed(list(_ORG_SUFFIX_RE.finditer(window))):
        i = _qualifiers_start(window, m.start())
        if m.start() - i >= 2:
            return Speaker(window[i : m.end()], None, "organisation")
    return None


#: Suffixes that end an organisation's name (a subset of attribution.ORG_SUFFIXES safe to read in running text).
_ORG_SUFFIX_RE = re.compile(r"指挥部|指揮部|委员会|委員會|办公室|辦公室|管理局|政府|公司|集团|集團|银行|銀行|协会|協會|工会|工會|"
                            r"(?<=[^\W\d_])(?:厅|廳|局|署|院|部(?!分|门|門|长|長|署)|委(?!员|員|托|屈))(?=\d|[在于於今昨前日将將印发發，,。（(])")
#: Documents that set out plans: what they say will happen is the issuer's plan (方案提出，到2027年…将增长一倍).
_PLAN_DOCUMENT_RE = re.compile(r"方案|规划|規劃|纲要|綱要|行动计划|行動計劃|指导意见|指導意見|计划书|計劃書")


#: The outlet's own voice: 据了解, 据悉, 据报道 (no one is quoted).
_OUTLET_VOICE_RE = re.compile(r"\s*(?:据|據)(?:了解|瞭解|悉|报道|報導|报导|介绍|介紹|称|稱)[，,]")


#: Nouns that end the name of an association (该会 refers back to one).
_ASSOCIATION_RE = re.compile(r"公会|公會|协会|協會|商会|商會|工会|工會|学会|學會|总会|總會|联合会|聯合會|基金会|基金會|委员会|委員會")
#: Generic heads that stand for an organisation named in full earlier (工会 → 桃园市机师职业工会, the company → Intel).
GENERIC_ORG_HEADS_ZH = ("工会", "工會", "公司", "集团", "集團", "协会", "協會", "委员会", "委員會", "该行", "該行",
                        "该公司", "該公司", "该局", "該局", "该部", "該部", "该会", "該會", "联盟", "聯盟", "该党", "該黨")
#: Nouns that 该 turns into a reference to the organisation of that kind named before (该协会 → 越南粮食协会).
_ORG_HEAD_NOUNS = frozenset({"协会", "協會", "公会", "公會", "商会", "商會", "工会", "工會", "学会", "學會", "基金会", "基金會",
                             "联合会", "聯合會", "委员会", "委員會", "集团", "集團", "公司", "机构", "機構", "组织", "組織",
                             "银行", "銀行", "中心", "联盟", "聯盟", "企业", "企業", "部门", "部門", "政府", "大学", "大學"})
GENERIC_ORG_HEADS_EN = ("company", "agency", "ministry", "bank", "union", "department", "firm", "group", "carrier",
                        "airline", "automaker", "regulator", "central bank", "operator", "organisation", "organization")
#: A company named with its legal suffix ("Tesla Inc.", "Intel Corp", "UBS Group AG"): the name without it.
_EN_COMPANY_RE = re.compile(r"\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3}?)\s+(?:Inc|Corp|Corporation|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|SE|GmbH)\b")
#: An organisation's spokesperson or official before a reporting verb (财政部有关负责人在记者会上表示): "he" next is them.
_SPOKESPERSON_RE = re.compile(r"负责人|負責人|发言人|發言人|官员|官員|代表")
_EN_CORPORATE_SUFFIX_RE = re.compile(r"(?:\s+(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|plc|LLC|Holdings|AG|SA|NV|SE|GmbH)\.?)+$")
# Characters that end an organisation's name when reading backwards from its head noun.
_ORG_NAME_STOP = set("的在将將於于与與和及是对對了为為由从從把被向至到并並也还還已曾本此这這该該其，,。、：:；;“”「」()（）《》/／〔〕【】［］[]—－- \n")


#: Organisation names read from running text, by suffix, for :func:`_expanded_abbreviation`.
_ORG_NAME_RE = re.compile(r"国会|國會|议会|議會|公司|电力|電力|铁路|鐵路|交易所|研究所|事务所|事務所|合作社|超市|联合会|聯合會|"
                          r"商会|商會|总会|總會|" + _ORG_SUFFIX_RE.pattern
                          + r"|(?<=[^\W\d_])(?:(?:局|署|院|厅|廳)(?![长長])|部(?!分|门|門|长|長|署))(?=[^\W\d_])"
                          + r"|理事会|理事會|中心(?=[^\W\d_])")
#: Last characters of short forms that stand for an organisation (陆交局, 台電, 国行).
_ABBREVIATION_ENDS = set("局署会會院部委厅廳行电電铁鐵台社司办辦党黨军軍所")


#: The rest of an organisation's name after its first characters (职总平价|合作社).
_ORG_NAME_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:合作社|公司|集团|集團|超市|协会|協會|公会|公會)")


def _occurrences(text: str, part: str) -> list[int]:
    """Offsets where ``part`` occurs in ``text``."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _expanded_abbreviation(speaker: Speaker, before: str) -> Speaker | None:
    """The full name, given earlier in the article, of an organisation named by a short form (陆交局 after
    陆路交通管理局, 台電 after 台灣電力公司, 国会 after 越南国会); None when there is none."""
    short = speaker.name
    if re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", short):
        # 胡志明市城市铁路管理委员会（MAUR）… MAUR还表示: the name the bracketed acronym was given for
        defined = list(re.finditer(r"[（(]\s*" + re.escape(short) + r"\s*[）)]", before))
        for m in defined[:1]:
            start = _qualifiers_start(before, m.start())
            if m.start() - start >= 3:
                return Speaker(before[start : m.start()], None, "organisation")
        return None
    defined = _defined_short_form(short, before)
    if defined is not None:
        return defined
    if len(short) > 5:
        return None
    if speaker.kind != "organisation" and short[-1] not in _ABBREVIATION_ENDS:
        # a four- or five-character name that begins an organisation's name given earlier (职总平价 → 职总平价合作社);
        # person names (two or three characters, or titled) never do
        if len(short) < 4 or speaker.title or not any(
                _ORG_NAME_HEAD_RE.match(before, at + len(short)) for at in _occurrences(before, short)):
            return None
    found = [before[_qualifiers_start(before, m.start()) : m.end()] for m in _ORG_NAME_RE.finditer(before)]
    found = [full for full in found if is_abbreviation(short, full)]
    if not found:
        return None
    # the name as first given (越南交通运输部, not a later 交通运输部)
    return Speaker(found[0], None, "organisation")


#: A short form defined in brackets after the full name: （以下简称“小鹏”）, （下稱全產總）, （社理会）.
_SHORT_FORM_MARK_RE = r"[（(]\s*(?P<mark>(?:以下|下文)?(?:简称|簡稱|称|稱)|下称|下稱)?\s*[“\"「『]?"


def _defined_short_form(short: str, before: str) -> Speaker | None:
    """The organisation ``short`` was defined for in ``before``: 小鹏汽车（以下简称“小鹏”）… 小鹏表示 → 小鹏汽车.

    Without 简称/下称 the full name must end like an organisation's (社区发展理事会（社理会）); a person's
    nickname in brackets is not one.
    """
    pattern = re.compile(_SHORT_FORM_MARK_RE + re.escape(short) + r"[”\"」』]?\s*[）)]")
    for m in pattern.finditer(before):
        start = _qualifiers_start(before, m.start())
        full = before[start : m.start()]
        if not is_abbreviation(short, full):
            # 30万名学生获得教育储蓄基金（教储基金）: the name begins at the short form's first character
            tails = [full[i:] for i in range(len(full)) if full[i] == short[0] and is_abbreviation(short, full[i:])]
            full = tails[0] if tails else full
        if len(full) > len(short) and re.fullmatch(r"[\u4e00-\u9fff\d（）()·]{3,30}", full) \
                and (m.group("mark") or full.endswith(ORG_SUFFIXES) or is_abbreviation(short, full)):
            return Speaker(full, None, "organisation")
    return None


def _before(ctx: _Context, at: int) -> str:
    """The article's text before offset ``at``, at most :data:`_LOOK_BACK` characters of it."""
    return ctx.source[max(0, at - _LOOK_BACK) : at]


#: English organisation names of public bodies: "the agency" means one of these, "the company" none of them.
_EN_PUBLIC_BODY_RE = re.compile(r"\b(?:Administration|Agency|Authority|Board|Bureau|Commission|Council|Department|"
                                r"Ministry|Office|Service|Committee|Government|Parliament|Reserve|Regulator|"
                                r"Central Bank|National Bank|Federal|Police|Court|Organization|Organisation)\b|^[A-Z]{2,6}$")
_EN_PUBLIC_HEADS = {"agency", "ministry", "department", "regulator", "authority", "commission", "board", "government"}
_EN_COMPANY_HEADS = {"company", "firm", "group", "carrier", "airline", "automaker", "operator", "lender", "insurer"}


#: The subject of an English story's first sentence, after its dateline: "Rapidus on Tuesday began …" → (Rapidus).
_EN_LEAD_SUBJECT_RE = re.compile(r"((?:[A-Z][\w&.'-]*\s+(?:(?:of|for|and)\s+)?){0,4}?[A-Z][\w&.'-]*)\s+(?:on\s+[A-Z]\w+\s+)?"
                                 r"(?:has\s+|have\s+|had\s+)?(?!(?:of|for|and)\b)[a-z]{2,}\b")


def _en_lead_organisation(ctx: _Context) -> Speaker | None:
    """The organisation a story opens with ("CHITOSE, Japan -- Rapidus on Tuesday began …"), for "the company"
    when no company has spoken or been named with a corporate suffix; None when the lead's subject is a person."""
    dateline = re.search(r"(?m)^" + _EN_DATELINE_RE.pattern, ctx.source)
    if dateline is None:
        return None
    lead = _EN_LEAD_SUBJECT_RE.match(ctx.source, dateline.end())
    if lead is None:
        return None
    name = _EN_CORPORATE_SUFFIX_RE.sub("", lead.group(1).removeprefix("The "))
    if not name or name in ("It", "He", "She", "They", "We") or any(p.name == name or p.name.endswith(" " + name)
                                                                    for p in ctx.people):
        return None
    if " " in name and _en_kind(name) != "organisation" and not any(
            w in _EN_ORG_WORDS or (len(w) >= 2 and w.isupper()) for w in name.split()):
        return None  # a person's name, not "Reserve Bank of India" or "SK Hynix"
    return Speaker(name, None, "organisation")


def _last_compatible_org(head: str, ctx: _Context) -> Speaker | None:
    """The latest organisation that spoke and that an English generic head can mean: "the agency" a public
    body (FAA, Federal Aviation Administration), "the company" or "the airline" anything else (Boeing),
    "the bank" a name with Bank; other heads take the last organisation that spoke."""
    for org in reversed(ctx.orgs):
        public = bool(_EN_PUBLIC_BODY_RE.search(org.name))
        if head in _EN_PUBLIC_HEADS and not public:
            continue
        if head in _EN_COMPANY_HEADS and public:
            continue
        if head == "bank" and "Bank" not in org.name:
            continue
        return org
    return ctx.last_org if head not in _EN_PUBLIC_HEADS | _EN_COMPANY_HEADS | {"bank"} else None


#: An English name in running text, with the nationality prefix kept apart ("the U.S. Federal Aviation
#: Administration" → U.S., Federal Aviation Administration).
_EN_PROPER_NAME_RE = re.compile(r"((?:U\.S\.|US|UK|U\.K\.|EU)\s+)?((?:[A-Z][a-z]+)(?:,?\s+(?:of|for|and|the|on|&)?\s*[A-Z][a-z]+){1,7})")


_EN_NATION_PREFIX_RE = re.compile(r"(?:U\.S\.|US|UK|U\.K\.|EU)\s+")


def _initials(name: str) -> str:
    """The capitals that begin the words of ``name`` after a leading "The" (European Space Agency → ESA)."""
    return "".join(w[0] for w in name.removeprefix("The ").split() if w[0].isupper())


#: Words an acronym skips ("Ministry of Economy, Trade and Industry" → METI).
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "the", "on", "&", "in", "to"})


def _is_acronym(acronym: str, name: str) -> bool:
    """True when ``acronym`` is made of the starts of ``name``'s words, in order, every capitalised word giving
    one or more letters and the small words (of, and, the …) none or their first: FAA, ESA, METI ("Ministry of
    Economy, Trade and Industry"), TEPCO ("Tokyo Electric Power Co"). The first-letters rule of Schwartz and
    Hearst's abbreviation finder (PSB 2003), with each word allowed to give a prefix."""
    words = [w.strip(",.") for w in name.removeprefix("The ").split()]
    words = [w for w in words if w]
    target = acronym.lower()

    def match(i: int, k: int) -> bool:
        if k == len(target):
            return all(w.lower() in _ACRONYM_SKIPS for w in words[i:])
        if i == len(words):
            return False
        word = words[i].lower()
        if word in _ACRONYM_SKIPS and match(i + 1, k):
            return True
        n = 0
        while n < len(word) and k + n < len(target) and word[n] == target[k + n]:
            n += 1
            if match(i + 1, k + n):
                return True
        return False

    return len(words) >= 2 and match(0, 0)


def _en_full_name(speaker: Speaker, ctx: _Context, before: str) -> Speaker:
    """One English organisation under one name within an article: an acronym takes the full name given
    earlier (FAA after "the U.S. Federal Aviation Administration" → Federal Aviation Administration)."""
    name = speaker.name
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return speaker
    defined = list(re.finditer(r"((?:[A-Z][\w&.'-]*)(?:\s+(?:of|for|and|the|on|&)?\s*[A-Z][\w&.'-]*){1,7})\s*"
                               r"(?:\(\s*" + name + r"\s*\)|,\s*or\s+" + name + r"\b)", before))
    if defined:  # "the Japan Aerospace Exploration Agency (JAXA)", "the European Space Agency, or ESA"
        return Speaker(defined[-1].group(1).removeprefix("The "), None, "organisation")
    for org in reversed(ctx.orgs):
        if _is_acronym(name, org.name):
            return org
    for m in reversed(list(_EN_PROPER_NAME_RE.finditer(before))):
        words = m.group(2).split()
        for n in range(len(words), 1, -1):  # "The Ministry of Economy, Trade and Industry on Monday": drop the tail
            full = " ".join(words[:n]).rstrip(",")
            if words[n - 1].rstrip(",") not in _ACRONYM_SKIPS and _is_acronym(name, full):
                return Speaker(full.removeprefix("The "), None, "organisation")
    return speaker


def _full_organisation(speaker: Speaker, sentence: Sentence, lang: str, ctx: _Context) -> Speaker:
    """A generic head (工会, 该行, the company) that refers back to an organisation named in full earlier.

    Chinese: the nearest earlier mention of the head noun inside a longer name
    (桃园市机师职业工会理事长… → 桃园市机师职业工会), else the last organisation that
    spoke. English: the organisation that is the sentence's subject ("Intel Corp
    will spend …, the company said" → Intel), else the last organisation that spoke.
    """
    if lang == "en":
        if speaker.kind == "person" and not speaker.title and re.fullmatch(r"[A-Z][\w&'-]+", speaker.name) \
                and not any(p.name.endswith(" " + speaker.name) for p in ctx.people) \
                and not re.search(r"\b(?:[A-Z][a-z]+|Mr\.|Ms\.|Mrs\.|Dr\.)\s+" + re.escape(speaker.name) + r"\b",
                                  _before(ctx, sentence.end)):
            # a lone capitalised word no person was named by ("Boeing said in a statement") is an organisation
            speaker = Speaker(speaker.name, None, "organisation")
        if speaker.kind == "organisation":
            speaker = _en_full_name(speaker, ctx, _before(ctx, sentence.start))
            if any(org is speaker for org in ctx.orgs):
                return speaker  # TEPCO → Tokyo Electric Power Co, as it was named when it spoke
            national = _EN_NATION_PREFIX_RE.match(speaker.name)
            if national and _EN_PUBLIC_BODY_RE.search(speaker.name[national.end():]):
                # "the U.S. Federal Aviation Administration": one name for the body in every article (not U.S. Steel)
                speaker = Speaker(speaker.name[national.end():], speaker.title, "organisation")
        if speaker.kind == "organisation" and _EN_CORPORATE_SUFFIX_RE.search(speaker.name):
            speaker = Speaker(_EN_CORPORATE_SUFFIX_RE.sub("", speaker.name), speaker.title, "organisation")  # Intel Corp
        if speaker.kind in ("organisation", "person") and " " not in speaker.name and len(speaker.name) >= 3:
            if ctx.last_org is not None and ctx.last_org.name.startswith(speaker.name + " "):
                return ctx.last_org  # "Samsung said" after "Samsung Electronics Co Ltd will …"
            longer = [m.group(1) for m in _EN_COMPANY_RE.finditer(_before(ctx, sentence.start))
                      if m.group(1).startswith(speaker.name + " ")]
            if longer:
                return Speaker(longer[-1], None, "organisation")  # "UBS expects …" after "UBS Group AG agreed …"
        words = speaker.name.lower().removeprefix("the ").split()
        if not words or (words[-1] not in GENERIC_ORG_HEADS_EN and " ".join(words) not in GENERIC_ORG_HEADS_EN) \
                or len(words) > 2:
            return speaker  # "the company", "the space agency" refer back; "Dutch marine services firm" names
        if speaker.kind != "organisation":
            return speaker
        subject = re.match(r"\s*(?:[^-–—()]{0,60}\([A-Za-z ]{2,20}\)\s*[-–—]+\s*|[A-Z][A-Z ,.'-]+[-–—]+\s*)?((?:[A-Z][\w&.'-]*\s+){0,3}"
                           r"(?:[A-Z][\w&.'-]*))\s+(?:will|is|has|plans|said|says|expects|aims|intends)\b", sentence.text)
        if subject:
            name = _EN_CORPORATE_SUFFIX_RE.sub("", subject.group(1).strip())
            owner = re.match(r"[A-Z][\w.-]*['’]s\s+(?=[A-Z])", name)
            if owner and not _EN_PUBLIC_BODY_RE.search(name):
                name = name[owner.end():]  # "Germany's Hapag-Lloyd will …, the company said": the company
            if name and name not in ("The", "It", "He", "She", "They", "We"):
                longer = [m.group(1) for m in _EN_COMPANY_RE.finditer(_before(ctx, sentence.start + subject.end()))
                          if m.group(1).startswith(name + " ")]
                return Speaker(longer[-1] if longer else name, None, "organisation")  # "UBS expects …" after UBS Group AG
        compatible = _last_compatible_org(words[-1], ctx)
        if compatible is not None:
            return compatible
        if words[-1] in ("bank", "agency", "ministry", "department", "commission", "authority", "administration"):
            named = [n for n in re.findall(r"\b((?:[A-Z][\w&.'-]*\s+){0,5}" + words[-1].capitalize()
                                           + r"(?:\s+of(?:\s+[A-Z][\w&.'-]*)+|(?:\s+(?!(?:of|for|and|The|In|On)\b)[A-Z][a-z]+){1,2}"
                                           + r"(?=\s+(?:\([A-Z]{2,6}\)|[a-z])))?)\b", _before(ctx, sentence.start))
                     if n.removeprefix("The ") != words[-1].capitalize()]  # "Bank of Japan", not "The Bank" alone
            if named:  # "…, the bank said" after "The European Central Bank lowered …"
                return Speaker(named[-1].removeprefix("The "), None, "organisation")
        companies = list(_EN_COMPANY_RE.finditer(_before(ctx, sentence.start)))
        if companies:
            return Speaker(companies[-1].group(1), None, "organisation")
        if words[-1] in _EN_COMPANY_HEADS:
            return _en_lead_organisation(ctx) or speaker  # "Rapidus on Tuesday began …" … "the company said"
        return speaker
    head = speaker.name
    described = re.match(r"[\u4e00-\u9fff]{2,12}?(?:单位|單位)([\u4e00-\u9fff]{4,})$", head)
    if described and described.group(1).endswith(ORG_SUFFIXES):
        return Speaker(described.group(1), speaker.title, speaker.kind)  # 运营单位广东省交通集团 → 广东省交通集团
    if head not in GENERIC_ORG_HEADS_ZH and not (
            len(head) >= 3 and head[0] in "该該" and head[1:] in _ORG_HEAD_NOUNS):  # 该协会, 該基金會
        return _expanded_abbreviation(speaker, _before(ctx, sentence.start)) or speaker
    noun = head[1:] if head[0] in "该該" else head
    before = _before(ctx, sentence.start)
    if noun in ("会", "會"):  # 该会 → 大马油站业者公会: the last association named, not any 会 (国会复会)
        named = [m for m in _ASSOCIATION_RE.finditer(before) if m.end() - _qualifiers_start(before, m.start()) >= 4]
        if named:
            last = named[-1]
            return Speaker(before[_qualifiers_start(before, last.start()) : last.end()], None, "organisation")
    at = before.rfind(noun)
    while at > 0:
        i = _qualifiers_start(before, at)
        if at - i >= 2:
            return Speaker(before[i : at + len(noun)], None, "organisation")
        at = before.rfind(noun, 0, at)
    if ctx.last_org is not None and (head[0] in "该該" or ctx.last_org.name.endswith(noun)):
        return ctx.last_org
    return Speaker(head, speaker.title, "organisation")


#: A label opening an interview's paragraph: "宋立衡：", "第一财经：", "答：", "Koike:" — (label).
_INTERVIEW_LABEL_RE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff·]{1,6}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*[：:]\s*")
#: Labels of an interviewee's answers ("答：", "A:"): the person the introduction names.
_ANSWER_LABELS = frozenset({"答", "A"})
#: "<title><name>" ending at punctuation, in an interview's introduction (…研究院院长周天衡。): (title, name).
_INTERVIEWEE_RE = re.compile(r"([\u4e00-\u9fff、]{2,30}?)([\u4e00-\u9fff]{2,3})(?=[。，,：:；;！!（(]|$)")
#: Labels that mark the question or answer, not who speaks (问：, 记者：, Q:).
_NOT_SPEAKER_LABELS = frozenset({"记者", "記者", "主持人", "编者", "編者", "编者按", "編者按", "提问", "提問", "回答", "问题", "問題",
                                 "Question", "Answer", "Note", "Editor", "Update", "Photo", "Source"})


def _interview_label(sentence: Sentence, ctx: _Context) -> tuple[Speaker, int] | None:
    """(speaker, where the answer begins) when ``sentence`` opens a paragraph with a speaker's label, as in an
    interview transcript (宋立衡：…). A label counts when it opens two or more paragraphs of the article or names
    a person already named; otherwise "本报讯：" or a heading's colon would be taken for a speaker."""
    line_start = ctx.source.rfind("\n", 0, sentence.start) + 1
    if ctx.source[line_start : sentence.start].strip():
        return None
    m = _INTERVIEW_LABEL_RE.match(sentence.text)
    if m is None or m.end() >= len(sentence.text) or m.group(1) in _NOT_SPEAKER_LABELS:
        return None
    label = m.group(1)
    if label in _ANSWER_LABELS:
        # 答：… — the person interviewed: the last person introduced with a title before the first answer
        first = re.search(r"(?:^|\n)[ \t\u3000]*(?:答|A)\s*[：:]", ctx.source)
        intro = ctx.source[: first.start() if first else sentence.start]
        named = []
        for n in _INTERVIEWEE_RE.finditer(intro):
            # the name right after a title (…基金经理许峥。): not a split that leaves the name's first character in
            # the title (基金经|理许峥) or a title far before the words (美国总统特朗普此|前表示)
            whole = n.group(0)
            ends = [t.end() for t in _TITLE_RE.finditer(whole) if 2 <= len(whole) - t.end() <= 3]
            if ends:
                named.append((whole[ends[-1] :], whole[: ends[-1]]))
        if not named:
            return None
        name, title = named[-1]
        title = re.split(r"了|专访|專訪|采访|採訪|访问|訪問|的", title)[-1] or title  # …日前专访了长江宏观研究院院长
        return Speaker(name, title, "person"), m.end()
    if len(label) < 2:
        return None
    opens = len(re.findall(r"(?:^|\n)[ \t\u3000]*" + re.escape(label) + r"\s*[：:]", ctx.source))
    if opens < 2 and not any(p.name == label for p in ctx.people):
        return None
    who = classify_segment(label) if not label.isascii() else _en_speaker(label)
    if not isinstance(who, Speaker) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", label):
        # a label that opens several paragraphs is a name even when jieba reads a verb in it (刘远航: 远航 "sail")
        who = Speaker(label, None, "organisation" if label.endswith(ORG_SUFFIXES) else "person")
    if not isinstance(who, Speaker):
        return None
    return who, m.end()


#: "Leena Dastur, a strategist at …," opening a sentence: (name).
_EN_APPOSED_NAME_RE = re.compile(r"\s*([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:a|an|the)\s+[^,]{3,100},")
#: "<Title> <Name>" anywhere in a sentence ("Finance Minister Nirmala Sitharaman"): (title, name).
_EN_TITLED_MENTION_RE = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(_EN_TITLES, key=len, reverse=True)
                                                      if t[0].isupper() and not t.endswith(".") and len(t) > 3)
                                   + r")\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b")


def _titled_in_text(word: str, ctx: _Context, sentence: Sentence) -> Speaker | None:
    """The last person named after a title containing ``word`` before ``sentence`` ("RBI Governor Sanjay
    Malhotra" for "the governor"), or None."""
    named = list(re.finditer(r"\b(?i:" + re.escape(word) + r")\s+(" + _EN_NAME + r")", _before(ctx, sentence.start)))
    for m in reversed(named):
        who = _en_speaker(m.group(1))
        if who is not None and who.kind == "person":
            return _full_name(Speaker(who.name, word.capitalize(), "person"), ctx)
    return None


def _resolve_speaker(sentence: Sentence, lang: str, ctx: _Context) -> tuple[Speaker | None, int, str | None]:
    """(speaker, content start within the sentence, reporting verb or None)."""
    attribution = attribute(sentence.text, lang)
    if sentence.paragraph != ctx.paragraph:
        ctx.paragraph = sentence.paragraph
        ctx.paragraph_speaker = None
        ctx.paragraph_deadline = None
    label = _interview_label(sentence, ctx)
    if label is not None:
        # 宋立衡：英国的谈判进展相对顺利，…: an interview's answer, labelled with the speaker's name
        speaker, content = label
        speaker = _full_name(speaker, ctx)
        if speaker.kind == "person":
            speaker = Speaker(speaker.name, speaker.title or ctx.titles.get(speaker.name), "person")
            ctx.last_named = speaker
        ctx.last_speaker = ctx.paragraph_speaker = speaker
        if attribution.verb is not None and (attribution.speaker is None or attribution.pronoun in FIRST_PERSON):
            content = max(content, attribution.content_start)  # 宋立衡：我预计，… — the content after the verb
        return speaker, content, attribution.verb
    if attribution.pronoun in FIRST_PERSON:
        # 我预计，… in an interview's answer: the person answering; with no one answering, nobody we can name
        return ctx.paragraph_speaker, attribution.content_start, attribution.verb
    if attribution.pronoun == "document":
        # 通报说, 文告指出: the document's issuer, the last organisation that spoke or was named
        issuer = _document_issuer(ctx.source[max(0, sentence.start - 200) : sentence.start]) or ctx.last_org \
            or _last_organisation_named(_before(ctx, sentence.start))
        ctx.paragraph_speaker = issuer
        return issuer, attribution.content_start, attribution.verb
    if attribution.verb is None and lang == "zh":
        attribution = _known_person_speaks(sentence.text, ctx) or _issuing_lead(sentence.text) or attribution
    speaker = attribution.speaker
    if speaker is not None and speaker.kind == "anonymous":
        fuller = [s for s in ctx.anonymous if s.name != speaker.name and s.name.endswith(speaker.name)]
        if fuller:
            speaker = fuller[-1]  # 消息人士预计 after 有政府消息人士透露: the same source
        elif speaker not in ctx.anonymous:
            ctx.anonymous.append(speaker)
    if speaker is not None:
        named = _full_name(speaker, ctx)
        speaker = _full_organisation(named, sentence, lang, ctx)
        if speaker.kind == "organisation" and named.kind == "person" and ctx.people and ctx.people[-1] is named:
            ctx.people.pop()  # 社理会 read as a name was the short form of 社区发展理事会: no person for 他 to mean
        if speaker.kind == "organisation":
            ctx.last_org = speaker
            ctx.orgs.append(speaker)
        ctx.last_speaker = speaker
        ctx.last_speaker_via_role = bool(ORG_ROLE_RE.search(sentence.text[: max(attribution.verb_start, 0)])) or (
            speaker.kind == "organisation" and _SPOKESPERSON_RE.search(sentence.text[: max(attribution.verb_start, 0)]) is not None)
        if speaker.kind == "person":
            _note_gender(speaker, sentence, ctx)
            if speaker.title:
                ctx.titles.setdefault(speaker.name, speaker.title)
            else:
                speaker = Speaker(speaker.name, ctx.titles.get(speaker.name), speaker.kind)
            ctx.last_named = speaker
        # 据X预报/透露, … sources one sentence; the next sentence is the reporter's again
        ctx.paragraph_speaker = None if re.match(r"\s*(?:据|據|根据|根據|按照|依据|依據|依照)", sentence.text) else speaker
        return speaker, attribution.content_start, attribution.verb
    if attribution.pronoun == "it":
        # "It said it would …", "It also expects …": the organisation that spoke or was named last
        org = ctx.last_org or _en_lead_organisation(ctx)
        ctx.paragraph_speaker = org
        return org, attribution.content_start, attribution.verb
    if attribution.pronoun is not None and attribution.pronoun.startswith("the "):
        # "…," the governor said: the last person named with that title, else the last person named
        word = attribution.pronoun[4:]
        if word.rstrip("s") in ("people", "person", "source", "official", "insider"):
            # "…, the people said" after "according to people familiar with the matter": that source again
            sources = [s for s in ctx.anonymous if word.rstrip("s")[:5] in s.name.lower()] or ctx.anonymous[-1:]
            speaker = sources[-1] if sources else None
            ctx.paragraph_speaker = speaker
            return speaker, attribution.content_start, attribution.verb
        titled = [p for p in ctx.people if p.title and word in p.title.lower()]
        speaker = titled[-1] if titled else _titled_in_text(word, ctx, sentence) or ctx.last_named
        ctx.paragraph_speaker = speaker
        return speaker, attribution.content_start, attribution.verb
    if attribution.pronoun is not None:
        role = attribution.pronoun not in ("他", "她", "他们", "他們", "她们", "她們", "he", "she", "they", "其")
        # 他/她 is the last named person, unless an organisation's spokesperson (商务部负责人表示…) spoke after
        # that person: then it is that spokesperson, speaking for the organisation
        spokesperson = (ctx.last_speaker is not None and ctx.last_speaker.kind == "organisation"
                        and ctx.last_speaker is not ctx.last_named and ctx.last_speaker_via_role)
        speaker = (ctx.last_speaker if role or spokesperson or _anonymous_spoke_last(attribution.pronoun, sentence, ctx)
                   else None) or ctx.last_named
        speaker = _gender_agreeing(attribution.pronoun, speaker, sentence, ctx)
        ctx.paragraph_speaker = speaker
        return speaker, attribution.content_start, attribution.verb
    if (attribution.verb is not None and re.match(r"\s*(据|據)", sentence.text)) or _OUTLET_VOICE_RE.match(sentence.text):
        ctx.paragraph_speaker = None  # 据了解, 据报道: the reporter's voice
        return None, attribution.content_start, attribution.verb
    if lang == "en":
        subject = _EN_SUBJECT_RE.match(sentence.text)
        found = _en_speaker(subject.group(1)) if subject else None
        if found is None:
            # "Leena Dastur, a strategist at …, was more cautious.": a name set off by its description
            apposed = _EN_APPOSED_NAME_RE.match(sentence.text)
            found = _en_speaker(apposed.group(1)) if apposed else None
        if found is None:
            # "… after Finance Minister Nirmala Sitharaman unveiled …": a titled person named in passing
            mentions = list(_EN_TITLED_MENTION_RE.finditer(sentence.text))
            found = Speaker(mentions[-1].group(2), mentions[-1].group(1), "person") if mentions else None
        if found is not None and found.kind == "person":
            ctx.last_named = _full_name(found, ctx)  # "Chief Executive Elon Musk congratulated …": "he" next
    if lang == "en" and ctx.last_org is not None and re.match(r"\s*It\s+(?:will|plans|expects|aims|intends|is set to)\b",
                                                              sentence.text):
        return ctx.last_org, attribution.content_start, attribution.verb  # "It will report …": the company just named
    if lang == "en" and attribution.verb is None:
        acting = _EN_ORG_PLAN_SUBJECT_RE.match(_EN_DATELINE_RE.sub("", sentence.text, count=1))
        subject = _en_speaker(acting.group(1)) if acting else None  # "Japan's Toyota" → Toyota
        if acting and subject is not None and _en_organisation_named(subject.name, ctx, sentence):
            # "The European Space Agency, or ESA, plans to …": the organisation states its own plan
            org = _full_organisation(Speaker(subject.name, None, "organisation"), sentence, lang, ctx)
            ctx.last_org = org
            ctx.orgs.append(org)
            return org, attribution.content_start, attribution.verb
    if lang == "en" and not sentence.text.lstrip().startswith(("\"", "“", "'")):
        return None, attribution.content_start, attribution.verb  # English reporter's sentences carry no speaker
    if lang == "zh" and attribution.verb is None:
        mentioned = _MENTION_RE.match(sentence.text)
        if mentioned and not _TITLE_RE.search(mentioned.group(2)):
            # 研究员周晓梅的看法与陈立新相近。她认为…: a person introduced by title is whom 她 means next
            ctx.last_named = _full_name(Speaker(mentioned.group(2), mentioned.group(1), "person"), ctx)
            ctx.titles.setdefault(mentioned.group(2), mentioned.group(1))
    if lang == "zh" and attribution.verb is None:
        acting = _ORG_PLAN_SUBJECT_RE.match(sentence.text)
        if acting and re.match(r"(?:下一?次|本次|这次|這次|该次|該次|首次|第[一二三四五六七八九十\d]+次|上次)", acting.group(1)):
            acting = None  # 下一次審議會預定於…召開: a meeting that is scheduled, not a body stating its plan
        keeps = ctx.paragraph_speaker is not None and ctx.paragraph_speaker.kind == "person" and acting is not None \
            and acting.group(1) in (ctx.paragraph_speaker.title or "")  # 指挥中心将于… while its head 王必胜 speaks
        if acting and acting.group(1).endswith(ORG_SUFFIXES) and not keeps:
            # 气象署也计画在年底前启用…: an organisation stating its own plan as the subject speaks for it
            org = _full_organisation(Speaker(acting.group(1), None, "organisation"), sentence, lang, ctx)
            ctx.last_org = ctx.paragraph_speaker = org
            return org, attribution.content_start, attribution.verb
    if ctx.last_named is not None and sentence.text.startswith(ctx.last_named.name):
        # 特朗普并称赞金正恩。“……” — the subject of the passage speaks next; the sentence itself is the
        # reporter's (王乙康将于本周六出席…: what X will do, told by the reporter, has no speaker)
        ctx.paragraph_speaker = ctx.last_named
        return None, attribution.content_start, attribution.verb
    return ctx.paragraph_speaker, attribution.content_start, attribution.verb


#: One unnamed person ("A senior government official, who …, said"): whom a later "he"/"she" can mean.
_EN_SINGLE_SOURCE_RE = re.compile(r"(?i)^(?:a|an|one)\s+(?:[\w.-]+\s+){0,4}?(?:official|source|person|executive|diplomat|"
                                  r"aide|adviser|advisor|lawmaker|banker|analyst)\b")


def _anonymous_spoke_last(pronoun: str | None, sentence: Sentence, ctx: _Context) -> bool:
    """True when "he"/"she" follows one unnamed source who spoke after the last named person was mentioned
    ("A senior government official … said …. He said it was unlikely …": the official)."""
    last = ctx.last_speaker
    if pronoun not in ("he", "she") or last is None or last.kind != "anonymous" or not _EN_SINGLE_SOURCE_RE.match(last.name):
        return False
    spoke_at = ctx.source.rfind(last.name, 0, sentence.start)
    if ctx.last_named is None:
        return spoke_at >= 0
    named = ctx.last_named.name
    named_at = max(ctx.source.rfind(named, 0, sentence.start), ctx.source.rfind(named.split()[-1], 0, sentence.start))
    return spoke_at > named_at


_PRONOUN_GENDER = {"他": "m", "she": "f", "她": "f", "he": "m"}
#: Words after a name (or English titles before it) that give a person's gender (王女士, Mrs. Lee).
_FEMALE_AFTER = ("女士", "小姐", "夫人", "太太")
_MALE_AFTER = ("先生",)


def _gender_agreeing(pronoun: str | None, speaker: Speaker | None, sentence: Sentence, ctx: _Context) -> Speaker | None:
    """The person a singular 他/她 (he/she) means: the resolved antecedent, unless it is already known to be of
    the other gender (a 他 or 她 before referred to them, 王女士, Mr. Lee); then the latest person named
    before the sentence who may be of the pronoun's gender. Records the gender the pronoun shows."""
    gender = _PRONOUN_GENDER.get((pronoun or "").lower())
    if gender is None or speaker is None or speaker.kind != "person":
        return speaker
    if _gender_of(speaker.name, ctx) not in (gender, None):
        before = _before(ctx, sentence.start)
        mentioned = [(before.rfind(p.name), p) for p in ctx.people if _gender_of(p.name, ctx) in (gender, None)]
        at, found = max(mentioned, key=lambda pair: pair[0], default=(-1, None))
        if found is None or at < 0:
            return speaker
        speaker = Speaker(found.name, ctx.titles.get(found.name, found.title), "person")
    if _gender_of(speaker.name, ctx) in (gender, None):
        ctx.genders.setdefault(speaker.name, gender)
    return speaker


#: Characters far more common in Chinese women's (f) or men's (m) given names than in the other's — our
#: own short lists of the clearest cases, used only to break a 他/她 conflict; most names have none of them.
_GIVEN_NAME_GENDER = {**dict.fromkeys("丽麗娟婷芳燕玲霞秀慧静靜琳雪萍艳豔莉娜倩薇蓉琴淑惠媛娇嬌嫣妍妮姗姍婉", "f"),
                      **dict.fromkeys("强強刚剛伟偉军軍勇峰磊涛濤斌杰傑龙龍鹏鵬彪虎雄豪猛", "m")}


def _gender_of(name: str, ctx: _Context) -> str | None:
    """A person's gender as far as the article shows it (:func:`_note_gender`, an earlier 他/她), else as
    their Chinese given name suggests (:data:`_GIVEN_NAME_GENDER`), else None."""
    if name in ctx.genders:
        return ctx.genders[name]
    if 2 <= len(name) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
        guesses = {_GIVEN_NAME_GENDER[ch] for ch in name[1:] if ch in _GIVEN_NAME_GENDER}
        if len(guesses) == 1:
            return guesses.pop()
    return None


def _note_gender(speaker: Speaker, sentence: Sentence, ctx: _Context) -> None:
    """Record a person's gender when the sentence gives it (王女士, Mrs. Lee)."""
    at = sentence.text.find(speaker.name)
    if at < 0:
        return
    after = sentence.text[at + len(speaker.name) : at + len(speaker.name) + 2]
    before = sentence.text[max(0, at - 5) : at]
    if after.startswith(_FEMALE_AFTER) or re.search(r"\b(?:Mrs|Ms|Miss)\.?\s*$", before):
        ctx.genders.setdefault(speaker.name, "f")
    elif after.startswith(_MALE_AFTER) or re.search(r"\bMr\.?\s*$", before):
        ctx.genders.setdefault(speaker.name, "m")


#: An organisation issuing a notice that the rest of the sentence gives (成都市公安局交通管理局26日发布通告，…).
_ISSUING_LEAD_RE = re.compile(r"\s*([^，,。“”「」]{2,20}?)(?:\d{1,2}日|今天|今日|昨天|昨日|当天|當天|当日|當日)?"
                              r"(?:发布|發布|发出|發出|印发|印發|发表|發表)(?:了)?(?:紧急|緊急)?"
                              r"(?:通告|公告|通知|声明|聲明|文告|新闻稿|新聞稿)[，,：:]")


def _issuing_lead(text: str) -> Any:
    """The attribution of a sentence that opens with an organisation issuing a notice, or None."""
    from claims.attribution import Attribution

    m = _ISSUING_LEAD_RE.match(text)
    if m is None:
        return None
    who = classify_segment(m.group(1))
    if not isinstance(who, Speaker) or who.kind != "organisation":
        return None
    return Attribution(who, None, None, -1, m.end())


def _known_person_speaks(text: str, ctx: _Context) -> Any:
    """An attribution for "对于房地产市场，盛来运坦言，…": a person already named in the article, at the start of
    a clause, before a reporting verb (a bare name the segment rules cannot tell from other words)."""
    from claims.attribution import _VERB_RE, Attribution

    for person in ctx.people:
        at = text.find(person.name, 0, 40)
        if at < 0 or (at > 0 and text[at - 1] not in "，,：: “「"):
            continue
        verb = _VERB_RE.match(text, at + len(person.name))
        if verb is None:
            continue
        content = verb.end()
        while content < len(text) and text[content] in "，,：: \u3000":
            content += 1
        return Attribution(person, None, verb.group(0), verb.start(), content)
    return None


#: An organisation as the subject of its own plan (气象署也计画在年底前…, 交通部将于下月…): (name).
_ORG_PLAN_SUBJECT_RE = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)(?:也|还|還|亦|已|则|則)?(?:计划|計劃|计画|計畫|拟于|擬於|拟在|擬在|"
                                  r"打算|准备|準備|决定|決定|定于|定於|将于|將於|预定|預定|"
                                  r"的(?:目标|目標|计划|計劃|任务|任務)(?:是|为|為))")
#: An English organisation as the subject of its own stated intention: (name). "The European Space Agency,
#: or ESA, plans to launch …" (a plain "X will …" stays the reporter's voice, as gold/ labels it).
_EN_ORG_PLAN_SUBJECT_RE = re.compile(
    r"\s*(?:The\s+)?((?:[A-Z][\w&.'-]*\s+){0,4}?[A-Z][\w&.'-]*?)(?:\s+(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|SE)\.?)?"
    r"(?:,\s*or\s+[A-Z]{2,6},)?\s+(?:plans\s+to|intends\s+to|aims\s+to|has\s+agreed\s+to|agreed\s+to)\b")


def _en_organisation_named(name: str, ctx: _Context, sentence: Sentence) -> bool:
    """Whether an English sentence's subject names an organisation: an organisation word or acronym
    (…Agency, NASA), one that spoke before, or a lone capitalised word no person was named by (Microsoft)."""

    if name in ("The", "It", "He", "She", "They", "We", "This", "That", "A", "An"):
        return False
    if _en_kind(name) == "organisation" or any(org.name == name or org.name.startswith(name + " ") for org in ctx.orgs):
        return True
    before = _before(ctx, sentence.start)
    return " " not in name and not any(p.name.endswith(" " + name) for p in ctx.people) \
        and not re.search(r"\b(?:[A-Z][a-z]+|Mr\.|Ms\.|Mrs\.|Dr\.)\s+" + re.escape(name) + r"\b", before)


#: A person introduced by title as a sentence's subject, with no reporting verb (…研究员周晓梅的看法…):
#: (title with its organisation, name).
_MENTION_RE = re.compile(
    r"^\s*(?:谈到|談到|谈及|談及|对于|對於|关于|關於)?[^，,。“”「」]{0,16}?[，,]?\s*"
    r"([^，,。“”「」]{0,24}?(?:" + _TITLE_RE.pattern + r"))"
    r"([\u4e00-\u9fff]{2,3}?)(?=的看法|的观点|的觀點|的意见|的意見|也|则|則|同样|同樣|持|对此|對此|今天|今日|昨天|昨日|"
    r"同意|赞同|贊同|认同|認同|不同意|"
    r"日前|近日|\d|在臉書|在脸书|在社交|發文|发文|呼籲|呼吁)")


def extract(
    text: str,
    published: date,
    *,
    lang: str | None = None,
    excluded: list[tuple[int, int]] | None = None,
    known_events: Sequence[DatedEvent] = (),
) -> list[ExtractedClaim]:
    """Every forward-looking claim in ``text``, published on ``published``.

    ``lang`` is 'zh' or 'en' (detected when None); ``excluded`` are (start, end)
    ranges of ``text`` to skip (captions); ``known_events`` are events dated by
    earlier articles, for claims that name an event this article does not
    date. Spans index ``text``. Never raises on any string input.
    """
    lang = lang or detect_lang(text)
    norm = normalize_width(text)
    datelines = [m.span() for m in DATELINE_RE.finditer(norm)]
    timexes = [tx for tx in _timexes(norm, published) if not any(s <= tx.span[0] < e for s, e in datelines)]
    ctx = _Context(published, lang, find_events(norm, published, timexes, excluded), known_events=tuple(known_events),
                   source=norm)
    claims: list[ExtractedClaim] = []
    seen: set[tuple[str | None, str]] = set()
    previous: ExtractedClaim | None = None
    previous_is_item = False
    frame: ExtractedClaim | None = None  # the introduction of the enumeration being read
    future_timexes: SpanIndex | None = None  # the text's expressions read forward, made on first need
    by_start = SpanIndex(timexes)
    units = deque(claim_units(split_sentences(norm), timexes, published))
    quoted: dict[tuple[int, int], tuple[Speaker | None, int, str | None]] = {}  # piece → the quotation's attribution
    while units:
        sentence, role = units.popleft()
        if excluded and overlaps(sentence, excluded):
            continue
        if _is_heading(sentence, norm):
            continue
        if previous is not None and sentence.paragraph != ctx.paragraph:
            previous, frame = None, None
        if role == "quoted":
            speaker, content_start, verb = quoted[(sentence.start, sentence.end)]
        else:
            pieces = quote_pieces(sentence) if role == "" else [sentence]
            speaker, content_start, verb = _resolve_speaker(sentence, lang, ctx)
            if speaker is None and role == "item" and previous is not None:
                speaker = previous.speaker  # …可能出现阵雨，但不会影响开幕式: the clause before's speaker
            if len(pieces) > 1:
                # a quotation of several sentences: one claim per sentence, all with the quotation's speaker
                for n, piece in enumerate(pieces):
                    lead = content_start - (piece.start - sentence.start) if n == 0 else 0
                    quoted[(piece.start, piece.end)] = (speaker, max(0, min(lead, len(piece.text))), verb)
                units.extendleft((piece, "quoted") for piece in reversed(pieces))
                continue
        content = sentence.text[content_start:]
        content = _simplified(content)  # cue and hedge tables are matched in Simplified characters
        hedge = _negated_belief(sentence.text[:content_start],
                                _estimative_verb_hedge(verb, find_hedge(content, lang), content_start))
        dated_ahead = any(tx.end is not None and tx.end >= published
                          for tx in by_start.starting_in(sentence.start, sentence.end))
        item_of = previous if previous is not None and (
            role == "item" or continues(previous, content, norm, sentence, previous_is_item)) else None
        if item_of is None and not _is_claim_sentence(content, hedge, lang, verb, dated_ahead):
            _note_paragraph_event(sentence, ctx)
            previous = None
            continue
        hedge_at = content_start + hedge.start if hedge and hedge.start >= 0 else content_start
        # DESIGN.md: a bare month, day or weekday in a forward-looking clause is the next such date
        # Read forward (DESIGN.md): one more pass over the whole text, made once and only when some
        # claim sentence holds a time expression.
        forward: list[Any] = []
        if any(sentence.start < tx.span[1] for tx in by_start.starting_in(sentence.start - _LONGEST_TIMEX, sentence.end)):
            if future_timexes is None:
                future_timexes = SpanIndex([tx for tx in _timexes(norm, published, "future")
                                            if not any(s <= tx.span[0] < e for s, e in datelines)])
            forward = [tx for tx in future_timexes.starting_in(sentence.start, sentence.end) if tx.span[1] <= sentence.end
                       and not _SPEECH_TIME_RE.search(norm, max(sentence.start, tx.span[0] - 30), tx.span[0])
                       and not (lang == "en" and tx.kind == "weekday" and _in_past_clause_en(norm, sentence.start, tx.span[0]))]
        found = _deadline(sentence, hedge_at, forward, ctx, content_start)
        deadline = found if isinstance(found, Deadline) else None
        inherit = ctx.paragraph_deadline is not None and (
            ctx.paragraph_deadline.basis == "event" or ENUMERATION_RE.match(content.lstrip("“「\""))
        )
        if found is None and inherit and ctx.paragraph_deadline is not None:
            deadline = Deadline(ctx.paragraph_deadline.text, ctx.paragraph_deadline.start,
                                ctx.paragraph_deadline.end, "inherited")
        elif deadline is not None and deadline.basis != "inherited":
            ctx.paragraph_deadline = deadline
        if deadline is None and found is None and claims and claims[-1].deadline is not None \
                and _THEN_RE.match(content.lstrip("“「\"' ")):
            then = claims[-1].deadline  # 届时/by then: the time the claim before names
            deadline = Deadline(then.text, then.start, then.end, "inherited")
        key = (speaker.name if speaker else None, re.sub(r"\W", "", content))
        if key in seen:
            continue
        seen.add(key)
        kind = classify_kind(content, speaker, lang, verb, hedge)
        if role == "frame" and lang == "zh" and _AGENDA_FRAME_RE.search(content) and (
                hedge is None or (hedge.words in PLAIN_FUTURE and not _commentator(speaker))):
            kind = "plan"  # an agenda's items are the speaker's plans (…将重点抓好三项工作：一是…)
        if role == "frame" and kind == "forecast" and lang == "zh" and hedge is not None and hedge.words in PLAIN_FUTURE \
                and _measures_frame(content) and not _commentator(speaker):
            kind = "plan"  # 中油將從兩方面防止…：, 铁道部将采取三项措施： — the measures are the speaker's side's
        if kind == "forecast" and speaker is not None and speaker.kind == "organisation" \
                and _PLAN_DOCUMENT_RE.search(sentence.text[:content_start]) and not is_uncertain(hedge):
            kind = "plan"  # the targets of a plan document are the issuer's plan
        probability = hedge.probability if hedge else None
        if kind != "forecast" and hedge and hedge.words in CERTAIN:
            probability = None
        if item_of is not None and (hedge is None or hedge.start < 0):
            # an item of an enumeration (二是…, ；-separated targets) inherits the passage's claim
            source = frame or item_of  # an item without its own hedge takes the passage's
            kind, probability, hedge = source.kind, source.probability, (
                Hedge(source.hedge, -1, source.probability) if source.hedge else None)
            speaker = speaker or item_of.speaker
        if item_of is not None and deadline is None and found is not False:
            deadline = (frame or item_of).deadline  # the passage's deadline, not a sibling item's
        made = (
            ExtractedClaim(
                text=text[sentence.start : sentence.end],
                span=(sentence.start, sentence.end),
                statement=positive_proposition(
                    _statement(text[sentence.start : sentence.end], content_start, hedge_at if hedge else None),
                    hedge.words if hedge else None, probability),
                kind=kind,
                speaker=speaker,
                probability=probability,
                hedge=hedge.words if hedge else None,
                deadline=deadline,
                polarity="negative" if (probability is not None and probability < 0.5) or (
                    probability is None and hedge is not None and hedge.words in NEGATIVE_FUTURE) else "positive",
            )
        )
        if role == "frame":
            frame = made
        else:
            claims.append(made)
        previous, previous_is_item = made, item_of is not None or role == "item"
    return claims



def _simplified(text: str) -> str:
    """``text`` in Simplified characters when the conversion keeps every offset, else unchanged."""
    from claims.speakers import to_simplified

    converted = to_simplified(text)
    return converted if len(converted) == len(text) else text


#: Reporting verbs that themselves state a probability (他预计…将… → 0.75, not the 0.85 of 将).
ESTIMATIVE_VERBS = {"预计": 0.75, "預計": 0.75, "预测": 0.75, "預測": 0.75, "预料": 0.75, "預料": 0.75, "预期": 0.75, "預期": 0.75,
                    "估计": 0.75, "估計": 0.75, "predicted": 0.75, "predicts": 0.75, "predict": 0.75,
                    "expects": 0.75, "expect": 0.75, "expected": 0.75, "forecast": 0.75, "forecasts": 0.75}


def _negated_belief(frame: str, hedge: Hedge | None) -> Hedge | None:
    """The claim's hedge when its reporting frame denies the belief (许利平并不认为，局势会…缓和): the content
    after the verb reads "会" (0.8), but the speaker states the chance that things ease is low (1 − p), as
    :func:`claims.hedges.find_hedge` reads the whole sentence."""
    from claims.hedges import _NEGATED_BELIEF

    negation = next(reversed(list(_NEGATED_BELIEF.finditer(frame))), None)  # the one nearest the verb
    if negation is None or hedge is None or hedge.probability is None or hedge.probability <= 0.5 \
            or frame[negation.end():].strip(" ，,：:") != "":
        return hedge
    return Hedge(negation.group(0) + "…" + hedge.words, hedge.start, round(1 - hedge.probability, 2))


def _estimative_verb_hedge(verb: str | None, hedge: Hedge | None, offset: int) -> Hedge | None:
    """A plain future marker reported by an estimative verb takes the verb's probability."""
    if verb in ESTIMATIVE_VERBS and (hedge is None or hedge.words in PLAIN_FUTURE):
        return Hedge(verb, hedge.start if hedge else -1, ESTIMATIVE_VERBS[verb])
    return hedge


def _note_paragraph_event(sentence: Sentence, ctx: _Context) -> None:
    """A non-claim sentence that names a dated event (本次会晤的结果…) sets the passage's deadline."""
    if ctx.paragraph_deadline is None:
        event = _event_deadline(sentence.text, ctx)
        if event is not None and event.start is not None and event.start >= ctx.published:
            ctx.paragraph_deadline = event


def extract_article(article: Any, known_events: Sequence[DatedEvent] = ()) -> list[ExtractedClaim]:
    """Extract from a :class:`claims.sources.SourceArticle` (needs ``published``)."""
    if article.published is None:
        raise ValueError(f"{article.path}: no publication date")
    return extract(article.text, article.published, lang=article.lang, excluded=article.excluded,
                   known_events=known_events)


def load_article(
    path: Any, published: date | None = None, outlet: str | None = None, url: str | None = None,
    known_events: Sequence[DatedEvent] = (), lang: str | None = None,
) -> tuple[Any, list[ExtractedClaim], list[DatedEvent]]:
    """Read one article file and extract from it: (SourceArticle, claims, dated events).

    ``published``/``outlet``/``url`` fill what the file does not give;
    ``lang`` overrides the detected language. Raises
    :class:`claims.sources.SourceError` for an unreadable file or a missing
    publication date.
    """
    from claims.sources import read_text_article

    article = read_text_article(path, published=published, outlet=outlet, url=url)
    return prepare_article(article, known_events, lang)


def prepare_article(
    article: Any, known_events: Sequence[DatedEvent] = (), lang: str | None = None,
) -> tuple[Any, list[ExtractedClaim], list[DatedEvent]]:
    """Extract from a read :class:`claims.sources.SourceArticle`: (article, claims, dated events).

    Raises :class:`claims.sources.SourceError` when it has no publication date.
    """
    from claims.sources import SourceError

    if lang:
        article.lang = lang
    if article.published is None:
        raise SourceError(
            f"{article.path}: no publication date found; pass --published YYYY-MM-DD or add 'published:' front matter"
        )
    events = dated_events(article.text, article.published, excluded=article.excluded)
    return article, extract_article(article, known_events), events
