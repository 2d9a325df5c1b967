"""The schema of scoring (migration 0015): the owner's point rules, the thresholds,
and the conversion models trained from the team's closed leads.

A model is stored as plain data (coefficients, encoders, metrics), never as a pickle:
a shared database must not make a client run code it loaded from it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from leaddesk.store.models import Base, Tracked


class ScoreRuleRow(Tracked, Base):
    """One point rule (see domain.scoring.ScoreRule, whose fields these are)."""

    __tablename__ = "score_rules"
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    rule_group: Mapped[str] = mapped_column(String(16))  # RuleGroup
    points: Mapped[int] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(80))
    operator: Mapped[str | None] = mapped_column(String(16))
    rule_values: Mapped[list[str]] = mapped_column(JSON, default=list)
    activity_kind: Mapped[str | None] = mapped_column(String(16))
    tag: Mapped[str | None] = mapped_column(String(40))
    engagement: Mapped[str | None] = mapped_column(String(16))
    last_n: Mapped[int] = mapped_column(Integer, default=3)
    per_occurrence: Mapped[bool] = mapped_column(Boolean, default=False)
    cap: Mapped[int | None] = mapped_column(Integer)
    half_life_days: Mapped[float | None] = mapped_column(Float)
    retired_at: Mapped[dt.datetime | None] = mapped_column()


class ScoringSettings(Tracked, Base):
    """The one row of thresholds. ``rules_version`` goes up with every change of rules
    or thresholds; a lead scored with an older one is rescored (in the background, a
    batch at a time, resumable), so the board stays usable meanwhile."""

    __tablename__ = "scoring_settings"
    mql: Mapped[int] = mapped_column(Integer)
    sql: Mapped[int] = mapped_column(Integer)
    rules_version: Mapped[int] = mapped_column(Integer, default=1)
    # lead fields and custom fields the owner keeps out of the conversion model
    model_excluded: Mapped[list[str]] = mapped_column(JSON, default=list)


class ConversionModelRow(Tracked, Base):
    """A trained model as plain data; the active one scores leads. A new one becomes
    active only when it passed its held-out check, so the previous stays in use."""

    __tablename__ = "conversion_models"
    trained_at: Mapped[dt.datetime] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    rows_used: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
