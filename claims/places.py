"""Which country or territory an article is about: a small gazetteer for telling evidence about one place
from evidence about another (a Taiwanese turnout is no evidence on a Singaporean turnout forecast).

:data:`PLACES` maps each place to the names that point at it, in match form (Simplified, lower case: see
:func:`claims.search.match_form`): the place itself and its capital and largest cities, in Chinese and in
English, and institutions found in one place only (立法會, 立法院). The list covers the places the Chinese-language press this tool reads reports on most (mainland
China, Hong Kong, Macao, Taiwan, Southeast Asia, the G20 and a few more); a place not in it is simply not
compared. Names are matched longest first, so 印度尼西亚 is Indonesia, not India.
"""

from __future__ import annotations

import functools
import re

#: place → names (match form). Cities are listed with their country: 吉隆坡 tells Malaysia as well as 马来西亚.
PLACES: dict[str, tuple[str, ...]] = {
    "China": ("中国", "中国内地", "中国大陆", "内地", "大陆", "北京", "上海", "广州", "深圳", "重庆", "天津", "武汉", "成都", "杭州",
              "china", "chinese mainland", "beijing", "shanghai", "shenzhen", "guangzhou"),
    # (institutions that exist in one place only tell it too: 立法會 is Hong Kong's legislature, 立法院 Taiwan's)
    "Hong Kong": ("香港", "本港", "港府", "特区政府", "立法会", "特首", "hong kong", "legco"),
    "Macao": ("澳门", "本澳", "macau", "macao"),
    "Taiwan": ("台湾", "台北", "高雄", "台中", "台南", "新北", "桃园", "立法院", "行政院", "中选会", "taiwan", "taipei",
               "kaohsiung"),
    "Singapore": ("新加坡", "狮城", "singapore"),
    "Malaysia": ("马来西亚", "大马", "吉隆坡", "槟城", "柔佛", "砂拉越", "沙巴", "布城", "malaysia", "kuala lumpur", "penang"),
    "Indonesia": ("印度尼西亚", "印尼", "雅加达", "巴厘岛", "indonesia", "jakarta"),
    "Thailand": ("泰国", "曼谷", "thailand", "bangkok"),
    "Vietnam": ("越南", "河内", "胡志明市", "vietnam", "viet nam", "hanoi", "ho chi minh city"),
    "Philippines": ("菲律宾", "马尼拉", "philippines", "manila"),
    "Cambodia": ("柬埔寨", "金边", "cambodia", "phnom penh"),
    "Myanmar": ("缅甸", "仰光", "内比都", "myanmar", "yangon"),
    "Japan": ("日本", "东京", "大阪", "japan", "tokyo", "osaka"),
    "South Korea": ("韩国", "首尔", "south korea", "seoul"),
    "North Korea": ("朝鲜", "平壤", "north korea", "pyongyang"),
    "India": ("印度", "新德里", "孟买", "india", "new delhi", "mumbai"),
    "United States": ("美国", "华盛顿", "纽约", "白宫", "美联储", "united states", "u.s.", "white house", "new york",
                      "federal reserve"),
    "Canada": ("加拿大", "渥太华", "canada", "ottawa"),
    "Britain": ("英国", "伦敦", "英伦", "britain", "british", "united kingdom", "u.k.", "london", "bank of england"),
    "France": ("法国", "巴黎", "france", "paris"),
    "Germany": ("德国", "柏林", "germany", "berlin"),
    "Russia": ("俄罗斯", "莫斯科", "russia", "moscow", "kremlin"),
    "Ukraine": ("乌克兰", "基辅", "ukraine", "kyiv"),
    "Australia": ("澳大利亚", "澳洲", "悉尼", "堪培拉", "墨尔本", "australia", "sydney", "canberra", "melbourne"),
    "Brazil": ("巴西", "brazil"),
    "Turkey": ("土耳其", "安卡拉", "turkey", "ankara"),
    "Israel": ("以色列", "israel"),
    "Iran": ("伊朗", "德黑兰", "iran", "tehran"),
    "Saudi Arabia": ("沙特", "利雅得", "saudi", "riyadh"),
}

_NAME_TO_PLACE: dict[str, str] = {name: place for place, names in PLACES.items() for name in names}
#: Every name, longest first, as one pattern; Latin names whole words only.
_PLACE_RE = re.compile("|".join(
    (re.escape(name) if re.search(r"[\u4e00-\u9fff]", name) else r"(?<![a-z])" + re.escape(name) + r"(?![a-z])")
    for name in sorted(_NAME_TO_PLACE, key=len, reverse=True)))


@functools.lru_cache(maxsize=256)
def places_in(text: str) -> frozenset[str]:
    """The places named in ``text`` (match form), as :data:`PLACES` keys; empty when none is named.

    Cached for 256 texts only: the nightly job passes whole articles, and a larger cache keyed by them would
    hold tens of megabytes (the reason :func:`claims.search.match_form` keeps articles apart)."""
    return frozenset(_NAME_TO_PLACE[m.group(0)] for m in _PLACE_RE.finditer(text))


#: Characters of an article's opening read for its place: the headline, dateline and lede.
LEDE_CHARS = 300


def article_places(title: str, text: str, *, whole: bool = False) -> frozenset[str]:
    """The places an article is about: those its headline, dateline and lede (first :data:`LEDE_CHARS`
    characters) name; with ``whole``, those it names anywhere."""
    from claims.search import match_form

    return places_in(match_form(f"{title}\n{text if whole else text[:LEDE_CHARS]}"))


def different_places(claim_places: frozenset[str], evidence_places: frozenset[str]) -> bool:
    """Whether a claim and an article are about different places: both name some, and none in common.

    The resolver passes the claim's places read widely (its statement, its article's topic words and lede)
    and the evidence's read anywhere in it, so that only an article that never names the claim's place is
    set aside (a Taiwanese election result for a Singaporean turnout forecast)."""
    return bool(claim_places) and bool(evidence_places) and not (claim_places & evidence_places)
