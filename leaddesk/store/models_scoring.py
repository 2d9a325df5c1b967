"""The schema of scoring (migrations 0015, 0017, 0018): the owner's point rules, the thresholds,
and the conversion models trained from the team's closed leads.

A model is stored as plain data (coefficients, encoders, metrics), never as a pickle:
a shared database must not make a client run code it loaded from it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Uuid
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
    or thresholds; ScoreWalk then takes every lead through the new ones (in the
    background, a batch at a time, resumable), so the board stays usable meanwhile."""

    __tablename__ = "scoring_settings"
    mql: Mapped[int] = mapped_column(Integer)
    sql: Mapped[int] = mapped_column(Integer)
    rules_version: Mapped[int] = mapped_column(Integer, default=1)
    # lead fields and custom fields the owner keeps out of the conversion model
    model_excluded: Mapped[list[str]] = mapped_column(JSON, default=list)


class ScoreWalk(Base):
    """How far the rescore after a rules change has come (migration 0017): the leads
    up to ``after_id``, in id order, are scored with ``rules_version``; all of them
    when ``done``. One row, kept apart from ScoringSettings: a walking app holds it for
    a batch, while every scored write only shares the settings row (so a rules change
    waits for writes that read the old rules, and writes never wait for a walk).

    A lead carries no version of its own: stamping one on 100,000 unchanged leads was
    most of a rescore (on PostgreSQL an indexed column made every stamp touch all of
    the leads indexes)."""

    __tablename__ = "score_walks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    rules_version: Mapped[int] = mapped_column(Integer)
    after_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class ScoreDue(Base):
    """When a lead's fading score must be looked at again (migration 0018): the
    earliest moment fading could change its rounded total. Leads whose score cannot
    fade have no row. Kept out of the leads table: a rules change moves most bounds,
    and on PostgreSQL a changed indexed column of a leads row adds an entry to every
    one of its 29 indexes, where here it costs two small ones."""

    __tablename__ = "score_due"
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    due_at: Mapped[dt.datetime] = mapped_column()

    __table_args__ = (Index("ix_score_due_at", "due_at"),)


class ConversionModelRow(Tracked, Base):
    """A trained model as plain data; the active one scores leads. A new one becomes
    active only when it passed its held-out check, so the previous stays in use."""

    __tablename__ = "conversion_models"
    trained_at: Mapped[dt.datetime] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    rows_used: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
