"""Stance of a later article towards a claim's proposition, and the verdict it suggests (pure).

A *stance* is ``supports``, ``refutes`` or ``mentions``. It comes from
*outcome cues* (达成, 签署 / 未能, 破裂; signed / failed, called off) in the
clauses of the article that contain the claim's key terms
(:func:`claims.search.key_terms`):

- **Outcome reports only.** A clause that speculates or plans (a hedge or
  future marker of :mod:`claims.hedges`: 将, 或许, 可能; will, may) gives
  no cue: a later article's forecast settles nothing. The hedge governs the
  clauses after it in its sentence until a contrast (但, 却, but).
- **Clause scope.** Text is split into clauses at 。！？；，,;: and before
  但/但是/却/however/but. A cue counts only in a clause that contains at least
  one key term of the claim, so 签署 in "双方签署了一份文化协议" does not
  settle a claim about liaison offices unless the clause names them; its
  weight is the summed length of the distinct key terms in that clause
  (longer words are more specific: 联络处 outweighs 双方), capped at 4 per term.
  Within the clause a key term other than the cue itself must stand within
  :data:`PROXIMITY_ZH` characters (:data:`PROXIMITY_EN` words) of the cue:
  in "李勇浩当晚在河内举行记者会" 举行 is about the press conference.
- **Continued topic.** A clause with no key term that follows one with key
  terms in the same sentence ("…结束第二次会晤，双方没有达成任何协议") is
  read with half the weight of its predecessor and without the proximity test.
- **Wishes are not outcomes.** A success cue after a word of asking,
  hoping or discussing (提出, 要求, 讨论; sought, discussed) gives no cue.
- **Negation scope.** A negator (未, 没有, 并未, 尚未, 无, 不; not, no, never,
  failed to, did not, without) up to :data:`NEGATION_WINDOW_ZH` characters
  (:data:`NEGATION_WINDOW_EN` words) before a cue, in the same clause,
  reverses it: 未达成 refutes, 没有取消 supports. A negative cue that
  starts with its own negator (未能) is not reversed by itself.
- **Kind of proposition.** When the statement predicts that an event takes
  place (举行, 召开, 举办, 访问, 投票; held, take place, visit), "the summit
  ended early" (提前结束) or "ended without agreement" still means it was
  held: ending words support and only cancelling words (取消, 推迟,
  called off, postponed) refute. For any other proposition ending early,
  breaking down and failing refute it.
- **Premise failure.** A cancelling cue on an outcome proposition (the summit
  at which an agreement was forecast was called off) marks the stance
  ``premise_failed``; the verdict it suggests is ``void`` (DESIGN.md).
- **Figures.** A numeric forecast (:mod:`claims.quantities`: 投票率九成以上,
  6%至6.5%) is settled by the reported figure of the same subject
  (投票率为93.4%): within the bound supports, outside refutes. Word cues
  never settle a numeric forecast.
- **Too late.** A supporting clause that dates the outcome after the
  claim's deadline refutes (the second flight came in November, not "in a
  few months").
- **Negated statements.** A statement that is itself negated (a promise
  "我们绝不会让通胀失控", "will never raise taxes") is settled by the
  opposite of the stance found for its positive core.

The sum of signed clause weights decides; no cue in a relevant clause is
``mentions``. The cue lists are ours, collected from wire copy; the tests in
``tests/test_stance.py`` and ``fixtures/cases/stance.jsonl`` pin the cases
where a cue is present but negated or refers to something else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claims.quantities import Bound, bounds, holds, measures, measures_subject
from claims.search import coverage, match_form

#: Cues that an outcome happened (in match form: Simplified, lower case).
POSITIVE_CUES_ZH = (
    "达成", "签署", "签订", "签约", "宣布", "开设", "设立", "互设", "实现", "取得", "通过", "生效", "实施", "施行",
    "举行", "召开", "举办", "完成", "解除", "取消制裁", "交付", "投入运营", "投入使用", "开通", "启用", "首飞",
    "发射", "当选", "胜选", "获胜", "胜出", "赢得", "落实", "兑现", "成功", "如期", "按计划", "批准",
    "上调", "下调", "降低", "提高", "增长", "获得", "取得进展", "有进展", "进展顺利", "有突破", "过半", "过关", "保住", "守住",
)
#: Cues that it did not (failure, breakdown, cancellation).
NEGATIVE_CUES_ZH = (
    "未能", "破裂", "无果而终", "无果", "不欢而散", "提前结束", "提早结束", "取消", "推迟", "延期", "延后", "搁浅",
    "失败", "落空", "告吹", "落选", "败选", "中止", "终止", "暂停", "叫停", "撤回", "否决", "流产", "受挫", "未果",
    "仍然有效", "依然有效", "继续有效", "仍然维持", "维持不变", "原地踏步", "失去", "失守", "丢失", "输掉", "落败",
    "搁置", "暂缓", "不会如期", "无限期搁置", "无限期推迟", "无限期押后",  # (垃圾徵費無限期擱置，不會如期推行: not
    # gone ahead; 无限期 is "indefinitely", no negator)
)
POSITIVE_CUES_EN = (
    "agreed", "agreement was reached", "signed", "announced", "opened", "reached", "achieved", "held", "passed",
    "took effect", "came into force", "launched", "completed", "lifted", "won", "elected", "approved",
    "delivered", "began", "started", "flew", "succeeded", "cleared", "granted", "issued", "closed the investigation",
    "licensed", "certified",
)
NEGATIVE_CUES_EN = (
    "failed", "collapsed", "cancelled", "canceled", "called off", "postponed", "postpones", "delayed", "delays",
    "pushed back", "slipped", "slips",
    "scrapped", "ended early", "cut short", "stalled", "rejected", "lost", "broke down", "fell through",
    "exploded", "suspended", "grounded", "no deal", "remain in place", "remains in place", "remained in place",
    "remain in force", "remains in force", "stalemate", "without a deal", "without an agreement", "without agreement",
    "empty-handed",
)
#: English base forms count only after a negator ("did not sign", "failed to reach"): alone they are
#: as often nouns ("over SpaceX Starship launch").
BASE_CUES_EN = ("sign", "agree", "reach", "open", "hold", "pass", "launch", "lift", "win", "approve", "deliver",
                "complete", "achieve", "announce", "take effect")
NEGATORS_ZH = ("并没有", "并未", "尚未", "仍未", "从未", "未曾", "没有", "没能", "不再", "并无", "拒绝", "未", "没", "无", "不", "非")
#: Verbs that, right before a success cue (3 characters), put the action off: 推迟落实, 暂停实施.
INHIBITORS_ZH = ("推迟", "延后", "暂停", "停止", "中止", "放弃", "取消", "搁置")
NEGATORS_EN = ("not", "no", "never", "without", "didn't", "did not", "failed to", "yet to", "neither", "nor", "none")
#: How far before a cue a negator still governs it (characters / words). Ours, from wire copy:
#: "未就设立联络处达成" puts 6 characters between 未 and 达成, "不会在朝方完全弃核前解除" 9.
NEGATION_WINDOW_ZH = 12
NEGATION_WINDOW_EN = 4

#: How near a cue a key term must be (characters / words) for the cue to be about the claim: up to 10
#: characters after it (its object: "两国没有宣布设立联络处") or 5 before it (its subject: "会晤28日提前结束";
#: "朝鲜外务相当晚在河内举行记者会" is too far); 10 before when the cue ends its clause (收费站今日零时全部取消). Ours.
PROXIMITY_ZH = 10
PROXIMITY_BEFORE_ZH = 5
PROXIMITY_EN = 6
#: Words that make a following success cue a wish, demand or topic rather than an outcome
#: (提出部分解除制裁, 讨论设立联络处; sought a deal). Ours.
IRREALIS_ZH = ("提出", "要求", "希望", "寻求", "呼吁", "期待", "期望", "设想", "讨论", "商讨", "揣测", "猜测",
               "争取", "若", "如果", "是否", "能否", "条件", "主张", "建议", "打算", "计划", "准备", "要看", "取决于",
               "谈到", "谈及", "有待", "原定", "原计划", "原本", "预定", "預定")
IRREALIS_WINDOW_ZH = 8
IRREALIS_EN = ("seek", "seeks", "sought", "demand", "demanded", "ask", "asked", "hope", "hoped", "discuss",
               "discussed", "propose", "proposed", "call for", "called for", "want", "wanted", "if", "whether",
               "plan", "plans", "planned", "aim", "aims")

#: Cues that cancel an event rather than report an outcome of it.
CANCEL_CUES = ("取消", "叫停", "推迟", "延期", "延后", "告终", "失效", "终止", "作废", "停建", "搁置", "押后", "押後",
               "延至", "延到", "cancelled", "canceled", "called off", "postponed", "scrapped", "terminated", "shelved",
               "abandoned")
#: Cues that an event ended — which means it was held.
ENDING_CUES = ("提前结束", "提早结束", "无果而终", "不欢而散", "ended early", "cut short")
#: Verbs of an event taking place (only for propositions that it does).
HOLDING_POSITIVE_ZH = ("举行", "召开", "举办", "进行", "投票", "计票", "点票", "出炉", "揭晓", "当选", "胜选", "访问",
                       "到访", "抵达", "会谈", "会晤", "磋商", "提名", "连任", "得票", "公布结果", "正式结果")
HOLDING_POSITIVE_EN = ("held", "took place", "convened", "voted", "visited", "arrived", "met", "launched", "flew",
                       "votes to", "opened", "entered service")
#: Kinds of time expression (claims.timex.KINDS) that can date an outcome after a deadline.
LATE_KINDS = frozenset({"date", "weekday", "month", "year", "range", "week"})
#: How far from its cue (characters) a date may stand to date that outcome. Ours.
LATE_REACH = 16
LATE_REACH_EN = 60
#: Share of the opposite weight at which an article's stance is mixed. Ours.
MIXED_SHARE = 0.35
#: Weight factor of a premise failure found through the claim article's topic words. Ours.
CONTEXT_FACTOR = 0.5
PREMISE = -2  # Signal.bound of a premise-failure signal
#: Share (IDF-weighted) of the claim article's topic words an article must contain to be on its topic. Ours.
ON_TOPIC_SHARE = 0.35
#: Weight of a reported figure against a bound: the same for every bound of a statement (each is one
#: sub-prediction: 总得票率65%左右 and 投票率超过90%), that of a 4-character key term × 1.5. Ours.
NUMERIC_WEIGHT = 6.0
#: Weight of the statement's own verb found in a later article, against 1 for an outcome cue. Ours.
ECHO_FACTOR = 0.5
#: Words that report rather than settle: the cue after them in the clause decides (宣布取消).
REPORTING_CUES = ("宣布", "宣佈", "announced", "said")
#: More cues that suspend what the claim depends on (used with the claim article's topic words).
PREMISE_CUES = ("suspended",)
#: Cues that an event opened, ran or closed: they support a proposition that it takes place, and
#: say nothing about any other proposition.
HOLDING_CUES_ZH = ("拉开帷幕", "开幕", "闭幕", "揭幕", "落幕", "结束", "开始", "如期", "登场", "开锣")
HOLDING_CUES_EN = ("opened", "began", "ended", "concluded", "wrapped up", "kicked off", "got under way")
#: Gapped negative cues (提前约两小时结束).
NEGATIVE_PATTERNS_ZH = (r"提前.{1,6}结束", r"提早.{1,6}结束", r"被.{1,16}?(?:夺回|夺走|攻下|拿下|击败|否决)")
#: A statement predicting that an event takes place.
HOLDING_RE = re.compile(r"举行|召开|举办|开幕|闭幕|投票|访问|到访|进行|会晤|会谈|谈判|讨论|商讨|磋商|提名日|定于|"
                        r"投入服务|投入运营|投入使用|通车|开通|启用|建成|完工|落成|竣工|上线|首航|"
                        r"\b(?:enter service|begin operations|negotiate|discuss)\b|\b(?:held|hold|take place|visit|convene|vote)\b")
#: A statement that is itself negated (a negative promise or assurance).
NEGATED_STATEMENT_RE = re.compile(r"绝不|决不|绝对不|不会|不再|无意|不得|不能|从不|\b(?:never|will not|won't|not)\b")

_CLAUSE_SPLIT_RE = re.compile(r"[。！？!?；;，,:：\n]|(?=但是|但|却|然而)|(?=\b(?:but|however|although)\b)", re.I)
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]?|[^.\n]+\.?")

#: Decisive evidence weaker than this share of the strongest is left out of the verdict. Ours.
WEAK_EVIDENCE_SHARE = 0.4

VERDICT_OF_STANCE = {"supports": "true", "refutes": "false"}


@dataclass(frozen=True)
class Stance:
    """A later article's stance towards a claim's proposition.

    ``cues``: the words that decided it (a negator and its cue appear as
    "未…达成"); ``passage``: the sentence they were found in (verbatim, in
    the article's characters); ``weight``: the summed clause weights behind
    the stance (0 for ``mentions``); ``premise_failed``: the event the
    proposition depends on was cancelled; ``mixed``: the article also
    carries at least :data:`MIXED_SHARE` as much weight the other way (one
    target met, another missed), which suggests ``partly``.
    """

    stance: str
    cues: tuple[str, ...] = ()
    passage: str = ""
    weight: float = 0.0
    premise_failed: bool = False
    mixed: bool = False


@dataclass(frozen=True)
class Signal:
    sign: int
    cue: str
    weight: float
    cancel: bool = False
    numeric: bool = False
    clause: str = ""
    bound: int = -1
    match: float = 0.0
    word: str = ""
    at: int = -1


@dataclass
class _Sentence:
    text: str
    signals: list[Signal] = field(default_factory=list)
    hits: float = 0.0


def _is_en(text: str) -> bool:
    return not re.search(r"[\u3400-\u9fff]", text)


def _term_weight(term: str) -> float:
    return float(min(len(term), 4)) if not term.isascii() else float(min(len(term) / 2, 4))


def _contains(clause: str, term: str) -> bool:
    if term.isascii():
        return re.search(r"\b" + re.escape(term), clause) is not None
    return term in clause


def _negated(clause: str, at: int, own_negator: bool, en: bool) -> str | None:
    """The negator governing the cue at ``at`` in ``clause`` (match form), if any."""
    if own_negator:
        return None
    if en:
        before = re.findall(r"[a-z']+(?: to)?", clause[:at])[-NEGATION_WINDOW_EN:]
        joined = " ".join(before)
        for neg in NEGATORS_EN:
            if re.search(r"\b" + re.escape(neg) + r"\b", joined):
                return neg
        return None
    close = clause[max(0, at - 3) : at]
    for verb in INHIBITORS_ZH:
        if verb in close:
            return verb  # 推迟落实, 暂停实施: the action itself was put off
    window = clause[max(0, at - NEGATION_WINDOW_ZH) : at]
    for neg in NEGATORS_ZH:
        i = window.rfind(neg)
        if i >= 0:
            # 不 inside 不断/不少/不久 and 无 inside 无人机 are not negators
            after = window[i + len(neg) : i + len(neg) + 1]
            if neg in ("不", "无", "非") and after in ("断", "少", "久", "仅", "但", "过", "同", "人", "论", "常"):
                continue
            return neg
    return None


_EN_FUTURE_RE = re.compile(r"\b(?:to be|due to|set to|scheduled to|expected to|plans? to|would|will|shall)\b", re.I)


def _hedge_at(clause: str, en: bool) -> int | None:
    """Where a clause starts to speculate or plan (将, 可能, 或许; will, may), or None for a report."""
    from claims.hedges import find_hedge, find_hedges_zh

    if en:
        h = find_hedge(clause, "en")
        future = _EN_FUTURE_RE.search(clause)
        starts = [x for x in (h.start if h is not None and h.start >= 0 else None,
                              future.start() if future else None) if x is not None]
        return min(starts) if starts else None
    for h in find_hedges_zh(clause):
        if h.probability is None and h.words not in ("将", "会", "将会"):
            continue
        if re.search(r"(原定|原本|原计划|本来|原先)\S{0,3}$", clause[: h.start]):
            continue  # 原定将于…举行的会晤 reports what had been planned
        return h.start
    return None


def _term_near(clause: str, start: int, end: int, terms: Sequence[str], en: bool) -> bool:
    """A key term other than the cue itself within :data:`PROXIMITY_ZH` chars (:data:`PROXIMITY_EN` words)."""
    if en:
        words = list(re.finditer(r"\S+", clause))
        before = [w for w in words if w.end() <= start][-PROXIMITY_EN:]
        after = [w for w in words if w.start() >= end][:PROXIMITY_EN]
        lo = before[0].start() if before else start
        hi = after[-1].end() if after else end
    else:
        # a cue that ends its clause (收费站今日零时全部取消) has its subject before it, further away
        tail = clause[end:].strip(" 了完毕。.")
        reach = PROXIMITY_ZH if not tail else PROXIMITY_BEFORE_ZH
        lo, hi = max(0, start - reach), end + PROXIMITY_ZH
    for term in terms:
        pattern = (r"\b" + re.escape(term)) if term.isascii() else re.escape(term)
        for m in re.finditer(pattern, clause):
            inside_cue = start <= m.start() and m.end() <= end
            if not inside_cue and m.start() < hi and m.end() > lo:
                return True
    return False


@dataclass(frozen=True)
class _Proposition:
    """What :func:`stance_of` needs to know about the statement, computed once."""

    core: str
    en: bool
    holding: bool
    flip: bool
    own_cues: frozenset[str]
    negative_event: bool
    echoes: tuple[str, ...]
    bounds: tuple[Bound, ...] = ()


def _cue_patterns(prop: _Proposition) -> tuple[tuple[re.Pattern[str], int, float], ...]:
    """(compiled regex, sign, factor) for the cues that bear on this proposition."""
    return _cue_patterns_for(prop.en, prop.holding, prop.echoes)


@functools.lru_cache(maxsize=1024)
def _cue_patterns_for(en: bool, holding: bool, echoes: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], int, float], ...]:
    if holding:
        positives = (HOLDING_POSITIVE_EN if en else HOLDING_POSITIVE_ZH) + (HOLDING_CUES_EN if en else HOLDING_CUES_ZH)
        negatives = tuple(c for c in CANCEL_CUES if _is_en(c) == en)
        gapped: tuple[str, ...] = ()
    else:
        positives = (POSITIVE_CUES_EN + BASE_CUES_EN) if en else POSITIVE_CUES_ZH
        negatives = NEGATIVE_CUES_EN if en else NEGATIVE_CUES_ZH
        gapped = () if en else NEGATIVE_PATTERNS_ZH
    out = [(g, -1, 1.0) for g in gapped]
    for cues, sign in ((negatives, -1), (positives, 1)):
        for cue in sorted(cues, key=len, reverse=True):
            out.append(((r"\b" + re.escape(cue) + r"\b") if en else re.escape(cue), sign, 1.0))
    for verb in echoes:
        out.append(((r"\b" + re.escape(verb)) if en else re.escape(verb), 1, ECHO_FACTOR))
    return tuple((re.compile(pattern), sign, factor) for pattern, sign, factor in out)


@functools.lru_cache(maxsize=2)
def _premise_patterns(en: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(cue, compiled regex) for the cancelling and premise cues of one language."""
    return tuple((cue, re.compile((r"\b" + re.escape(cue) + r"\b") if en else re.escape(cue)))
                 for cue in CANCEL_CUES + PREMISE_CUES if _is_en(cue) == en)


@functools.lru_cache(maxsize=1024)
def _any_cue_for(en: bool, holding: bool, echoes: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that matches where any of :func:`_cue_patterns_for` does: most clauses hold no cue, and one
    search rules that out (a clause with one is then read pattern by pattern, longest cue first)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _cue_patterns_for(en, holding, echoes)))


