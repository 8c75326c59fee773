"""Scores against values worked out by hand (claims.score)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.score import (
    TOO_FEW,
    Outcome,
    brier,
    brier_skill,
    calibration,
    hit_value,
    horizon,
    leaderboard,
    murphy,
    score_group,
)

D0 = date(2024, 1, 1)
# By hand (see each line): hits, Brier pairs, lead times.
SET = [
    Outcome(1, 0.8, "true", said_on=D0, deadline_end=date(2024, 1, 11)),    # hit 1; (0.8-1)^2=0.04; lead 10
    Outcome(2, 0.8, "false", said_on=D0, deadline_end=date(2024, 2, 10)),   # hit 0; 0.64; lead 40
    Outcome(3, 0.2, "false", said_on=D0, deadline_end=date(2024, 4, 10)),   # hit 1; 0.04; lead 100
    Outcome(4, 0.7, "partly", said_on=D0, deadline_end=date(2025, 2, 4)),   # hit 0.5; no Brier; lead 400
    Outcome(5, 0.9, "ambiguous", said_on=D0),                               # left out
    Outcome(6, 0.6, "void", said_on=D0),                                    # left out
    Outcome(7, None, "true", "forecast", said_on=D0),                       # forecast without p: left out
    Outcome(8, None, "true", "plan", said_on=D0),                           # plan asserts: hit 1
    Outcome(9, 0.5, "true", said_on=D0),                                    # no hit (p = 0.5); Brier 0.25
    Outcome(10, 0.9, None, said_on=D0),                                     # unresolved
    Outcome(11, 0.9, "true", said_on=D0, after_outcome=True),               # made after the outcome: out
]


def test_group_figures_by_hand() -> None:
    s = score_group("A", SET, min_resolved=10)
    assert (s.claims, s.resolved, s.after_outcome) == (11, 9, 1)
    assert (s.true, s.false, s.partly, s.ambiguous, s.void) == (4, 2, 1, 1, 1)
    assert (s.hit_scored, s.hits) == (5, 3.5)
    assert s.hit_rate == pytest.approx(0.7)
    assert s.brier_n == 4
    assert s.brier == pytest.approx((0.04 + 0.64 + 0.04 + 0.25) / 4)  # 0.2425
    assert s.brier_skill == pytest.approx(1 - 0.2425 / 0.25)          # base rate 2/4 → reference 0.25
    assert s.reliability is None  # fewer than 10 scored claims: no decomposition
    assert s.mean_probability == pytest.approx(5.4 / 8)
    assert s.mean_lead_days == pytest.approx(137.5) and s.median_lead_days == pytest.approx(70.0)
    assert s.horizons == {"0-30": 1, "31-90": 1, "91-365": 1, "over-365": 1, "none": 6}  # claim 11 left out
    assert s.grade == TOO_FEW  # 9 resolved < 10
    assert score_group("A", SET, min_resolved=5).grade == "C"  # Brier 0.2425 < 0.25


def test_murphy_decomposition_by_hand_and_identity() -> None:
    pairs = [(0.8, 1), (0.8, 0), (0.2, 0), (0.5, 1)]
    parts = murphy(pairs, minimum=1)
    assert parts is not None
    assert parts.reliability == pytest.approx((2 * 0.3**2 + 0.2**2 + 0.5**2) / 4)  # 0.1175
    assert parts.resolution == pytest.approx((0 + 0.5**2 + 0.5**2) / 4)            # 0.125
    assert parts.uncertainty == pytest.approx(0.25)
    assert parts.reliability - parts.resolution + parts.uncertainty == pytest.approx(brier(pairs))
    assert murphy(pairs) is None  # default minimum 10


def test_calibration_bins_by_hand() -> None:
    bins = calibration([(0.8, 1), (0.8, 0), (0.2, 0), (0.5, 1), (1.0, 1), (0.05, 0)])
    assert len(bins) == 10 and (bins[0].lo, bins[9].hi) == (0.0, 1.0)
    assert (bins[0].count, bins[0].mean_probability, bins[0].observed_frequency) == (1, 0.05, 0.0)
    assert (bins[2].count, bins[2].observed_frequency) == (1, 0.0)
    assert (bins[5].count, bins[5].observed_frequency) == (1, 1.0)
    assert (bins[8].count, bins[8].mean_probability, bins[8].observed_frequency) == (2, 0.8, 0.5)
    assert (bins[9].count, bins[9].mean_probability) == (1, 1.0)  # 1.0 falls in the last bin
    assert bins[3].count == 0 and bins[3].mean_probability is None and bins[3].observed_frequency is None


@pytest.mark.parametrize(
    ("p", "verdict", "kind", "value"),
    [(0.8, "true", "forecast", 1.0), (0.8, "false", "forecast", 0.0), (0.1, "false", "forecast", 1.0),
     (0.1, "true", "forecast", 0.0), (0.7, "partly", "forecast", 0.5), (0.5, "true", "forecast", None),
     (0.9, "ambiguous", "forecast", None), (0.9, "void", "forecast", None), (None, "true", "forecast", None),
     (None, "false", "promise", 0.0), (0.8, None, "forecast", None)],
)
def test_hit_value(p: float | None, verdict: str | None, kind: str, value: float | None) -> None:
    assert hit_value(p, verdict, kind) == value


def test_brier_edge_cases() -> None:
    assert brier([]) is None and brier_skill([]) is None
    assert brier_skill([(0.9, 1), (0.6, 1)]) is None  # every outcome the same: no reference
    assert brier([(1.0, 1), (0.0, 0)]) == 0.0


@pytest.mark.parametrize(("days", "bucket"), [(None, "none"), (0, "0-30"), (30, "0-30"), (31, "31-90"),
                                              (365, "91-365"), (366, "over-365"), (-3, "0-30")])
def test_horizon(days: int | None, bucket: str) -> None:
    assert horizon(days) == bucket


def test_leaderboard_order_by_grade_then_brier_then_too_few() -> None:
    good = [Outcome(i, 0.9, "true") for i in range(10)]
    bad = [Outcome(i, 0.9, "false") for i in range(10)]
    hits_only = [Outcome(i, None, "true", "plan") for i in range(10)]
    few = [Outcome(1, 0.9, "true")]
    board = leaderboard({"bad": bad, "few": few, "good": good, "plans": hits_only}, min_resolved=10)
    assert [s.group for s in board] == ["good", "plans", "bad", "few"]
    assert [s.grade for s in board] == ["A", "A", "F", TOO_FEW]
    assert board[0].brier == pytest.approx(0.01) and board[2].brier == pytest.approx(0.81)
    assert board[1].brier is None and board[1].hit_rate == 1.0
