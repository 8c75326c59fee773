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
3. The speaker comes from :mod:`claims.attribution` (the sentence alone) and
   :mod:`claims.coreference` (against the sentences before): an explicit
   attribution; else a pronoun or role noun resolved to the last named speaker;
   else the speaker who opened the paragraph (Chinese, or an English quotation);
   else None (the reporter's voice, 据了解). A short form takes the full name seen earlier.
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
    _TITLE_RE,
    EN_LOWER_TITLE_PREFIX,
    EN_TAIL_APPOSED_RE,
    ORG_SUFFIXES,
    ZH_TAIL_SAID_RE,
    Speaker,
    attribute_en,
)
from claims.coreference import QUESTION_VERB, ArticleContext, full_organisation, resolve_speaker
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
from claims.hedges import (
    HEDGES_ZH,
    PROBABILITY_DEGREES,
    PROBABILITY_NOUNS,
    Hedge,
    denied_belief,
    find_hedge,
    stated_chance,
)
from claims.kinds import (
    AGENTIVE_ZH,
    CERTAIN,
    DATED_ACT_ZH,
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
from claims.units import OWN_NEVER_RE, claim_units, continues, quote_pieces, time_ahead

#: Words that open an item of an enumeration; such a sentence inherits the passage's deadline.
#: "At that time": a claim that opens with it is dated by the claim before it (…週三登陸。屆時高屏地區將…).
_THEN_RE = re.compile(r"届时|屆時|到时候|到時候|到时|到時|届時|(?:By|At)\s+(?:then|that\s+(?:time|point))\b", re.I)
ENUMERATION_RE = re.compile(r"^(一是|二是|三是|四是|第[一二三四五六]|其[一二三]|另外|此外|其次|同时|同時|还有|還有|首先|最后|最後|Second|Third|Also)")
#: A dateline (华盛顿9日讯) or wire header (新华社北京3月5日电) — its date is the story's, never a deadline.
DATELINE_RE = re.compile(
    r"(?m)^\s*[（(【]?[^\n，,。（）()]{0,24}?\d{1,2}日\s*(?:讯|訊|电|電)[）)】]?"
    r"|^[A-Z][A-Z .'-]+,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([A-Za-z ]+\))?\s*[-–—]"
    r"|^\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z ]+\)\s*[-–—]")  # "Jan 18 (Reuters) -": no city

#: An English frame that sets out a counted list of its own ("laid out three priorities for the business:").
_EN_LIST_FRAME_RE = re.compile(r"\s(?:laid out|set out|outlined|unveiled|listed|detailed|announced|identified|set)\s+"
                               r"(?:\w+\s+){0,2}?(?:two|three|four|five|six|seven|several|[2-9])\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:priorities|steps|goals|targets|measures|plans|initiatives|commitments|actions|changes|"
                               r"pillars|objectives|tasks|phases|stages)\b[^:;.]{0,60}:\s*$")
#: A later clause that opens with a contrast under a circumstance of its own (但随着气温下降，…; 但在高息環境下，…).
_CONTRAST_CIRCUMSTANCE_RE = re.compile(r"\s*(?:但是|但|不过|不過|然而)\s*(?:随着|隨著|随著|在[^，,。]{2,20}(?:下|后|後|之际|之際)[，,])")
#: The frame of an enumeration of measures (将从两方面…, 将采取三项措施): an actor's, not an effect's.
_MEASURES_FRAME_RE = re.compile(r"(?:从|從|采取|採取|推出|通过|通過|分)[^，,。；;]{0,6}(?:方面|项措施|項措施|大措施|条措施|條措施|项举措|項舉措|步)")
def _measures_frame(content: str) -> bool:
    """An enumeration's frame that announces an actor's measures (将从两方面防止…, 将采取三项措施), not effects
    (RCEP将从三个方面惠及越南): the measures phrase, then an action verb or the measures themselves."""
    m = _MEASURES_FRAME_RE.search(content)
    if m is None:
        return False
    return bool(re.search(r"采取|採取|推出", m.group(0))) or AGENTIVE_ZH.search(content, m.end()) is not None


#: The frame of an enumerated agenda (明年的工作有三大重点：, 将推出以下措施：): its items are plans.
_AGENDA_FRAME_RE = re.compile(r"(?:重点|重點|任务|任務|目标|目標|措施|举措|舉措|计划|計劃|工作|安排|方向)(?:[^，,。；;]{0,4}|主要有[^，,。；;]{0,4}|"
                              r"(?:抓好|做好|推进|推進|落实|落實)[^，,。；;]{0,4})[：:]\s*$")
#: The outlet speaking of itself (本报明天将刊出…, 本台将直播…).
_OWN_OUTLET_RE = re.compile(r"\s*(?:本报|本報|本台|本刊|本网|本網|本站)(?:记者|記者)?(?:明天|明日|今晚|稍后|稍後|下周|下週|将|將|会|會|也|亦)"
                            # 越通社将于本周五推出…专题报道: a news outlet announcing what it will run
                            r"|\s*[\u4e00-\u9fff]{1,8}(?:通讯社|通訊社|社|日报|日報|晚报|晚報|时报|時報|电视台|電視台)(?:将|將|会|會)"
                            r"[^。]{0,16}?(?:推出|刊出|刊登|播出|连载|連載)[^。]{0,30}?(?:专题|專題|报道|報道|报导|報導|系列|节目|節目)")
#: A body named by its role alone in a joined pledge (…，部门也保证…): the side of the one reported.
_OWN_SIDE_BODIES = frozenset({"部门", "部門", "本部", "该部", "該部", "政府", "当局", "當局", "公司", "本公司", "集团", "集團"})
#: Words that put a list of work ahead without a date (下一步重点做好三件事：, 谈及下一步工作，…表示，一是…).
_WORK_AHEAD_RE = re.compile(r"下一步|下一阶段|下一階段|下阶段|下階段|接下来|接下來|今后|今後")
#: The body whose agenda a frame announces, opening its clause (…，农业农村部下一步将重点抓好三方面工作：): (name).
_AGENDA_SUBJECT_RE = re.compile(r"(?:^|[，,])\s*([\u4e00-\u9fff]{2,14}?)(?:下一步|下阶段|今后|接下来|明年|今年|年内)?"
                                r"(?:还|也|亦)?(?:将|会|要)[^，,。；;]*[：:]\s*$")
#: A body that opens the frame of a list it set out (国家邮政局在会上明确了下一步的三项重点任务：): (name).
_LISTING_BODY_RE = re.compile(r"\s*([\u4e00-\u9fff]{2,14}?)(?:在[^，,。]{1,12}?)?(?:明确|明確|提出|部署|确定|確定|公布|公佈)(?:了)?")
#: The frame of a list of measures (总体方案明确了以下几方面措施：), with no hedge of its own.
_LIST_FRAME_RE = re.compile(r"(?:以下|如下|下列)[^，,。；;]{0,8}(?:措施|举措|舉措|安排|工作|任务|任務|内容|內容|调整|調整|要求|方面)[：:]\s*$"
                            # 《方案》明确了几方面内容。第一，… — the count of parts, the items in the sentences after
                            r"|(?:几|幾|[两兩二三四五六七八九十])\s*(?:个|個|项|項|大)?\s*(?:方面|阶段|階段|步骤|步驟)(?:的)?(?:措施|举措|舉措|安排|内容|內容|"
                            r"调整|調整|要求|规定|規定)?[：:。]?\s*$"
                            # 當局的配套工作主要有三項：一是…: the work (工作/措施/任务) counted in 项
                            r"|(?:工作|措施|举措|舉措|任务|任務|安排)[^，,。；;]{0,6}?(?:几|幾|[两兩二三四五六七八九十])\s*(?:项|項)\s*[：:]\s*$"
                            # 主要有三项工作：, 制定三项交通及保安安排：, 新公司成立後有三大任務：— the count first
                            r"|(?:几|幾|[两兩二三四五六七八九十])\s*(?:项|項|大)[^，,。；;：:]{0,8}?(?:工作|措施|举措|舉措|任务|任務|安排)\s*[：:]\s*$"
                            # 答：主要有三件事：一是…
                            r"|(?:几|幾|[两兩二三四五六七八九十])\s*件事\s*[：:]\s*$")
#: What makes a frame in the past tense (明确了) still a list of measures ahead: a plan document or measures.
_LISTED_MEASURES_RE = re.compile(r"方案|规划|規劃|计划|計劃|意见|意見|通知|决定|決定|措施|举措|舉措|战略|戰略|蓝图|藍圖|安排|部署")
#: An item's opening word, first or later (第一，…; 二是…).
_ITEM_OPENING_RE = re.compile(r"(?:第[一二三四五六七八九十](?![次届屆个個年天])|[一二三四五六七八九十]是|其[一二三四五])[，,、：:]?")
_CONDITIONAL_RE = re.compile(r"^(如果|若|假如|假若|倘若|一旦|要是|如若|只要|除非)|[，,](如果|若是|假如|倘若|要是)|^(If|Unless|Should)\b"
                             r"|^[^，,。“”「」]{1,10}?(?:若|如果|假如|倘若|一旦)(?!干|有所|無其事|无其事)[^，,。]{1,20}[，,]"
                             # "… would rise to 35 billion pounds if the later date materialised" (not "even if", "as if",
                             # "if necessary": a concession, a comparison, a proviso to a commitment)
                             # (the if-clause closes the sentence; after it, ", adding that …" may be a claim of its own)
                             r"|\b(?<!even )(?<!as )(?<!only )if\b(?! (?:any|not|necessary|needed|required|possible|so)\b)"
                             r"[^,;:]*[.!]?[\"”]?\s*$")
_QUESTION_RE = re.compile(r"[？?]\s*[”」\"]?\s*$|(是否|吗|嗎|呢)[？?。]?$"
                          r"|^Whether\b.*\b(?:remains? to be seen|(?:is|remains) (?:unclear|uncertain|an open question))"
                          r"|(?:能否|会否|會否|是否)[^。]*[，,]\s*(?:仍)?(?:有待|尚待)(?:观察|觀察|确定|確定)"
                          # 內地法院會否承認…仍存在很大變數: whether it will happen is itself the open question
                          r"|(?:能否|会否|會否|是否)[^。，,]*(?:仍|尚|还|還)?(?:存在|有)(?:很大|较大|較大|不少)?(?:变数|變數|不确定性|不確定性|悬念|懸念)"
                          # 新主機售價是否會突破萬元，仍是玩家最關心的問題: whether it will is the question asked
                          r"|(?:能否|会否|會否|是否)[^。]*[，,]\s*(?:仍|也|还|還)?(?:是|为|為|成为|成為)[^。，,]{0,12}(?:问题|問題|焦点|焦點|疑问|疑問|悬念|懸念)"
                          # 被问及内阁会否点头时，…: the question put to the speaker, the answer after it
                          r"|^\s*(?:在)?(?:被问及|被問及|问及|問及|询及|詢及|被问到|被問到)[^。]*(?:时|時)[，,]?\s*$"
                          # "Starmer declined to say whether a Labour government would reinstate the route": a question
                          # left open, no claim
                          r"|\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't)\s+(?:to\s+)?(?:say|comment\s+on|"
                          r"disclose|confirm)\s+(?:whether|if)\b[^.;]*$")
# A normative modal right before 将 makes 将 an object marker (应将…, 要将…), not a future.
_NORMATIVE_RE = re.compile(r"(应该|应当|應該|應當|必须|必須|需要|要|应|應)\s*$")



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
    #: The day the claim was said when the attribution dates it before publication (…在13日的记者会上说,
    #: 昨日（19日）表示, "said on Tuesday", 去年曾预测 → the period's last day); None: on the publication day.
    said_on: date | None = None

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
            said_on=self.said_on.isoformat() if self.said_on else None,
        )
        return out




