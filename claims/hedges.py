"""Hedge words and the probability they state for the predicted proposition.

A *hedge* is the word by which a speaker states how likely a forecast is
(将, 可能, 不太可能; will, likely, unlikely). :func:`find_hedge` looks for hedges
in the raw text, not in jieba tokens, because jieba splits many of them
(或/将, 料/将, 大/概率) and fuses others with neighbours (美国会 → 美国+会).

Probabilities are for the *positive* proposition: "解除制裁的可能性并不大"
states that sanctions are lifted with probability about 0.2.

Sources of the numbers
----------------------
- Sherman Kent, "Words of Estimative Probability", *Studies in Intelligence*
  8(4), 1964: certain 100%, almost certain 93% (±6), probable 75% (±12),
  chances about even 50% (±10), probably not 30% (±10), almost certainly not
  7% (±5), impossible 0%.
- IPCC AR5/AR6 calibrated language (Mastrandrea et al., 2010, *Guidance Note
  for Lead Authors … on Consistent Treatment of Uncertainties*): virtually
  certain 99–100%, very likely 90–100%, likely 66–100%, about as likely as not
  33–66%, unlikely 0–33%, very unlikely 0–10%.

Our mapping of Chinese forms onto those scales (the point value is the middle
of the Kent/IPCC band the word is closest to):

=======================  =====  ===========================================
hedge (examples)         p      anchor
=======================  =====  ===========================================
必将, 一定会, 肯定会,    0.95   Kent "almost certain" (93 ± 6), upper half
實會, 實跌 (Cantonese)
将, 即将, will, would    0.85   plain future assertion ("would" is "will"
                                reported: "said it would"): IPCC "very likely"
                                lower edge; stronger than "probable"
会, 还会, 有信心         0.80   modal "will" in speech, "confident";
                                between Kent "probable" and "almost certain"
预计, 料将, 料, 预期, expect  0.75   Kent "probable" (75)
很可能, 大概率, likely   0.70   IPCC "likely" (66–100), lower third
有望, 可望, 料           0.65   hopeful expectation: IPCC "likely" floor
可能, 或将, 或许, 或要,  0.50   Kent "chances about even" (50 ± 10)
或需, may
不排除, 不无可能,        0.35   IPCC "about as likely as not" lower edge
cannot rule out
不太可能, 可能性不大     0.20   IPCC "unlikely" (0–33), Kent "probably
机率并不高                      not" (30 ± 10) lower edge; other degrees
                                after a chance noun: PROBABILITY_DEGREES
难以, 很难               0.20   read as "unlikely"
不会, 不可能, will not,  0.10   IPCC "very unlikely" (0–10)
唔會 (Cantonese)
=======================  =====  ===========================================

A chance stated as a number (概率约为70%, 有七成把握, "a 70% chance", "a
one-in-three chance") needs no table: :func:`stated_chance` reads the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.numerals import cn_int

#: (pattern, probability) — tried longest first; see the module docstring for sources.
#: Nouns that name a chance (可能性, 机率, 概率 …): "<noun> + degree" states the probability outright.
PROBABILITY_NOUNS = ("可能性", "机率", "機率", "概率", "几率", "幾率", "胜算", "勝算")
#: Degree after a chance noun → probability, on the same scale as the table above: 不大/不高 as "unlikely"
#: (0.2), 很小/很低 as IPCC "very unlikely" edge (0.15), 极低 (0.1); 很大/很高 as "likely" (0.7), 较大 (0.65),
#: 极高 as Kent "almost certain" lower edge (0.8); 不小/不低 as "about as likely as not" (0.5).
PROBABILITY_DEGREES: dict[str, float] = {
    "并不大": 0.2, "並不大": 0.2, "并不高": 0.2, "並不高": 0.2, "不大": 0.2, "不高": 0.2, "很小": 0.15, "很低": 0.15,
    "非常小": 0.15, "非常低": 0.15, "极低": 0.1, "極低": 0.1, "极小": 0.1, "極小": 0.1, "较低": 0.25, "較低": 0.25,
    "较小": 0.25, "較小": 0.25, "偏低": 0.25, "很大": 0.7, "很高": 0.7, "非常大": 0.7, "非常高": 0.7, "相当大": 0.7,
    "相當大": 0.7, "相当高": 0.7, "相當高": 0.7, "较大": 0.65, "較大": 0.65, "较高": 0.65, "較高": 0.65, "偏高": 0.65,
    "极高": 0.8, "極高": 0.8, "极大": 0.8, "極大": 0.8, "不小": 0.5, "不低": 0.5,
    "唔大": 0.2, "唔高": 0.2,  # Cantonese 不大, 不高 (可能性唔大)
}
_STATED_CHANCE: tuple[tuple[str, float | None], ...] = tuple(
    sorted(((noun + degree, p) for noun in PROBABILITY_NOUNS for degree, p in PROBABILITY_DEGREES.items()),
           key=lambda pair: len(pair[0]), reverse=True))

HEDGES_ZH: tuple[tuple[str, float | None], ...] = _STATED_CHANCE + (
    ("不太可能", 0.2), ("不大可能", 0.2),
    ("不太會", 0.2), ("不太会", 0.2), ("不可能", 0.1), ("不排除", 0.35), ("不无可能", 0.35),
    ("必将", 0.95), ("必將", 0.95), ("一定会", 0.95), ("一定會", 0.95), ("肯定会", 0.95),
    ("肯定會", 0.95), ("势必", 0.9), ("勢必", 0.9), ("很可能", 0.7), ("极有可能", 0.8),
    ("極有可能", 0.8), ("大概率", 0.7), ("极可能", 0.8), ("料将", 0.75), ("料將", 0.75), ("料", 0.75),
    ("预期目标", None), ("預期目標", None),
    # 预测 before a noun it modifies (发布一份县域学位供需预测报告, 预测模型): a kind of document or tool
    *((verb + noun, None) for verb in ("预测", "預測")
      for noun in ("报告", "報告", "模型")),  # (上修…預測值至2.16% is a forecast: the value is the prediction)
    # 预期 as a noun (超出预期, 好于预期: a comparison with what was expected) states no chance
    *((lead + whose + tail, None) for lead in ("超出", "超", "好于", "好於", "低于", "低於", "高于", "高於", "不及", "符合", "超过",
                                               "超過", "优于", "優於", "逊于", "遜於", "差于", "差於")
      for whose in ("", "市场", "市場", "外界", "各方", "分析师", "分析師", "业界", "業界") for tail in ("预期", "預期")),
    # …and expectations as a state (社会预期偏弱, 稳预期): no one expects anything
    *((w, None) for w in ("社会预期", "社會預期", "预期偏弱", "預期偏弱", "预期转弱", "預期轉弱", "预期不稳", "預期不穩", "预期管理",
                          "預期管理", "稳定预期", "穩定預期", "稳预期", "穩預期", "改善预期", "改善預期", "提振预期", "提振預期")), ("预计", 0.75), ("預計", 0.75), ("预期", 0.75), ("預期", 0.75), ("预料", 0.75),
    ("預料", 0.75), ("预测", 0.75), ("預測", 0.75), ("有信心", 0.8), ("有把握", 0.85), ("有望", 0.65), ("可望", 0.65),
    # 或要/或需 "may have to" (…，或要等到2026年), not 或要求/或需求 ("or demand")
    ("或要求", None), ("或需求", None), ("或要", 0.5), ("或需", 0.5),
    ("或将", 0.5), ("或將", 0.5), ("或在", 0.5), ("或于", 0.5), ("或於", 0.5), ("或会", 0.5), ("或會", 0.5), ("或许", 0.5), ("或許", 0.5), ("也许", 0.5), ("可能", 0.5),
    ("不同估计", None), ("不同估計", None), ("各种估计", None), ("各種估計", None), ("初步估计", None), ("初步估計", None),
    ("很难说", None), ("很難說", None), ("很难讲", None), ("很難講", None), ("难说", None), ("難說", None),
    ("难以预测", None), ("難以預測", None), ("难以预料", None), ("難以預料", None), ("难以判断", None),
    ("難以判斷", None), ("难以估计", None), ("難以估計", None), ("难以确定", None), ("難以確定", None),
    ("难以", 0.2), ("難以", 0.2), ("很难", 0.2), ("很難", 0.2), ("不会", 0.1), ("不會", 0.1),
    # Cantonese: 唔會 is 不會; 實會/實跌 "surely will (fall)" is 一定會
    ("唔會", 0.1), ("唔会", 0.1), ("實會", 0.95), ("实会", 0.95), ("實跌", 0.95), ("实跌", 0.95), ("實升", 0.95),
    ("实升", 0.95),
    ("不将", 0.1), ("不將", 0.1), ("即将", 0.85), ("即將", 0.85), ("将会", 0.85),
    ("將會", 0.85), ("将", 0.85), ("將", 0.85), ("会", 0.8), ("會", 0.8),
)

HEDGES_EN: tuple[tuple[str, float | None], ...] = (
    # "could not rule out" is 不排除 (0.35), before "could" (0.5) and "cannot" (0.1) at the same place
    ("cannot rule out", 0.35), ("can't rule out", 0.35), ("can not rule out", 0.35), ("could not rule out", 0.35),
    ("couldn't rule out", 0.35), ("would not rule out", 0.35), ("wouldn't rule out", 0.35),
    ("did not rule out", 0.35), ("didn't rule out", 0.35), ("does not rule out", 0.35), ("doesn't rule out", 0.35),
    ("not ruling out", 0.35), ("not rule out", 0.35),
    ("almost certainly", 0.93), ("virtually certain", 0.99), ("very likely", 0.9),
    ("highly likely", 0.9), ("very unlikely", 0.05), ("highly unlikely", 0.05),
    ("unlikely", 0.2), ("likely", 0.7), ("probably not", 0.3), ("probably", 0.75),
    ("won't", 0.1), ("will not", 0.1), ("would not", 0.1), ("wouldn't", 0.1), ("cannot", 0.1),
    ("is expected to", 0.75), ("are expected to", 0.75), ("expects", 0.75), ("expect", 0.75),
    ("expected", 0.75), ("is due to", 0.85), ("are due to", 0.85), ("is scheduled to", 0.85),
    ("are scheduled to", 0.85), ("is due on", 0.85), ("are due on", 0.85), ("is due in", 0.85), ("are due in", 0.85),
    ("is scheduled for", 0.85), ("are scheduled for", 0.85), ("would", 0.85), ("is going to", 0.85), ("are going to", 0.85),
    ("not going to", 0.1), ("am going to", 0.85), ("predicts", 0.75), ("predicted", 0.75), ("forecasts", 0.75),
    ("could", 0.5), ("might", 0.5), ("may", 0.5), ("possibly", 0.5), ("will", 0.85),
    ("is set to", 0.85), ("are set to", 0.85), ("is to", 0.85), ("plans to", None), ("plan to", None),
    ("is planning to", None), ("are planning to", None), ("aims to", None), ("aim to", None),
    ("intends to", None), ("intend to", None), ("pledged to", None), ("promised to", None), ("vowed to", None),
    # ("United Airlines … said it was preparing to bring the aircraft back into service on Sunday": a plan; the past
    # only as reported, after "it"/"they": "The company was preparing to list in 2019 when …" is a past event)
    ("is preparing to", None), ("are preparing to", None), ("it was preparing to", None),
    ("they were preparing to", None), ("it was planning to", None), ("they were planning to", None),
)

#: (words, probability, whole-word pattern) for each English hedge, in the table's order.
_HEDGE_RES_EN = tuple((w, p, re.compile(r"\b" + re.escape(w) + r"\b")) for w, p in HEDGES_EN)
#: The words of :data:`HEDGES_ZH` by their first character, each list in the table's order: a place in the text
#: is tried only against the words that begin with its character.
_HEDGES_BY_FIRST_ZH: dict[str, tuple[tuple[str, float | None], ...]] = {
    first: tuple((w, p) for w, p in HEDGES_ZH if w[0] == first) for first in {w[0] for w, _ in HEDGES_ZH}}
#: Every character that begins some hedge word (a fast first pass: one character class, not 460 alternatives).
_HEDGE_START_ZH = re.compile("[" + "".join(sorted(_HEDGES_BY_FIRST_ZH)) + "]")

# 会/將 etc. inside nouns are not hedges: 会议, 国会, 峰会, 将军 …
_HUI_AFTER = set("议議晤谈談见見面长長员員场場期展所计計师師合同商诊診考址徽费費务務后後")  # 会后: after the meeting
_HUI_BEFORE = set("大社机機峰开開约約聚协協学學委工商议議年晚览覽动動事宴庙廟体體领領误誤省例全总總分集茶酒舞卖賣者布讨討拜特都理法员員选選"
                  "运運谈談话話欢歡展盛乐樂唱聘证證博交准準")  # 联准会/聯準會: the Fed
#: Characters before 年 that make 年会 a time phrase and 会 the modal (明年会上涨, 今年会降息), not an annual meeting.
_YEAR_WORD_BEFORE = set("今明去后後前每本当當来來两兩三四五六七八九十0123456789半")  # (下半年会回落)
#: Words after 会 that only a modal takes (会在今后三年推出, 会继续): with them jieba's fused 局会 is not a noun.
_MODAL_NEXT = set("在于於把对對向再继繼进進不更很也还還都将將从從给給为為跟与與逐陆陸适適尽盡令使让讓导導造带帶引促变變被")
_JIANG_AFTER = set("军軍领領士近就心其之此该該这這所")
#: Nouns of place before 上 that make 上将 "at …, will" (闭幕式上将举行), not a general (海军上将).
_PLACE_BEFORE_SHANG = set("式会會场場网網线線路岛島台面市晚早议議坛壇礼禮桌则則本实實际際体體论論")  # (原则上将, 基本上将, 实际上将)
_JIANG_BEFORE = set("大上中少主武名猛干幹")
#: 老将/小将 (a veteran, a young player) are nouns unless the 老/小 ends another word (养老将…, 差距缩小将…).
_JIANG_NOUN_AFTER = set("老小")
_NOT_NOUN_BEFORE_LAO_XIAO = set("养養敬防衰变變到终終缩縮减減大微渺最较較更越太很")
#: Characters that make 料 part of a noun or another word (资料, 材料, 原料, 饮料, 预料, 不料, 爆料 …), not "expects".
_LIAO_NOUN_BEFORE = set("填补補资資材原饮飲燃肥香布涂塗塑饲飼史笑预預意不照逆草染木衣废廢配辅輔物用面麵石调調佐爆猛电電备備加投好上下颜顏油")
_COUNTRY_GUO = set("美中韩韓英法德泰俄日印越朝")


@dataclass(frozen=True)
class Hedge:
    """A hedge found in text: the words, their offset in the text, and the probability."""

    words: str
    start: int
    probability: float | None


def _single_char_is_modal(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch in "会會":
        if after == "前" and text[i + 2 : i + 3] not in ("往", "进", "進"):
            return False  # 会前不少评论认为: "before the meeting" (not 会前往, "will go to")
        if after in _HUI_AFTER or after in "" or after in "；;。，,、！!？?）)":
            return False  # a modal 会 needs its verb; 会 ending a clause is a meeting (供需对接会；)
        if before and before in "国國":  # (an empty string is "in" every string: 会 opening the text is no 国会)
            # 美国会部分解除 (modal) vs 国会通过 (parliament)
            return i >= 2 and text[i - 2] in _COUNTRY_GUO and after not in "议議通山大众眾参參两兩"
        if before in ("年",) and i >= 2 and text[i - 2] in _YEAR_WORD_BEFORE:
            return True  # 明年会上涨: a time word, then the modal
        if before in _HUI_BEFORE or after in "”」\"":
            return False
        return True
    if ch in "将將":
        if before in _JIANG_NOUN_AFTER and (i < 2 or text[i - 2] not in _NOT_NOUN_BEFORE_LAO_XIAO):
            return False
        if before == "上" and i >= 2 and text[i - 2] in _PLACE_BEFORE_SHANG:
            return after not in _JIANG_AFTER  # 闭幕式上将举行, 会上将宣布: "at the ceremony, will"; 海军上将 a general
        return after not in _JIANG_AFTER and before not in _JIANG_BEFORE
    if ch == "料":
        # 期间料出现豪雨, 在报告中料令吉升值, 出口料增长: "expects", before a verb; not in 资料, 材料, 原料,
        # 饮料, 不料, 料理
        return before not in _LIAO_NOUN_BEFORE and "\u4e00" <= after <= "\u9fff" and after not in "理子想及到"
    return True


#: jieba words that contain 会 as the modal "will" (不会, 可能会 …); other words containing 会 are nouns.
_MODAL_HUI_WORDS = {"不会", "不會", "将会", "將會", "可能会", "可能會", "还会", "還會", "也会", "也會", "就会", "就會",
                    "才会", "才會", "都会", "會不會", "会不会", "一定会", "肯定会", "应该会", "應該會", "仍会", "仍會",
                    "又会", "又會", "只会", "只會", "便会", "便會", "或会", "或會", "总会", "總會", "并不会", "並不會"}


#: Adverbs that make the 会 after them the modal whatever word jieba reads there (就会派: not 会派 "faction").
_MODAL_ADVERBS_BEFORE = frozenset("就也还還才便仍又只")  # (not 都, 总: 都会区, 总会)


def _hui_is_noun_by_jieba(text: str, i: int) -> bool:
    """True when jieba's dictionary puts this 会 inside a longer word that is not a modal (亚运会, 委员会)."""
    from claims.text import _jieba

    start = max(0, i - 8)
    # dictionary words only: the HMM's new words fuse the modal with its neighbour (涨速会, 会以) into nouns
    for word, s, e in _jieba().tokenize(text[start : i + 8], HMM=False):
        if s + start <= i < e + start:
            if len(word) == 1 or word in _MODAL_HUI_WORDS:
                return False
            # 美国会部分解除: jieba's 美国会 is country + modal
            return not (len(word) == 3 and word[1] in "国國" and word[0] in _COUNTRY_GUO)
    return False