#: A day just before an event's word (19日投票, 11月5日提名): the event dated, as done.
_DAY_BEFORE_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号號](?:[)）])?\s*$")


def _signals(clause: str, terms: Sequence[str], prop: _Proposition) -> list[Signal]:
    en = prop.en
    if not _any_cue_for(prop.en, prop.holding, prop.echoes).search(clause):
        return []
    found: list[tuple[int, int, str, int, float]] = []  # start, end, cue, base sign, factor
    for pattern, sign, factor in _cue_patterns(prop):
        for m in pattern.finditer(clause):
            if any(s < m.end() and m.start() < e for s, e, *_ in found):
                continue  # a longer cue already covers this one (提前结束 over 结束)
            found.append((m.start(), m.end(), m.group(0), sign, factor))
    found.sort()
    out = []
    for i, (start, end, cue, sign, factor) in enumerate(found):
        # (a scheduled event's own word after the day it happened — 本月19日投票 for 投票将在下个月19日举行 — names
        # the claim; 投票日為9月6日 only restates the schedule)
        own_cue = cue in prop.own_cues or (prop.holding and cue in terms and _DAY_BEFORE_RE.search(clause, 0, start) is not None)
        if terms and factor == 1.0 and not own_cue and not _term_near(clause, start, end, terms, en):
            continue  # the cue is about something else in this clause
        if cue in REPORTING_CUES and i + 1 < len(found):
            continue  # 宣布取消, announced a delay: what is announced decides
        cancel = cue in CANCEL_CUES and not prop.holding
        if own_cue:
            sign, cancel = 1, False  # the statement's own verb (取消收费站 ← 收费站全部取消)
        elif prop.negative_event:
            sign = -sign  # the statement predicts a failure (草案遭否决): success words refute it
        elif prop.holding and (cue in ENDING_CUES or re.fullmatch(r"提[前早].*结束", cue)):
            sign = 1  # it ended, so it was held
        own = cue.startswith(("未", "没", "无", "不")) or cue in ("no deal",)
        neg = _negated(clause, start, own, en)
        if en and cue in BASE_CUES_EN and not neg:
            continue
        if sign > 0 and not neg and _irrealis(clause, start, en):
            continue  # 提出解除制裁, sought a deal: asked for, not achieved
        if neg:
            sign, label = -sign, f"{neg}…{cue}"
            cancel = False
        else:
            label = cue
        out.append(Signal(sign, label, factor, cancel, word=cue, at=start))
    own_found = [x for x in out if x.word in prop.own_cues]
    return own_found or out  # 宣布取消补贴: the statement's own verb is the most specific signal in its clause


