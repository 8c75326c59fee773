"""Measure the extractor against a gold set: detection precision/recall/F1 and field accuracy.

Gold files are JSONL, one article per line (see ``fixtures/gold/``)::

    {"id", "lang", "published", "outlet", "text",
     "claims": [{"speaker", "quote", "kind", "deadline_end", "probability"}],
     "non_claims": ["verbatim piece", ...]}

How a predicted claim is matched to a gold one
----------------------------------------------
A prediction *matches* a gold claim when the gold ``quote`` lies inside the
prediction's verbatim ``text`` (the claim's sentence or clause). Matching is
one-to-one and greedy in text order: each gold claim takes the first unmatched
prediction that contains its quote. So a prediction that merges two gold
claims matches one of them and the other counts as missed.

- precision = matched predictions / all predictions; recall = matched gold
  claims / all gold claims; F1 their harmonic mean.
- speaker, kind and deadline accuracy are over matched pairs: the speaker
  the same one the store would file the claim under — names with equal
  :func:`claims.speakers.name_key` (Traditional/Simplified, spacing, case and
  a company's legal form aside: 香港鐵路有限公司 = 香港铁路, Intel Corp = Intel;
  no alias file is applied), None for the reporter's voice; the kind equal, the deadline's
  last day equal (None = open-ended, and None must match None).
- probability MAE is over matched pairs whose gold probability is not null;
  a prediction with no probability counts as 0.5 (no information: even odds).
  Pairs where gold is null and the prediction is not are counted apart as
  ``probability_spurious``.

Pure: no database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claims.extract import ExtractedClaim, extract
from claims.speakers import name_key

#: Probability assumed for a prediction that states none, when gold states one.
NO_PROBABILITY = 0.5


class GoldError(Exception):
    """A gold file cannot be read; the message names the file and line."""


@dataclass
class GoldArticle:
    """One gold article: its text and publication date, expected claims and non-claims."""

    id: str
    text: str
    published: date
    lang: str | None
    claims: list[dict[str, Any]]
    non_claims: list[str]


@dataclass
class Evaluation:
    """Counts, rates and the list of misses of one evaluation run."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    deadline_ok: int = 0
    probability_errors: list[float] = field(default_factory=list)
    probability_spurious: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)

    def _rate(self, numerator: int, denominator: int) -> float | None:
        return round(numerator / denominator, 4) if denominator else None

    def summary(self) -> dict[str, Any]:
        """The figures as a JSON-ready dict (rates in 0–1, rounded to 4 places)."""
        precision = self._rate(self.matched, self.predicted)
        recall = self._rate(self.matched, self.gold)
        f1 = (
            round(2 * precision * recall / (precision + recall), 4)
            if precision and recall else 0.0
        )
        mae = (
            round(sum(self.probability_errors) / len(self.probability_errors), 4)
            if self.probability_errors else None
        )
        return {
            "articles": self.articles, "gold_claims": self.gold, "predicted": self.predicted,
            "matched": self.matched, "precision": precision, "recall": recall, "f1": f1,
            "speaker_accuracy": self._rate(self.speaker_ok, self.matched),
            "kind_accuracy": self._rate(self.kind_ok, self.matched),
            "deadline_accuracy": self._rate(self.deadline_ok, self.matched),
            "probability_mae": mae, "probability_scored": len(self.probability_errors),
            "probability_spurious": self.probability_spurious,
        }


#: The fields of a gold article line (text and published required).
GOLD_ARTICLE_FIELDS = ("id", "lang", "published", "outlet", "text", "claims", "non_claims")
#: The fields of a gold claim (quote required; speaker_kind is informative, not scored).
GOLD_CLAIM_FIELDS = ("speaker", "speaker_kind", "quote", "kind", "deadline_end", "probability", "note")


def load_gold(paths: Iterable[str | Path]) -> list[GoldArticle]:
    """Read gold JSONL files (or folders of ``*.jsonl``); raises :class:`GoldError` naming file and line."""
    articles: list[GoldArticle] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            raise GoldError(f"{path}: no .jsonl gold files in this folder")
        for file in files:
            if file.resolve() in seen:
                continue  # the same file named twice (a folder and a file in it) counts once
            seen.add(file.resolve())
            try:
                lines = file.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise GoldError(f"{file}: cannot read ({exc})") from None
            for number, line in enumerate(lines, 1):
                if line.strip():
                    articles.append(_gold_line(line, f"{file}:{number}"))
    if not articles:
        raise GoldError(f"{', '.join(str(p) for p in paths)}: no gold articles")
    return articles


