"""Claim units: a sentence cut into the claims it holds.

An enumeration (…三方面工作：一是…；二是…；三是…, 一是…，二是…) gives one claim
per item, each continuing the claim of its passage; its frame ("将从三个方面…：")
is not a claim itself. A later clause with its own date and schedule verb
(…将于23日开幕，10月8日闭幕) is a claim of its own. Pure: no database.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from claims.text import Sentence, SpanIndex, clause_end, clause_start

#: Markers that open a later item of an enumeration.
_LATER_MARKERS = (r"二是|三是|四是|五是|六是|其二|其三|其四|第[二三四五六](?![次届屆个個家位名批轮輪条條座艘架款号號年天季])|[(（][2-9二三四五六][)）]|"
                  r"[2-9][、.．)）]|[②③④⑤⑥]")
LATER_ITEM_RE = re.compile(r"^(" + _LATER_MARKERS + r"|其次|另外|此外|再次|最后|最後|Second|Third|Finally)")
#: Where a claim sentence splits into items: before a later item marker after a comma.
_ITEM_SPLIT_RE = re.compile(r"[，,；;]\s*(?=(?:" + _LATER_MARKERS + r"))")
#: Words that strive for a goal (力争, 争取).
_STRIVE_WORDS = r"力争|力爭|争取|爭取"
#: A clause that strives for a goal (组委会力争…, 争取…).
_STRIVEN_RE = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:" + _STRIVE_WORDS + ")")
#: A plain future or plan word in a clause (将, 会, 计划).
_FUTURE_WORD_RE = re.compile(r"将|將|会|會|计划|計劃|计画|計畫|拟|擬")
#: A joint effort (与…一道, 会同…, 密切配合): the clause says how, not what.
_JOINT_RE = re.compile(r"一道|一起|携手|攜手|配合|会同|會同|协同|協同|联手|聯手")
#: "…，并计划/并将/并会/并承诺…": a joined clause with a plan, pledge or future word of its own.
_JOINED_PLEDGE_RE = re.compile(r"[，,]\s*(?:并|並)(?=(?:计划|計劃|计画|計畫|将|將|会|會)(?!是|有|对|對|比|见|見|晤|谈|談|同|议|議|商|面|签|簽|集|合)|承诺|承諾|保证|保證)"
                               # …只會批出個位數的牌照，又承諾…: a pledge reported anew
                               r"|[，,]\s*(?:又|也|亦|还|還|同时|同時)(?=(?:承诺|承諾|保证|保證))"
                               # …政府不会调高旅游税，部门也保证年底前完成…: another body of the same side pledging too
                               r"|[，,]\s*(?=[\u4e00-\u9fff]{1,6}?(?:也|亦|还|還|同时|同時)(?:承诺|承諾|保证|保證))")
#: A reporting verb ending the text before a comma: the frame of what follows, not a claim of its own.
_FRAME_END_RE = re.compile(r"(?:预计|預計|表示|指出|说|說|称|稱|认为|認為|透露|强调|強調|宣布|宣佈|介绍|介紹|预测|預測|估计|估計|"
                           r"相信|坦言|预料|預料|提出|明确|明確|显示|顯示)\s*$")
#: A later clause with its own date and its own schedule verb is a claim of its own (…开幕，10月8日闭幕).
_DATED_CLAUSE_RE = re.compile(r"[，,]\s*(?:并|並|且)?(?![至到][^，,。]{0,12}?(?:结束|結束))(?=[^，,。]{0,16}?(?:开幕|閉幕|闭幕|举行|舉行|投票|定于|定於|计划于|計劃於|计画于|開始|开始|营运|營運|启用|啟用|通车|通車|建成|完工|竣工|投产|投產|投入使用|"
                              # (…运抵马来西亚，并在明年第3季展开动态测试; 春运将于明天开始，3月5日结束; not a range's end:
                              # 於早上7時開始，至晚上10時結束)
                              r"运营|運營|展开|展開|结束|結束|运抵|運抵|抵达|抵達|启动|啟動|生效|"
                              # (…将于2026年第一季度推出，昇腾960则计划在2027年第四季度面世: a release of its own)
                              r"计划在|計劃在|计画在|計畫在|推出|面世|上市|亮相|交付))"
                              # …计画在年底前启用…，并预计明年汛期前完成…: a joined clause with its own hedge
                              r"|[，,]\s*(?:并|並|且|同时|同時|另外|另|也|还|還)\s*(?=[^，,。]{0,4}?(?:预计|預計|计划|計劃|计画|計畫|有望|可望|有信心|"
                              r"可能|拟|擬|将|將|会|會|预料|預料|力争|力爭))"
                              # …将于本月底前启动…，并在年底前组织…: a joined act with a date of its own
                              r"|[，,]\s*(?:并|並)\s*(?=(?:在|于|於)[^，,。]{1,10}?(?:前|内|內|底|初|末|中旬|月|年|季度|季|周|週|日))"
                              # …明年4月起先增至六周，2026年4月起再增至10周: a later step of a target, with its own date
                              r"|[，,]\s*(?=[^，,。]{0,12}?(?:再|又|将|將|会|會|则|則)?(?:增至|增加至|增加到|提高至|提高到|调高至|調高至|"
                              r"降至|降低至|延长至|延長至|扩大至|擴大至|缩短至|縮短至|调低至|調低至))"
                              # …年底前完成108颗卫星的发射，明年底前部署648颗卫星; …有望突破500万户；明年深圳还计划新建…;
                              # …将于本月底前提交方案，并承诺年底前…: a later step, plan or pledge with its own date
                              r"|[，,；;]\s*(?:并|並|且)?\s*(?=(?:承诺|承諾|保证|保證)?(?:最快|最迟|最遲)?(?:在|于|於|到|至)?"
                              r"(?:今年|明年|后年|後年|本月|下月|下个月|下個月|年底|年内|年內|\d{4}年|\d{1,2}月|下半年|上半年)"
                              r"[^，,。；;]{0,16}?(?:计划|計劃|计画|計畫|部署|推出|完成|上线|上線|新建|建成|投入|实现|實現|发射|發射|"
                              r"提交|公布|公佈|开通|開通|与|與|把|将|將|不再))"
                              # …年内再建设两个平台，力争到2027年…突破百亿元; …，组委会力争7月底前完成…: a goal striven
                              # for by a date of its own
                              r"|[，,；;]\s*(?=(?:[\u4e00-\u9fff]{0,6}?(?:" + _STRIVE_WORDS + r")|(?:目标|目標)(?:是|为|為)?)(?:在|于|於|到|至)?(?:今年|明年|后年|後年|本月|下月|"
                              r"年底|年内|年內|\d{4}年|\d{1,2}月|下半年|上半年|(?:[一二两兩三四五六七八九十\d]+|半)(?:个|個)?(?:年|月)(?:内|內)))")


_FIRST_ITEM_SPLIT_RE = re.compile(r"[，,：:]\s*(?=(?:一是|其一|首先|第一(?![次届屆个個])|[(（][1一][)）]|1[、.．)）]|①))")
#: An English list's first item after a counted frame ("would take two steps right away: first, it will …").
_FIRST_ITEM_SPLIT_EN_RE = re.compile(r":\s*(?=(?:[Ff]irst(?:ly)?|[Oo]ne),\s)")
#: An English frame that counts what it lists ("laid out three priorities for …:", "take two steps right away:").
EN_COUNTED_FRAME_RE = re.compile(r"\b(?:two|three|four|five|six|seven|several|[2-9])\s+(?:[\w-]+\s+){0,2}?(?:priorities|steps|goals|"
                                 r"targets|measures|plans|initiatives|commitments|actions|changes|pillars|moves|things|"
                                 r"areas|objectives|tasks|phases|stages)\b[^:;.]{0,60}:\s*$")
#: A counted frame of targets or tasks before a colon, its items unmarked (定下两大目标：吸引…；旅游收入达到…).
_UNMARKED_LIST_RE = re.compile(r"(?:两|兩|二|三|四|五|六|七|八|[2-9])\s*(?:个|個|项|項|大|条|條)\s*(?:目标|目標|任务|任務|重点|重點|"
                               r"措施|举措|舉措)[：:]\s*(?=[^\s])")
#: An enumeration's frame: "将从三个方面惠及越南：", "将呈现三个特点：" — its items are the claims, not the frame.
FRAME_RE = re.compile(
    r"(两|兩|二|三|四|五|六|七|八|几|幾|多|[2-9])\s*(个|個|项|項|大|点|點|条|條|件|方面|方向)[^，,。；;：:]{0,8}[：:，,]?\s*$"
    # 今年执法工作的重点有三：一是… — the count alone after 有/为
    r"|(?:有|为|為)(?:两|兩|二|三|四|五|六|七|八|几|幾)\s*[：:]\s*$"
    # 决议提出了到2030年的一系列具体目标：一是… — a series or the following, uncounted
    r"|(?:一系列|以下|如下|下列)[^，,。；;：:]{0,12}[：:]\s*$")


#: A contrasting connective that opens a later clause (…可能出现阵雨，但不会影响开幕式).
_CONTRAST_RE = re.compile(r"\s*(?:但是|但|不过|不過|然而|反而|而)")
#: Clauses that give a reason, condition, purpose or example, or go on from the time before (届时): part of
#: the claim before them, never one alone.
_DEPENDENT_LEAD_RE = re.compile(r"\s*(?:因为|因為|由于|由於|如果|假如|若|虽然|雖然|尽管|儘管|以便|从而|從而|进而|進而|使|让|讓|令|以|"
                                r"为了|為了|否则|否則|只要|一旦|除非|直到|包括|其中|例如|比如|即|届时|屆時|到时|到時)")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
#: A circumstance that opens a clause (随着…, 在…下), its claim in the clause after it.
_CIRCUMSTANCE_RE = re.compile(r"\s*(?:随着|隨著|随著|伴随|伴隨|在[^，,。]{2,20}(?:下|后|後|之际|之際)|"
                              # (…，但要完全回复至2018年的水平，或要等到2026年: a goal, then when it may be met)
                              r"(?:要|若要|如要|想要)(?:完全|全面|真正)?(?:回复|回復|恢复|恢復|回到|重回|达到|達到|实现|實現))"
                              r"(?=[^，,。]*$)")


#: A contrast that opens with a new attribution (…，但他坦言，…「…可能性不大」): what it reports is a claim of its own.
_ATTRIBUTION_LEAD_RE = re.compile(r"(?:他|她|其|他们|他們|她们|她們)?(?:也|亦|则|則|同时|同時)?(?:坦言|直言|坦承|指出|表示|认为|認為|"
                                  r"强调|強調|说|說|承认|承認|预计|預計|估计|估計|警告)$")


#: A clause that is only a time after its estimate word (预计到明年1月底，…): the frame of what follows.
_TIME_ONLY_RE = re.compile(r"\s*(?:到|在|于|於|至|从|從|自)?[\d一二三四五六七八九十两兩今明本下上后後年月日号號底初中旬周週季度半至到前内內起\s-]{1,16}")
#: Hedges that state a chance of their own (not a tense marker): a clause with one is a new estimate.
_ESTIMATE_WORDS = frozenset({"可望", "有望", "可能", "或将", "或將", "不排除", "料将", "料將", "料", "很可能", "大概率", "不太可能",
                             "难以", "難以", "预计", "預計"})


def time_ahead(tx: Any, published: date) -> bool:
    """Whether a time expression names a time ahead: it ends on or after ``published``, or, open-ended
    (下週起, 明年4月起), starts then."""
    return (tx.end is not None and tx.end >= published) or (tx.end is None and tx.start is not None and tx.start >= published)


#: How far back (characters) a later clause looks for the claim it follows: a sentence is rarely longer, and a
#: look at the whole text before every comma of a sentence of thousands of clauses was quadratic.
_LOOK_BACK = 300


#: A clause that opens with (or soon reaches) a negative assurance: 禁渔期内绝不会开口子, 絕不讓破壞海纜者逍遙法外.
_NEVER_CLAUSE_RE = re.compile(r"[^，,。；;]{0,6}?(?:绝不|絕不|决不|決不)")
#: A clause in which the speaker commits themselves: 我本人一定会全力支持, 我们也将….
_OWN_PLEDGE_RE = re.compile(r"(?:我本人|本人|我们|我們|我)(?:也|亦|还|還)?(?:一定|必将|必將|将|將|会|會)")
#: A clause in which the speaker vows never to (我们决不让…): a promise without a future word.
OWN_NEVER_RE = re.compile(r"\s*(?:我本人|本人|我们|我們|我)(?:也|亦|还|還)?(?:绝不|絕不|决不|決不)")


def _estimate_of_its_own(rest: str, text: str, comma: re.Match[str]) -> bool:
    """Whether ``rest`` opens with its own estimate word (有望, 可能, 预计) of another chance than the clause before."""
    from claims.hedges import find_hedge

    hedge = find_hedge(rest, "zh")
    before = find_hedge(text[clause_start(text, comma.start()) : comma.start()], "zh")
    return hedge is not None and hedge.start <= 12 and hedge.words in _ESTIMATE_WORDS and (
        before is None or before.probability != hedge.probability)


#: A clause that is only a chance (但機率不高, 不过可能性不大): what it qualifies is the clause before.
_BARE_CHANCE_RE = re.compile(r"(?:其|这|這|此)?(?:的)?(?:可能性|机率|機率|概率|几率|幾率|机会|機會)(?:并|並)?(?:不大|不高|很小|很低|极低|極低|"
                             r"较低|較低|较小|較小|偏低|很大|很高|较大|較大|较高|較高|唔大|唔高)")


def _hedged_clause_cuts(text: str, dated: Any, taken: set[int]) -> list[int]:
    """Offsets after the commas where a later clause with its own hedge is a claim of its own (Chinese):
    after a contrast (…可能出现短时阵雨，但不会对开幕式造成影响), or with its own subject and its own date
    (试行将于本月底结束，署方会在下月公布数据). The clause just before must hold hedged content of its own
    (not "他预计，"). ``dated(lo, hi)`` tells whether text[lo:hi] names a time ahead; ``taken`` are the cuts
    already made (items, dated clauses)."""
    from claims.hedges import PROBABILITY_NOUNS, find_hedge

    if not _CJK_RE.search(text):
        return []
    cuts: list[int] = []
    covered = -1  # the end of a unit already cut that runs past its own clause (…，但他坦言，…「…」)
    for comma in re.finditer(r"[，,]", text):
        if comma.start() < covered or any(comma.start() <= t <= comma.end() + 3 for t in taken):
            continue
        contrast = _CONTRAST_RE.match(text, comma.end())
        begin = contrast.end() if contrast else comma.end()
        stop = clause_end(text, begin)
        rest = text[begin:stop]
        then = re.match(r"\s*(?:届时|屆時|到时|到時)[，,]?", rest)
        if not rest or (_DEPENDENT_LEAD_RE.match(rest) and not (then and _estimate_of_its_own(rest[then.end():], text, comma))):
            continue  # (…将于明年6月完工，届时出口成本有望下降: by then, a new estimate of its own)
        lead = 0
        if _TIME_ONLY_RE.fullmatch(rest.lstrip("「“")) and text[stop : stop + 1] in ("，", ","):
            lead = stop + 1 - begin  # …会分阶段释放，「明年3月底前，每小时最高升降量可望增至74架次」: the time leads the clause
            stop = clause_end(text, stop + 1)
            rest = text[begin:stop]
        elif contrast is not None and _CIRCUMSTANCE_RE.match(rest) and find_hedge(rest, "zh") is None \
                and text[stop : stop + 1] in ("，", ","):
            lead = stop + 1 - begin  # …不太可能…，但随着交付量增加，国产客机…会逐步上升: the contrast's claim after its circumstance
            stop = clause_end(text, stop + 1)
            rest = text[begin:stop]
        if contrast is not None and _BARE_CHANCE_RE.fullmatch(rest.strip(" 。.；;”」")):
            continue  # 不排除…再升息半碼，但機率不高: a chance for the clause before, not a claim of its own
        reported = contrast is not None and _ATTRIBUTION_LEAD_RE.match(rest.strip()) is not None
        if reported:
            stop = len(text)  # …，但他坦言，在…的情況下，「…的可能性不大」: the report after the new attribution
            rest = text[begin:stop]
        quoted = text[comma.end() : comma.end() + 1] in ("「", "“")  # …，「我們不會放棄任何溝通的機會」: a quotation
        hedge = find_hedge(rest, "zh")
        if hedge is None and OWN_NEVER_RE.match(rest) and find_hedge(text[clause_start(text, comma.start()) : comma.start()], "zh"):
            cuts.append(comma.end())  # “所有场地都将设置隔离区，我们决不让观众…”: the speaker's own vow after a plan
            continue
        # (…明年初推行的可能性不大: a stated chance closes its clause; an estimate word may follow a long subject:
        # …，吉兰丹、登嘉楼及彭亨三州在本月底或将…)
        if hedge is None or hedge.probability is None or (hedge.start - lead > (16 if hedge.words in _ESTIMATE_WORDS or contrast else 12)
                                                          and not hedge.words.startswith(PROBABILITY_NOUNS)
                                                          and stop != len(text)):
            continue  # (…明年初推行的可能性不大: a stated chance closes its clause)
        # a new estimate (…登陆，不排除…), also reported anew (…，并认为国行年内不会再降息; …，他也不排除…)
        opening = re.match(r"(?:(?:他|她|他们|他們|她们|她們|我们|我們|我)?(?:也|亦|并|並|还|還|同时|同時)?(?:认为|認為|表示|指出|强调|強調|相信)?)"
                           r"(?:不排除|预计|預計|估计|估計|预料|預料|有望|可望)", rest) is not None or quoted \
            or re.match(r"(?:他|她|他们|他們|她们|她們)?(?:也|亦|并|並|还|還|同时|同時)?(?:认为|認為|相信)", rest) is not None
        left = text[clause_start(text, comma.start()) : comma.start()]
        if re.match(r"\s*(?:如果|若|假如|倘若|一旦|要是|只要)", left):
            continue  # 若聯準會降息，央行不排除跟進: the condition and what follows it are one claim
        if opening and find_hedge(left, "zh") is None:
            left = text[max(0, comma.start() - _LOOK_BACK) : comma.start()]  # …很可能升高…频率，藉此施压，他也不排除…: the claim before began earlier
        before = find_hedge(left, "zh")
        # …预计初期每日客流量达60万人次，长远可望增至100万人次: another estimate, stated with another chance
        chance = hedge.words.startswith(PROBABILITY_NOUNS)
        if chance and before is None:
            # 预计，…以多云为主，气温…，出现降水的可能性不大: the estimate that frames the sentence began earlier (not a
            # 预测 inside a clause: 各國模式的預測仍不一致，…的機率並不高 is one claim)
            window = text[max(0, comma.start() - _LOOK_BACK) : comma.start()]
            framing = find_hedge(window, "zh")
            if framing is not None and window[framing.start + len(framing.words) : framing.start + len(framing.words) + 1] in "，,：:":
                left, before = window, framing
        # …价格会保持稳定，大幅下跌的可能性不大: a chance stated for another outcome
        # (…物流成本有望下降20%以上，秘方也将全力保障…: an estimate, then a plain future of another's — either side an
        # estimate word)
        restated = hedge.start >= 2 and before is not None and before.probability is not None \
            and before.probability != hedge.probability and (
                hedge.words in _ESTIMATE_WORDS or before.words in _ESTIMATE_WORDS
                or (chance and before.words not in ("预测", "預測", "预期", "預期")))
        # …将持续到2030年12月31日，禁渔期内绝不会开口子: a negative assurance of its own; …带上内阁，我本人一定会全力
        # 支持: the speaker's own commitment after what another will do
        pledged = before is not None and _OWN_PLEDGE_RE.match(rest) is not None
        if not contrast and not opening and not restated and not pledged and (hedge.start < 2 or not dated(begin, stop)):
            continue  # the same subject going on, or no date of its own
        planned = before is None and opening and re.search(r"计划|計劃|计画|計畫|打算|定于|定於|拟于|擬於", left) is not None \
            and dated(clause_start(text, comma.start()), comma.start())
        if planned:
            cuts.append(comma.end())  # 公司计划于8月21日恢复生产，预计对…影响有限: a dated plan, then an estimate of its own
            continue
        pledge = re.search(r"承诺|承諾|保证|保證|誓言", left) if before is None else None
        if pledge and len(_CJK_RE.findall(left[pledge.end() :])) >= 4 and dated(begin, stop) and hedge.start >= 2:
            # (a pledge of its own before the comma: not "他承诺，" alone)
            cuts.append(comma.end())  # 我们承诺今年的分红…不低于去年，新增的回购额度会在2025年6月30日前执行完毕
            continue
        if reported and before is None and (re.search(_STRIVE_WORDS, left) or _FUTURE_WORD_RE.search(left)):
            cuts.append(comma.end())  # …力争在2026年底前完成谈判，不过他也坦言，…可能性不大: a plan, then a doubt reported anew
            covered = stop
            continue
        if before is None or (len(_CJK_RE.findall(left[before.start + len(before.words) :])) < (1 if contrast else 2)
                              and not before.words.startswith(PROBABILITY_NOUNS)) \
                or _TIME_ONLY_RE.fullmatch(left[before.start + len(before.words) :]):
            continue  # the clause before is an attribution (他预计，) or holds no claim of its own (after a
            # contrast one character is one: 价格不会跌，但…)
        cuts.append(comma.end())
        if reported:
            covered = stop
    return cuts


#: ", while <someone> said/put …" after a reported clause: a second speaker joined to the first (English).
#: ", and promised to …": the subject's own pledge joined to what it said (a claim of its own, its own deadline).
_EN_JOINED_PLEDGE_RE = re.compile(r",\s+and\s+(?=(?:promised|pledged|vowed)\s+(?:to|that)\b)")
#: ", and said (that) …" or ", and that …" after a reported clause ("He promised that … will …, and said he hoped a
#: bridge could …"; "Novo said it would report …, and that it plans to launch …"): a second claim of the same speaker.
_EN_AND_SAID_RE = re.compile(r",\s+and\s+(?:(?:also\s+|later\s+)?(?:said|added)\s+(?:that\s+)?|that\s+)(?=\w)")
_EN_ADDING_RE = re.compile(r",\s+adding\s+(?:that\s+|(?=[\"“])|(?=(?:the|it|he|she|they|we|its|his|her|[A-Z]\w+)\s))")
_EN_WHILE_SPEAKER_RE = re.compile(r",\s+(while|whereas|and|but)\s+(?!(?:has|have|had|is|was|were|are|will|would|could|may|"
                                  # (", and promised to put forest protection at the centre": the subject's own next verb)
                                  r"also|then|said|says|told|promised|pledged|vowed|agreed|added|urged|called|asked)\b)"
                                  r"(?=(?:[\w'’.-]+,?\s+){1,12}?(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)"
                                  r"(?<!\bwere\s)(?<!\bbe\s)(?<!\bto\s)(?:said|says|told|put|puts|estimated|estimates|predicted|predicts|"
                                  r"warned)\b)")
_EN_REPORTED_RE = re.compile(r"\b(?:said|says|told|expects?|expected|predicted|warned)\b")


#: A pledge's frame ending the text before a comma (港燈則在聲明中承諾，明年基本電價維持不變，並會…).
_PLEDGE_FRAME_END_RE = re.compile(r"(?:承诺|承諾|保证|保證|誓言|矢言)\s*[，,：:]?\s*$")


def _pledged_before(text: str, at: int) -> bool:
    """Whether the clauses before ``at`` (back to the reporting frame, at most three) hold a plan or pledge of
    their own: a hedge or schedule word (将尽快召开…，商讨…，并将…), a negative assurance (绝不容忍…，并保证…), or
    a pledge frame (承諾，明年基本電價維持不變，並會…); none inside a condition (如果…，并将…)."""
    from claims.hedges import find_hedge
    from claims.kinds import SCHEDULE_CUES_ZH

    end = at
    for _ in range(3):
        start = clause_start(text, end)
        left = text[start:end]
        if re.search(r"如果|若|假如|一旦|只要", left):
            return False
        # (…重申，绝不容忍…，并保证会吊销…: a negative assurance before is a commitment too)
        if find_hedge(left, "zh") is not None or SCHEDULE_CUES_ZH.search(left) or _NEVER_CLAUSE_RE.match(left):
            return True
        if start == 0 or _PLEDGE_FRAME_END_RE.search(text, 0, start):
            return start > 0
        if _FRAME_END_RE.search(text, 0, start - 1):
            return False
        end = start - 1
    return False


def claim_units(sentences: list[Sentence], timexes: list[Any], published: date) -> list[tuple[Sentence, str]]:
    """Sentences cut into claim units, each with its role: "" (a sentence), "frame" (an enumeration's
    introduction), "item" (an enumeration item or a separately dated clause, continuing the claim before),
    "clause" (a later clause with its own hedge: it continues the claim before, but not its deadline), "pledge"
    (…，并将/并承诺…: a joined plan or pledge of its own, never with the clause before's deadline), "added"
    (English ", adding that …": a sentence of its own, with the speaker of the clause before)."""

    units: list[tuple[Sentence, str]] = []
    by_start = SpanIndex(timexes)
    for sentence in sentences:
        cuts: dict[int, str] = {m.end(): "item" for m in _ITEM_SPLIT_RE.finditer(sentence.text)}
        first = _FIRST_ITEM_SPLIT_RE.search(sentence.text)
        english = None
        if first and FRAME_RE.search(sentence.text[: first.start() + 1]):
            cuts[first.end()] = "item"
        elif first is None:
            first = _UNMARKED_LIST_RE.search(sentence.text)
            if first:
                cuts[first.end()] = "item"  # 定下两大目标：吸引…；…: the frame, then its first item
            english = _FIRST_ITEM_SPLIT_EN_RE.search(sentence.text) if first is None else None
            if english and EN_COUNTED_FRAME_RE.search(sentence.text[: english.start() + 1]):
                cuts[english.end()] = "item"  # "… would take two steps right away: first, it will add …"
        for m in _DATED_CLAUSE_RE.finditer(sentence.text):
            clause_stop = clause_end(sentence.text, m.end())
            own_date = any(time_ahead(tx, published)
                           for tx in by_start.starting_in(sentence.start + m.end(), sentence.start + clause_stop))
            # the clause before names a day ahead too (将于23日开幕，10月8日闭幕); 今天宣布 dates the speech
            earlier_date = any(time_ahead(tx, published) and (tx.end is None or tx.end > published)
                               for tx in by_start.starting_in(sentence.start, sentence.start + m.start()))
            # (a goal striven for, 力争…, follows a plan of the clause before even when that names no day:
            # 运动会期间将同步举办…，组委会力争7月底前完成…)
            # (not after a joint effort only, 中国将与合作伙伴一道，力争…: how, with the goal after it)
            lead = sentence.text[clause_start(sentence.text, m.start()) : m.start()]
            earlier_date = earlier_date or (_STRIVEN_RE.match(sentence.text, m.end()) is not None
                                            and _FUTURE_WORD_RE.search(lead) is not None and _JOINT_RE.search(lead) is None)
            if own_date and earlier_date and not _FRAME_END_RE.search(sentence.text, 0, m.start()):
                # (not after a reporting frame: 财政部在同日发布的《2024年…报告》中预计，明年…将…)
                cuts.setdefault(m.start() + 1, "item")  # after the comma: 并/且 opens the later clause, not ends this one
        for m in _JOINED_PLEDGE_RE.finditer(sentence.text):
            # …新交所将与金管局紧密合作落实各项措施，并计划在今年内推出更多新产品; …将全力以赴保交楼，并将积极考虑…:
            # a second plan or pledge joined to a first, each with its own future word
            if _pledged_before(sentence.text, m.start()) and not _FRAME_END_RE.search(sentence.text, 0, m.start()):
                cuts.setdefault(m.start() + 1, "pledge")  # (its own deadline only, not the clause before's)
        for m in _EN_JOINED_PLEDGE_RE.finditer(sentence.text):
            cuts.setdefault(m.end(), "pledge")  # "said her country would host COP30 …, and promised to put …"
        for m in _EN_AND_SAID_RE.finditer(sentence.text):
            if re.search(r"\b(?:said|says|told|promised|pledged|vowed|warned|predicted|expects?|expected)\b\s+(?:that\s+)?"
                         r".*\b(?:will|would|could|may|might|is likely|are likely|is expected|are expected)\b",
                         sentence.text[: m.start()]):
                cuts.setdefault(m.end(), "added")  # (the clause before holds a reported claim of its own)
        for m in _EN_ADDING_RE.finditer(sentence.text):
            # '"…," Raimondo told reporters, adding that the department would not let …': a second claim of hers
            cuts.setdefault(m.end(), "added")
        for m in _EN_WHILE_SPEAKER_RE.finditer(sentence.text):
            if m.group(1) in ("and", "but") or _EN_REPORTED_RE.search(sentence.text, 0, m.start()):
                # "Analysts said chipmakers were likely to …, while one trade lawyer put the chance of … at
                # about 30%": a second speaker with a claim of their own, a sentence of its own
                cuts.setdefault(m.end(), "")
        def dated(lo: int, hi: int, sentence: Sentence = sentence) -> bool:
            return any(time_ahead(tx, published) for tx in by_start.starting_in(sentence.start + lo, sentence.start + hi))

        for cut in _hedged_clause_cuts(sentence.text, dated, set(cuts)):
            cuts.setdefault(cut, "clause")
        start, role = 0, ""
        for cut in sorted(cuts):
            piece = _unit(sentence, start, cut)
            is_frame = role == "" and first is not None and cut == first.end() and FRAME_RE.search(piece.text) is not None
            # "Klarna has said it will focus on three priorities:" frames its items; "Boeing said it would cooperate
            # … and would take two steps right away:" is a claim of its own too
            is_frame = is_frame or (role == "" and english is not None and cut == english.end()
                                    and not re.search(r"\band\s+(?:would|will|also|then)\b", piece.text))
            units.append((piece, "frame" if is_frame else role))
            start, role = cut, cuts[cut]
        units.append((_unit(sentence, start, len(sentence.text)), role))
    return [(u, r) for u, r in units if u.text]


#: The end of a sentence inside a quotation that goes on (“……。我认为，……。”他说。): not the quotation's last.
_INNER_END_RE = re.compile(r"[。！？!?](?=[^“”「」]*?[^“”「」。！？!?\s][^“”「」]*[”」])")


#: The end of an English sentence inside a quotation that goes on ("… we make. We will also …").
_INNER_END_EN_RE = re.compile(r"(?<=[a-z0-9%)])[.!?](?=\s+[A-Z][a-z])")
#: Abbreviations whose full stop ends no sentence (Mr. Smith, Jan. 5, Inc. said).
_EN_ABBREVIATION_END_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Gov|Sen|Rep|Gen|Prof|Jan|Feb|Mar|Apr|"
                                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|etc|approx|est)\.$")


def quote_pieces(sentence: Sentence) -> list[Sentence]:
    """A sentence holding a quotation of several sentences, cut after each inner sentence.

    “高峰论坛很可能成为……。我认为，第二届论坛会在两年后举行。”他说。 → two pieces, the
    first ending at 活动。; each piece is a claim of its own with the quotation's
    speaker. A sentence without such a quotation is one piece.
    """
    open_at = min((i for i in (sentence.text.find("“"), sentence.text.find("「")) if i >= 0), default=-1)
    if open_at < 0 and not _CJK_RE.search(sentence.text):
        open_at = sentence.text.find('"')  # an English quotation in straight quotes
    if open_at < 0:
        return [sentence]
    cuts = [m.end() for m in _INNER_END_RE.finditer(sentence.text, open_at)]
    if not _CJK_RE.search(sentence.text):
        # "Our users will remain at the center of every decision we make. We will also keep the core site free."
        close = max(sentence.text.rfind('"'), sentence.text.rfind("”"))
        cuts = [m.end() for m in _INNER_END_EN_RE.finditer(sentence.text, open_at + 1, max(open_at + 1, close))
                if not _EN_ABBREVIATION_END_RE.search(sentence.text, 0, m.start() + 1)]
    if not cuts:
        return [sentence]
    pieces, start = [], 0
    for cut in cuts + [len(sentence.text)]:
        piece = _unit(sentence, start, cut)
        if piece.text:
            pieces.append(piece)
        start = cut
    return pieces


#: The joining words a cut leaves at a piece's end (", and" before "people familiar … said"; ", adding that").
_JOINER_TAIL_RE = re.compile(r",\s*(?:and|but|while|whereas|adding(?:\s+that)?|saying(?:\s+that)?)\s*$")


def _unit(sentence: Sentence, start: int, end: int) -> Sentence:
    tail = _JOINER_TAIL_RE.search(sentence.text, start, end) if end < len(sentence.text) else None
    end = tail.start() if tail else end
    piece = sentence.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Sentence(piece, sentence.start + start + lead, sentence.start + start + lead + len(piece), sentence.paragraph)


#: A first item opening the sentence right after a claim, in the same paragraph (…力争到2027年…突破百亿元。具体而言，一是…):
#: the claim's measures, unframed.
_FIRST_ITEM_AFTER_RE = re.compile(r"(?:具体而言|具體而言|具体来说|具體來說|具体说来|具體說來|具体地说|具體地說)?[，,]?\s*(?:一是|其一[，,])")


def continues(previous: Any, content: str, source: str, unit: Sentence, previous_is_item: bool = False) -> bool:
    """True when ``unit`` is a further item of the claim before it (二是…, (2)…, or after a list's ；)."""
    if LATER_ITEM_RE.match(content.lstrip("“「\"")):
        return True
    between = source[previous.span[1] : unit.start]
    if not between.strip(" \t。") and _FIRST_ITEM_AFTER_RE.match(content.lstrip("“「\"")):
        return True  # 北京将…突破百亿元。具体而言，一是下半年发布…: the measures of the claim just made
    ended_with_semicolon = previous.text.rstrip().endswith(("；", ";")) or between.strip() in ("；", ";")
    return ended_with_semicolon and ("：" in previous.text or ":" in previous.text or previous_is_item)
