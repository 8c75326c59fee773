"""Measure the near-duplicate threshold: Jaccard similarity of republished copies vs different stories.

Positives: each fixture article republished the way outlets re-run wire copy —
another dateline and credit line, a trimmed last paragraph, an added editor's
line, converted to Traditional characters. Negatives: every pair of different
fixture, outcome and held-out articles (same-topic pairs such as the Hanoi
summit reports included). Prints the exact Jaccard of character shingles and
the MinHash estimate used by claims.stories, and the margin around the
threshold. Run: python benchmarks/near_duplicates.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.readers import iter_items  # noqa: E402
from claims.stories import BANDS, ROWS, SHINGLE, THRESHOLD, bands, estimate, shingles, signature  # noqa: E402


def variants(text: str) -> list[str]:
    import opencc

    paragraphs = [p for p in text.split("\n") if p.strip()]
    trimmed = "\n".join(paragraphs[:-1]) if len(paragraphs) > 2 else text
    return [
        "（本报综合外电）" + text + "\n（编辑：王小明）",
        trimmed,
        "【编者按】以下为通讯社稿件。\n" + text,
        opencc.OpenCC("s2t").convert(text),
        "（新加坡联合早报讯）" + trimmed + "\n更多新闻请关注本报网站。",
    ]


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def main() -> None:
    folders = [ROOT / "fixtures" / d for d in ("articles", "outcomes", "heldout-evidence/articles",
                                               "heldout-evidence/outcomes")]
    texts = [item.article.text for item in iter_items([str(f) for f in folders]) if item.article]
    positives, positives_est, negatives, negatives_est = [], [], [], []
    candidates = 0  # copies that share an LSH band with their original, so that ingest compares them at all
    for text in texts:
        base, sig = shingles(text), signature(text)
        keys = set(enumerate(bands(sig)))
        for v in variants(text):
            positives.append(jaccard(base, shingles(v)))
            copy = signature(v)
            positives_est.append(estimate(sig, copy))
            candidates += bool(keys & set(enumerate(bands(copy))))
    sets = [shingles(t) for t in texts]
    sigs = [signature(t) for t in texts]
    for i, j in itertools.combinations(range(len(texts)), 2):
        negatives.append(jaccard(sets[i], sets[j]))
        negatives_est.append(estimate(sigs[i], sigs[j]))
    print(f"{len(texts)} articles, {SHINGLE}-character shingles; threshold {THRESHOLD}")
    print("| pairs | n | min | median | max | MinHash min | MinHash max |")
    print("|---|---|---|---|---|---|---|")
    print(f"| republished copies | {len(positives)} | {min(positives):.3f} | {statistics.median(positives):.3f} | "
          f"{max(positives):.3f} | {min(positives_est):.3f} | {max(positives_est):.3f} |")
    print(f"| different stories | {len(negatives)} | {min(negatives):.3f} | {statistics.median(negatives):.3f} | "
          f"{max(negatives):.3f} | {min(negatives_est):.3f} | {max(negatives_est):.3f} |")
    missed = sum(e < THRESHOLD for e in positives_est)
    false = sum(e >= THRESHOLD for e in negatives_est)
    print(f"at {THRESHOLD}: {missed} of {len(positives)} copies missed, {false} of {len(negatives)} different pairs linked")
    print(f"LSH ({BANDS} bands of {ROWS} rows): {candidates} of {len(positives)} copies share a band with their original")


if __name__ == "__main__":
    main()