def find_hedges_zh(text: str) -> list[Hedge]:
    """All Chinese hedges in ``text``, left to right, longest match at each place.

    A lone 会 counts only when it is the modal, not part of a noun
    (会议, 国会, 亚运会): checked by neighbouring characters, then jieba.
    """
    return list(_hedges_zh(text))


@lru_cache(maxsize=4096)
def _hedges_zh(text: str) -> tuple[Hedge, ...]:
    """:func:`find_hedges_zh`, cached: extraction asks about the same sentence and clause several times."""
    found: list[Hedge] = []
    free = 0  # the first offset not inside a hedge already found
    for m in _HEDGE_START_ZH.finditer(text):  # only the places where some hedge word begins
        i = m.start()
        if i < free:
            continue
        for words, p in _HEDGES_BY_FIRST_ZH[text[i]]:
            if text.startswith(words, i):
                if len(words) == 1 and not _single_char_is_modal(text, i):
                    continue
                if words in ("会", "會") and not (i + 1 < len(text) and text[i + 1] in _MODAL_NEXT) \
                        and not (i >= 2 and text[i - 1] == "年" and text[i - 2] in _YEAR_WORD_BEFORE) \
                        and not (i >= 1 and text[i - 1] in _MODAL_ADVERBS_BEFORE) \
                        and _hui_is_noun_by_jieba(text, i):
                    continue
                if words in ("将", "將") and ((_OBJECT_MARKER_RE.match(text, i + 1) and not _FUTURE_CHANGE_RE.match(text, i + 1))
                                             or text[max(0, i - 1) : i] in ("已", "曾")):
                    continue  # 将目标定为…, 已将检疫缩短为…: the object marker, not the future
                found.append(Hedge(words, i, p))
                free = i + len(words)
                break
    return tuple(found)


