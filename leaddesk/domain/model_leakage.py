"""The leakage guard: a column that on its own tells customers from the rest almost
perfectly was, in practice, filled in after the outcome ("Amount paid", a closing tag
"Enrolled", a lost reason). A model trained on it learns the answer, scores every open
lead (where that field is still empty) as a loser, and its held-out check lies.

Each column is scored alone on the training part: its values are grouped (category
levels as the encoder groups them, yes/no/missing, numbers into twenty quantile bins plus
missing, a title's words), each group scored by its share of customers, and the ROC AUC
of that score measured. Above ``LEAK_AUC`` the column is dropped with a reason the owner
can read. Real predictors stay far below it: a single honest column rarely passes 0.85.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from leaddesk.domain.model_features import Encoder, FeatureKind
from leaddesk.domain.model_metrics import auc
from leaddesk.domain.model_values import number

LEAK_AUC = 0.97
_NUMBER_BINS = 20


@dataclass(frozen=True)
class Leak:
    column: str
    auc: float

    @property
    def reason(self) -> str:
        return (
            f"{self.column} alone separates customers from the rest almost perfectly "
            f"(AUC {self.auc:.3f} on the training leads): it is most likely filled in after "
            "the outcome, which would teach the model the answer. Left out."
        )


def _group_rates(groups: NDArray[np.intp], y: NDArray[np.float64]) -> NDArray[np.float64]:
    """Each row's score: the share of customers among the rows of its group."""
    _, inverse = np.unique(groups, return_inverse=True)
    totals = np.bincount(inverse, weights=y)
    counts = np.bincount(inverse)
    rates: NDArray[np.float64] = (totals / counts)[inverse]
    return rates


def alone_auc(encoder: Encoder, values: Sequence[object], y: NDArray[np.float64]) -> float:
    """How well ``values`` alone separate the outcomes ``y`` (0/1), from 0.5 up."""
    n = len(values)
    if encoder.kind in (FeatureKind.NUMBER, FeatureKind.COUNT):
        x = np.array([number(v) for v in values], dtype=float)
        seen = ~np.isnan(x)
        groups = np.full(n, -1, dtype=np.intp)
        if seen.any():
            cuts = np.unique(np.quantile(x[seen], np.arange(1, _NUMBER_BINS) / _NUMBER_BINS))
            groups[seen] = np.searchsorted(cuts, x[seen], side="right")
        score = _group_rates(groups, y)
    else:
        rows, cols, _ = encoder.batch(values)
        feature_rate = np.bincount(cols, weights=y[rows]) / np.maximum(np.bincount(cols), 1)
        sums = np.bincount(rows, weights=feature_rate[cols], minlength=n)
        counts = np.bincount(rows, minlength=n)
        bare = counts == 0  # a "no", or a title with none of the counted words
        score = np.where(bare, 0.0, sums / np.maximum(counts, 1))
        if bare.any():
            score[bare] = y[bare].mean()
    a = auc(y, score)
    return max(a, 1.0 - a)


def leaks(
    encoders: Sequence[Encoder], columns: Sequence[Sequence[object]], y: NDArray[np.float64]
) -> list[Leak]:
    """The columns that give the answer away, each with its AUC alone."""
    found = []
    for enc, values in zip(encoders, columns, strict=True):
        score = alone_auc(enc, values, y)
        if score > LEAK_AUC:
            found.append(Leak(enc.column, round(score, 4)))
    return found
