"""How good a conversion model is, measured on leads it never saw: ROC AUC (does it rank
customers above the rest), the Brier score (mean squared error of the probability: lower
is better; always saying the base rate scores base·(1 - base)), log loss, accuracy at a
cut-off, and the reliability curve (of the leads given about 30 %, did about 30 % buy).

Plain numpy, so the test suite and the model page can measure a model without
scikit-learn. Results are plain floats, ints and dicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike


def auc(outcomes: ArrayLike, scores: ArrayLike) -> float:
    """The probability that a random customer scores above a random non-customer (ties
    count half): the Mann-Whitney statistic. 0.5 when one outcome is absent."""
    y = np.asarray(outcomes, dtype=bool)
    s = np.asarray(scores, dtype=float)
    n1 = int(y.sum())
    n0 = len(y) - n1
    if n1 == 0 or n0 == 0:
        return 0.5
    order = np.argsort(s, kind="mergesort")
    ranked = s[order]
    ranks = np.empty(len(s))
    # average ranks over ties: the first and last position of each run of equal scores
    starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
    ends = np.r_[starts[1:], len(s)]
    mean_rank = (starts + ends + 1) / 2.0
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return float((ranks[y].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def brier(outcomes: ArrayLike, probabilities: ArrayLike) -> float:
    y = np.asarray(outcomes, dtype=float)
    p = np.asarray(probabilities, dtype=float)
    return float(np.mean((p - y) ** 2))


def log_loss(outcomes: ArrayLike, probabilities: ArrayLike) -> float:
    y = np.asarray(outcomes, dtype=float)
    p = np.clip(np.asarray(probabilities, dtype=float), 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def accuracy(outcomes: ArrayLike, probabilities: ArrayLike, cutoff: float) -> float:
    y = np.asarray(outcomes, dtype=bool)
    p = np.asarray(probabilities, dtype=float)
    return float(np.mean((p >= cutoff) == y))


def best_cutoff(outcomes: ArrayLike, probabilities: ArrayLike) -> float:
    """The cut-off (in steps of 0.01) with the highest accuracy; for calibrated
    probabilities it lands near 0.5, as it should."""
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    scores = [accuracy(outcomes, probabilities, float(c)) for c in grid]
    return float(grid[int(np.argmax(scores))])


def reliability(
    outcomes: ArrayLike, probabilities: ArrayLike, bins: int = 10
) -> list[dict[str, Any]]:
    """Equal-width bins of predicted probability: per non-empty bin its range, the mean
    prediction, the share that bought, and the count."""
    y = np.asarray(outcomes, dtype=float)
    p = np.asarray(probabilities, dtype=float)
    which = np.minimum((p * bins).astype(int), bins - 1)
    curve = []
    for b in range(bins):
        inside = which == b
        count = int(inside.sum())
        if count:
            curve.append(
                {
                    "lo": b / bins,
                    "hi": (b + 1) / bins,
                    "mean_predicted": float(p[inside].mean()),
                    "observed": float(y[inside].mean()),
                    "count": count,
                }
            )
    return curve


def calibration_error(curve: Sequence[dict[str, Any]]) -> float:
    """Expected calibration error: the count-weighted mean gap between predicted and
    observed over the reliability bins."""
    total = sum(b["count"] for b in curve)
    if not total:
        return 0.0
    return float(sum(b["count"] * abs(b["mean_predicted"] - b["observed"]) for b in curve) / total)