# 将 before a change of its own subject (升降量將由68架次提升至102架次, 将提升至, 将逐步降至): the future, no object.
_FUTURE_CHANGE_RE = re.compile(r"[由从從]|(?:逐步|逐渐|逐漸|进一步|進一步|再|大幅)?(?:提升|提高|上调|上調|下调|下調|降低|调整|調整|升至|降至|"
                               r"增至|减至|減至|增加|减少|減少)")
# 将 as the object marker (将目标定为8%, 将其列为…): not a future.
_OBJECT_MARKER_RE = re.compile(
    r"[^，,。；;自从從于於在对對向]{1,14}?(定为|定為|订为|訂為|设为|設為|列为|列為|视为|視為|作为|作為|改为|改為|纳入|納入|设定为|設定為|调整为|調整為|"
    r"提高到|提高至|下调至|下調至|上调至|上調至|降至|升至|降低到|列入|刊宪|刊憲)"
)


_NEGATED_BELIEF = re.compile(r"(并不|並不|不|并没有|並沒有|没有|沒有)(认为|認為|相信|预计|預計|觉得|覺得|看好|指望)"
                             # "farmers doubted the repairs would be finished", "does not expect rates to …"
                             r"|\b(?:doubt|doubts|doubted|(?:do|does|did) not (?:expect|believe|think)"
                             r"|(?:don't|doesn't|didn't) (?:expect|believe|think))\b")


