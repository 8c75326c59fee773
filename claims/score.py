"""Scores of resolved claims: hit rate, Brier score, skill, Murphy decomposition, calibration, lead time (pure).

Every function takes plain values (no database). A claim enters as an
:class:`Outcome`: its stated probability (of its proposition), its current
verdict, kind, the day it was made and its deadline.

Definitions
-----------
- **Resolved**: a verdict is given and the claim was not made after its
  outcome was public (``after_outcome`` claims are counted apart and left out
  of every score).
- **Hit** (DESIGN.md): stated probability above 0.5 and verdict ``true``, or
  below 0.5 and ``false``. ``partly`` counts half a hit. ``ambiguous``,
  ``void`` and a probability of exactly 0.5 are left out. A plan or promise
  without a stated probability asserts its proposition (it counts as above
  0.5); a forecast without one is left out. **Hit rate** = hits / claims
  counted.
- **Brier score** (Brier 1950, *Monthly Weather Review* 78(1)): the mean of
  (p − o)² over claims with a probability and a ``true`` (o = 1) or ``false``
  (o = 0) verdict; 0 is perfect, 0.25 is what always saying 50% earns.
  ``partly`` is left out: the score is defined for events that happen or not.
- **Brier skill score**: 1 − BS / BS_ref with BS_ref = ō(1 − ō), the Brier
  score of always forecasting the base rate ō of the same set (Wilks,
  *Statistical Methods in the Atmospheric Sciences*, 3rd ed., §8.4.2). None
  when every outcome is the same (BS_ref = 0).
- **Murphy decomposition** (Murphy 1973, *Journal of Applied Meteorology*
  12(4)): BS = reliability − resolution + uncertainty, with the forecasts
  grouped by their distinct stated values (hedges give few distinct values,
  so the identity is exact): reliability = Σ n_k (p_k − ō_k)² / N, resolution =
  Σ n_k (ō_k − ō)² / N, uncertainty = ō(1 − ō). Given only for at least
  :data:`MIN_DECOMPOSITION` scored claims.
- **Calibration table**: ten bins of stated probability [0, 0.1), [0.1, 0.2) …
  [0.9, 1.0] with count, mean stated probability and observed frequency of
  ``true`` (the reliability diagram of Murphy & Winkler 1977).
- **Lead time**: days from when the claim was made to its deadline's end (claims
  made after their outcome left out, as everywhere but ``claims`` and ``after_outcome``);
  **horizon buckets** ≤ 30 days, 31–90, 91–365, over 365, and none (no deadline).
- **Grade**: only with at least ``min_resolved`` resolved claims (default
  :data:`MIN_RESOLVED`), else "too few to grade". From the Brier score when
  there is one — A below 0.10, B below 0.18, C below 0.25 (the score of always
  saying 50%), D below 0.35, F otherwise — else from the hit rate — A from
  0.9, B 0.75, C 0.6, D 0.45, F below. The bands are ours.
"""

from __future__ import annotations

import functools
import operator
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any


def shallow_dict(record: Any) -> dict[str, Any]:
    """A dataclass instance's fields as a dict, values not copied (:func:`dataclasses.asdict` copies deeply)."""
    names, values = _field_getter(type(record))
    return dict(zip(names, values(record), strict=True))