def _premise_signals(clause: str, context: Sequence[str], prop: _Proposition, weight: float) -> list[Signal]:
    """Cancelling cues about the claim's event (a topic word of its article near the cue): its premise failed."""
    out = []
    for cue, pattern in _premise_patterns(prop.en):
        for m in pattern.finditer(clause):
            if _negated(clause, m.start(), False, prop.en) or not _term_near(clause, m.start(), m.end(), context, prop.en):
                continue
            out.append(Signal(-1, f"{cue} (premise)" if not prop.holding else cue, weight, not prop.holding, word=cue,
                              at=m.start()))
    return out


def _irrealis(clause: str, at: int, en: bool) -> bool:
    before = clause[max(0, at - (40 if en else IRREALIS_WINDOW_ZH)) : at]
    if en:
        return re.search(r"\b(?:" + "|".join(IRREALIS_EN) + r")\b", before) is not None
    return any(w in before for w in IRREALIS_ZH)


def clauses(sentence: str) -> list[str]:
    """``sentence`` split into clauses (see the module docstring)."""
    return [c for c in (p.strip() for p in _CLAUSE_SPLIT_RE.split(sentence)) if c]


_MODAL_RE = re.compile(r"将|会|將|會|定于|定於|\b(?:will|would|shall|to)\b")
_OUTCOME_RE = re.compile(r"达成|签署|签订|取得|突破|协议|通过|批准|解除|设立|开设|\b(?:reach|sign|agree|pass|approve|lift|win)\b")


