"""Near-duplicate articles: the same wire story republished by several outlets is one *story*.

Texts are compared in match form (:func:`claims.search.match_form`: half-width,
Simplified, lower case, white space and punctuation removed) as sets of
character :data:`SHINGLE`-grams, by their Jaccard similarity, estimated with
MinHash (datasketch, :data:`PERMUTATIONS` permutations, fixed seed) and found
with locality-sensitive hashing: the signature is cut into :data:`BANDS` bands
of :data:`ROWS` rows; two articles are candidates when one band is equal
(probability 1 − (1 − s^ROWS)^BANDS for similarity s: 0.87 at s = 0.45, 0.97
at 0.54, the lowest copy measured, and 0.9998 at 0.7; 0.28 at 0.25 and 0.02
at 0.1, so unrelated articles are rarely compared), and a candidate whose
estimated similarity is at least :data:`THRESHOLD` is the same story.
``benchmarks/near_duplicates.py`` counts the copies that share a band: 250 of
250 with 21 bands of 3 rows, 247 with the 16 bands of 4 rows used before
migration 0007 (whose probability at s = 0.54 is only 0.76).

The threshold is measured by ``benchmarks/near_duplicates.py`` on the fixture
articles (52 articles, 260 republished copies, 1,326 pairs of different
stories): copies (another dateline and credit line, a trimmed last paragraph,
an editor's note, Traditional characters) have Jaccard 0.54–1.00 (MinHash
estimate 0.56–1.00), different stories at most 0.25 (estimate 0.30; same-topic
reports such as the Hanoi summit pieces included). 0.45 sits in the gap, about
0.11 from the nearest copy and 0.15 from the nearest different story.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

SHINGLE = 4
PERMUTATIONS = 64
BANDS = 21
ROWS = 3
THRESHOLD = 0.45
SEED = 1

_DROP_RE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalized(text: str) -> str:
    """Match form without white space and punctuation: what near-duplicates are compared on."""
    from claims.search import match_form

    return _DROP_RE.sub("", match_form(text))


def shingles(text: str) -> set[str]:
    """The set of character :data:`SHINGLE`-grams of the normalised text (the text itself if shorter)."""
    norm = normalized(text)
    if len(norm) <= SHINGLE:
        return {norm} if norm else set()
    return {norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}


@functools.lru_cache(maxsize=1)
def _permutations() -> Any:
    """The hash permutations for :data:`SEED`, made once: datasketch draws them anew for every MinHash
    otherwise, which cost more than hashing an article's shingles."""
    from datasketch import MinHash

    template = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    return template.permutations, template.scheme


def signature(text: str) -> list[int]:
    """The MinHash signature (:data:`PERMUTATIONS` unsigned 32-bit ints) of the text's shingles."""
    from datasketch import MinHash

    permutations, scheme = _permutations()
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED, permutations=permutations, scheme=scheme)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return [int(v) for v in minhash.hashvalues]


def estimate(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal positions."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def bands(sig: list[int], count: int = BANDS, rows_per_band: int = ROWS) -> list[str]:
    """LSH bucket keys, one per band (``count`` bands of ``rows_per_band`` signature values): a short hash of
    that band's rows."""
    out = []
    for band in range(count):
        rows = ",".join(str(v) for v in sig[band * rows_per_band : (band + 1) * rows_per_band])
        out.append(hashlib.blake2b(rows.encode(), digest_size=8).hexdigest())
    return out