# --- Stated chances: the speaker gives the number (概率约为70%, 有七成把握, "a 70% chance", "one-in-three odds").
# The number is the probability; no table is needed. Nouns that name a chance in these forms:
_CHANCE_NOUNS_ZH = "概率|可能性|机率|機率|几率|幾率|机会率|機會率|机会|機會|把握|胜算|勝算"
_ONE_PERCENT_ZH = r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[零一二两兩三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?" \
    r"|[一二两兩三四五六七八九](?:(?:到|至|或)?[一二三四五六七八九])?成|一半|五五(?:开|開|波)|零)"
#: A chance or a range of chances (70%至80%, 三到四成: the middle of the range).
_PERCENT_ZH = rf"(?:\d+(?:\.\d+)?\s*[%％]?\s*(?:至|到|-|~|－|—)\s*)?{_ONE_PERCENT_ZH}"
_ABOUT_ZH = r"(?:约|約|大约|大約|大概|估计|估計|仅|僅|只有|只|不到|不足|超过|超過|高达|高達|逾|近|接近|至少|达到|達到|升至|降至|升到|降到|提高到|提高至|下降至|" \
    r"低于|低於|少于|少於|高于|高於|几乎|幾乎)?"
_STATED_CHANCE_ZH = re.compile(
    # 降息的概率约为70%, 机率估计有三成, 機會率為五成
    # (把握「有九成」, 可能性“在七成左右”: the number quoted)
    rf"(?P<noun1>{_CHANCE_NOUNS_ZH})(?:只|仅|僅|已|亦|也)?[“「『\"]?{_ABOUT_ZH}(?:为|為|是|达|達|有|在)?{_ABOUT_ZH}(?P<n1>{_PERCENT_ZH})"
    r"(?:之间|之間|左右|上下|以上|以下)?"
    # 有七成把握, 有70%的可能(性), 有八成以上的机会, 七成机会
    rf"|(?P<has>有)?{_ABOUT_ZH}(?P<n2>{_PERCENT_ZH})(?:以上|左右|上下)?(?P<of>的)?(?P<noun2>{_CHANCE_NOUNS_ZH}|可能(?!会|會|将|將|在|于|於|来|來|是|成|已|要|被))")