def _is_holding(core: str) -> bool:
    """Whether the statement predicts that an event takes place: the first event or outcome verb after its
    modal (将, 会, will) is a holding verb (会晤将于…举行; lawmakers will vote on … deal) rather than an
    outcome verb (会晤将…取得新突破)."""
    modal = _MODAL_RE.search(core)
    tail = core[modal.end():] if modal else core
    holding, outcome = HOLDING_RE.search(tail), _OUTCOME_RE.search(tail)
    if holding and (not outcome or holding.start() < outcome.start()):
        return True
    if not holding and not outcome and modal:
        return HOLDING_RE.search(core[: modal.start()]) is not None  # 提名日定于9月1日: a scheduled event
    return False


@functools.lru_cache(maxsize=1024)
def _proposition(core: str) -> _Proposition:
    en = _is_en(core)
    predicted = _predicted_bounds(core)
    holding = _is_holding(core) and not predicted  # 启用初期每日载客量可能超过5万: a figure, not an opening
    negated = NEGATED_STATEMENT_RE.search(core)
    positives = POSITIVE_CUES_EN if en else POSITIVE_CUES_ZH
    negatives = NEGATIVE_CUES_EN if en else NEGATIVE_CUES_ZH
    own = frozenset(c for c in positives + negatives if (re.search(r"\b" + re.escape(c) + r"\b", core) if en else c in core))
    negative_event = any(c in own for c in negatives) and not holding
    return _Proposition(core, en, holding, bool(negated), own, negative_event, _echo_verbs(core, en), predicted)


