"""Claim extraction: text and a publication date in, forward-looking claims out.

``extract(text, published)`` returns :class:`ExtractedClaim` records — each a
forecast, plan or promise with its speaker, hedge and probability, and
deadline — for the sentences of ``text`` that look forward. Pure: no database.

How a sentence becomes a claim
------------------------------
1. Sentences come from :func:`claims.text.split_sentences`; caption ranges and
   headings (a line with no sentence-final punctuation) are skipped.
2. A sentence is a claim when it holds a hedge or future marker
   (:mod:`claims.hedges`) or a plan/promise cue (计划, 拟, 定于, 承诺 …), and is
   not a question, a conditional (如果/若…将…) or a normative sentence (应/要)
   without a future marker.
3. The speaker comes from :mod:`claims.attribution`: an explicit attribution
   in the sentence; else a pronoun resolved to the last named speaker; else the
   speaker who opened the same paragraph; else None (the reporter's voice).
4. The deadline is the latest future time expression in the clause of the
   hedge or after it; else the date of an event the sentence names (本次会晤 →
   the meeting's dates given elsewhere in the article; 峰会前 → the day before
   it); else the deadline of an earlier claim in the same paragraph (an
   enumeration inherits the passage's deadline); else None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections.abc import Sequence
from typing import Any

from claims.attribution import _EN_NAME, Speaker, _en_speaker, attribute
from claims.hedges import Hedge, find_hedge
from claims.text import Sentence, detect_lang, normalize_width, split_sentences

#: Words that mark a plan: a schedule, target or intention of the speaker's own side.
PLAN_CUES_ZH = re.compile(
    r"计划|計劃|计画|計畫|拟于|擬於|拟将|擬將|准备|準備|打算|定于|定於|订于|訂於|将于|將於|预定|預定|"
    r"预计于|目标是|目標是|力争|力爭|决定|決定|安排|启动|啟動|推出|举行|舉行|举办|舉辦|召开|召開|出席|"
    r"访问|訪問|投票|上线|上線|开通|開通|交付|完工|落成|开幕|開幕|实施|實施|生效|持续到|持續到|上阵|上陣|"
    r"参选|參選|发布|發布|公布|公佈|揭晓|揭曉"
)
#: Schedule and target words that make a plan even without a future marker (定于11月5日, 目标为…).
SCHEDULE_CUES_ZH = re.compile(
    r"定于|定於|订于|訂於|定在|安排在|拟于|擬於|目标为|目標為|目标是|目標是|目标定为|目標定為|预期目标|預期目標|"
    r"计划于|計劃於|计划在|計劃在|希望|力争|力爭|将于|將於|正研究|正在研究|正考虑|正考慮|正在考虑|正在考慮|酝酿|醞釀|"
    r"准备在|準備在|打算在|拟在|擬在"
)
#: Uncertainty hedges: a claim with one of these is a forecast even when it names a schedule.
UNCERTAIN = re.compile(r"可能|或将|或將|有望|可望|预计|預計|料将|料將|大概率|不排除|不太|难以|難以|likely|may|might|could|expect")
PROMISE_CUES_ZH = re.compile(r"(承诺|承諾|保证|保證|誓言|发誓|發誓|许诺|許諾|无意|無意|绝不|絕不|决不|決不)")
PLAN_CUES_EN = re.compile(r"\b(plans? to|planned|scheduled|is set to|are set to|will hold|will launch|aims to|intends to|target)\b", re.I)
PROMISE_CUES_EN = re.compile(r"\b(promised?|pledged?|vowed?|committed to|guarantee[sd]?|has no intention)\b", re.I)

#: Reporting verbs that announce the speaker's own side's plans.
ANNOUNCE_VERBS = {"宣布", "宣佈", "announced", "said it would", "公布", "公佈"}

#: Future markers that only mark tense; a plan or promise with no other hedge has no stated probability.
PLAIN_FUTURE = {"将", "將", "会", "會", "即将", "即將", "将会", "將會", "will", "is set to", "are set to", "is to"}
#: In a plan or promise these are the content of the commitment, not a probability (无意/不会入侵).
CERTAIN = PLAIN_FUTURE | {"不会", "不會", "不将", "不將", "必将", "必將", "一定会", "一定會", "will not", "won't"}
#: Words that open an item of an enumeration; such a sentence inherits the passage's deadline.
ENUMERATION_RE = re.compile(r"^(一是|二是|三是|四是|第[一二三四五六]|其[一二三]|另外|此外|其次|同时|同時|还有|還有|首先|最后|最後|Second|Third|Also)")
#: A dateline (华盛顿9日讯) or wire header (新华社北京3月5日电) — its date is the story's, never a deadline.
DATELINE_RE = re.compile(
    r"(?m)^\s*[（(【]?[^\n，,。（）()]{0,24}?\d{1,2}日\s*(?:讯|訊|电|電)[）)】]?"
    r"|^[A-Z][A-Z .'-]+,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([A-Za-z ]+\))?\s*[-–—]")

_CONDITIONAL_RE = re.compile(r"^(如果|若|假如|假若|倘若|一旦|要是|如若|只要|除非)|[，,](如果|若是|假如|倘若|要是)|^(If|Unless|Should)\b")
_QUESTION_RE = re.compile(r"[？?]\s*[”」]?\s*$|(是否|吗|嗎|呢)[？?。]?$")
# A normative modal right before 将 makes 将 an object marker (应将…, 要将…), not a future.
_NORMATIVE_RE = re.compile(r"(应该|应当|應該|應當|必须|必須|需要|要|应|應)\s*$")

#: Event nouns by class; a sentence naming one refers to that event's dates elsewhere in the article.
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "summit": ("峰会", "峰會", "会晤", "會晤", "首脑会谈", "首腦會談", "特金会", "特金會", "金特会", "川金会",
               "川金會", "高峰会", "高峰會", "习拜会", "習拜會", "summit"),
    "election": ("大选", "大選", "选举", "選舉", "投票日", "投票", "总统选举", "總統選舉", "公投", "election", "vote"),
    "conference": ("两会", "兩會", "全会", "全會", "大会", "大會", "论坛", "論壇", "会议", "會議", "conference", "congress"),
    "visit": ("此访", "此訪", "这次访问", "這次訪問", "此次访问", "此次訪問", "国事访问", "國事訪問", "访问期间",
              "訪問期間", "visit"),
    "ceremony": ("开幕式", "開幕式", "开通仪式", "開通儀式", "通车仪式", "通車儀式", "启用仪式", "啟用儀式", "典礼", "典禮",
                 "开幕", "開幕", "开通", "開通", "通车", "通車", "opening ceremony"),
    "games": ("运动会", "運動會", "全运会", "全運會", "东运会", "東運會", "大运会", "大運會", "Games",
              "奥运会", "奧運會", "冬奥会", "冬奧會", "亚运会", "亞運會", "世界杯", "世界盃", "Olympics", "World Cup"),
}
_EVENT_RE = re.compile("|".join(sorted((w for ws in EVENT_CLASSES.values() for w in ws), key=len, reverse=True)))
_EVENT_CLASS_OF = {w: c for c, ws in EVENT_CLASSES.items() for w in ws}
_EN_SUBJECT_RE = re.compile(r"\s*((?:[A-Z][a-z]+\s+){0,3}" + _EN_NAME + r")\s+[a-z]+(?:ed|s)\b")
_HOLDING_RE = re.compile(r"举行|舉行|举办|舉辦|召开|召開|投票|开幕|開幕|be held|take place|will vote")
_BEFORE_RE = re.compile(r"^[”」』\"]?\s*(之前|以前|前夕|前)")


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
    people: list[Speaker] = field(default_factory=list)


def _timexes(text: str, published: date, direction: str = "auto", offset: int = 0) -> list[Any]:
    """Time expressions of ``text``, spans shifted by ``offset`` (for a sentence cut from an article)."""
    from dataclasses import replace

    from claims.timex import find_timexes

    found = find_timexes(text, published, direction=direction)
    if offset:
        found = [replace(tx, span=(tx.span[0] + offset, tx.span[1] + offset)) for tx in found]
    return found


def _in_ranges(sentence: Sentence, ranges: list[tuple[int, int]]) -> bool:
    return any(sentence.start < end and start < sentence.end for start, end in ranges)


def _is_heading(sentence: Sentence, source: str) -> bool:
    """A line with no sentence-final punctuation and no comma is a heading or label."""
    line_end = source.find("\n", sentence.end)
    line_end = len(source) if line_end < 0 else line_end
    line_start = source.rfind("\n", 0, sentence.start) + 1
    line = source[line_start:line_end].strip()
    return bool(line) and line[-1] not in "。！？!?.;；…”」』\"" and not re.search(r"[，,。！？!?；;]", line)


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
    of at most 31 days in the same sentence, best first (an exact date in a sentence that
    says the event is held beats a vaguer one). Expressions about the publication day
    itself (今日) and "by" expressions do not date events.
    """
    if timexes is None:
        timexes = _timexes(normalize_width(text), published)
    scored: list[tuple[int, int, DatedEvent]] = []
    for order, sentence in enumerate(split_sentences(text)):
        names = list(_EVENT_RE.finditer(sentence.text))
        if not names or (excluded and _in_ranges(sentence, excluded)):
            continue
        for tx in timexes:
            if not (sentence.start <= tx.span[0] < sentence.end) or tx.start is None or tx.end is None:
                continue
            if (tx.end - tx.start).days > 31 or tx.end < published or getattr(tx, "by", False):
                continue
            if tx.kind == "date" and tx.end == published:
                continue  # 今日/today: when it was said, not when the event is
            score = 3 if tx.kind in ("date", "range") else 1 if tx.kind == "weekday" else 2
            if _HOLDING_RE.search(sentence.text):
                score += 1
            at = tx.span[0] - sentence.start
            nearest = min(names, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
            label = event_label(sentence.text, nearest.start(), nearest.end())
            event = DatedEvent(label, _EVENT_CLASS_OF[nearest.group(0)], tx.start, tx.end, tx.text)
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
    for event in dated_events(text, published, timexes, excluded):
        events.setdefault(event.kind, (event.expression, event.start, event.end))
    for m in _CLOSING_RE.finditer(text):
        for tx in timexes:
            if tx.end is None or not (0 <= m.start() - tx.span[1] <= 4):
                continue
            for kind, (expr, start, end) in list(events.items()):
                if kind in ("games", "conference", "summit", "election") and end < tx.end <= start + timedelta(days=31):
                    events[kind] = (f"{expr}—{tx.text}", start, tx.end)
    return events


_CLOSING_RE = re.compile(r"闭幕|閉幕|落幕|结束|結束|closes|ends")


#: How far ahead of publication a stored event may lie for a bare "本次会晤" to mean it (days).
KNOWN_EVENT_HORIZON_DAYS = 120


def _known_event(sentence: str, noun: Any, ctx: "_Context") -> DatedEvent | None:
    """A stored event (from an earlier article) that this mention names.

    A qualified mention (第二次会晤) matches a stored label that ends with it
    or that it ends with; a bare or deictic one (本次会晤, 峰会) matches only
    when exactly one stored event of that class starts within
    :data:`KNOWN_EVENT_HORIZON_DAYS` after publication.
    """
    cls = _EVENT_CLASS_OF[noun.group(0)]
    label = event_label(sentence, noun.start(), noun.end())
    upcoming = [
        e for e in ctx.known_events
        if e.kind == cls and e.end >= ctx.published and (e.start - ctx.published).days <= KNOWN_EVENT_HORIZON_DAYS
    ]
    if len(label) > len(noun.group(0)):
        named = [e for e in upcoming if e.label.endswith(label) or label.endswith(e.label) and len(e.label) > 2]
        if named:
            return min(named, key=lambda e: e.start)
    return upcoming[0] if len(upcoming) == 1 else None


def _event_deadline(sentence: str, ctx: _Context) -> Deadline | None:
    """The deadline given by an event the sentence names: its dates in this article, else a stored event's."""
    for m in _EVENT_RE.finditer(sentence):
        cls = _EVENT_CLASS_OF[m.group(0)]
        if cls in ctx.events:
            expr, start, end = ctx.events[cls]
        else:
            known = _known_event(sentence, m, ctx)
            if known is None:
                continue
            expr, start, end = known.expression, known.start, known.end
        before = _BEFORE_RE.match(sentence[m.end() :])
        if before:
            return Deadline(m.group(0) + before.group(1), ctx.published, start - timedelta(days=1), "event")
        return Deadline(f"{m.group(0)}（{expr}）", start, end, "event")
    return None


def _clause_start(sentence: str, position: int) -> int:
    cut = max(sentence.rfind(p, 0, position) for p in "，,：:；;")
    return cut + 1


def _deadline(sentence: Sentence, hedge_at: int, timexes: list[Any], ctx: _Context) -> Deadline | None | bool:
    """The deadline that governs the claim (see the module docstring).

    Returns a Deadline, None when nothing in the sentence gives one, or False
    when the sentence states an open-ended period (…起), which no inherited
    deadline may fill.
    """
    clause_lo = sentence.start + _clause_start(sentence.text, max(hedge_at, 0))
    clause_hi = sentence.start + _clause_end(sentence.text, max(hedge_at, 0))
    at = sentence.start + max(hedge_at, 0)
    own = [tx for tx in timexes if clause_lo <= tx.span[0] < clause_hi]
    later = [tx for tx in timexes if clause_hi <= tx.span[0] < sentence.end]
    for group in (own, later):
        future = [tx for tx in group if tx.end is not None and tx.end >= ctx.published]
        if future:
            # the expression nearest after the future marker governs (将于13日投票, not the 2024年 of 2024年選舉);
            # with none after it, the nearest before it (今年10月前难以达成)
            after = [tx for tx in future if tx.span[0] >= at]
            best = min(after, key=lambda tx: tx.span[0]) if after else max(future, key=lambda tx: tx.span[0])
            return Deadline(best.text, best.start, best.end, getattr(best, "basis", "relative"))
        if any(tx.kind == "open" for tx in group):
            return False
    return _event_deadline(sentence.text, ctx)


def _clause_end(sentence: str, position: int) -> int:
    ends = [i for i in (sentence.find(p, position) for p in "，,；;。") if i >= 0]
    return min(ends) if ends else len(sentence)


def _kind(content: str, speaker: Speaker | None, lang: str, verb: str | None = None, hedge: Hedge | None = None) -> str:
    """forecast, plan or promise (see DESIGN.md "Attribution conventions").

    promise: a promise verb reports it or opens the content; plan: an
    announcement, a schedule or target, or an action word after the future
    marker whose subject is the speaker's own side; forecast otherwise, and
    always when an uncertainty hedge (可能, 有望, likely …) qualifies it.
    """
    promise = PROMISE_CUES_EN if lang == "en" else PROMISE_CUES_ZH
    plan = PLAN_CUES_EN if lang == "en" else PLAN_CUES_ZH
    if verb and promise.match(verb):
        return "promise"
    cue = promise.search(content)
    if cue and cue.start() <= 6:
        return "promise"
    if hedge is not None and UNCERTAIN.search(hedge.words):
        return "forecast"
    if verb in ANNOUNCE_VERBS or re.search(r"宣布|宣佈|\bannounced\b", content) or SCHEDULE_CUES_ZH.search(content):
        return "plan"
    after = content[hedge.start :] if hedge is not None and hedge.start >= 0 else content
    if hedge is not None and hedge.words in PLAN_FUTURE and _agentive_after(content, hedge, lang):
        return "plan"
    if plan.search(after) or (speaker is not None and _self_subject(content, speaker)):
        return "plan"
    return "forecast"


#: Future markers that announce a schedule when an action verb follows (将举行, will hold); 会 predicts.
PLAN_FUTURE = {"将", "將", "即将", "即將", "将会", "將會", "will", "is set to", "are set to", "is to",
               "is due to", "are due to", "is scheduled to", "are scheduled to"}
#: Action verbs: what an actor does on a schedule. Outcome verbs (达到, 成为, rise) are not here.
AGENTIVE_ZH = re.compile(
    r"举行|举办|召开|开展|推出|增加|完善|优化|发放|开行|关闭|建立|实施|交付|出席|发射|派出|投票|启动|开通|开放|上线|"
    r"发布|公布|签署|访问|出访|前往|赴|设立|成立|推行|取消|下调|上调|降低|提高|扩大|加强|加快|推进|引入|部署|动工|"
    r"开工|完工|恢复|重启|提交|审议|表决|磋商|谈判|会见|参加|开设|兴建|修建|建设|撤出|派遣|征收|调整|延长|"
    r"暂停|执行|落实|投入|采取|出台|颁布|修订|制定|试行|参选|竞选|上阵|实行|展开|进行|安排|接受|提供|重开|发行|"
    r"开幕|闭幕|开始|结束|运营|营运|通车|首航|起飞|返回|着陆|对接|出舱|开放|宣布|做好|推动|抓好|着力|采集|登陆|"
    r"常态化|商业运营|开设|派驻|举措|部署"
)
OUTCOME_ZH = re.compile(r"成为|达到|增长|上升|下降|回升|回落|超过|突破|低于|高于|实现|取得|带来|出现|面临|陷入|导致|"
                        r"引发|影响|是|有|获得|赢得|胜出|领先|减少|放缓|反弹|维持在|保持在|受到|改善|缓和|恶化")
AGENTIVE_EN = re.compile(
    r"^(?:\w+ly\s+)?(?:hold|vote|launch|attempt|begin|start|resume|extend|cut|raise|lower|deliver|open|close|announce|"
    r"sign|visit|meet|introduce|take place|go ahead|run|release|send|keep|settle|build|invest|hire|name|reopen|"
    r"dissolve|be dissolved|be held|be extended|be launched|fly|test|publish|submit|table|debate|implement|"
    r"roll out|unveil|host|stage|award|ban|lift|end|suspend|allow|require|impose|remove|increase|reduce)\b"
)


def _agentive_after(content: str, hedge: Hedge, lang: str) -> bool:
    """True when the first verb after the future marker is an action (将于明年举行, will hold)."""
    after = content[hedge.start + len(hedge.words) :] if hedge.start >= 0 else content
    if lang == "en":
        return bool(AGENTIVE_EN.match(after.lstrip()))
    window = re.split(r"[，,。；;]", after, 1)[0][:30]
    action, outcome = AGENTIVE_ZH.search(window), OUTCOME_ZH.search(window)
    return action is not None and (outcome is None or action.start() < outcome.start())


#: Short names that stand for an organisation named in a speaker's title (央行 ↔ 中国人民银行行长).
ORG_ABBREVIATIONS = {"央行": ("银行", "銀行", "央行"), "政府": ("政府", "总理", "總理", "首相", "行政长官", "行政長官", "特首"),
                     "公司": ("公司", "总裁", "總裁", "首席执行官", "CEO", "董事长", "董事長"), "本行": ("银行", "銀行")}


def _self_subject(sentence: str, speaker: Speaker) -> bool:
    """True when the speaker (or 我们/我国/本公司, or the body named in their title) is the subject."""
    if speaker.title:
        for abbreviation, title_words in ORG_ABBREVIATIONS.items():
            if sentence.startswith(abbreviation) and any(w in speaker.title for w in title_words):
                return True
        subject = re.split(r"[将將会會已]", sentence[:10])[0]
        if len(subject) >= 2 and subject in speaker.title:
            return True
    own = ("我们", "我們", "我国", "我國", "本公司", "我方", "本人", "我", "政府", "特区政府", "特區政府", "本届政府",
           "we ", "We ", "our ", "Our ", "it will", "It will")
    head = re.sub(r"^(我|我们|我們)(估计|估計|认为|認為|相信|预计|預計|觉得|覺得|看来|看來)", "", sentence.lstrip("“「\""))[:8]
    return any(word in head for word in own) or sentence.count(speaker.name) > 1 or (
        speaker.kind == "organisation" and re.search(r"\b(it|we)\s+(will|would|plans?|intends?|is going)\b", sentence) is not None)


def _statement(sentence: str, content_start: int, hedge_at: int | None) -> str:
    """The predicted proposition: the reported content without attribution, quotes, reasons and hedge frame.

    Clauses before the hedge's clause that report the past (…了…) are dropped;
    a trailing reason (因为…, because …) is dropped; "X的可能性不大" keeps X.
    """
    start = content_start if 0 <= content_start < len(sentence) else 0
    if hedge_at is not None and hedge_at > start:
        clause = _clause_start(sentence, hedge_at)
        if clause > start and re.search(r"了|已经|已經|\bhad\b", sentence[start:clause]):
            start = clause
    body = sentence[start:]
    body = re.split(r"[，,]\s*(?:因为|因為|由于|由於|(?:because|as)\b)", body)[0]
    body = re.sub(r"^[“「『\"]|[”」』\"]$", "", body.strip())
    body = re.sub(r"[。.！!；;]+[”」』\"]?$", "", body)
    m = re.search(r"(的)?(可能性|機率|机率|概率)", body)
    if m and re.search(r"(可能性|機率|机率|概率)(并|並)?(不大|很小|不高|很大|较大|較大)", body):
        body = body[: m.start()]
    body = re.sub(r"^(并|並)?(宣布|宣佈)", "", body.strip(" ，,：:"))
    return body.strip(" ，,：:") or sentence


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
        if cue and dated_ahead and not re.search(r"已经|已經|已于|已於|已|了", text[: cue.start()]):
            return True
        if lang == "zh" and verb and re.match(r"\s*[^，,。]{0,10}?(希望|力争|力爭|计划|計劃|打算|准备|準備)", text):
            return True  # an explicit speaker's stated intention (政府希望立法会尽快完成审议)
        if lang == "zh" and re.search(r"无意|無意|绝不|絕不|决不|決不", text):
            return True
        return bool(promise.search(text)) and lang == "zh" and bool(re.search(r"(承诺|承諾|保证|保證|誓言)[，,：:]?\s*(将|將|会|會|在|于|於|不|绝|絕|把)", text))
    if lang == "zh" and hedge.words in PLAIN_FUTURE and _NORMATIVE_RE.search(text[: hedge.start]) and not plan.search(text):
        return False
    return True


def _full_name(speaker: Speaker, ctx: _Context) -> Speaker:
    """A short form of a person named earlier in the article takes the full name (Johnson → Boris Johnson,
    阿都加尼 → 阿都加尼沙烈); new people are remembered."""
    if speaker.kind != "person":
        return speaker
    for known in ctx.people:
        if known.name == speaker.name:
            return Speaker(known.name, speaker.title or known.title, "person")
        if (known.name.endswith(" " + speaker.name) or (len(speaker.name) >= 3 and known.name.startswith(speaker.name))):
            return Speaker(known.name, speaker.title or known.title, "person")
    ctx.people.append(speaker)
    return speaker


def _resolve_speaker(sentence: Sentence, lang: str, ctx: _Context) -> tuple[Speaker | None, int, str | None]:
    """(speaker, content start within the sentence, reporting verb or None)."""
    attribution = attribute(sentence.text, lang)
    if sentence.paragraph != ctx.paragraph:
        ctx.paragraph = sentence.paragraph
        ctx.paragraph_speaker = None
        ctx.paragraph_deadline = None
    speaker = attribution.speaker
    if speaker is not None:
        speaker = _full_name(speaker, ctx)
        ctx.last_speaker = speaker
        if speaker.kind == "person":
            if speaker.title:
                ctx.titles.setdefault(speaker.name, speaker.title)
            else:
                speaker = Speaker(speaker.name, ctx.titles.get(speaker.name), speaker.kind)
            ctx.last_named = speaker
        ctx.paragraph_speaker = speaker
        return speaker, attribution.content_start, attribution.verb
    if attribution.pronoun is not None:
        role = attribution.pronoun not in ("他", "她", "他们", "他們", "她们", "她們", "he", "she", "they", "其")
        speaker = (ctx.last_speaker if role else None) or ctx.last_named
        ctx.paragraph_speaker = speaker
        return speaker, attribution.content_start, attribution.verb
    if attribution.verb is not None and re.match(r"\s*(据|據)", sentence.text):
        ctx.paragraph_speaker = None  # 据了解, 据报道: the reporter's voice
        return None, attribution.content_start, attribution.verb
    if lang == "en":
        subject = _EN_SUBJECT_RE.match(sentence.text)
        found = _en_speaker(subject.group(1)) if subject else None
        if found is not None and found.kind == "person":
            ctx.last_named = found  # "Chief Executive Elon Musk congratulated …" — he is who "he" means next
    if lang == "en" and not sentence.text.lstrip().startswith(("\"", "“", "'")):
        return None, attribution.content_start, attribution.verb  # English reporter's sentences carry no speaker
    if ctx.last_named is not None and sentence.text.startswith(ctx.last_named.name):
        # 特朗普并称赞金正恩。“……” — the subject of the passage speaks next
        ctx.paragraph_speaker = ctx.last_named
    return ctx.paragraph_speaker, attribution.content_start, attribution.verb


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
    ctx = _Context(published, lang, find_events(norm, published, timexes, excluded), known_events=tuple(known_events))
    claims: list[ExtractedClaim] = []
    seen: set[tuple[str | None, str]] = set()
    previous: ExtractedClaim | None = None
    for sentence, role in _claim_units(split_sentences(norm), timexes, published):
        if excluded and _in_ranges(sentence, excluded):
            continue
        if _is_heading(sentence, norm):
            continue
        if previous is not None and sentence.paragraph != ctx.paragraph:
            previous = None
        speaker, content_start, verb = _resolve_speaker(sentence, lang, ctx)
        content = sentence.text[content_start:] if lang == "zh" else sentence.text
        content = _simplified(content)  # cue and hedge tables are matched in Simplified characters
        hedge = _estimative_verb_hedge(verb, find_hedge(content, lang), content_start if lang == "zh" else 0)
        dated_ahead = any(tx.end is not None and tx.end >= published and sentence.start <= tx.span[0] < sentence.end
                          for tx in timexes)
        item_of = previous if previous is not None and (
            role == "item" or _continues(previous, content, norm, sentence)) else None
        if item_of is None and not _is_claim_sentence(content, hedge, lang, verb, dated_ahead):
            _note_paragraph_event(sentence, ctx)
            previous = None
            continue
        hedge_at = content_start + hedge.start if hedge and hedge.start >= 0 else content_start
        # DESIGN.md: a bare month, day or weekday in a forward-looking clause is the next such date
        forward = [tx for tx in _timexes(sentence.text, published, "future", sentence.start)
                   if not any(s <= tx.span[0] < e for s, e in datelines)]
        found = _deadline(sentence, hedge_at, forward, ctx)
        deadline = found or None
        inherit = ctx.paragraph_deadline is not None and (
            ctx.paragraph_deadline.basis == "event" or ENUMERATION_RE.match(content.lstrip("“「\""))
        )
        if found is None and inherit and ctx.paragraph_deadline is not None:
            deadline = Deadline(ctx.paragraph_deadline.text, ctx.paragraph_deadline.start,
                                ctx.paragraph_deadline.end, "inherited")
        elif deadline is not None and deadline.basis != "inherited":
            ctx.paragraph_deadline = deadline
        key = (speaker.name if speaker else None, re.sub(r"\W", "", content))
        if key in seen:
            continue
        seen.add(key)
        kind = _kind(content, speaker, lang, verb, hedge)
        probability = hedge.probability if hedge else None
        if kind != "forecast" and hedge and hedge.words in CERTAIN:
            probability = None
        if item_of is not None and (hedge is None or hedge.start < 0):
            # an item of an enumeration (二是…, ；-separated targets) inherits the passage's claim
            kind, probability, hedge = item_of.kind, item_of.probability, (
                Hedge(item_of.hedge, -1, item_of.probability) if item_of.hedge else None)
            speaker = speaker or item_of.speaker
            if deadline is None:
                deadline = item_of.deadline
        made = (
            ExtractedClaim(
                text=text[sentence.start : sentence.end],
                span=(sentence.start, sentence.end),
                statement=_statement(text[sentence.start : sentence.end], content_start, hedge_at if hedge else None),
                kind=kind,
                speaker=speaker,
                probability=probability,
                hedge=hedge.words if hedge else None,
                deadline=deadline,
                polarity="negative" if probability is not None and probability < 0.5 else "positive",
            )
        )
        if role != "frame":
            claims.append(made)
        previous = made
    return claims


#: Markers that open a later item of an enumeration.
LATER_ITEM_RE = re.compile(r"^(二是|三是|四是|五是|六是|其二|其三|其四|第[二三四五六]|其次|另外|此外|再次|最后|最後|Second|Third|Finally)")
#: Where a claim sentence splits into items: before a later item marker after a comma.
_ITEM_SPLIT_RE = re.compile(r"[，,]\s*(?=(?:二是|三是|四是|五是|六是|其二|其三|第[二三四五六](?![次届屆个個])))")
#: A later clause with its own date and its own schedule verb is a claim of its own (…开幕，10月8日闭幕).
_DATED_CLAUSE_RE = re.compile(r"[，,]\s*(?:并|並|且)?(?=[^，,。]{0,16}?(?:开幕|閉幕|闭幕|举行|舉行|投票|定于|定於|计划于|計劃於|计画于|開始|开始|营运|營運|启用|啟用|通车|通車))")


_FIRST_ITEM_SPLIT_RE = re.compile(r"[，,：:]\s*(?=(?:一是|其一|第一(?![次届屆个個])))")
#: An enumeration's frame: "将从三个方面惠及越南：" — its items are the claims, not the frame itself.
FRAME_RE = re.compile(r"(两|兩|二|三|四|五|六|几|幾|多)(个|個|项|項|大|点|點)?(方面|领域|領域|亮点|亮點|工作|措施|举措|舉措|成果|重点|重點)")


def _claim_units(sentences: list[Sentence], timexes: list[Any], published: date) -> list[tuple[Sentence, str]]:
    """Sentences cut into claim units, each with its role: "" (a sentence), "frame" (an enumeration's
    introduction), "item" (an enumeration item or a separately dated clause, continuing the claim before)."""
    units: list[tuple[Sentence, str]] = []
    for sentence in sentences:
        cuts: dict[int, str] = {m.end(): "item" for m in _ITEM_SPLIT_RE.finditer(sentence.text)}
        first = _FIRST_ITEM_SPLIT_RE.search(sentence.text)
        if first and FRAME_RE.search(sentence.text[: first.start()]):
            cuts[first.end()] = "item"
        for m in _DATED_CLAUSE_RE.finditer(sentence.text):
            clause_end = _clause_end(sentence.text, m.end())
            own_date = any(sentence.start + m.end() <= tx.span[0] < sentence.start + clause_end
                           and tx.end is not None and tx.end >= published for tx in timexes)
            earlier_date = any(sentence.start <= tx.span[0] < sentence.start + m.start() for tx in timexes)
            if own_date and earlier_date:
                cuts.setdefault(m.end(), "item")
        start, role = 0, ""
        for cut in sorted(cuts):
            piece = _unit(sentence, start, cut)
            is_frame = role == "" and first is not None and cut == first.end() and FRAME_RE.search(piece.text)
            units.append((piece, "frame" if is_frame else role))
            start, role = cut, cuts[cut]
        units.append((_unit(sentence, start, len(sentence.text)), role))
    return [(u, r) for u, r in units if u.text]


def _unit(sentence: Sentence, start: int, end: int) -> Sentence:
    piece = sentence.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Sentence(piece, sentence.start + start + lead, sentence.start + start + lead + len(piece), sentence.paragraph)


def _continues(previous: ExtractedClaim, content: str, source: str, unit: Sentence) -> bool:
    """True when ``unit`` is a further item of the claim before it (二是…, or after a list's ；)."""
    if LATER_ITEM_RE.match(content.lstrip("“「\"")):
        return True
    between = source[previous.span[1] : unit.start]
    ended_with_semicolon = previous.text.rstrip().endswith(("；", ";")) or between.strip() in ("；", ";")
    return ended_with_semicolon and ("：" in previous.text or ":" in previous.text or LATER_ITEM_RE.match(content) is not None)


def _simplified(text: str) -> str:
    """``text`` in Simplified characters when the conversion keeps every offset, else unchanged."""
    from claims.speakers import to_simplified

    converted = to_simplified(text)
    return converted if len(converted) == len(text) else text


#: Reporting verbs that themselves state a probability (他预计…将… → 0.75, not the 0.85 of 将).
ESTIMATIVE_VERBS = {"预计": 0.75, "預計": 0.75, "预测": 0.75, "預測": 0.75, "预料": 0.75, "預料": 0.75,
                    "估计": 0.75, "估計": 0.75, "predicted": 0.75, "predicts": 0.75, "predict": 0.75,
                    "expects": 0.75, "expect": 0.75, "expected": 0.75, "forecast": 0.75, "forecasts": 0.75}


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
