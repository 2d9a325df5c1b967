"""A trained conversion model as plain data, and what it says about leads: the
probability of becoming a customer, and why.

The model is a dict (``to_dict``/``to_json``): encoders with their categories, medians,
means and scales, one weight per feature, the intercept, the calibration, metrics and
the training date. Never a pickle: a model read from a shared database is numbers, and
scoring with it runs only this module's code. ``from_json(m.to_json())`` scores exactly
as ``m`` does (floats are written with repr, which reads back bit for bit).

Scoring needs neither scikit-learn nor, for one lead, numpy: a lead being saved is
scored in pure Python in a few microseconds; ``probabilities`` scores many at once with
numpy (imported when first asked).

How calibration is folded in. Logistic regression gives a raw log-odds
``z = β0 + Σ βj·xj``; Platt calibration, learnt on out-of-fold predictions of the
training part, maps it to ``slope·z + shift``. The explanation centres every column on
the average training lead: column c contributes ``slope·(Σ_{j∈c} βj·xj - mean_c)``, where
``mean_c`` is that sum's mean over the training part, and the intercept shown is
``slope·(β0 + Σ_c mean_c) + shift``, the calibrated log-odds of an average lead. So
``intercept + Σ contributions`` is the lead's calibrated log-odds exactly (up to float
rounding), and a contribution reads "how much this column moves the lead away from an
average one". A factor's percentage is the probability with the column as the lead has
it minus the probability with that column at its average (every other column kept).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from leaddesk.domain.model_features import Encoder, encoder_from_dict
from leaddesk.domain.model_values import is_missing, shown

FORMAT = "leaddesk.conversion-model"
VERSION = 1

Row = Mapping[str, object]


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Factor:
    """One input column's part in a lead's probability, for the UI to phrase:
    "Source: Referral +12 %". ``value`` is the lead's value as typed ("" if missing)."""

    column: str
    value: str
    missing: bool
    log_odds: float  # calibrated, relative to an average lead
    percent: float  # percentage points: with this value minus with the column at average


@dataclass(frozen=True)
class Explanation:
    probability: float
    log_odds: float  # calibrated: intercept + Σ factor.log_odds
    intercept: float  # calibrated log-odds of an average training lead
    factors: tuple[Factor, ...]  # every column, in the model's order
    raising: tuple[Factor, ...]  # the strongest upward, largest first
    lowering: tuple[Factor, ...]  # the strongest downward, largest first


@dataclass(frozen=True)
class Coefficient:
    """One feature's weight for the model page: ``level`` names the category level,
    word, bin, "per standard deviation" or "(missing)"."""

    column: str
    level: str
    log_odds: float  # calibrated weight (× the calibration slope)
    odds_ratio: float