_PREDICTION_RE = re.compile(r"将|会|预计|预期|有望|可能|目标|控制在|保持在|料|"
                            r"\b(?:will|would|expects?|expected|likely|forecasts?|targets?)\b", re.I)


def _predicted_bounds(core: str) -> tuple[Bound, ...]:
    """Bounds in the predicted part of the statement: after a modal or hedge in the figure's clause
    ("将…举行总统选举，全国约1亿9000万名选民有资格投票": the voter count is background, not a forecast)."""
    found = bounds(core)
    if _PREDICTION_RE.search(core) is None:
        return tuple(found)
    kept = []
    for bound in found:
        at = core.find(bound.text)
        clause_start = max(core.rfind(p, 0, at) for p in "，,；;。") + 1
        if _PREDICTION_RE.search(core, clause_start, at):
            kept.append(bound)  # a prediction word before the figure in its clause (总得票率将在65%左右；投票率预计超过90%)
    return tuple(kept)


def _echo_verbs(core: str, en: bool) -> tuple[str, ...]:
    """The statement's own verbs (jieba part-of-speech v/vn; English: words ending in -s/-ed/base verbs skipped).

    Chinese only: a later article that states the predicted action as a fact
    (发表批评 → "英美欧盟批评") supports it, at :data:`ECHO_FACTOR` of a cue's weight.
    """
    if en:
        return ()
    import jieba.posseg as posseg  # noqa: F401  (loads with jieba)

    from claims.search import STOP_TERMS
    from claims.text import _jieba

    _jieba()
    words = [w for w, flag in posseg.cut(core) if flag.startswith("v") and len(w) >= 2]
    cues = set(POSITIVE_CUES_ZH + NEGATIVE_CUES_ZH + HOLDING_CUES_ZH)
    return tuple(dict.fromkeys(w for w in words if w not in STOP_TERMS and w not in cues and not
                               re.search(r"可能|会|将|预计|有望", w)))


