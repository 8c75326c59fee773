"""Near-duplicate stories (claims.stories): republished copies share an LSH band and pass the threshold."""

import itertools

import opencc

from claims.readers import iter_items
from claims.stories import THRESHOLD, bands, estimate, signature
from conftest import FIXTURES


def _copies(text: str) -> list[str]:
    """The ways outlets re-run wire copy: new dateline and credit, a trimmed last paragraph, Traditional."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    trimmed = "\n".join(paragraphs[:-1]) if len(paragraphs) > 2 else text
    return ["（本报综合外电）" + text + "\n（编辑：李四）", trimmed, opencc.OpenCC("s2t").convert(text),
            "（吉隆坡综合讯）" + trimmed + "\n更多新闻请关注本报网站。"]


def test_every_copy_shares_a_band_and_different_stories_do_not_link() -> None:
    texts = [item.article.text for item in iter_items([str(FIXTURES / "articles"), str(FIXTURES / "outcomes")])
             if item.article]
    assert len(texts) >= 25
    signatures = [signature(t) for t in texts]
    for text, sig in zip(texts, signatures, strict=True):
        keys = set(enumerate(bands(sig)))
        for copy in _copies(text):
            other = signature(copy)
            assert keys & set(enumerate(bands(other))), copy[:40]  # ingest compares them at all
            assert estimate(sig, other) >= THRESHOLD, copy[:40]
    for a, b in itertools.combinations(signatures, 2):
        assert estimate(a, b) < THRESHOLD


def test_bands_cut_the_signature_as_asked() -> None:
    sig = list(range(64))
    assert len(bands(sig)) == 21 and len(bands(sig, 16, 4)) == 16
    assert bands(sig)[0] != bands(sig, 16, 4)[0]  # 3 rows vs 4 rows: another key
