"""Text utilities for the pipeline: width normalisation and sentence splitting.

Pure functions, no database. Every function that returns spans returns offsets
into the string it was given, so ``text[start:end]`` is always the verbatim
sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

#: Sentence-final punctuation (Chinese full stops, marks, and the semicolon,
#: which in Chinese news separates independent clauses).
TERMINATORS = "。！？!?；;…"
OPEN_QUOTES = "“「『\"‘"
CLOSE_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}

#: Every character :func:`split_sentences` acts on: quotation openers, line breaks, terminators and '.'.
_BREAK_RE = re.compile("[" + re.escape("".join(CLOSE_QUOTES) + TERMINATORS) + r"\n.]")
# A short attribution tail after a closing quote: “……。”财政部长李明在会上说。
_TAIL_RE = re.compile(
    r"[^。！？!?“”「」\n]{0,30}?(?:说|表示|称|指出|强调|认为|透露|补充|坦言|回应|写道|說|表示|稱|強調|認為|透露)"
    r"[^。！？!?“”「」\n]{0,8}?[。！？!?]"
)

#: After an English quotation that ends with a period: a space and a capital (or a new quotation) start a new sentence.
_NEXT_ENGLISH_SENTENCE_RE = re.compile(r" +[A-Z\"“]")

_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20


def normalize_width(text: str) -> str:
    """Map full-width ASCII (U+FF01–U+FF5E) and the ideographic space to half-width.

    The result has exactly the same length as the input, so spans found in the
    normalised text index the original verbatim text too.
    """
    return text.translate(_WIDTH_TABLE)


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == source[start:end]``; ``paragraph`` counts from 0."""

    text: str
    start: int
    end: int
    paragraph: int


def _close_index(text: str, i: int) -> int:
    """Index of the quote closing the one opened at ``i``, or -1 (stops at a paragraph break)."""
    closer = CLOSE_QUOTES[text[i]]
    j = i + 1
    while j < len(text):
        if text[j] == closer:
            return j
        if text[j] == "\n" and j + 1 < len(text) and text[j + 1] == "\n":
            return -1
        j += 1
    return -1


def _is_english_stop(text: str, i: int) -> bool:
    """A '.' ends an English sentence when followed by a space and a capital or quote."""
    if text[i] != ".":
        return False
    nxt = text[i + 1 : i + 3]
    if not nxt.startswith(" "):
        return nxt == "" or nxt.startswith("\n")
    prev = text[max(0, i - 4) : i]
    # (titles, military and police ranks included: "Lt. Gen. Scott Spellmon", "Capt. Ana Ruiz", "Prof. Lee")
    if re.search(r"\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|No|U\.S|Gen|Sen|Rep|Gov|Inc|Co|Lt|Col|Capt|Cmdr|Cdr|Adm|Maj|Sgt|Brig|"
                 r"Supt|Insp|Prof|Rev|Hon|Amb|Pres)$", prev):
        return False
    if re.search(r"(?:^|[\s.])[A-Z]$", prev):
        return False  # an initial: "ISRO Chairman S. Somanath", "George W. Bush"
    if re.search(r"\b[ap]\.m$", prev) and re.match(
            r" (?:[A-Z]{2,4}\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", text[i + 1 : i + 12]):
        return False  # "at 7:20 a.m. EST (1220 GMT)", "at 9 a.m. Friday": the clock time goes on
    return len(nxt) > 1 and (nxt[1].isupper() or nxt[1] in "\"“")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, respecting Chinese punctuation and quotation marks.

    - Terminators inside a quotation (“…”, 「…」) do not end the sentence; the
      quote ends it, unless a short attribution tail follows (“…。”他说。).
    - A line break always ends a sentence; a blank line starts a new paragraph.
    - Leading and trailing white space is excluded from each span.

    Returns a list of :class:`Sentence` in text order; never raises.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    # Paragraphs are separated by blank lines, or, in a text with none (as HTML extraction and most feeds
    # give it), by every line break
    blank_lines = re.search(r"\n[ \t]*\n", text) is not None
    start = 0
    i = 0
    n = len(text)

    def emit(end: int) -> None:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(text[s:e], s, e, paragraph))

    while i < n:
        found = _BREAK_RE.search(text, i)  # jump to the next character the rules below look at
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in CLOSE_QUOTES:
            j = _close_index(text, i)
            if j > 0:
                # a quotation ending its own sentence: “…。”, or English '…." He added' (a period, then a new
                # sentence with a capital)
                inner_end = text[j - 1] in TERMINATORS or (
                    text[j - 1] == "." and _NEXT_ENGLISH_SENTENCE_RE.match(text, j + 1) is not None)
                i = j + 1
                if inner_end:
                    tail = _TAIL_RE.match(text, i)
                    if tail:
                        i = tail.end()
                    emit(i)
                    start = i
                continue
        if ch == "\n":
            emit(i)
            if not blank_lines or text[i + 1 : i + 2] == "\n" or (i + 1 < n and text[i + 1 :].lstrip(" \t").startswith("\n")):
                paragraph += 1
                while i + 1 < n and text[i + 1].isspace():
                    i += 1
            start = i + 1
        elif ch in TERMINATORS or _is_english_stop(text, i):
            while i + 1 < n and (text[i + 1] in TERMINATORS or text[i + 1] in "”」』’"):
                i += 1
            emit(i + 1)
            start = i + 1
        i += 1
    emit(n)
    return sentences


