"""Scoring's SQL: the rules and thresholds, the facts a score is worked out from (a
batch of leads at a time), and writing scores back.

Scores are written with plain UPDATEs that leave a lead's version alone: a score is
worked out, not edited, so a form open on the lead must not see it as a conflict.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from leaddesk.domain.activities import CONTACT_KINDS, ActivityKind, Direction
from leaddesk.domain.scoring import (
    Engagement,
    Event,
    FitOperator,
    LeadFacts,
    RuleGroup,
    ScoreRule,
    Thresholds,
)
from leaddesk.store.models import Activity, Campaign, Lead, Product, Segment, lead_products
from leaddesk.store.models_scoring import ScoreRuleRow, ScoringSettings

DEFAULT_THRESHOLDS = Thresholds()
# what scoring reads of a timeline: contacts either way, and the lead's own actions
SCORED_KINDS = (*sorted(CONTACT_KINDS), ActivityKind.EVENT)


def rule_of(row: ScoreRuleRow) -> ScoreRule:
    return ScoreRule(
        id=str(row.id),
        name=row.name,
        group=RuleGroup(row.rule_group),
        points=row.points,
        field=row.field,
        operator=FitOperator(row.operator) if row.operator else None,
        values=tuple(row.rule_values or ()),
        activity_kind=ActivityKind(row.activity_kind) if row.activity_kind else None,
        tag=row.tag,
        engagement=Engagement(row.engagement) if row.engagement else None,
        last_n=row.last_n,
        per_occurrence=row.per_occurrence,
        cap=row.cap,
        half_life_days=row.half_life_days,
    )


def rule_rows(s: Session) -> list[ScoreRuleRow]:
    stmt = (
        select(ScoreRuleRow)
        .where(ScoreRuleRow.retired_at.is_(None))
        .order_by(ScoreRuleRow.position, ScoreRuleRow.id)
    )
    return list(s.scalars(stmt))


def active_rules(s: Session) -> list[ScoreRule]:
    return [rule_of(r) for r in rule_rows(s)]


def settings(s: Session, *, lock: bool = False) -> ScoringSettings:
    """The one settings row (made with the defaults if a database lacks it)."""
    stmt = select(ScoringSettings).limit(1)
    if lock:
        stmt = stmt.with_for_update()
    row = s.scalars(stmt).first()
    if row is None:
        row = ScoringSettings(
            mql=DEFAULT_THRESHOLDS.mql, sql=DEFAULT_THRESHOLDS.sql, rules_version=1
        )
        row.model_excluded = []
        s.add(row)
        s.flush()
    return row


def thresholds(s: Session) -> tuple[Thresholds, int]:
    row = settings(s)
    return Thresholds(row.mql, row.sql), row.rules_version


@dataclass(frozen=True)
class Held:
    """What a lead holds now, to tell what a new score changes."""

    score: int
    qualification: str
    mql_at: dt.datetime | None
    sql_at: dt.datetime | None
    valid_until: dt.datetime | None
    rules_version: int


def facts(
    s: Session, lead_ids: Sequence[uuid.UUID], *, with_events: bool = True
) -> dict[uuid.UUID, tuple[LeadFacts, Held]]:
    """Each live lead's fields and timeline as scoring reads them, with what it holds."""
    if not lead_ids:
        return {}
    ids = list(lead_ids)
    stmt = (
        select(
            Lead.id,
            Lead.company,
            Lead.job_title,
            Lead.city,
            Lead.country,
            Lead.deal_value,
            Lead.source,
            Lead.custom_fields,
            Segment.name.label("segment"),
            Campaign.name.label("campaign"),
            Lead.score,
            Lead.qualification,
            Lead.mql_at,
            Lead.sql_at,
            Lead.score_valid_until,
            Lead.score_rules_version,
        )
        .outerjoin(Segment, Segment.id == Lead.segment_id)
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
        .where(Lead.id.in_(ids), Lead.deleted_at.is_(None))
    )
    rows = s.execute(stmt).all()
    products: dict[uuid.UUID, list[str]] = defaultdict(list)
    for lead_id, name in s.execute(
        select(lead_products.c.lead_id, Product.name)
        .join(Product, Product.id == lead_products.c.product_id)
        .where(lead_products.c.lead_id.in_(ids))
    ):
        products[lead_id].append(name)
    events: dict[uuid.UUID, list[Event]] = defaultdict(list)
    if with_events:
        for lead_id, kind, at, direction, tag, outcome in s.execute(
            select(
                Activity.lead_id,
                Activity.kind,
                Activity.occurred_at,
                Activity.direction,
                Activity.tag,
                Activity.outcome,
            ).where(Activity.lead_id.in_(ids), Activity.kind.in_(SCORED_KINDS))
        ):
            events[lead_id].append(
                Event(
                    ActivityKind(kind),
                    at,
                    Direction(direction) if direction else None,
                    tag,
                    outcome,
                )
            )
    out: dict[uuid.UUID, tuple[LeadFacts, Held]] = {}
    for r in rows:
        fields: dict[str, object] = {
            "company": r.company,
            "job_title": r.job_title,
            "city": r.city,
            "country": r.country,
            "deal_value": r.deal_value,
            "source": r.source,
            "segment": r.segment,
            "campaign": r.campaign,
            "product": tuple(products.get(r.id, ())),
        }
        for key, value in (r.custom_fields or {}).items():
            fields[f"custom:{key}"] = value
        held = Held(
            r.score, r.qualification, r.mql_at, r.sql_at, r.score_valid_until, r.score_rules_version
        )
        out[r.id] = (LeadFacts(fields, tuple(events.get(r.id, ()))), held)
    return out