#: Cantonese and Hong Kong forms that state a chance without a number: 大機會 "likely" (0.7, IPCC "likely"
#: like 很可能), 機會唔大 "not likely" (0.2, like 可能性不大), 機會甚微/好微 "remote" (0.1, like 极低).
#: Both scripts: extraction matches hedges in Simplified characters.
_HK_CHANCE = tuple((form, p) for words, p in (("好大機會", 0.7), ("大機會", 0.7), ("機會唔大", 0.2), ("機會不大", 0.2),
                                             ("機會甚微", 0.1), ("機會好微", 0.1), ("機會極微", 0.1), ("機會好細", 0.1))
                   for form in (words, words.replace("機會", "机会").replace("極", "极").replace("細", "细")))
#: Characters before 大機會 that make it "a big opportunity" (帶來大機會, 提供…, 是個…, 抓住…), not "likely".
_OPPORTUNITY_BEFORE = frozenset("的個个一最很來来帶带供造有是住成為为到找給给遇")
_EN_PERCENT = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
_EN_CHANCE_NOUN = r"(?:chance|chances|probability|likelihood|odds|risk)"
_STATED_CHANCE_EN = re.compile(
    # "a 70% chance of", "70 percent probability", "a 30 per cent risk"
    rf"(?P<p1>{_EN_PERCENT})[-\s]+{_EN_CHANCE_NOUN}\b"
    # "put the odds of a recession at 35%", "the probability of a June cut is about 60%"
    rf"|\b{_EN_CHANCE_NOUN}\s+(?:of|that|for)\b(?:[^.;!?]|(?<=\b[A-Z])\.|\.(?=\S)){{0,80}}?\b(?:at|is|was|to|are|were|of|stands\s+at|near|around|about)"
    rf"\s+(?:about|around|roughly|nearly|near|just|only|some|over|under|below|above|more\s+than|less\s+than)?\s*"
    rf"(?:between\s+(?P<lo>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s+and\s+)?(?P<p2>{_EN_PERCENT})"
    # "a one-in-three chance", "1 in 4 odds", "two-in-three"
    rf"|\b(?P<num>one|two|three|four|\d+)[-\s]+in[-\s]+(?P<den>two|three|four|five|six|ten|twenty|a\s+hundred|hundred|\d+)[-\s]+{_EN_CHANCE_NOUN}\b"
    # "putting the odds at one in four", "the chances are one in three"
    rf"|\b{_EN_CHANCE_NOUN}\s+(?:at|are|were|is|of)\s+(?:about\s+|around\s+|roughly\s+)?(?P<num2>one|two|three|four|\d+)[-\s]+in[-\s]+"
    r"(?P<den2>two|three|four|five|six|ten|twenty|a\s+hundred|hundred|\d+)\b"
    # "a 50-50 chance", "fifty-fifty", "even odds", "a coin flip", "a toss-up"
    r"|(?P<even>\b50[-/]50\b|\bfifty[-\s]fifty\b|\beven\s+(?:odds|chance|chances)\b|\bcoin[-\s]?(?:flip|toss)\b|\btoss[-\s]up\b)"
    # "90% sure", "80 percent confident"
    rf"|(?P<sure>{_EN_PERCENT})\s+(?:sure|certain|confident)\b"
    # "a two-thirds chance", "a one-in-three" is above; "a third", "three-quarters"
    r"|\b(?P<frac>two[-\s]thirds|one[-\s]third|a\s+third|three[-\s]quarters|one[-\s]quarter|a\s+quarter)\s+"
    rf"{_EN_CHANCE_NOUN}\b"
    # "no chance", "little chance", "a slim chance", "slim odds"
    r"|(?P<slim>\b(?:no|little|(?:a\s+)?slim|(?:a\s+)?remote|(?:a\s+)?small)\s+(?:chance|odds|probability|likelihood)\b)",
    re.I)