@functools.lru_cache(maxsize=64)
def _field_getter(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The field names of a dataclass and a function giving their values as a tuple, read in C
    (``operator.attrgetter``; a getattr per field per claim was a third of a 100k-claim JSON scorecard)."""
    names = tuple(f.name for f in fields(cls))
    if len(names) == 1:
        return names, lambda record: (getattr(record, names[0]),)
    return names, operator.attrgetter(*names)  # type: ignore[return-value]


MIN_RESOLVED = 10
MIN_DECOMPOSITION = 10
TOO_FEW = "too few to grade"
VERDICTS = ("true", "false", "partly", "ambiguous", "void")
HORIZONS = (("0-30", 0, 30), ("31-90", 31, 90), ("91-365", 91, 365), ("over-365", 366, None))
BRIER_GRADES = ((0.10, "A"), (0.18, "B"), (0.25, "C"), (0.35, "D"))
HIT_GRADES = ((0.9, "A"), (0.75, "B"), (0.6, "C"), (0.45, "D"))


@dataclass(frozen=True, slots=True)
class Outcome:
    """One claim as scores see it. ``verdict`` is the current one (None: unresolved)."""

    claim_id: int
    probability: float | None
    verdict: str | None
    kind: str = "forecast"
    said_on: date | None = None
    deadline_end: date | None = None
    after_outcome: bool = False


@dataclass(frozen=True)
class CalibrationBin:
    """One bin of the calibration table: [lo, hi), count, mean stated probability, observed frequency."""

    lo: float
    hi: float
    count: int
    mean_probability: float | None
    observed_frequency: float | None


@dataclass(frozen=True)
class Decomposition:
    """Murphy's terms; ``reliability - resolution + uncertainty`` equals the Brier score."""

    reliability: float
    resolution: float
    uncertainty: float


@dataclass
class GroupScore:
    """Every figure for one group (a speaker, outlet, tag or everything). Field names are the CSV/JSON columns."""

    group: str
    claims: int = 0
    resolved: int = 0
    true: int = 0
    false: int = 0
    partly: int = 0
    ambiguous: int = 0
    void: int = 0
    after_outcome: int = 0
    hit_scored: int = 0
    hits: float = 0.0
    hit_rate: float | None = None
    brier_n: int = 0
    brier: float | None = None
    brier_skill: float | None = None
    reliability: float | None = None
    resolution: float | None = None
    uncertainty: float | None = None
    mean_probability: float | None = None
    mean_lead_days: float | None = None
    median_lead_days: float | None = None
    horizons: dict[str, int] = field(default_factory=dict)
    grade: str = TOO_FEW
    calibration: list[CalibrationBin] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        """A flat dict of the figures (the CSV columns, :data:`COLUMNS`), floats rounded to 4 places."""
        out = shallow_dict(self)  # dataclasses.asdict deep-copies: too slow for 100k-claim scorecards
        out.pop("calibration")
        horizons = out.pop("horizons")
        for name, _, _ in HORIZONS:
            out[f"horizon_{name}"] = horizons.get(name, 0)
        out["horizon_none"] = horizons.get("none", 0)
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}


#: CSV/JSON column names, in order (documented in the README).
COLUMNS = (
    "group", "claims", "resolved", "true", "false", "partly", "ambiguous", "void", "after_outcome",
    "hit_scored", "hits", "hit_rate", "brier_n", "brier", "brier_skill", "reliability", "resolution",
    "uncertainty", "mean_probability", "mean_lead_days", "median_lead_days",
    *[f"horizon_{name}" for name, _, _ in HORIZONS], "horizon_none", "grade",
)


def hit_value(probability: float | None, verdict: str | None, kind: str = "forecast") -> float | None:
    """1 for a hit, 0 for a miss, 0.5 for ``partly``, None when the claim is left out (see module docstring)."""
    if verdict not in ("true", "false", "partly"):
        return None
    if probability is None:
        if kind not in ("plan", "promise"):
            return None
        probability = 1.0
    if probability == 0.5:
        return None
    if verdict == "partly":
        return 0.5
    return 1.0 if (probability > 0.5) == (verdict == "true") else 0.0


def brier_pairs(outcomes: Iterable[Outcome]) -> list[tuple[float, int]]:
    """(stated probability, outcome 0/1) for claims with a probability and a true/false verdict."""
    return [(o.probability, 1 if o.verdict == "true" else 0) for o in outcomes
            if o.probability is not None and o.verdict in ("true", "false") and not o.after_outcome]


def brier(pairs: Sequence[tuple[float, int]]) -> float | None:
    """Mean squared difference between stated probability and outcome; None for no pairs."""
    if not pairs:
        return None
    return sum((p - o) ** 2 for p, o in pairs) / len(pairs)


def brier_skill(pairs: Sequence[tuple[float, int]]) -> float | None:
    """1 − BS / (ō(1 − ō)); None without pairs or when all outcomes agree."""
    score = brier(pairs)
    if score is None:
        return None
    base = sum(o for _, o in pairs) / len(pairs)
    reference = base * (1 - base)
    return None if reference == 0 else 1 - score / reference


def murphy(pairs: Sequence[tuple[float, int]], minimum: int = MIN_DECOMPOSITION) -> Decomposition | None:
    """Reliability, resolution and uncertainty over the distinct stated probabilities; None below ``minimum``."""
    if len(pairs) < max(minimum, 1):
        return None
    n = len(pairs)
    base = sum(o for _, o in pairs) / n
    groups: dict[float, list[int]] = defaultdict(list)
    for p, o in pairs:
        groups[p].append(o)
    reliability = sum(len(os) * (p - sum(os) / len(os)) ** 2 for p, os in groups.items()) / n
    resolution = sum(len(os) * (sum(os) / len(os) - base) ** 2 for os in groups.values()) / n
    return Decomposition(reliability, resolution, base * (1 - base))


