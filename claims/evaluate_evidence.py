"""Measure evidence retrieval and verdict suggestion against a gold file (uses a throwaway database).

Gold format (``fixtures/gold-evidence/*.jsonl``), one claim per line::

    {"claim": {"source": "fixtures/articles/x.txt", "quote": "verbatim piece of the claim's text",
               "published": "2019-02-25"},            # published: only for files without front matter
     "evidence": ["fixtures/outcomes/y.txt", ...],    # articles that settle it, best first ([] if none)
     "verdict": "true|false|partly|ambiguous|void",  # about the claim's proposition (DESIGN.md)
     "note": "why"}

Paths are read relative to the working folder, else to the gold file's
folder and its parents. Lines whose source file is missing (the seeds
outside CI) are skipped and counted.

Procedure: every source and evidence file named, plus every other ``.txt``
in the evidence files' folders (the distractors), is ingested into a new
SQLite file in a temporary folder, in publication order; then the nightly
job runs once as of the day after the newest article. For each gold claim
(the stored claim of that source whose text contains the quote):

- **top-3 recall**: among claims with gold evidence, the share whose three
  best suggestions (:func:`claims.resolve.suggest_evidence`) include at least
  one gold evidence article;
- **first-hit rate**: the share whose best suggestion is a gold evidence article;
- **verdict accuracy**: among all gold claims, the share whose suggested
  verdict after the nightly run equals the gold verdict (no suggestion counts
  as ``ambiguous``);
- **speaker-right accuracy**: among claims with a true/false gold verdict and
  a probability, the share where "was the speaker right" from the suggestion
  equals the one from the gold verdict.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from claims.evaluate import GoldError
from claims.store.models import VERDICTS


@dataclass
class EvidenceGold:
    source: Path
    quote: str
    published: date | None
    evidence: list[Path]
    verdict: str
    note: str = ""
    line: str = ""


@dataclass
class EvidenceEvaluation:
    """Counts and misses; :meth:`summary` gives the rates."""

    claims: int = 0
    skipped: int = 0
    with_evidence: int = 0
    top3_hits: int = 0
    first_hits: int = 0
    verdicts_right: int = 0
    right_cases: int = 0
    right_agree: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        def rate(n: int, d: int) -> float | None:
            return round(n / d, 3) if d else None

        return {
            "gold_claims": self.claims, "skipped_missing_source": self.skipped,
            "evidence_top3_recall": rate(self.top3_hits, self.with_evidence),
            "evidence_first_hit": rate(self.first_hits, self.with_evidence),
            "verdict_accuracy": rate(self.verdicts_right, self.claims),
            "speaker_right_accuracy": rate(self.right_agree, self.right_cases),
        }


def is_evidence_gold(path: Path) -> bool:
    """Whether a JSONL file holds evidence gold lines (objects with ``claim`` and ``verdict``); False for a file
    that is not UTF-8 text or cannot be read (the extraction gold reader then reports it, naming the file)."""
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    try:
                        first = json.loads(line)
                    except json.JSONDecodeError:
                        return False
                    return isinstance(first, dict) and "claim" in first and "verdict" in first
    except (OSError, UnicodeDecodeError):
        return False
    return False


def _find(name: str, gold_path: Path) -> Path | None:
    candidate = Path(name)
    if candidate.is_absolute():
        return candidate if candidate.exists() else None
    for base in (Path.cwd(), *gold_path.resolve().parents):
        if (base / candidate).exists():
            return base / candidate
    return None


def load_evidence_gold(path: Path) -> tuple[list[EvidenceGold], int]:
    """The gold lines of ``path`` whose files exist, and how many were skipped. Raises GoldError."""
    items: list[EvidenceGold] = []
    skipped = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
            claim = raw["claim"]
            verdict = raw["verdict"]
            quote = claim["quote"]
            evidence_names = list(raw.get("evidence", []))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldError(f"{where}: not an evidence gold line ({exc})") from None
        if verdict not in VERDICTS:
            raise GoldError(f"{where}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        source = _find(claim["source"], path)
        if source is None:
            skipped += 1
            continue
        evidence = [_find(e, path) for e in evidence_names]
        if any(e is None for e in evidence):
            raise GoldError(f"{where}: evidence file not found: {evidence_names}")
        published = date.fromisoformat(claim["published"]) if claim.get("published") else None
        items.append(EvidenceGold(source, quote, published, [e for e in evidence if e], verdict,
                                  raw.get("note", ""), where))
    return items, skipped


def evaluate_evidence(paths: list[Path]) -> EvidenceEvaluation:
    """Run the procedure of the module docstring over the gold files ``paths``."""
    from sqlmodel import Session, select

    from claims.extract import load_article
    from claims.resolve import nightly, suggest_evidence
    from claims.sources import SourceError
    from claims.store.db import open_engine
    from claims.store.models import Article, Claim
    from claims.store.repo import save_article, speaker_right

    gold: list[EvidenceGold] = []
    result = EvidenceEvaluation()
    for path in paths:
        items, skipped = load_evidence_gold(path)
        gold += items
        result.skipped += skipped
    files: dict[Path, date | None] = {}
    for g in gold:
        files.setdefault(g.source.resolve(), g.published)
        for e in g.evidence:
            files.setdefault(e.resolve(), None)
            for sibling in sorted(e.parent.glob("*.txt")):
                files.setdefault(sibling.resolve(), None)
    with tempfile.TemporaryDirectory(prefix="claims-eval-") as tmp:
        engine = open_engine(f"sqlite:///{Path(tmp) / 'eval.db'}")
        loaded = []
        for file, published in files.items():
            try:
                loaded.append(load_article(file, published))
            except SourceError as exc:
                raise GoldError(str(exc)) from None
        loaded.sort(key=lambda x: (x[0].published, str(x[0].path)))
        ids: dict[Path, int] = {}
        with Session(engine) as session:
            for article, extracted, events in loaded:
                ids[Path(article.path).resolve()] = save_article(session, article, extracted, events).article_id
            session.commit()
            newest = max(a.published for a, _, _ in loaded)
        nightly(engine, newest + timedelta(days=1))
        with Session(engine) as session:
            for g in gold:
                result.claims += 1
                article_id = ids.get(g.source.resolve())
                claims = session.exec(select(Claim).where(Claim.article_id == article_id)).all()
                matched = [c for c in claims if g.quote in c.text]
                if len(matched) != 1:
                    result.misses.append({"gold": g.line, "quote": g.quote, "problem":
                                          f"{len(matched)} stored claims contain the quote"})
                    continue
                claim = matched[0]
                wanted = {ids.get(e.resolve()) for e in g.evidence}
                top = [c.article.id for c in suggest_evidence(session, claim, 3)]
                if g.evidence:
                    result.with_evidence += 1
                    result.top3_hits += bool(wanted & set(top))
                    result.first_hits += bool(top and top[0] in wanted)
                suggested = claim.suggested_verdict or "ambiguous"
                result.verdicts_right += suggested == g.verdict
                if g.verdict in ("true", "false") and claim.probability not in (None, 0.5):
                    result.right_cases += 1
                    result.right_agree += (speaker_right(claim.probability, suggested, claim.kind)
                                           == speaker_right(claim.probability, g.verdict, claim.kind))
                if suggested != g.verdict or (g.evidence and not wanted & set(top)):
                    titles = [session.get(Article, i).title for i in top[:3]]  # type: ignore[union-attr]
                    result.misses.append({
                        "gold": g.line, "quote": g.quote, "claim": claim.id, "statement": claim.statement,
                        "want_verdict": g.verdict, "got_verdict": claim.suggested_verdict,
                        "want_evidence": [e.name for e in g.evidence], "top3": titles,
                        "reasons": list(claim.suggestion_reasons or []),
                    })
        engine.dispose()
    return result
