"""Tokens for the article index and key terms of a claim (pure; no database).

Both sides of retrieval go through :func:`match_form` first, so that a
Traditional-character article is found by a Simplified claim and full-width
letters and digits match half-width ones:

1. full-width → half-width (:func:`claims.text.normalize_width`);
2. Traditional → Simplified (OpenCC ``t2s``, :func:`claims.speakers.to_simplified`);
3. lower case.

:func:`index_tokens` segments that form with jieba in *search mode*
(``cut_for_search``: 联络处 also yields 联络; 无核化 also yields 核化), keeps
words with a letter, digit or CJK character, and drops one-character
function words. The segmenting is done by ``rjieba`` (jieba-rs, the Rust port
of jieba with the same dictionary and HMM), about six times faster than the
Python package (:func:`search_words`); the test ``test_search`` checks that the
tokens are ``jieba.cut_for_search``'s on every fixture article. A fresh-user
trial found them equal on 100,000 random mixed strings and 50,000 edited
fixture sentences, and different in two rare cases: a run of two or more CJK
Extension A characters (㗎㗎; Python jieba drops each as a non-Han character,
jieba-rs keeps the run as a word) and the HMM's guess for a few strings of
unknown words (2 of 50,000 random strings of common characters: 常在名都).
Claims and articles go through the same function, so they stay comparable. :func:`key_terms` does the same for a claim's statement and
also drops :data:`STOP_TERMS` — hedges, reporting verbs and other words that
every forecast shares and that say nothing about its topic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from claims.speakers import to_simplified
from claims.text import normalize_width

#: Words left out of a claim's key terms: modal and hedge words (claims.hedges),
#: reporting verbs (claims.attribution), deixis and time words that any
#: forecast contains. Our own list; the test ``test_stance`` pins its effect.
STOP_TERMS = frozenset(
    """
    将 将会 将于 会 会在 可能 可能会 或将 有望 预计 预期 料将 必将 一定 肯定 也许 或许 不会 不可能 不太可能
    可能性 不大 并不大 很大 认为 表示 指出 强调 称 说 透露 相信 希望 估计 预料 预测 今年 明年 后年 本月
    下月 下个月 月底 年底 年初 近期 未来 目前 当前 从目前来说 第二个 第三个 二个 二次 期间 此访 此外 另外 第一 第二 第三 一是 二是 三是 方面
    这次 此次 本次 这个 一个 一些 有些 我们 他们 她们 你们 自己 以及 并且 而且 但是 如果 因为 所以 已经 还是
    进一步 继续 开始 进行 有关 相关 具体 主要 重要 方面 问题 情况 工作 领域 可以 能够 应该 需要 没有 不是
    will would could may might shall should can be been being is are was were the a an of to in on for at by
    with from that this these those it its as and or but not no said says say expects expected likely unlikely
    year next month week this than more most also has have had do does did into over about after before
    """.split()
)

#: Words jieba fuses with a following modal (美国会 "US Congress"; 中方将).
FUSED_MODALS = frozenset({"美国会", "美方会", "中方会", "朝方会", "双方会", "政府会"})

_TOKEN_RE = re.compile(r"[0-9a-z\u3400-\u9fff]")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")


#: Texts longer than this many characters (whole articles) are kept in a cache of their own, of
#: :data:`LONG_TEXTS_CACHED` entries, so that the cache's memory stays bounded (65,536 articles of 10,000
#: characters held twice would be over a gigabyte).
LONG_TEXT = 2000
LONG_TEXTS_CACHED = 256


def match_form(text: str) -> str:
    """The form used for matching: half-width, Simplified, lower case. Same length is not guaranteed.

    Cached (65,536 short texts, sentences mostly; :data:`LONG_TEXTS_CACHED` whole articles): the nightly job
    reads the same candidate article for many claims.
    """
    return _match_form_long(text) if len(text) > LONG_TEXT else _match_form_short(text)


def _match_form(text: str) -> str:
    return to_simplified(normalize_width(text)).lower()


_match_form_short = functools.lru_cache(maxsize=65536)(_match_form)
_match_form_long = functools.lru_cache(maxsize=LONG_TEXTS_CACHED)(_match_form)


def _clear_match_form() -> None:
    _match_form_short.cache_clear()
    _match_form_long.cache_clear()


match_form.cache_clear = _clear_match_form  # type: ignore[attr-defined]


def _keep(token: str) -> bool:
    if not _TOKEN_RE.search(token):
        return False
    if len(token) == 1 and _HAN_RE.match(token):
        return False  # one-character Chinese words are mostly function words (的, 了, 在)
    return True


def _stem(token: str) -> str:
    """A light English stem: plural and verb endings off (offices → office, lifted → lift)."""
    if token.isascii() and token.isalpha() and len(token) > 4:
        for suffix in ("ing", "ed", "es", "s"):
            if token.endswith(suffix) and len(token) - len(suffix) >= 4:
                return token[: -len(suffix)]
    return token


#: Python jieba's split of a run of letters, digits and ``+#&._%-`` that its dictionary does not hold
#: (``jieba/finalseg/__init__.py``, ``re_skip``): 3.5% stays one word, covid-19 is covid, -, 19.
_ASCII_RUN_RE = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def search_words(text: str) -> Iterator[str]:
    """The words of ``jieba.cut_for_search(text)``, in order, made with ``rjieba`` (jieba-rs).

    jieba-rs keeps a run such as ``covid-19`` or ``2027-03-02`` as one word where Python jieba splits it
    (:data:`_ASCII_RUN_RE`) unless the dictionary holds it (c#), so the accurate-mode cut is split the same way here, and search mode's extra words
    are added as jieba's ``cut_for_search`` adds them: every two- and three-character part of a longer word
    that the dictionary holds, before the word. Loads rjieba's dictionary on first use (about 0.1 s, 33 MB).
    """
    import rjieba

    has_word = rjieba.has_word
    for word in rjieba.cut(text, True):
        if word.isascii() and not word.isalnum() and not has_word(word):  # (c# and c++ are dictionary words)
            yield from (part for part in _ASCII_RUN_RE.split(word) if part)
            continue
        n = len(word)
        if n > 2:
            yield from (word[i : i + 2] for i in range(n - 1) if has_word(word[i : i + 2]))
            if n > 3:
                yield from (word[i : i + 3] for i in range(n - 2) if has_word(word[i : i + 3]))
        yield word


def index_tokens(text: str) -> list[str]:
    """Search-mode jieba tokens of ``text`` in :func:`match_form`, in order, with repeats.

    >>> index_tokens("美朝雙方會設立聯絡處")[:3]
    ['美朝', '双方', '设立']
    """
    return [_stem(t) for t in (w.strip() for w in search_words(match_form(text))) if _keep(t)]


def key_terms(statement: str, limit: int = 12) -> list[str]:
    """The words of a claim's statement to search for, most specific-looking first (longest, then first seen).

    Time expressions (:func:`claims.timex.find_timexes`) are blanked first;
    :data:`STOP_TERMS` and numbers of one or two digits are dropped. At most
    ``limit`` terms. Cached (16,384 statements): stance reading asks for the same subject's terms in every
    clause of every candidate article.
    """
    return list(_key_terms(statement, limit))


@lru_cache(maxsize=16384)
def _key_terms(statement: str, limit: int) -> tuple[str, ...]:
    from claims.timex import find_timexes

    blanked = list(statement)
    for tx in find_timexes(statement, date(2000, 1, 1)):
        blanked[tx.span[0] : tx.span[1]] = [" "] * (tx.span[1] - tx.span[0])
    seen: dict[str, int] = {}
    for i, token in enumerate(index_tokens("".join(blanked))):
        if token in FUSED_MODALS:
            token = token[:-1]  # 美国会 (jieba's "US Congress") in a forecast is 美国 + 会
        if token in STOP_TERMS or (token.isdigit() and len(token) <= 2):
            continue
        seen.setdefault(token, i)
    kept = [w for w in seen if len(w) > 1]
    kept.sort(key=lambda w: (-len(w), seen[w]))
    return tuple(kept[:limit])


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    import jieba.analyse

    table = jieba.analyse.default_tfidf
    return table.idf_freq, float(table.median_idf)


def term_weight(term: str) -> float:
    """Inverse document frequency of a term from jieba's bundled IDF table (``jieba/analyse/idf.txt``).

    Words missing from the table (美朝, most English words) get its median,
    as jieba's own TF-IDF keyword extraction does.
    """
    table, median = _idf()
    return float(table.get(term, median))


def coverage(terms: list[str], text_form: str) -> float:
    """IDF-weighted share (0–1) of ``terms`` that occur in ``text_form`` (text already in :func:`match_form`)."""
    total = sum(term_weight(t) for t in terms)
    if total <= 0:
        return 0.0
    return sum(term_weight(t) for t in terms if t in text_form) / total