def _timexes(text: str, published: date, direction: str = "auto", offset: int = 0) -> list[Any]:
    """Time expressions of ``text``, spans shifted by ``offset`` (for a sentence cut from an article)."""
    from dataclasses import replace

    from claims.timex import find_timexes

    found = find_timexes(text, published, direction=direction)
    if offset:
        found = [replace(tx, span=(tx.span[0] + offset, tx.span[1] + offset)) for tx in found]
    return found

def _is_heading(sentence: Sentence, source: str) -> bool:
    """A line with no sentence-final punctuation and no comma is a heading or label; so is the first line of a
    text with more after it, when no sentence ends in it."""
    line_end = source.find("\n", sentence.end)
    line_end = len(source) if line_end < 0 else line_end
    line_start = source.rfind("\n", 0, sentence.start) + 1
    line = source[line_start:line_end].strip()
    if "\n" not in source.strip():
        return False  # a text of one line is what was said, not a headline ("Analysts said the Fed will …")
    if line and line_start == 0 and line_end < len(source.rstrip()) and not re.search(r"[。！？!?]|\.(?:\s|$)", line) \
            and line[-1] not in "：:；;，,":  # (…方案明确了以下几项措施： opens a list)
        # the article's first line, with no sentence end in it, is its headline, commas, colons, quotes and all
        # (免除…今秋落地，财政部：预计惠及约1200万名儿童; …预计达1222万人 多部门打出稳就业“组合拳”)
        return True
    return bool(line) and line[-1] not in "。！？!?.;；…”」』\"" and not re.search(r"[，,。！？!?；;]", line)



def _event_deadline(sentence: str, ctx: ArticleContext) -> Deadline | None:
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
                               r"industrial|output|PMI|CPI|GDP|production|numbers|reading|price|prices|traffic|"
                               r"passenger|deliveries|delivery|operating|earnings|results)\b")


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
    return _event_deadline(normalize_width(text), ArticleContext(published, "zh", {}, known_events=tuple(known_events)))


#: The first item of an enumeration after its frame's colon (…的目标是：一是…).
_FIRST_ITEM_RE = re.compile(r"[：:]\s*(?:一是|第一|首先|其一|一、|\(1\)|（1）|1[.、])")


