"""What the conversion service hands out: the model page's report, a lead's
explanation, and how they are made from a stored model (plain data, no ORM rows)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from leaddesk.domain.model_scoring import ConversionModel
from leaddesk.domain.model_scoring import Factor as ModelFactor
from leaddesk.store.models_scoring import ConversionModelRow

STRONGEST = 15

_MORE_METRICS = (
    "cutoff", "base_rate", "brier_base_rate", "log_loss", "calibration_error",
    "customers_train", "customers_test", "reliability",
)  # fmt: skip


@dataclass(frozen=True)
class ModelReport:
    """The model in use, for the model page and ``leaddesk model report``.

    ``metrics`` are measured on the held-out part (see model_train._measured: auc,
    brier, brier_base_rate, log_loss, accuracy, cutoff, reliability, calibration_error,
    base_rate, n_train, n_test, customers_train, customers_test, features); ``dropped``
    the columns left out, each with ``column``, ``why`` (excluded, constant, leak) and a
    ``reason`` in English; ``strongest`` the largest calibrated weights (``column``,
    ``level``, ``log_odds``, ``odds_ratio``); ``importance`` each column's ``weight``.
    ``refused``: a later training that was not kept (``trained_at``, ``code``,
    ``message``, ``params``), or None."""

    model_id: uuid.UUID
    trained_at: dt.datetime
    rows_used: int
    metrics: dict[str, Any]
    features: tuple[str, ...]
    dropped: tuple[dict[str, Any], ...]
    strongest: tuple[dict[str, Any], ...]
    importance: tuple[dict[str, Any], ...]
    scored: int = 0  # open leads this training gave a probability (0 from report())
    refused: dict[str, Any] | None = None

    @property
    def auc(self) -> float:
        return float(self.metrics["auc"])

    @property
    def brier(self) -> float:
        return float(self.metrics["brier"])

    def as_json(self) -> dict[str, Any]:
        m = self.metrics
        return {
            "auc": m.get("auc"),
            "brier": m.get("brier"),
            "accuracy": m.get("accuracy"),
            "n_train": m.get("n_train"),
            "n_test": m.get("n_test"),
            "features": list(self.features),
            "trained_at": self.trained_at.isoformat(),
            "model": str(self.model_id),
            "rows_used": self.rows_used,
            **{k: m.get(k) for k in _MORE_METRICS},
            "dropped": list(self.dropped),
            "strongest": list(self.strongest),
            "scored": self.scored,
            "refused": self.refused,
        }


@dataclass(frozen=True)
class Factor:
    """One reason for a lead's probability: "Source: Referral +12 %". ``percent`` is in
    percentage points (with the lead's value against an average lead's)."""

    column: str
    value: str
    percent: float
    missing: bool = False


@dataclass(frozen=True)
class LeadExplanation:
    probability: float
    raising: tuple[Factor, ...]  # the strongest upward first
    lowering: tuple[Factor, ...]  # the strongest downward first
    trained_at: str


def refusal_of(row: ConversionModelRow | None) -> dict[str, Any] | None:
    """The refusal a model row records (a training that was not kept), or None."""
    if row is None or row.active or "refused" not in (row.data or {}):
        return None
    return {"trained_at": row.trained_at.isoformat(), **row.data["refused"]}


def factor_of(f: ModelFactor, row: Mapping[str, object]) -> Factor:
    value = row.get(f.column)
    shown = ("yes" if value else "no") if isinstance(value, bool) else f.value
    return Factor(f.column, shown, f.percent, f.missing)


def report_of(
    model_id: uuid.UUID,
    trained_at: dt.datetime,
    rows_used: int,
    model: ConversionModel,
    *,
    scored: int = 0,
    refused: dict[str, Any] | None = None,
) -> ModelReport:
    strongest = tuple(
        {"column": c.column, "level": c.level, "log_odds": round(c.log_odds, 4),
         "odds_ratio": round(c.odds_ratio, 4)}
        for c in model.strongest(STRONGEST)
    )  # fmt: skip
    importance = tuple({"column": c, "weight": round(w, 4)} for c, w in model.importance())
    return ModelReport(
        model_id, trained_at, rows_used, dict(model.metrics), model.features,
        tuple(dict(d) for d in model.dropped), strongest, importance, scored, refused,
    )  # fmt: skip