def _numeric_signals(clause: str, raw_clause: str, sentence: str, prop: _Proposition, weight: float) -> list[Signal]:
    from claims.search import coverage, key_terms

    out = []
    for i, bound in enumerate(prop.bounds):
        terms = key_terms(bound.subject, limit=8)
        for measure in measures(clause):
            if not measures_subject(bound, measure, sentence):
                continue
            ok = holds(bound, measure)
            if ok is None:
                continue
            out.append(Signal(1 if ok else -1, f"{measure.text} {'within' if ok else 'outside'} {bound.text}",
                              NUMERIC_WEIGHT, numeric=True, clause=raw_clause, bound=i,
                              match=coverage(terms, match_form(measure.context + measure.after))))
    return out


@functools.lru_cache(maxsize=8192)
def _past_timexes(clause: str, published: date) -> tuple[Any, ...]:
    """The time expressions of an evidence clause, read back from its publication (cached: every claim whose
    stance an article decides reads the same clauses)."""
    from claims.timex import find_timexes

    return tuple(find_timexes(clause, published, direction="past"))


def _late(signal: Signal, deadline_end: date, published: date, holding: bool = False) -> Signal:
    """A supporting signal whose clause dates the outcome after the deadline refutes instead (it came late).

    For a scheduled event, not when another date in the clause is on or before the deadline: the article
    then dates several events ("在9月1日提名、9月11日投票的大选中"), and the scheduled one kept its day.
    """
    if signal.sign <= 0 or not signal.clause:
        return signal
    found = _past_timexes(signal.clause, published)
    if holding and any(tx.end is not None and tx.end <= deadline_end for tx in found):
        return signal
    for tx in found:
        reach = LATE_REACH_EN if _is_en(signal.clause) else LATE_REACH
        if signal.at >= 0 and not (signal.at - reach <= tx.span[0] <= signal.at + len(signal.word) + reach):
            continue  # a date elsewhere in the clause is another event's (提名日…，投票日为9月11日)
        if tx.kind not in LATE_KINDS or not re.search(r"\d|[一二三四五六七八九十]|星期|周|週|礼拜|day|yesterday|今天|昨天|前天|今日|昨日",
                                                    tx.text, re.I):
            continue  # 全年, 晚10时许: no day of the outcome
        if tx.start is not None and tx.start > deadline_end:
            return Signal(-1, f"late: {tx.text} after {deadline_end.isoformat()}", signal.weight, False,
                          signal.numeric, signal.clause, word=signal.word, at=signal.at)
    return signal