#: Fractions and words that state a chance ("two-thirds chance" 0.667; "no chance" 0.05 as Kent's "almost
#: certainly not" (7 ± 5); "little", "slim", "remote", "small" chance 0.15, IPCC "very unlikely" edge).
_EN_FRACTIONS = {"two thirds": 0.667, "one third": 0.333, "a third": 0.333, "three quarters": 0.75,
                 "one quarter": 0.25, "a quarter": 0.25}
_EN_SLIM = {"no": 0.05, "little": 0.15, "slim": 0.15, "remote": 0.1, "small": 0.2}
_EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twenty": 20,
             "hundred": 100, "a hundred": 100}


#: A character or word every stated chance holds (speed: a sentence without one is skipped).
_CHANCE_HINT_RE = re.compile(r"[%％成半率把算]|机会|機會|百分之|五五|percent|per cent|chance|odds|probability|likelihood|risk|-in-|\bin\s+\d|"
                             r"50|fifty|toss|coin", re.I)


def _chance_value_zh(number: str) -> float | None:
    """0.7 for 70%, 百分之七十, 七成; 0.75 for 七八成; 0.5 for 一半, 五五开. None when out of [0, 1]."""
    number = re.sub(r"\s", "", number)
    ranged = re.fullmatch(r"(\d+(?:\.\d+)?)[%％]?(?:至|到|-|~|－|—)(\d+(?:\.\d+)?)[%％]", number)
    if ranged:  # 70%至80% → 0.75
        low, high = float(ranged.group(1)), float(ranged.group(2))
        return round((low + high) / 200, 3) if 0 <= low <= high <= 100 else None
    if number in ("零",):
        return 0.0  # 降息的概率为零
    if number in ("一半",) or number.startswith("五五"):
        return 0.5
    if re.fullmatch(r"[一二两兩三四五六七八九](?:到|至|或)[一二三四五六七八九]成", number):
        number = number[0] + number[2:]  # 三到四成 → 三四成, 0.35
    if number.endswith("成"):
        digits = [cn_int(ch) for ch in number[:-1]]
        if None in digits:
            return None
        return round(sum(d for d in digits if d is not None) / len(digits) / 10, 3)
    if number.startswith("百分之"):
        whole, _, frac = number[3:].partition("点")
        value = cn_int(whole)
        if value is None:
            return None
        tenths = cn_int(frac) if frac else 0
        value = value + (tenths or 0) / 10 ** len(frac)
    else:
        value = float(number.rstrip("%％"))
    return round(value / 100, 3) if 0 <= value <= 100 else None