def _gold_line(line: str, where: str) -> GoldArticle:
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            raise TypeError(f"a JSON {type(item).__name__}, not an object")
        missing = [k for k in ("text", "published") if k not in item]
        if missing:
            raise GoldError(f"{where}: not a gold article (no {' or '.join(missing)}; "
                            f"fields: {', '.join(GOLD_ARTICLE_FIELDS)})")
        try:
            published = date.fromisoformat(item["published"])
        except (TypeError, ValueError):
            raise GoldError(f"{where}: not a gold article (published {item['published']!r}: a date YYYY-MM-DD)") from None
        article = GoldArticle(
            id=str(item.get("id") or where), text=item["text"], published=published,
            lang=item.get("lang"), claims=list(item.get("claims", [])), non_claims=list(item.get("non_claims", [])),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"{where}: not a gold article ({type(exc).__name__}: {exc})") from None
    if not isinstance(article.text, str) or article.lang not in (None, "zh", "en"):
        raise GoldError(f"{where}: not a gold article (text must be a string, lang zh or en)")
    if not isinstance(item.get("claims", []), list) or not isinstance(item.get("non_claims", []), list):
        raise GoldError(f"{where}: not a gold article (claims and non_claims must be lists)")
    for n, claim in enumerate(article.claims, 1):
        problem = _claim_problem(claim)
        if problem is None and claim["quote"] not in article.text:
            problem = f"has quote {claim['quote']!r}, which is not in the text (it must be a verbatim piece of it)"
        if problem:
            raise GoldError(f"{where}: claim {n} {problem}")
    return article


def _claim_problem(claim: Any) -> str | None:
    """Why a gold claim cannot be scored (None when it can): each needs a quote; probability is a number in [0, 1]
    or null; deadline_end an ISO date or null; kind forecast, plan or promise."""
    if not isinstance(claim, dict):
        return f"is a JSON {type(claim).__name__}, not an object"
    unknown = [k for k in claim if k not in GOLD_CLAIM_FIELDS]
    if unknown:
        # (a misspelt field — "deadline" for deadline_end — would silently score as "no deadline")
        return f"has unknown field {unknown[0]!r} (fields: {', '.join(GOLD_CLAIM_FIELDS)})"
    if not isinstance(claim.get("quote"), str) or not claim["quote"].strip():
        return "has no quote (a verbatim piece of the article's text)"
    p = claim.get("probability")
    if p is not None and (isinstance(p, bool) or not isinstance(p, (int, float)) or not 0 <= p <= 1):
        return f"has probability {p!r}: a number from 0 to 1, or null"
    end = claim.get("deadline_end")
    if end is not None:
        try:
            date.fromisoformat(end)
        except (TypeError, ValueError):
            return f"has deadline_end {end!r}: a date YYYY-MM-DD, or null"
    if claim.get("kind") not in (None, "forecast", "plan", "promise"):
        return f"has kind {claim.get('kind')!r}: forecast, plan or promise"
    return None


def _end(claim: ExtractedClaim) -> str | None:
    return claim.deadline.end.isoformat() if claim.deadline and claim.deadline.end else None


def score_article(article: GoldArticle, predicted: list[ExtractedClaim], result: Evaluation) -> None:
    """Add one article's matches, misses and field errors to ``result``."""
    result.articles += 1
    result.gold += len(article.claims)
    result.predicted += len(predicted)
    taken: set[int] = set()
    for gold in article.claims:
        index = next((i for i, c in enumerate(predicted) if i not in taken and gold["quote"] in c.text), None)
        if index is None:
            result.misses.append({"article": article.id, "quote": gold["quote"], "speaker": gold.get("speaker"),
                                  "kind": gold.get("kind")})
            continue
        taken.add(index)
        _score_pair(article.id, gold, predicted[index], result)
    for i, claim in enumerate(predicted):
        if i not in taken:
            reason = next((n for n in article.non_claims if n in claim.text), None)
            result.false_positives.append({"article": article.id, "text": claim.text,
                                           "non_claim": reason, "hedge": claim.hedge})


def _score_pair(article_id: str, gold: dict[str, Any], claim: ExtractedClaim, result: Evaluation) -> None:
    result.matched += 1
    got = {
        "speaker": claim.speaker.name if claim.speaker else None,
        "kind": claim.kind,
        "deadline_end": _end(claim),
    }
    for key, counter in (("speaker", "speaker_ok"), ("kind", "kind_ok"), ("deadline_end", "deadline_ok")):
        if got[key] == gold.get(key) or (key == "speaker" and got[key] is not None and gold.get(key) is not None
                                         and name_key(got[key]) == name_key(gold[key])):
            setattr(result, counter, getattr(result, counter) + 1)
        else:
            result.field_errors.append({"article": article_id, "quote": gold["quote"], "field": key,
                                        "got": got[key], "want": gold.get(key), "text": claim.text})
    want = gold.get("probability")
    if want is not None:
        have = claim.probability if claim.probability is not None else NO_PROBABILITY
        result.probability_errors.append(abs(have - want))
        if abs(have - want) > 0.1:
            result.field_errors.append({"article": article_id, "quote": gold["quote"], "field": "probability",
                                        "got": claim.probability, "want": want, "text": claim.text})
    elif claim.probability is not None:
        result.probability_spurious += 1


def evaluate(articles: Iterable[GoldArticle]) -> Evaluation:
    """Run :func:`claims.extract.extract` over gold articles and score it.

    Each text is read as ``claims ingest`` reads a scraped page
    (:func:`claims.sources.split_main_story`): the story ends at the first
    chrome line (相关阅读, Read more) or editor's sign-off, and photo captions
    are skipped.
    """
    from claims.sources import split_main_story

    result = Evaluation()
    for article in articles:
        layout = split_main_story(article.text)
        predicted = extract(article.text[: layout.main_end], article.published, lang=article.lang,
                            excluded=layout.excluded)
        score_article(article, predicted, result)
    return result