@dataclass(frozen=True)
class ConversionModel:
    encoders: tuple[Encoder, ...]
    weights: tuple[tuple[float, ...], ...]  # per encoder, one per feature
    intercept: float  # the regression's own (raw) intercept
    means: tuple[float, ...]  # per encoder: the training mean of Σ βj·xj over its features
    spreads: tuple[float, ...]  # per encoder: its contribution's standard deviation
    slope: float  # Platt calibration: calibrated log-odds = slope·z + shift
    shift: float
    cutoff: float  # probability at or above which a lead counts as "likely"
    trained_at: str  # ISO 8601, as the caller's clock said
    metrics: dict[str, Any] = field(default_factory=dict)
    dropped: tuple[dict[str, Any], ...] = ()  # columns left out, with the reason
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def features(self) -> tuple[str, ...]:
        """The input columns the model uses, in order."""
        return tuple(e.column for e in self.encoders)

    # -- one lead, pure Python ------------------------------------------------------

    def _raw_parts(self, row: Row) -> list[float]:
        parts = []
        for enc, w in zip(self.encoders, self.weights, strict=True):
            parts.append(sum(w[j] * x for j, x in enc.one(row.get(enc.column))))
        return parts

    def log_odds(self, row: Row) -> float:
        """The lead's calibrated log-odds of becoming a customer."""
        return self.slope * (self.intercept + sum(self._raw_parts(row))) + self.shift

    def probability(self, row: Row) -> float:
        return sigmoid(self.log_odds(row))

    def explain(self, row: Row, top: int = 3) -> Explanation:
        parts = self._raw_parts(row)
        base = self.slope * (self.intercept + sum(self.means)) + self.shift
        contributions = [self.slope * (p - m) for p, m in zip(parts, self.means, strict=True)]
        total = base + sum(contributions)
        prob = sigmoid(total)
        factors = []
        for enc, c in zip(self.encoders, contributions, strict=True):
            value = row.get(enc.column)
            factors.append(
                Factor(
                    enc.column, shown(value), is_missing(value), c,
                    100.0 * (prob - sigmoid(total - c)),
                )
            )  # fmt: skip
        up = sorted((f for f in factors if f.log_odds > 0), key=lambda f: -f.log_odds)
        down = sorted((f for f in factors if f.log_odds < 0), key=lambda f: f.log_odds)
        return Explanation(prob, total, base, tuple(factors), tuple(up[:top]), tuple(down[:top]))

    # -- many leads, numpy ----------------------------------------------------------

    def log_odds_many(self, rows: Sequence[Row]) -> Any:
        """Calibrated log-odds of many leads as a numpy array, column by column."""
        import numpy as np

        n = len(rows)
        z = np.full(n, self.intercept)
        for enc, w in zip(self.encoders, self.weights, strict=True):
            r, c, x = enc.batch([row.get(enc.column) for row in rows])
            if len(r):
                z += np.bincount(r, weights=x * np.asarray(w)[c], minlength=n)
        return self.slope * z + self.shift

    def probabilities(self, rows: Sequence[Row]) -> list[float]:
        import numpy as np

        z = self.log_odds_many(rows)
        return [float(p) for p in 1.0 / (1.0 + np.exp(-z))]

    # -- the model page -------------------------------------------------------------

    def strongest(self, n: int = 10) -> list[Coefficient]:
        """The features with the largest calibrated weights, either sign."""
        found = [
            Coefficient(enc.column, label, self.slope * w, math.exp(self.slope * w))
            for enc, ws in zip(self.encoders, self.weights, strict=True)
            for label, w in zip(enc.labels(), ws, strict=True)
        ]
        found.sort(key=lambda c: -abs(c.log_odds))
        return found[:n]

    def importance(self) -> list[tuple[str, float]]:
        """Columns by how much they move leads' log-odds (the standard deviation of the
        column's calibrated contribution over the training part), largest first."""
        pairs = [
            (e.column, abs(self.slope) * s)
            for e, s in zip(self.encoders, self.spreads, strict=True)
        ]
        return sorted(pairs, key=lambda p: -p[1])

    # -- plain data -----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "trained_at": self.trained_at,
            "columns": [
                {
                    **enc.to_dict(),
                    "weights": list(w),
                    "contribution_mean": m,
                    "contribution_spread": s,
                }
                for enc, w, m, s in zip(
                    self.encoders, self.weights, self.means, self.spreads, strict=True
                )
            ],
            "intercept": self.intercept,
            "calibration": {"method": "platt", "slope": self.slope, "shift": self.shift},
            "cutoff": self.cutoff,
            "metrics": self.metrics,
            "dropped": list(self.dropped),
            "settings": self.settings,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ConversionModel:
        if d.get("format") != FORMAT or d.get("version") != VERSION:
            raise ValueError(
                f"Not a conversion model this LeadDesk reads: {d.get('format')!r} "
                f"version {d.get('version')!r}."
            )
        columns = d["columns"]
        encoders = tuple(encoder_from_dict(c) for c in columns)
        weights = tuple(tuple(float(w) for w in c["weights"]) for c in columns)
        for enc, w in zip(encoders, weights, strict=True):
            if len(w) != enc.width:
                raise ValueError(f"Column {enc.column!r} has {len(w)} weights, not {enc.width}.")
        cal = d["calibration"]
        return cls(
            encoders=encoders,
            weights=weights,
            intercept=float(d["intercept"]),
            means=tuple(float(c["contribution_mean"]) for c in columns),
            spreads=tuple(float(c["contribution_spread"]) for c in columns),
            slope=float(cal["slope"]),
            shift=float(cal["shift"]),
            cutoff=float(d["cutoff"]),
            trained_at=str(d["trained_at"]),
            metrics=dict(d.get("metrics", {})),
            dropped=tuple(dict(x) for x in d.get("dropped", ())),
            settings=dict(d.get("settings", {})),
        )

    @classmethod
    def from_json(cls, text: str) -> ConversionModel:
        return cls.from_dict(json.loads(text))