def paragraphs_of(sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    """Group sentences by paragraph number, keeping order."""
    grouped: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.paragraph, []).append(sentence)
    return grouped


def cache_dir() -> Path:
    """Where jieba keeps its dictionary cache: ``$CLAIMS_CACHE_DIR``, else ``cache`` in the per-user data folder.

    jieba's default is the system temp folder, readable only by the first user
    who made it: on a shared server every other user then rebuilt it on every
    start and left temp files behind. Created on first use, private to the user.
    """
    import os

    configured = os.environ.get("CLAIMS_CACHE_DIR")
    if configured:
        folder = Path(configured)
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("claims", appauthor=False)) / "cache"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    """Import jieba lazily (so ``claims --help`` stays fast), log quietened, cache in :func:`cache_dir`."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    try:
        jieba.dt.tmp_dir = str(cache_dir())
    except OSError:
        pass  # no writable data folder: jieba falls back to the temp folder
    return jieba


def tokens(text: str) -> list[str]:
    """jieba's accurate-mode segmentation of ``text`` (imports jieba on first use)."""
    return list(_jieba().lcut(text))


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (basic block and extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


_CJK_CHAR_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN_LETTER_RE = re.compile("[A-Za-z]")


def detect_lang(text: str) -> str:
    """'zh' when CJK ideographs make up at least 20% of the letters, else 'en'."""
    cjk = len(_CJK_CHAR_RE.findall(text))
    latin = len(_LATIN_LETTER_RE.findall(text))
    if cjk == 0 and latin == 0:
        return "zh"
    return "zh" if cjk >= 0.2 * (cjk + latin) else "en"


def overlaps(sentence: Sentence, ranges: list[tuple[int, int]]) -> bool:
    """True when ``sentence`` overlaps any (start, end) range."""
    return any(sentence.start < end and start < sentence.end for start, end in ranges)


#: Punctuation that ends a clause; a comma or colon between digits (1,320km, 10:30) does not.
_CLAUSE_START_RE = re.compile(r"[，：；;]|(?<!\d)[,:]|[,:](?!\d)")
_CLAUSE_END_RE = re.compile(r"[，；;。]|(?<!\d),|,(?!\d)")


def clause_start(sentence: str, position: int) -> int:
    """Start of the clause (after the last ，,：:；;) that holds ``position``; a comma or colon between two
    digits (1,000, 10:30) ends no clause.

    Read backwards from ``position``, so the cost is the clause's length, not the sentence's: a scan from the
    sentence's start, asked for every comma of a sentence made of thousands of clauses, was quadratic.
    """
    end = min(position, len(sentence))
    i = end - 1
    while i >= 0:
        ch = sentence[i]
        if ch in "，：；;":
            return i + 1
        if ch in ",:" and not (i > 0 and sentence[i - 1].isdecimal() and i + 1 < end and sentence[i + 1].isdecimal()):
            return i + 1
        i -= 1
    return 0


def clause_end(sentence: str, position: int) -> int:
    """End of the clause (the next ，,；;。) that holds ``position``."""
    m = _CLAUSE_END_RE.search(sentence, position)
    return m.start() if m else len(sentence)


class SpanIndex:
    """Items with a ``span`` (start, end), found by where they start in O(log n) (bisect), not by a scan.

    Extraction asks, for every sentence, which time expressions lie in it; a scan per sentence made a
    long text cost sentences × expressions (a 400 KB text took 17 s, 3 MB a quarter of an hour).
    """

    def __init__(self, items: list[Any]) -> None:
        self.items = sorted(items, key=lambda item: item.span[0])
        self.starts = [item.span[0] for item in self.items]

    def starting_in(self, lo: int, hi: int) -> list[Any]:
        """The items whose span starts in ``[lo, hi)``, in text order."""
        import bisect

        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]