#: Words before a period that is compared with, not awaited (低于一季度, 快于三季度, "than last year").
_COMPARED_BEFORE_RE = re.compile(r"(?:低于|高于|快于|慢于|好于|差于|优于|多于|少于|低於|高於|快於|慢於|好於|差於|優於|多於|少於|"
                                 r"不及|相比|相較|相较|比|较|較|\bthan|\bexceed(?:s|ed|ing)?|\bsurpass(?:es|ed)?|\boutpace[sd]?)"
                                 r"\s*(?:the\s+)?$")
#: A possessive after a period ("this year's"): the period names a thing, not a time by which.
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")


#: A pronoun and its verb alone after a comma (…，他預期 / …，她说，): the clause before it frames the content.
_PRONOUN_SPEAKER_RE = re.compile(r"\s*(?:他|她|他们|他們|她们|她們)[^，,。\s]{1,4}[，,：:]?\s*")


#: A bare year naming what a budget, target or plan is for ("vote for the fiscal 2025 budget", "its updated
#: 2035 emissions target"): the thing's name, not the time by which the claim comes true.
_EN_YEAR_MODIFIER_RE = re.compile(r"(?:(?:fiscal|FY)\s*)?\d{4}", re.I)
_EN_MODIFIED_NOUN_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:budgets?|targets?|goals?|plans?|roadmap|pledges?|commitments?)\b")
#: ("will meet its 2030 target" is met by 2030: the year is then the deadline.)
_EN_MEET_TARGET_RE = re.compile(r"\b(?:meet|meets|meeting|hit|hits|achieve|achieves|reach|reaches|miss|misses|exceed|exceeds|"
                                r"surpass|fulfil|fulfill)\s+(?:[\w'’-]+\s+){0,2}$")
#: An English non-restrictive relative clause about a person, between commas (", who takes office on Jan. 20,").
_EN_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:who|whose)\s[^,;]{2,80},")  # (", which runs through late July," defines)