def calibration(pairs: Sequence[tuple[float, int]]) -> list[CalibrationBin]:
    """The ten-bin calibration table (the last bin includes 1.0)."""
    bins: list[list[tuple[float, int]]] = [[] for _ in range(10)]
    for p, o in pairs:
        bins[min(int(p * 10 + 1e-9), 9)].append((p, o))
    out = []
    for i, members in enumerate(bins):
        count = len(members)
        out.append(CalibrationBin(
            round(i / 10, 1), round((i + 1) / 10, 1), count,
            sum(p for p, _ in members) / count if count else None,
            sum(o for _, o in members) / count if count else None,
        ))
    return out


def horizon(days: int | None) -> str:
    """The horizon bucket of a lead time in days ('none' without a deadline)."""
    if days is None:
        return "none"
    for name, lo, hi in HORIZONS:
        if days >= lo and (hi is None or days <= hi):
            return name
    return HORIZONS[0][0]  # a deadline before the claim (negative lead) counts as the shortest


def lead_days(outcome: Outcome) -> int | None:
    """Days from when the claim was made to its deadline's end; None without either."""
    if outcome.said_on is None or outcome.deadline_end is None:
        return None
    return (outcome.deadline_end - outcome.said_on).days


def grade(score: GroupScore, min_resolved: int = MIN_RESOLVED) -> str:
    """A–F from the Brier score, else from the hit rate; "too few to grade" below ``min_resolved``."""
    if score.resolved < min_resolved:
        return TOO_FEW
    if score.brier is not None:
        return next((g for limit, g in BRIER_GRADES if score.brier < limit), "F")
    if score.hit_rate is not None:
        return next((g for limit, g in HIT_GRADES if score.hit_rate >= limit), "F")
    return TOO_FEW


def score_group(name: str, outcomes: Sequence[Outcome], min_resolved: int = MIN_RESOLVED) -> GroupScore:
    """Every figure for one group of claims."""
    result = GroupScore(group=name, claims=len(outcomes))
    counted = [o for o in outcomes if not o.after_outcome]
    result.after_outcome = len(outcomes) - len(counted)
    verdicts = Counter(o.verdict for o in counted if o.verdict)
    for verdict in VERDICTS:
        setattr(result, verdict, verdicts.get(verdict, 0))
    result.resolved = sum(verdicts.values())
    hits = [h for h in (hit_value(o.probability, o.verdict, o.kind) for o in counted) if h is not None]
    result.hit_scored, result.hits = len(hits), float(sum(hits))
    result.hit_rate = sum(hits) / len(hits) if hits else None
    pairs = brier_pairs(counted)
    result.brier_n, result.brier, result.brier_skill = len(pairs), brier(pairs), brier_skill(pairs)
    parts = murphy(pairs)
    if parts is not None:
        result.reliability, result.resolution, result.uncertainty = parts.reliability, parts.resolution, parts.uncertainty
    stated = [o.probability for o in counted if o.probability is not None]
    result.mean_probability = sum(stated) / len(stated) if stated else None
    every_lead = [lead_days(o) for o in counted]
    leads = [d for d in every_lead if d is not None]
    result.mean_lead_days = sum(leads) / len(leads) if leads else None
    result.median_lead_days = float(statistics.median(leads)) if leads else None
    result.horizons = dict(Counter(horizon(d) for d in every_lead))
    result.calibration = calibration(pairs)
    result.grade = grade(result, min_resolved)
    return result


def leaderboard(groups: Mapping[str, Sequence[Outcome]], min_resolved: int = MIN_RESOLVED) -> list[GroupScore]:
    """Scores of every group, best first: graded groups by grade, then Brier score (lower first; those
    without one after), then hit rate; then the ones too few to grade by resolved claims; ties by name."""
    scores = [score_group(name, members, min_resolved) for name, members in groups.items()]

    def key(s: GroupScore) -> tuple[Any, ...]:
        graded = s.grade != TOO_FEW
        return (not graded, s.grade if graded else "", s.brier is None, s.brier if s.brier is not None else 0.0,
                -(s.hit_rate or 0.0), -s.resolved, s.group)

    return sorted(scores, key=key)