def stance_of(
    statement: str, text: str, terms: Sequence[str] | None = None, *, deadline_end: date | None = None,
    published: date | None = None, context: Sequence[str] = (),
) -> Stance:
    """The stance of article ``text`` towards the proposition ``statement``.

    ``terms`` are the claim's key terms in match form (default:
    :func:`claims.search.key_terms` of ``statement``). With ``deadline_end``
    and the article's ``published`` day, a supporting clause that dates the
    outcome after the deadline ("flew … on Saturday", 11月18日) refutes: it
    came true too late. ``context`` are topic words of the claim's own article
    (its event: 立法会, 选举); a cancelling cue near one of them ("立法會選舉押後一年")
    is a premise failure even when the clause names none of the key terms. Returns a
    :class:`Stance`; ``passage`` is the sentence that decided it or, for
    ``mentions``, the sentence with the most key terms ("" when none).
    """
    from claims.search import key_terms

    terms = list(terms) if terms is not None else key_terms(statement, limit=20)
    if not terms:
        return Stance("mentions")
    core = match_form(statement)
    prop = _proposition(core)
    # topic words find a premise failure only in an article about the same topic (not any election's delay)
    on_topic = bool(context) and coverage(list(context), match_form(text)) >= ON_TOPIC_SHARE
    # Only the terms the article contains at all are looked for in its sentences and clauses (most are absent).
    whole, lowered = match_form(text), text.lower()
    found_terms = [t for t in terms if _contains(whole, t) or _contains(lowered, t)]
    found_context = [t for t in context if _contains(whole, t) or _contains(lowered, t)]
    sentences: list[_Sentence] = []
    for m in _SENTENCE_RE.finditer(text):
        raw = m.group(0)
        form = match_form(raw)
        if len(form) != len(raw):
            form = raw.lower()
        sentence = _Sentence(raw.strip())
        sentence_terms = {t for t in found_terms if _contains(form, t)}
        context_hit = on_topic and any(_contains(form, t) for t in found_context)
        if not sentence_terms and not context_hit:
            continue
        sentence.hits = sum(_term_weight(t) for t in sentence_terms)
        speculative = False
        topic_weight = 0.0  # key-term weight of the sentence so far: a later clause without terms continues its topic
        form_clauses = clauses(form)
        raw_clauses = clauses(raw)
        if len(raw_clauses) != len(form_clauses):
            raw_clauses = form_clauses
        for clause, raw_clause in zip(form_clauses, raw_clauses, strict=False):
            if re.match(r"但|却|然而|but\b|however\b", clause):
                speculative = False  # a contrast ends the scope of a hedge
            clause_terms = [t for t in found_terms if _contains(clause, t)]
            weight = sum(_term_weight(t) for t in set(clause_terms))
            if speculative:
                topic_weight = max(topic_weight, weight)
                continue  # speculation or plans in the later article settle nothing
            hedge_at = _hedge_at(clause, prop.en)
            if hedge_at is not None:
                speculative = True  # 或许会讨论…，甚至谈到…: the hedge governs the clauses after it
                clause = clause[:hedge_at]  # "批评条例可能削弱…": what comes before the hedge is reported
            if context_hit or (prop.bounds and clause_terms):
                # the thing the claim depends on was called off: near its topic words, or near the key terms
                # of a numeric forecast (a figure of a cancelled project will never be measured)
                context_weight = CONTEXT_FACTOR * sum(_term_weight(t) for t in found_context if _contains(clause, t))
                near = list(context) + (list(clause_terms) if prop.bounds else [])
                sentence.signals += [Signal(x.sign, x.cue, max(context_weight, weight * CONTEXT_FACTOR), x.cancel,
                                            clause=raw_clause, bound=PREMISE, word=x.word, at=x.at)
                                     for x in _premise_signals(clause, near, prop, 1.0)]
            if not sentence_terms:
                continue
            if prop.bounds:
                sentence.signals += _numeric_signals(clause, raw_clause, form, prop, max(weight, topic_weight))
            if clause_terms:
                found = _signals(clause, clause_terms, prop)
                topic_weight = max(topic_weight, weight)
            elif topic_weight:
                # "…结束第二次会晤，双方没有达成任何协议": the subject carries over, at half weight
                found, weight = _signals(clause, [], prop), topic_weight / 2
            else:
                continue
            taken = {x.at for x in sentence.signals if x.bound == PREMISE and x.clause == raw_clause}
            if taken:  # a cue seen as a premise failure in this clause counts once, as that
                found = [x for x in found if x.at not in taken]
            sentence.signals += [Signal(s.sign, s.cue, weight * s.weight, s.cancel, clause=raw_clause, word=s.word,
                                        at=s.at) for s in found]
        sentences.append(sentence)
    if not sentences:
        return Stance("mentions")
    if prop.bounds:
        # a figure settles a numeric forecast (words like 增长, 获得 do not): per bound, the figure whose
        # surrounding words best name its subject (制造业…税率由16%降至13% over 交通运输业…税率由10%降至9%)
        best: dict[int, Signal] = {}
        for sent in sentences:
            for x in sent.signals:
                if x.numeric and (x.bound not in best or x.match > best[x.bound].match):
                    best[x.bound] = x
        for sent in sentences:
            sent.signals = [x for x in sent.signals if (x.numeric and best.get(x.bound) is x) or x.bound == PREMISE]
    if deadline_end is not None and published is not None:
        for sent in sentences:
            sent.signals = [_late(x, deadline_end, published, prop.holding) for x in sent.signals]
    total = sum(s.sign * s.weight for sent in sentences for s in sent.signals)
    signals = [x for sent in sentences for x in sent.signals]
    if not signals:
        most = max(sentences, key=lambda s: s.hits)
        return Stance("mentions", passage=most.text)
    sign = (1 if total > 0 else -1) if total else max(signals, key=lambda x: x.weight).sign
    deciding = max(
        sentences, key=lambda s: sum(x.weight for x in s.signals if x.sign == sign) + 0.01 * s.hits
    )
    cues = tuple(dict.fromkeys(x.cue for x in deciding.signals if x.sign == sign))
    premise_failed = sign < 0 and not prop.holding and any(x.cancel for x in deciding.signals if x.sign < 0)
    positive = sum(x.weight for sent in sentences for x in sent.signals if x.sign > 0)
    negative = sum(x.weight for sent in sentences for x in sent.signals if x.sign < 0)
    mixed = not premise_failed and min(positive, negative) >= MIXED_SHARE * max(positive, negative)
    if mixed:
        cues = tuple(dict.fromkeys(x.cue for sent in sentences for x in sent.signals))
    if prop.flip:
        sign = -sign
    return Stance("supports" if sign > 0 else "refutes", cues, deciding.text, abs(total), premise_failed, mixed)