def _deadline(sentence: Sentence, hedge_at: int, timexes: list[Any], ctx: ArticleContext,
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
    tail = _QUOTE_TAIL_RE.search(sentence.text, max(hedge_at, 0))
    # (“…不会强制要求任何人提前或延迟退休。”李忠在13日的发布会上说: the day in the attribution after the quotation is
    # when it was said)
    later_hi = sentence.start + tail.start() if tail else sentence.end
    later = [tx for tx in timexes if clause_hi <= tx.span[0] < later_hi]
    earlier = [tx for tx in timexes if sentence.start + content_start <= tx.span[0] < clause_lo
               and tx.end is not None and tx.end > ctx.published]
    if ctx.lang == "en" and earlier:
        # "President-elect Donald Trump, who takes office on Jan. 20, is widely expected to …": a date in a
        # relative clause about the subject dates the subject, not the forecast
        asides = [(sentence.start + m.start(), sentence.start + m.end())
                  for m in _EN_RELATIVE_ASIDE_RE.finditer(sentence.text, 0, max(hedge_at, 0))]
        earlier = [tx for tx in earlier if not any(lo <= tx.span[0] < hi for lo, hi in asides)]
    framing: list[Any] = []
    said = len(sentence.text[:content_start].rstrip("，,：: "))
    comma = max(sentence.text.rfind("，", 0, said), sentence.text.rfind(",", 0, said))
    if comma > 0 and _PRONOUN_SPEAKER_RE.fullmatch(sentence.text[comma + 1 : content_start]):
        # 至於明年經濟成長，他預期將放緩…: the topic clause before "he expects" is what the content is about
        framing = [tx for tx in timexes if sentence.start <= tx.span[0] < sentence.start + comma
                   and tx.end is not None and tx.end > ctx.published]
    fallback: list[Any] = []
    for group in (own, later, earlier, framing):
        future = [tx for tx in group if tx.end is not None and tx.end >= ctx.published
                  and not re.match(r"过去|過去|(?:in |over |during )?(?:the )?(?:past|last|previous)\b", tx.text, re.I)
                  and not _TARGET_DURATION_BEFORE_RE.search(ctx.source, max(0, tx.span[0] - 8), tx.span[0])
                  and not (ctx.lang == "en" and _EN_YEAR_MODIFIER_RE.fullmatch(tx.text)
                           and _EN_MODIFIED_NOUN_RE.match(ctx.source, tx.span[1])
                           and not _EN_MEET_TARGET_RE.search(ctx.source, max(0, tx.span[0] - 40), tx.span[0]))]
        compared = [tx for tx in future if _COMPARED_BEFORE_RE.search(ctx.source, max(0, tx.span[0] - 12), tx.span[0])
                    or _POSSESSIVE_AFTER_RE.match(ctx.source, tx.span[1])]
        if compared and len(compared) < len(future):
            # 二季度增速很可能低于一季度, "wages next year would exceed this year's": the period compared with is
            # no deadline
            future = [tx for tx in future if tx not in compared]
        elif compared and group is not framing:
            # 至於明年稅收，她預估將比今年減少: a clause whose only period is the one compared with names no
            # deadline of its own; the other clauses are read first, and the compared period is the last resort
            fallback = fallback or compared
            continue
        if future and all(tx.kind == "time" for tx in future) and any(tx.kind == "open" for tx in group):
            return False  # "at 9:15 a.m. from Wednesday": the hour of every day from then on, no deadline
        if future:
            # the expression nearest after the future marker governs (将于13日投票, not the 2024年 of 2024年選舉);
            # with none after it, the nearest before it (今年10月前难以达成)
            if any(tx.kind != "time" for tx in future):
                future = [tx for tx in future if tx.kind != "time"]  # 本周六将延长营业时间至下午5时: the day, not the hour
            elif all(re.search(r"\d", tx.text) for tx in future) and (event := _event_deadline(sentence.text, ctx)) is not None:
                return event  # 投票中心将于投票日早上8时开放: a clock time is on the day of the event
            if ctx.lang == "en" and any(tx.end > ctx.published for tx in future):
                future = [tx for tx in future if tx.text.lower() != "today"]  # "from 440km today to 1,000km by 2030"
            after = [tx for tx in future if tx.span[0] >= at]
            if ctx.lang == "en" and len(after) > 1:
                # "will release October consumer price data on Nov. 2": the data's month is not the deadline
                after = [tx for tx in after if not (tx.kind == "month" and _EN_DATA_MONTH_RE.match(ctx.source, tx.span[1]))] \
                    or after
            best = min(after, key=lambda tx: tx.span[0]) if after else max(future, key=lambda tx: tx.span[0])
            for alternative in sorted(future, key=lambda tx: tx.span[0]):
                if alternative.span[0] >= best.span[1] and re.fullmatch(
                        r"\s*(?:or|或者|或)\s*", ctx.source[best.span[1] : alternative.span[0]]) \
                        and alternative.end is not None and best.end is not None and alternative.end > best.end:
                    best = alternative  # "in late March or early April": by the later of the two
            return Deadline(best.text, best.start, best.end, getattr(best, "basis", "relative"))
        if any(tx.kind == "open" for tx in group) or (
                group is own and any(tx.kind == "vague" and not EVENT_RE.search(tx.text) for tx in group)):
            return False  # …起, 尽快, 近期 (DESIGN.md): no deadline, and none inherited ("before the vote" is an event's)
    if fallback:
        best = max(fallback, key=lambda tx: tx.span[0])
        return Deadline(best.text, best.start, best.end, getattr(best, "basis", "relative"))
    return _event_deadline(sentence.text, ctx)

#: The attribution after a quotation (“……。”周永傑說。 / "…," she said.) is not part of the proposition.
_QUOTE_TAIL_RE = re.compile(
    r"(?<=[”」』\"])\s*[^“”「」\"]{1,30}?(?:说|說|表示|称|稱|指出|认为|認為|强调|強調|坦言|直言|坦承|透露|补充|補充|"
    r"回应|回應|写道|寫道|said|says|added|told\s+\w+)"
    # ('…," Powell told reporters on Tuesday.'; '…," Powell told reporters after the meeting.')
    r"(?:\s+(?:on|last|this|in|at|during|after|before|following)\s+[\w ]{2,30}?)?[。.！!]?$"
)


#: An English attribution after the reported words: ", the ministry said on Monday." (cut from the proposition).
_EN_TAIL_ATTRIBUTION_RE = re.compile(r",\s*(?:he|she|they|it|(?:the|a|an|one|two|three|several|some|many)\s+[^,\"“”]{1,60}?|"
                                     r"(?:traders|analysts|economists|officials|sources|investors|experts|people\s+familiar\s+"
                                     r"with\s+[^,\"“”]{1,40}?)|" + EN_LOWER_TITLE_PREFIX + r"[A-Z][^,\"“”]{1,60}?)\s+"
                                     r"(?:said|says|added|announced|told\s+\w+)(?:\s+(?:on|last|this|in)\s+\w+)*\s*\.?$")


#: An English attribution after a quotation with the verb first ('…," said Jane Roe, chief Asia economist at …').
_EN_INVERTED_TAIL_RE = re.compile(r"[,.!?]?[\"”]\s*,?\s*(?:said|says|added|adds|wrote|told\s+\w+)\s+[^\"“”]{1,160}?\.?$")


#: A time a duration is cut or held to (通关时间将压缩到48小时以内, 控制在3天内): a measure, not the deadline.
_TARGET_DURATION_BEFORE_RE = re.compile(r"(?:压缩|壓縮|缩短|縮短|缩减|縮減|控制|降低|减少|減少|降|减|減|耗时|耗時|用时|用時)"
                                        r"(?:到|至|在|为|為)?\s*$")
#: How far before publication an attribution's date may lie to count as the day the claim was said: two years
#: (去年曾预测 → the end of last year; an older date is a story told, not a claim made).
SPEECH_DAY_WINDOW = timedelta(days=731)
#: An English reporting verb at the end of a sentence, with its time (", Powell said on Tuesday.").
_EN_SAID_TAIL_RE = re.compile(r",\s+[^,]{1,80}?\b(?:said|says|told\s+\w+|added|warned|predicted)\b[^,]{0,60}$")


def _speech_day(sentence: str, content_start: int, published: date) -> date | None:
    """The day the claim was said, when the attribution dates it before ``published``: a time in the frame before
    the content (林世雄昨日（19日）表示, "Powell said on Tuesday that"), or in the attribution after a quotation
    (”陈志强在13日的记者会上说, '…," Powell said on Tuesday.'). A period gives its last day; a time after
    publication, one more than :data:`SPEECH_DAY_WINDOW` back, an open or vague one, or a span that runs up to
    publication (近三年来) gives None."""
    from claims.timex import find_timexes

    regions = []
    if content_start > 0:
        # (and a time right after an English verb: "told parliament last week that …")
        lead = re.match(r"\s*(?:on\s+\w+|last\s+\w+|yesterday|earlier\s+(?:this|on)\s+\w+)\b", sentence[content_start:])
        regions.append(sentence[: content_start + (lead.end() if lead else 0)])
    tail = _QUOTE_TAIL_RE.search(sentence) or _EN_SAID_TAIL_RE.search(sentence)
    if tail and tail.start() >= content_start:
        regions.append(sentence[tail.start() :])
    # the finest time, the later of equals (台積電昨（17）日舉行第一季法說會: the 17th, not the quarter the meeting
    # reports on)
    candidates = [tx for region in regions if re.search(r"\d|[昨前今上去本周週月年日]|day|week|month|year|ago", region)
                  for tx in find_timexes(region, published, direction="past")
                  if tx.start is not None and tx.end is not None and tx.kind not in ("open", "vague", "range", "duration")
                  and published - SPEECH_DAY_WINDOW <= tx.end < published and (tx.end - tx.start).days <= 366]
    if not candidates:
        return None
    return min(reversed(candidates), key=lambda tx: (tx.end - tx.start).days).end


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
    if start == 0 and content_start == 0:
        body = ZH_TAIL_SAID_RE.sub("", body)  # …降息25个基点，经济师说。: the attribution after the claim
    body = EN_TAIL_APPOSED_RE.sub("", body)  # "…by June, Capt. Jane Doe, the port's harbor master, told reporters."
    body = _EN_TAIL_ATTRIBUTION_RE.sub("", body)  # "…by the end of the year, the ministry said."
    body = _EN_INVERTED_TAIL_RE.sub("", body)  # '…this year," said Jane Roe, chief Asia economist at Goldman Sachs.'
    body = re.split(r"[，,]\s*(?:因为|因為|由于|由於|(?:because|as)\b)", body)[0]
    body = re.sub(r"^[“「『\"]|[”」』\"]$", "", body.strip())
    body = re.sub(r"[。.！!；;]+[”」』\"]?$", "", body)
    m = re.search(r"(的)?(可能性|機率|机率|概率|几率|幾率)", body)
    if m and any(body.startswith(noun + degree, m.start(2)) for noun in PROBABILITY_NOUNS for degree in PROBABILITY_DEGREES):
        body = body[: m.start()]
    chance = stated_chance(body) if re.search(r"[\u4e00-\u9fff]", body) else None
    if chance is not None and chance.start > 1 and not body[chance.start + len(chance.words) :].strip("。.！!；;”」"):
        body = re.sub(r"的$", "", body[: chance.start])  # 明年降息的概率约为70%, 明年降息有七成把握 → 明年降息
    body = re.sub(r"^(并|並)?(宣布|宣佈)", "", body.strip(" ，,：:"))
    body = re.sub(r"^(?:但是|但|不过|不過|然而|而且|而|并且|並且|(?:并|並)(?![购購入存列行肩])|且|同时|同時)(?=.{2})", "",
                  body.strip(" ，,：:"))  # a split clause's connective (…，并可能在明年年中公布…)
    # a stated chance closes the proposition: X的可能性不大 → X (any degree: PROBABILITY_DEGREES)
    return body.strip(" ，,：:") or sentence


#: A negative hedge in a statement → the words that state the positive proposition.
_NEGATIVE_HEDGE_FORMS = (
    (re.compile(r"(?:并|並)?(?:不太可能|不大可能|不可能|不太会|不太會|不会|不會|唔會|唔会|难以|難以|很难|很難)"), ""),
    (re.compile(r"(?:并|並|也|亦)?不排除(?:会|會|将|將|有)?"), ""),  # 不排除与新加坡合作 → 与新加坡合作 (a chance of 0.35)
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
    unlikely to meet the target" → "Britain will meet the target"; so is 不排除
    (p 0.35): "不排除与新加坡合作" → "与新加坡合作". Statements
    without a probability below 0.5 (a promise "绝不会让通胀失控") are kept.
    """
    if hedge is None or probability is None or probability >= 0.5:
        return statement
    for pattern, positive in _NEGATIVE_HEDGE_FORMS:
        new, n = pattern.subn(positive, statement, count=1)
        if n:
            return re.sub(r"\s{2,}", " ", new).strip() or statement
    return statement


#: A target reported as met (预期目标较好实现, 任务圆满完成, 超额完成): a result, not a plan.
_ACHIEVED_RE = re.compile(r"(?:较好|較好|顺利|順利|圆满|圓滿|全面|如期|超额|超額|基本|均已|已经|已經|已)(?:地)?(?:实现|實現|完成|达成|達成)")


#: Words that make a completion still ahead (力争如期完成, 将全面完成, 计划年底前全面完成, 到2024年底…全面完成).
_AIMED_RE = re.compile(r"将|將|会|會|力争|力爭|确保|確保|争取|爭取|计划|計劃|计画|計畫|(?<!主|重|需)要|拟|擬|预计|預計|目标是|目標是|"
                       r"(?<![此之日目早提以])前|到(?=\d|今年|明年|后年|後年|年底|年末|本世纪|本世紀)")


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
    if lang == "zh" and re.match(r"\s*了[^：:]*$", text):
        # 市长昨天在记者会上介绍了港口扩建计划: the verb was an act done (了), not a report of what is ahead (介绍了
        # 时间表：明年将… goes on to report it)
        return False
    if hedge is not None and hedge.words == "不排除" and hedge.start >= 0 and re.match(
            r"(?:这|這|此|其|那)?(?:就)?(?:是|为|為|系|係|属于|屬於)", text[hedge.start + len(hedge.words) :]):
        return False  # 不排除這是中國灰色地帶侵擾的一環: what something already is, no outcome ahead
    if lang == "en" and hedge is not None and hedge.start >= 0 and re.search(r"\b(?:that|which)\s+$", text[: hedge.start]) \
            and re.search(r"\b(?:should|must|need to|ought to)\b", text[: hedge.start]):
        return False  # "both sides should avoid actions that could escalate tensions": advice, the hedge in its object
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
        achieved = _ACHIEVED_RE.search(text, cue.end()) if cue else None
        if achieved and not _AIMED_RE.search(text, 0, achieved.start()):
            return False  # 全年经济运行总体平稳，主要预期目标较好实现: the target reported met, a result
        if cue and dated_ahead and not past:
            return True
        if lang == "zh" and (dated_ahead or _WORK_AHEAD_RE.search(text)) and _AGENDA_FRAME_RE.search(text):
            return True  # 政府明年的财政工作有三大重点：(its items are the plans)
        if lang == "zh" and verb and dated_ahead and DATED_ACT_ZH.search(text) and not re.search(r"已经|已經|已|了", text):
            return True  # 陆交局在文告中说，第一阶段工程明年动工: a date ahead and an act, reported: a plan
        planned = re.search(r"(?<![原本先来來])(?:计划|計劃|计画|計畫|打算|(?<![模虚虛草])(?:拟|擬)(?=[\u4e00-\u9fff]))(?![书書中内內的])", text) \
            if lang == "zh" and dated_ahead else None
        if planned and (DATED_ACT_ZH.search(text, planned.end()) or AGENTIVE_ZH.match(text, planned.end())
                        or text[planned.end() : planned.end() + 1] == "把") and not re.search(
                r"已经|已經|已|了", text[clause_start(text, planned.start()) : planned.end() + 20]):
            return True  # 我们计划今年下半年启动一个…项目: a stated plan with its date, no future marker needed
        intent = re.match(r"\s*[^，,。]{0,10}?(希望|力争|力爭|计划|計劃|打算|准备|準備)", text) if lang == "zh" and verb else None
        if intent and not re.search(r"(?:原|原本|原先|本来|本來)$", text[: intent.start(1)]):
            return True  # an explicit speaker's stated intention (政府希望立法会尽快完成审议; 原本计划 was one)
        if lang == "zh" and re.search(r"无意|無意|绝不|絕不|决不|決不", text):
            return True
        if lang == "en":  # "We promise to finish …", "the government pledges that …": a commitment in the present
            return re.search(r"\b(?:promise|promises|pledge|pledges|vow|vows|guarantee|guarantees)\s+(?:to|that)\b", text) is not None
        return bool(promise.search(text)) and bool(re.search(
            r"(承诺|承諾|保证|保證|誓言)[，,：:]?\s*(将|將|会|會|在|于|於|不|绝|絕|把|年底|年內|年内|今年|明年|本月|下月|下周|下週|\d|[一二三四五六七八九十]+月)", text))
    if lang == "zh" and hedge.words in PLAIN_FUTURE and _NORMATIVE_RE.search(text[: hedge.start]) and not plan.search(text):
        return False
    if lang == "zh" and hedge.words in ("将", "將") and hedge.start >= 0 and _DONE_BEFORE_RE.search(text, 0, hedge.start) \
            and not re.match(r"[于於在会會要可]", text[hedge.start + 1 : hedge.start + 2]):
        return False  # 政府已于今年2月1日起将最低薪金调高至…: 将 as 把 in an act already done
    return True


#: An act already done, up to the 将 (as 把) of its clause: 已于今年2月1日起将…调高 (not 已决定将…, 已宣布将…).
_DONE_BEFORE_RE = re.compile(r"已(?:经|經)?(?!决定|決定|宣布|宣佈|计划|計劃|表示|同意|确定|確定|批准|通过|通過|承诺|承諾|明确|明確)"
                             r"[^，,。；;“”「」]{0,16}$")


#: Longer than any time expression (characters): how far before a sentence one may start and still reach into it.
_LONGEST_TIMEX = 64


#: A time right after an English reporting verb dates the speech, not the claim ("…, the company said on Friday").
_SPEECH_TIME_RE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bwill )(?<!\bto )(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )"
                             r"\b(?:said|says|told\s+\w+|added|announced|stated|wrote)"
                             r"(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|its)\s+[\w\s-]{1,30}?)?\s+(?:on\s+|late\s+|early\s+)?$")


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


#: Documents that set out plans: what they say will happen is the issuer's plan (方案提出，到2027年…将增长一倍).
_PLAN_DOCUMENT_RE = re.compile(r"方案|规划|規劃|纲要|綱要|行动计划|行動計劃|指导意见|指導意見|计划书|計劃書")
#: A schedule frame opening the sentence (按照决定，改革将自2025年1月1日起施行; 根据安排，…): what follows is the schedule
#: it sets, a plan, whoever states it.
_SCHEDULE_FRAME_RE = re.compile(r"(?:按|按照|根据|根據|依|依照|依据|依據)(?:决定|決定|计划|計劃|计画|計畫|安排|日程|时间表|時間表|"
                                r"规划|規劃|部署|规定|規定)[，,]\s*$")


#: A space set between Chinese and Latin letters or digits (昇腾 950PR 将于 2026 年第一季度推出: the spacing some
#: sites and style guides add); the rules read Chinese text without it.
_CJK_ASCII_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00a0](?=[\u4e00-\u9fff])")


def _extract_despaced(text: str, published: date, excluded: list[tuple[int, int]] | None,
                      known_events: Sequence[DatedEvent], title: str | None) -> list[ExtractedClaim]:
    """:func:`extract` on ``text`` without the spaces of :data:`_CJK_ASCII_SPACE_RE`, each claim's ``span`` and
    ``text`` mapped back to ``text`` (with its spaces)."""
    from dataclasses import replace

    dropped = {m.start() for m in _CJK_ASCII_SPACE_RE.finditer(text)}
    kept = [i for i in range(len(text)) if i not in dropped]
    compact = "".join(text[i] for i in kept)
    new_index = [0] * (len(text) + 1)  # position in text → position in compact (the next kept character)
    j = len(kept)
    for i in range(len(text), -1, -1):
        while j > 0 and kept[j - 1] >= i:
            j -= 1
        new_index[i] = j
    moved = [(new_index[s], new_index[e]) for s, e in excluded or ()]
    found = extract(compact, published, lang="zh", excluded=moved, known_events=known_events, title=title)
    out = []
    for claim in found:
        start, end = (kept[claim.span[0]], kept[claim.span[1] - 1] + 1) if claim.span[1] > claim.span[0] else (0, 0)
        out.append(replace(claim, text=text[start:end], span=(start, end)))
    return out


def extract(
    text: str,
    published: date,
    *,
    lang: str | None = None,
    excluded: list[tuple[int, int]] | None = None,
    known_events: Sequence[DatedEvent] = (),
    title: str | None = None,
) -> list[ExtractedClaim]:
    """Every forward-looking claim in ``text``, published on ``published``.

    ``lang`` is 'zh' or 'en' (detected when None); ``excluded`` are (start, end)
    ranges of ``text`` to skip (captions); ``known_events`` are events dated by
    earlier articles, for claims that name an event this article does not
    date; ``title`` is a headline kept apart from ``text`` (front matter), read
    for an interview's interviewee (专访…局长王五：…), never for claims. Spans
    index ``text``. Never raises on any string input.
    """
    lang = lang or detect_lang(text)
    if lang == "zh" and _CJK_ASCII_SPACE_RE.search(text):
        return _extract_despaced(text, published, excluded, known_events, title)
    norm = normalize_width(text)
    datelines = [m.span() for m in DATELINE_RE.finditer(norm)]
    timexes = [tx for tx in _timexes(norm, published) if not any(s <= tx.span[0] < e for s, e in datelines)]
    ctx = ArticleContext(published, lang, find_events(norm, published, timexes, excluded), known_events=tuple(known_events),
                   source=norm, title=normalize_width(title or ""))
    claims: list[ExtractedClaim] = []
    seen: set[tuple[str | None, str]] = set()
    previous: ExtractedClaim | None = None
    previous_is_item = False
    frame: ExtractedClaim | None = None  # the introduction of the enumeration being read
    future_timexes: SpanIndex | None = None  # the text's expressions read forward, made on first need
    by_start = SpanIndex(timexes)
    units = deque(claim_units(split_sentences(norm), timexes, published))
    quoted: dict[tuple[int, int], tuple[Speaker | None, int, str | None]] = {}  # piece → the quotation's attribution
    last_unit: tuple[int, Speaker | None] | None = None  # (end, speaker) of the unit read last
    sentence_verb: str | None = None  # the reporting verb of the last unit that opened a sentence
    while units:
        sentence, role = units.popleft()
        pledged = role == "pledge"  # …将于3月底前完成…，并保证严惩…: a joined pledge, dated only by its own words
        own_clause = role in ("clause", "pledge")  # a later clause with its own hedge (…登陆，不排除…)
        added = role == "added"  # '…," Modi said, adding that India would need …'
        role = "item" if own_clause else "" if added else role
        if excluded and overlaps(sentence, excluded):
            continue
        if _is_heading(sentence, norm):
            continue
        if previous is not None and sentence.paragraph != ctx.paragraph and not (
                (previous is frame or previous_is_item) and _ITEM_OPENING_RE.match(sentence.text.lstrip())):
            previous, frame = None, None  # (第一，… 第二，… each in a paragraph of its own go on the list)
        if role == "quoted":
            speaker, content_start, verb = quoted[(sentence.start, sentence.end)]
        else:
            pieces = quote_pieces(sentence) if role == "" else [sentence]
            speaker, content_start, verb = resolve_speaker(sentence, lang, ctx)
            if verb == QUESTION_VERB:
                previous = None  # 記者問：…: the interviewer's question is no claim
                continue
            if speaker is None and role == "item" and previous is not None:
                speaker = previous.speaker  # …可能出现阵雨，但不会影响开幕式: the clause before's speaker
            elif pledged and previous is not None and speaker is not None and speaker.name in _OWN_SIDE_BODIES:
                speaker = previous.speaker  # 张庆信承诺，…，部门也保证…: the minister's side, pledging through him
            if speaker is None and added and last_unit is not None and 0 <= sentence.start - last_unit[0] <= 16:
                speaker = last_unit[1]  # '"…," Modi said, adding that India would need …': the sentence's speaker
            last_unit = (sentence.end, speaker)
            if not own_clause:  # (a promise verb commits to its own clause only: 保证…，演出将于明晚8时开始)
                sentence_verb = None if verb and (PROMISE_CUES_ZH.match(verb) or PROMISE_CUES_EN.match(verb)) else verb
            if len(pieces) > 1:
                # a quotation of several sentences: one claim per sentence, all with the quotation's speaker
                for n, piece in enumerate(pieces):
                    lead = content_start - (piece.start - sentence.start) if n == 0 else 0
                    quoted[(piece.start, piece.end)] = (speaker, max(0, min(lead, len(piece.text))), verb)
                units.extendleft((piece, "quoted") for piece in reversed(pieces))
                continue
        content = sentence.text[content_start:]
        content = _simplified(content)  # cue and hedge tables are matched in Simplified characters
        if speaker is None and lang == "zh" and (_AGENDA_FRAME_RE.search(content) or _LIST_FRAME_RE.search(content)):
            acting = next((m for m in (_AGENDA_SUBJECT_RE.search(content), _LISTING_BODY_RE.match(sentence.text))
                           if m and m.group(1).endswith(ORG_SUFFIXES)), None)
            if acting and not _TITLE_RE.search(acting.group(1)):
                # 记者了解到，…，农业农村部下一步将重点抓好三方面工作：— the body names its own agenda
                # (国家医保局 after 国家医疗保障局（以下简称“国家医保局”）: the full name it was defined for)
                speaker = full_organisation(Speaker(acting.group(1), None, "organisation"), sentence, lang, ctx)
        hedge = _negated_belief(sentence.text[:content_start],
                                _estimative_verb_hedge(verb, find_hedge(content, lang), content_start))
        # (an open-ended start ahead too: 新收费标准定于明年1月1日起实施)
        dated_ahead = any(time_ahead(tx, published) for tx in by_start.starting_in(sentence.start, sentence.end))
        item_of = previous if previous is not None and (
            role == "item" or continues(previous, content, norm, sentence, previous_is_item)
            or (previous is frame and _ITEM_OPENING_RE.match(content.lstrip()))) else None
        # 谈及下一步工作，这位负责人表示，一是继续…，二是…: a list of the work ahead, its items the speaker's plans
        work_list = lang == "zh" and item_of is None and hedge is None and _ITEM_OPENING_RE.match(content.lstrip()) \
            and _WORK_AHEAD_RE.search(sentence.text[:content_start]) is not None
        own_outlet = lang == "zh" and _OWN_OUTLET_RE.match(sentence.text) is not None
        if own_outlet:
            speaker = None  # 本报明天将刊出…: the paper's own schedule, in its own voice (DESIGN.md)
        if own_clause and _QUESTION_RE.search(content):
            continue  # …，內地法院會否承認…仍存在很大變數: a later clause that leaves the question open
        if lang == "en" and _EN_ASKED_DECLINED_RE.match(sentence.text):
            previous = None  # "Asked whether the robotaxi would be ready by June, Musk declined to give a date": no answer
            continue
        if lang == "en" and item_of is None and _HAD_EXPECTED_RE.search(
                sentence.text, 0, content_start + (hedge.start if hedge is not None and hedge.start >= 0 else 0) + 1):
            previous = None  # "Economists had expected a 2.8% rise": the consensus before a figure now reported
            continue
        if item_of is None and not work_list and not _is_claim_sentence(content, hedge, lang, verb, dated_ahead):
            _note_paragraph_event(sentence, ctx)
            previous = None
            if lang == "zh" and _LIST_FRAME_RE.search(content) and (
                    not re.search(r"了|已经|已經|已", content) or _LISTED_MEASURES_RE.search(content)):
                # 总体方案明确了以下几方面措施：— the measures it lists (第一，…) are plans of the frame's speaker (a
                # scholar's 成果主要体现在三个方面 lists what they expect: the items keep their own kinds)
                if speaker is None and lang == "zh" and re.match(r"\s*(?:他|她)(?!们|們)", content):
                    speaker = ctx.last_named  # 他今日致词时，阐述了这项战略的三个阶段。: the person 他 means presents them
                previous = frame = ExtractedClaim(
                    text=sentence.text, span=(sentence.start, sentence.end), statement=content,
                    kind="forecast" if _commentator(speaker) else "plan",
                    speaker=speaker, probability=None, hedge=None, deadline=None, polarity="positive")
                previous_is_item = False
            elif lang == "en" and (listing := _EN_LIST_FRAME_RE.search(sentence.text)) is not None:
                # "Chris Boshoff, Pfizer's chief development officer, laid out three priorities …: first, expanding
                # …": the items it sets out are plans of whoever set them out
                if speaker is None:
                    speaker = attribute_en(sentence.text[: listing.start()].rstrip() + " said it.").speaker
                    if speaker is not None and speaker.kind == "organisation":
                        speaker = full_organisation(speaker, sentence, lang, ctx)
                previous = frame = ExtractedClaim(
                    text=sentence.text, span=(sentence.start, sentence.end), statement=content,
                    kind="forecast" if _commentator(speaker) else "plan",
                    speaker=speaker, probability=None, hedge=None, deadline=None, polarity="positive")
                previous_is_item = False
            continue
        hedge_at = content_start + hedge.start if hedge and hedge.start >= 0 else content_start
        scheduled = SCHEDULE_CUES_ZH.search(content) if lang == "zh" and hedge is None else None
        opening = re.match(r"\s*(?:此外|另外|同时|同時|而|但|不过|不過)?[，,]?\s*", content).end() if scheduled else 0
        if scheduled and not re.search(r"[，,；;]", content[opening : scheduled.start()]):
            # 2025年财政预算案定于下周一（21日）展开辩论: the schedule word, not a year naming the budget (in its own
            # clause: …2026年再调高至45元，目标是在2030年前… keeps 2026)
            hedge_at = content_start + scheduled.start()
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
        elif deadline is not None and deadline.basis != "inherited" and not (
                item_of is not None and (frame is not None or _ITEM_OPENING_RE.search(content[:8]))):
            ctx.paragraph_deadline = deadline  # (an item's own date is not its siblings': 二是本月内…；三是…)
        if deadline is None and found is None and claims and claims[-1].deadline is not None \
                and _THEN_RE.match(content.lstrip("“「\"' ")):
            then = claims[-1].deadline  # 届时/by then: the time the claim before names
            deadline = Deadline(then.text, then.start, then.end, "inherited")
        key = (speaker.name if speaker else None, re.sub(r"\W", "", content))
        if key in seen:
            continue
        seen.add(key)
        # an item's kind is read with the passage's speaker (一是双方会签署… from a scholar predicts)
        # (a later clause of the sentence is reported by its verb too: SSI认为，…可能突破1800点，外资将逐步重返…)
        kind = classify_kind(content, speaker or (item_of.speaker if item_of is not None else None), lang,
                             verb or (sentence_verb if own_clause else None), hedge)
        if own_outlet and hedge is not None and hedge.words in PLAIN_FUTURE:
            kind = "plan"
        if work_list and not _commentator(speaker):
            kind = "plan"
        if role == "frame" and lang == "zh" and _AGENDA_FRAME_RE.search(content) and (
                hedge is None or (hedge.words in PLAIN_FUTURE and not _commentator(speaker))):
            kind = "plan"  # an agenda's items are the speaker's plans (…将重点抓好三项工作：一是…)
        if role == "frame" and kind == "forecast" and lang == "zh" and hedge is not None and hedge.words in PLAIN_FUTURE \
                and _measures_frame(content) and not _commentator(speaker):
            kind = "plan"  # 中油將從兩方面防止…：, 铁道部将采取三项措施： — the measures are the speaker's side's
        if kind == "forecast" and speaker is not None and speaker.kind == "organisation" \
                and _PLAN_DOCUMENT_RE.search(sentence.text[:content_start]) and not is_uncertain(hedge):
            kind = "plan"  # the targets of a plan document are the issuer's plan
        if kind == "forecast" and lang == "zh" and _SCHEDULE_FRAME_RE.search(sentence.text[:content_start]) \
                and not is_uncertain(hedge) and not _commentator(speaker):
            kind = "plan"  # 按照决定，改革将自…起施行: the schedule the decision sets
        probability = hedge.probability if hedge else None
        if kind != "forecast" and hedge and hedge.words in CERTAIN:
            probability = None
        own_plan = lang == "zh" and item_of is not None and re.search(r"计划|計劃|计画|計畫|打算|准备|準備|拟|擬|定于|定於|订于|訂於|"
                                                                      r"力争|力爭|争取|爭取",
                                                                      content[:16])
        # (…计划在2027年进行，我们预计届时…: a clause that reports its own estimate keeps it)
        own_estimate = hedge is not None and hedge.start < 0 and verb in ESTIMATIVE_VERBS and hedge.words == verb
        # (…都将设置隔离区，我们决不让…: the speaker's own vow is a promise of its own, not the clause before's kind)
        own_vow = lang == "zh" and item_of is not None and OWN_NEVER_RE.match(content.lstrip("“「\"")) is not None
        if item_of is not None and (hedge is None or hedge.start < 0) and not own_plan and not own_estimate and not own_vow:
            # an item of an enumeration (二是…, ；-separated targets) inherits the passage's claim (not a clause
            # that states its own plan: …很可能在週三登陸，氣象署也計畫在年底前啟用…)
            source = frame or item_of  # an item without its own hedge takes the passage's
            kind, probability, hedge = source.kind, source.probability, (
                Hedge(source.hedge, -1, source.probability) if source.hedge else None)
            speaker = speaker or item_of.speaker
        elif item_of is not None:
            speaker = speaker or item_of.speaker  # 第二，…将… in a paragraph of its own: still the frame's speaker
            if frame is not None and frame.hedge is None and frame.kind == "plan" and kind == "forecast" \
                    and hedge is not None and hedge.words in PLAIN_FUTURE:
                kind, probability = "plan", None  # an item of a list of measures, with its own 将/会: a measure
        if own_plan and (hedge is None or hedge.start < 0):
            kind, probability, hedge = "plan", None, None  # its own stated plan, not the estimate before it
        if pledged and item_of is not None and item_of.kind in ("plan", "promise") and kind == "forecast" \
                and hedge is not None and hedge.words in PLAIN_FUTURE:
            kind, probability = item_of.kind, None  # 承諾，明年基本電價維持不變，並會繼續…: the same side's next pledge
        if lang == "zh" and item_of is not None and re.match(r"\s*(?:并|並|且|也|还|還)?(?:承诺|承諾|保证|保證)", content):
            kind, probability = "promise", None  # …将于本月底前提交方案，并承诺年底前…不再…: a pledge of its own
        # the passage's deadline, except for a later clause that doubts (不排除, 可能性不大) or is reported anew
        # (…，并不认为…会…): it states another proposition (the gold sets' annotators, 11 cases in 14)
        # (…，但随着气温下降，…还会增加 / 但在高息環境下，…很可能偏低: a contrast under a condition of its own, 2 in 2)
        doubting = pledged or own_clause and ((hedge is not None and (hedge.words in ("不排除",) or (
            hedge.probability is not None and hedge.probability < 0.5))) or _REPORTED_ANEW_RE.match(content) is not None
            or _CONTRAST_CIRCUMSTANCE_RE.match(content) is not None)
        if item_of is not None and deadline is None and found is not False and not doubting:
            deadline = (frame or item_of).deadline  # the passage's deadline, not a sibling item's
            if frame is None and deadline is not None and deadline.basis != "inherited" \
                    and _ITEM_OPENING_RE.search(item_of.text[:8]) and _ITEM_OPENING_RE.match(content.lstrip()):
                deadline = None  # …。一是明年一季度开通…，二是增设…: the first item's own date, unframed, is not the second's
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
                said_on=_speech_day(text[sentence.start : sentence.end], content_start, published)
                or (item_of.said_on if item_of is not None else None),
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


#: A question put to someone who gave no answer ("Asked whether …, Musk declined to give a date"; "…, she would
#: not say"): the question's "would" is no one's claim.
_EN_ASKED_DECLINED_RE = re.compile(r"\s*Asked\s+(?:whether|if|when|about|how)\b[^.;]*?,\s*(?:[A-Z][\w.'’-]*\s+){0,4}"
                                   r"(?:[a-z][\w'’-]*\s+){0,3}?(?:declined|refused|would\s+not\s+say|wouldn't\s+say|"
                                   r"did\s+not\s+say|didn't\s+say|gave\s+no)\b")
#: An expectation in the past perfect ("Economists had expected a 2.8% rise", "had forecast the economy would
#: grow"): the consensus before a figure the article reports, not a claim about what is to come.
_HAD_EXPECTED_RE = re.compile(r"\bhad\s+(?:been\s+)?(?:expected|predicted|forecast|anticipated|projected)\b", re.I)
#: A clause that reports anew (…，并认为…, …，他也相信…): another belief stated, not the same one continued.
_REPORTED_ANEW_RE = re.compile(r"\s*(?:他|她|他们|他們|她们|她們)?(?:也|亦|并|並|还|還|同时|同時)?(?:并不|並不|不)?(?:认为|認為|相信)")
#: Reporting verbs that themselves state a probability (他预计…将… → 0.75, not the 0.85 of 将).
ESTIMATIVE_VERBS = {"料": 0.75, "预计": 0.75, "預計": 0.75, "预测": 0.75, "預測": 0.75, "预料": 0.75, "預料": 0.75, "预期": 0.75, "預期": 0.75,
                    "估计": 0.75, "估計": 0.75, "预估": 0.75, "預估": 0.75, "predicted": 0.75, "predicts": 0.75, "predict": 0.75,
                    "expects": 0.75, "expect": 0.75, "expected": 0.75, "forecast": 0.75, "forecasts": 0.75,
                    "不排除": dict(HEDGES_ZH)["不排除"]}  # (as the hedge table reads it)


def _negated_belief(frame: str, hedge: Hedge | None) -> Hedge | None:
    """The claim's hedge when its reporting frame denies the belief (许利平并不认为，局势会…缓和): the content
    after the verb reads "会" (0.8), but the speaker states the chance that things ease is low (1 − p), as
    :func:`claims.hedges.find_hedge` reads the whole sentence."""
    return denied_belief(hedge, frame, frame=True)


def _estimative_verb_hedge(verb: str | None, hedge: Hedge | None, offset: int) -> Hedge | None:
    """A plain future marker reported by an estimative verb takes the verb's probability."""
    if verb in ESTIMATIVE_VERBS and (hedge is None or hedge.words in PLAIN_FUTURE):
        return Hedge(verb, hedge.start if hedge else -1, ESTIMATIVE_VERBS[verb])
    return hedge


def _note_paragraph_event(sentence: Sentence, ctx: ArticleContext) -> None:
    """A non-claim sentence that names a dated event (本次会晤的结果…) sets the passage's deadline."""
    if ctx.paragraph_deadline is None and not re.search(r"了|已经|已經|\b(?:was|were|had)\b", sentence.text):
        # (会议13日表决通过了…: a meeting told as past dates nothing ahead, even when a later one is dated)
        event = _event_deadline(sentence.text, ctx)
        if event is not None and event.start is not None and event.start >= ctx.published:
            ctx.paragraph_deadline = event


def extract_article(article: Any, known_events: Sequence[DatedEvent] = ()) -> list[ExtractedClaim]:
    """Extract from a :class:`claims.sources.SourceArticle` (needs ``published``)."""
    if article.published is None:
        raise ValueError(f"{article.path}: no publication date")
    return extract(article.text, article.published, lang=article.lang, excluded=article.excluded,
                   known_events=known_events, title=article.title)


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