def write_scores(s: Session, changed: Iterable[dict[str, Any]]) -> int:
    """``changed``: dicts of lead_id, score, valid_until, rules_version, qualification,
    mql_at, sql_at. Leads in this session's identity map get the new values too, so
    what the caller returns from them is current."""
    rows = list(changed)
    if not rows:
        return 0
    leads = cast(Table, Lead.__table__)
    stmt = (
        update(leads)
        .where(leads.c.id == bindparam("lead_id"))
        .values(
            score=bindparam("score"),
            score_valid_until=bindparam("valid_until"),
            score_rules_version=bindparam("rules_version"),
            qualification=bindparam("qualification"),
            mql_at=bindparam("mql_at"),
            sql_at=bindparam("sql_at"),
        )
    )
    s.connection().execute(stmt, rows)
    for row in rows:
        lead = s.identity_map.get(s.identity_key(Lead, row["lead_id"]))
        if isinstance(lead, Lead):
            for attr, key in (
                ("score", "score"),
                ("score_valid_until", "valid_until"),
                ("score_rules_version", "rules_version"),
                ("qualification", "qualification"),
                ("mql_at", "mql_at"),
                ("sql_at", "sql_at"),
            ):
                set_committed_value(lead, attr, row[key])
    return len(rows)


def due_ids(s: Session, rules_version: int, now: dt.datetime, *, limit: int) -> list[uuid.UUID]:
    """Live leads whose kept score is out of date: older rules, or fading due. Locked,
    skipping leads another writer holds: several apps on one server share the work
    instead of writing the same "Became SQL" twice (SQLite has one writer anyway)."""
    stmt = (
        select(Lead.id)
        .where(
            Lead.deleted_at.is_(None),
            or_(Lead.score_rules_version < rules_version, Lead.score_valid_until <= now),
        )
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(s.scalars(stmt))


def lock_leads(s: Session, lead_ids: Sequence[uuid.UUID]) -> None:
    """Hold the leads about to be rescored, in id order (so two writers never wait
    on each other in a circle), so their score and crossings are written once."""
    stmt = select(Lead.id).where(Lead.id.in_(sorted(lead_ids))).order_by(Lead.id)
    s.execute(stmt.with_for_update()).all()


def count_due(s: Session, rules_version: int, now: dt.datetime) -> int:
    stmt = (
        select(func.count())
        .select_from(Lead)
        .where(
            Lead.deleted_at.is_(None),
            or_(Lead.score_rules_version < rules_version, Lead.score_valid_until <= now),
        )
    )
    return int(s.execute(stmt).scalar_one())


def all_ids(s: Session, *, after: uuid.UUID | None, limit: int) -> list[uuid.UUID]:
    """Live leads by id, a page at a time (for the preview of changed rules)."""
    stmt = select(Lead.id).where(Lead.deleted_at.is_(None)).order_by(Lead.id).limit(limit)
    if after is not None:
        stmt = stmt.where(Lead.id > after)
    return list(s.scalars(stmt))


def count_live(s: Session) -> int:
    stmt = select(func.count()).select_from(Lead).where(Lead.deleted_at.is_(None))
    return int(s.execute(stmt).scalar_one())


def all_rule_rows(s: Session) -> list[ScoreRuleRow]:
    """Every rule, retired ones too (the rules screen saves over the whole list)."""
    return list(s.scalars(select(ScoreRuleRow)))