@dataclass(frozen=True)
class Suggestion:
    """A suggested verdict on a claim's proposition.

    ``confidence`` in [0, 1]: the share of the decisive evidence weight
    (stance weight × retrieval score) on the winning side, times 0.8 when
    only one article is decisive. ``reasons``: one line per deciding article.
    """

    verdict: str
    confidence: float
    reasons: tuple[str, ...]


def suggest_verdict(evidence: Iterable[tuple[str, float, bool, str] | tuple[str, float, bool, str, bool]]
                    ) -> Suggestion | None:
    """A verdict from ``(stance, weight, premise_failed, label[, mixed])`` per evidence article, or None.

    A mixed article (:attr:`Stance.mixed`) puts half its weight on each side.

    Only ``supports``/``refutes`` count, and only evidence weighing at least
    :data:`WEAK_EVIDENCE_SHARE` of the strongest such evidence. One side with at least 70% of the
    weight gives ``true``/``false`` (``void`` when most of the refuting weight
    is a premise failure); otherwise ``partly`` when both sides carry weight.
    The 70% threshold is ours (a two-to-one majority with margin).
    """
    sides: dict[str, float] = {"supports": 0.0, "refutes": 0.0}
    void = 0.0
    reasons: dict[str, list[str]] = {"supports": [], "refutes": []}
    count = {"supports": 0, "refutes": 0}
    decisive = [e for e in evidence if e[0] in sides and e[1] > 0]
    floor = WEAK_EVIDENCE_SHARE * max((e[1] for e in decisive), default=0.0)
    for item in decisive:
        stance, weight, premise_failed, label = item[:4]
        mixed = bool(item[4]) if len(item) > 4 else False  # type: ignore[misc]
        if weight < floor:
            continue  # a weak match next to a strong one is most likely about something else
        if mixed:
            for side in sides:
                sides[side] += weight / 2
                count[side] += 1
                reasons[side].append(label)
            continue
        sides[stance] += weight
        count[stance] += 1
        reasons[stance].append(label)
        if premise_failed:
            void += weight
    total = sides["supports"] + sides["refutes"]
    if total <= 0:
        return None
    winner = max(sides, key=lambda k: sides[k])
    share = sides[winner] / total
    n = count["supports"] + count["refutes"]
    confidence = round(share * (0.8 if n == 1 else 1.0), 3)
    if share < 0.7:
        return Suggestion("partly", round(1 - abs(sides["supports"] - sides["refutes"]) / total, 3),
                          tuple(reasons["supports"][:2] + reasons["refutes"][:2]))
    verdict = VERDICT_OF_STANCE[winner]
    if winner == "refutes" and void > sides["refutes"] / 2:
        verdict = "void"
    return Suggestion(verdict, confidence, tuple(reasons[winner][:3]))