def stated_chance(text: str, lang: str = "zh") -> Hedge | None:
    """The chance a speaker states outright, as a :class:`Hedge` whose probability is the stated number.

    Chinese: 降息的概率约为70% (0.7), 机率估计有三成 (0.3), 有七成把握 (0.7), 有百分之六十的可能 (0.6),
    七八成机会 (0.75), 一半的机会 / 五五波 (0.5); Hong Kong 大機會 (0.7), 機會唔大 (0.2), 機會甚微 (0.1).
    English: "a 70% chance", "put the odds … at 35%", "a one-in-three chance" (0.333), "50-50", "even odds",
    "a coin flip" (0.5). A number needs a chance noun beside it (概率, 把握, chance, odds, risk …): "70% of
    voters" states no chance. ``start`` is the offset of the match in ``text``; None when nothing is stated
    or the number is not a probability (over 100%).
    """
    if not _CHANCE_HINT_RE.search(text):
        return None  # (most sentences state no chance: one cheap search before the long patterns)
    if lang == "en":
        m = _STATED_CHANCE_EN.search(text)
        if not m:
            return None
        if m.group("even"):
            return Hedge(m.group(0), m.start(), 0.5)
        if m.group("frac"):
            return Hedge(m.group(0), m.start(), _EN_FRACTIONS[re.sub(r"[-\s]+", " ", m.group("frac").lower())])
        if m.group("slim"):
            return Hedge(m.group(0), m.start(), _EN_SLIM[m.group("slim").lower().split()[-2]])
        if m.group("num") or m.group("num2"):
            num, den = (int(g) if g.isdigit() else _EN_SMALL[re.sub(r"\s+", " ", g.lower())]
                        for g in (m.group("num") or m.group("num2"), m.group("den") or m.group("den2")))
            return Hedge(m.group(0), m.start(), round(num / den, 3)) if 0 < num <= den else None
        value = float(re.match(r"\d+(?:\.\d+)?", m.group("p1") or m.group("p2") or m.group("sure")).group(0))
        if m.group("lo"):
            value = (float(m.group("lo")) + value) / 2  # "at between 30 and 40 percent" → 0.35
        return Hedge(m.group(0), m.start(), round(value / 100, 3)) if value <= 100 else None
    m = _STATED_CHANCE_ZH.search(text)
    if m and m.group("n2") and (own := _STATED_CHANCE_ZH.match(text, m.start("noun2"))) and own.group("n1"):
        m = own  # 年增率超過25%的機率約六成: the chance noun states its own number; the one before is the proposition's
    if m and m.group("n2") and not m.group("has") and (
            text[m.end() : m.end() + 3].startswith(tuple(PROBABILITY_DEGREES))
            or (m.start() > 0 and text[m.start() - 1] not in "，,。：:；;（(“「 \n" and not m.group(0).startswith(
                ("约", "約", "大约", "大約", "大概", "估计", "估計", "至少", "近", "接近", "超过", "超過", "只有", "仅有", "僅有",
                 "只", "仅", "僅")))):
        m = None  # 达到设计能力一半的可能性不大, 超过7%的可能性: the number belongs to the proposition, not its chance
    if m:
        value = _chance_value_zh(m.group("n1") or m.group("n2"))
        if value is not None:
            return Hedge(m.group(0), m.start(), value)
    for words, p in _HK_CHANCE:
        at = text.find(words)
        if at >= 0 and not (words.startswith("大") and text[at - 1 : at] in _OPPORTUNITY_BEFORE):
            return Hedge(words, at, p)  # 大機會減息, 明年減息大機會; not 帶來大機會 (a big opportunity)
    return None


def find_hedge(text: str, lang: str = "zh") -> Hedge | None:
    """The hedge that states the probability of the claim in ``text``, or None.

    The first hedge wins, except that a weak plain-future marker (将/会) yields
    to a stronger word right after it (将可能 → 可能). A negated belief verb
    before the hedge (并不认为局势会缓和; "doubted the repairs would be
    finished", "does not expect") flips it: p → 1 − p. "will not … until
    June" is the plain future (it will, in June), not its negation.
    """
    stated = stated_chance(text, lang)
    if stated is not None:
        return stated  # "a 70% chance", 有七成把握: the number stated wins over any word
    if lang == "en":
        return _find_hedge_en(text)
    hedges = [h for h in find_hedges_zh(text) if h.probability is not None]
    if not hedges:
        return None
    stated = [h for h in hedges if h.words.startswith(PROBABILITY_NOUNS)]
    if stated:
        return stated[0]  # 路径预测仍分歧，穿越中央山脉的机率并不高: the chance stated outright wins
    best = hedges[0]
    for later in hedges[1:]:
        if best.words in ("将", "將", "会", "會", "将会", "將會") and later.start - best.start <= 4:
            best = later
        else:
            break
    return denied_belief(best, text[: best.start + 1])


def denied_belief(hedge: Hedge | None, before: str, *, frame: bool = False) -> Hedge | None:
    """``hedge`` as the speaker states it when ``before`` (the text before it) denies the belief: 许利平并不认为
    局势会缓和 gives 1 − p for 会 (0.8 → 0.2), the chance of the positive proposition. Hedges at or below 0.5
    are kept (a denied 可能 says nothing firmer). ``frame``: ``before`` is a reporting frame, and only a denial
    that ends it (并不认为，) counts."""
    found = list(_NEGATED_BELIEF.finditer(before))
    if not found or hedge is None or hedge.probability is None or hedge.probability <= 0.5:
        return hedge
    negation = found[-1] if frame else found[0]
    if frame and before[negation.end() :].strip(" ，,：:"):
        return hedge
    return Hedge(negation.group(0) + "…" + hedge.words, hedge.start, round(1 - hedge.probability, 2))


def _find_hedge_en(text: str) -> Hedge | None:
    lowered = text.lower()
    found: list[Hedge] = []
    for words, p, pattern in _HEDGE_RES_EN:
        for m in pattern.finditer(lowered):
            if words == "may" and text[m.start()] == "M" and (m.start() > 0 or re.match(r"May\.?\s+\d", text)):
                continue  # "up from its May projection", "May 27, 2025 14:20 JST": the month
            if words == "expected" and re.search(r"(?<![a-z])(?:than|as)[-\s]$", lowered[max(0, m.start() - 5) : m.start()]):
                continue  # "a smaller-than-expected loss", "as expected": a comparison with what was expected
            if words in ("expected", "predicted") and re.search(r"\bhad\s+(?:been\s+)?$", lowered[max(0, m.start() - 10) : m.start()]):
                continue  # "Economists had expected a 2.8% rise": the consensus before a figure now reported
            if not any(h.start <= m.start() < h.start + len(h.words) for h in found):
                found.append(Hedge(words, m.start(), p))
    found.sort(key=lambda h: h.start)
    if not found:
        return None
    best = found[0]
    if best.words in ("will", "would") and len(found) > 1 and found[1].probability is not None \
            and re.search(r"\b(?:that|which|who)\s+$", lowered[max(0, best.start - 7) : best.start]):
        best = found[1]  # "A bill that would lift that ban is unlikely to pass": the relative clause's is not the claim's
    if best.words in ("will", "would", "is set to", "are set to", "is to") and len(found) > 1:
        if found[1].start - best.start <= 12 and found[1].probability is not None:
            best = found[1]
    if best.words in _NOT_UNTIL_HEDGES and _NOT_UNTIL_RE.match(lowered, best.start + len(best.words)):
        # "will not be complete until 2026": it will be, in 2026 (the plain future, not its negation)
        return Hedge(best.words + "…until", best.start, _PLAIN_FUTURE_EN)
    end = best.start + len(best.words)
    denials = [d for d in _NEGATED_BELIEF.finditer(lowered, max(0, best.start - 60), end) if d.end() <= end]
    if denials and best.probability is not None and best.probability > 0.5:
        # "doubted the repairs would be finished", "do not expect the bank to cut": the chance that it happens is low
        denial = denials[-1]
        words = denial.group(0) if denial.end() == end else f"{denial.group(0)}…{best.words}"
        return Hedge(words, best.start, round(1 - best.probability, 2))
    return best


#: Negated futures that "until" turns into a date for the positive event ("won't open until March").
_NOT_UNTIL_HEDGES = frozenset({"won't", "will not", "would not", "wouldn't"})
_NOT_UNTIL_RE = re.compile(r"[^,.;]{0,60}?\b(?:until|till)\b")
#: The probability of a plain "will" (the table above).
_PLAIN_FUTURE_EN = 0.85
