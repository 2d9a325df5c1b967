"""The conversion model's SQL: the leads it learns from and scores, a page at a time;
the trained models; and the probabilities written back.

Probabilities are written with plain UPDATEs that leave a lead's version alone (as
scores are, store/scoring.py): a probability is worked out, not edited, so a form open
on the lead must not see it as a conflict.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.model_inputs import CLOSED, COUNTED_KINDS, Entry, LeadInputs
from leaddesk.domain.stages import Stage
from leaddesk.store.models import (
    Activity,
    Campaign,
    CustomFieldDef,
    Lead,
    Product,
    Segment,
    StageVisit,
    lead_products,
)
from leaddesk.store.models_scoring import ConversionModelRow, ScoringSettings


@functools.cache
def _columns() -> Any:
    """The leads' columns the model reads (built once: a lead saved reads it again)."""
    return (
        select(
            Lead.id,
            Lead.number,
            Lead.stage,
            Lead.won_at,
            Lead.stage_changed_at,
            Lead.source,
            Campaign.name.label("campaign"),
            Segment.name.label("segment"),
            Lead.country,
            Lead.job_title,
            Lead.deal_value,
            Lead.company,
            Lead.custom_fields,
            Lead.first_response_at,
            Lead.first_response_s,
            Lead.probability,
        )
        .outerjoin(Segment, Segment.id == Lead.segment_id)
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
    )


def page(
    s: Session, *, closed: bool, after: int | None, limit: int
) -> list[tuple[LeadInputs, float | None]]:
    """Live leads by number, ``limit`` after number ``after``: the closed ones (to learn
    from) or the open ones (to score), each with the probability it holds. By number,
    so the same leads come in the same order and training splits them the same way."""
    stage = Lead.stage.in_(CLOSED) if closed else Lead.stage.not_in(CLOSED)
    stmt = _columns().where(Lead.deleted_at.is_(None), stage).order_by(Lead.number).limit(limit)
    if after is not None:
        stmt = stmt.where(Lead.number > after)
    rows = s.execute(stmt).all()
    if not rows:
        return []
    # the page's products, timeline and stays by the same conditions over its range of
    # numbers: a join, not thousands of ids sent back (which cost more than the reading)
    scope = and_(
        Lead.deleted_at.is_(None), stage, Lead.number.between(rows[0].number, rows[-1].number)
    )
    return _inputs(s, rows, scope, with_visits=closed)


def leads(
    s: Session,
    lead_ids: Sequence[uuid.UUID],
    *,
    with_products: bool = True,
    with_entries: bool = True,
) -> list[tuple[LeadInputs, float | None]]:
    """These live leads (open or closed), each with the probability it holds; without
    their products or timeline when the model in use reads neither (a query saved on
    every lead saved)."""
    if not lead_ids:
        return []
    scope = and_(Lead.id.in_(list(lead_ids)), Lead.deleted_at.is_(None))
    rows = s.execute(_columns().where(scope)).all()
    return _inputs(
        s,
        rows,
        scope,
        with_visits=any(r.stage in CLOSED for r in rows),
        with_products=with_products,
        with_entries=with_entries,
    )


def _inputs(
    s: Session,
    rows: Sequence[Any],
    scope: ColumnElement[bool],
    *,
    with_visits: bool,
    with_products: bool = True,
    with_entries: bool = True,
) -> list[tuple[LeadInputs, float | None]]:
    if not rows:
        return []
    products: dict[uuid.UUID, list[str]] = defaultdict(list)
    if with_products:
        for lead_id, name in s.execute(
            select(lead_products.c.lead_id, Product.name)
            .join(Product, Product.id == lead_products.c.product_id)
            .join(Lead, Lead.id == lead_products.c.lead_id)
            .where(scope)
        ):
            products[lead_id].append(name)
    entries: dict[uuid.UUID, list[Entry]] = defaultdict(list)
    if with_entries:
        for lead_id, kind, direction, tag, at in s.execute(
            select(
                Activity.lead_id,
                Activity.kind,
                Activity.direction,
                Activity.tag,
                Activity.occurred_at,
            )
            .join(Lead, Lead.id == Activity.lead_id)
            .where(scope, Activity.kind.in_(COUNTED_KINDS))
        ):
            entries[lead_id].append(
                Entry(ActivityKind(kind), Direction(direction) if direction else None, tag, at)
            )
    entered = _entered(s, scope) if with_visits else {}
    out = []
    for r in rows:
        stage = Stage(r.stage)
        fields = {
            "source": r.source,
            "campaign": r.campaign,
            "segment": r.segment,
            "country": r.country,
            "job_title": r.job_title,
            "deal_value": r.deal_value,
            "company": r.company,
        }
        lead = LeadInputs(
            id=r.id,
            stage=stage,
            won_at=r.won_at,
            stage_entered_at=entered.get((r.id, stage), r.stage_changed_at),
            fields=fields,
            custom=dict(r.custom_fields or {}),
            products=tuple(products.get(r.id, ())),
            first_response_at=r.first_response_at,
            first_response_s=r.first_response_s,
            entries=tuple(entries.get(r.id, ())),
            number=r.number,
        )
        out.append((lead, r.probability))
    return out


def _entered(s: Session, scope: ColumnElement[bool]) -> dict[tuple[uuid.UUID, Stage], dt.datetime]:
    """When each lead in ``scope`` last entered the stage it is in (stays not undone)."""
    stmt = (
        select(StageVisit.lead_id, StageVisit.stage, func.max(StageVisit.entered_at))
        .join(Lead, Lead.id == StageVisit.lead_id)
        .where(scope, StageVisit.stage == Lead.stage, StageVisit.undone.is_(False))
        .group_by(StageVisit.lead_id, StageVisit.stage)
    )
    return {(lead_id, Stage(stage)): at for lead_id, stage, at in s.execute(stmt)}


def count_closed(s: Session) -> int:
    stmt = (
        select(func.count())
        .select_from(Lead)
        .where(Lead.deleted_at.is_(None), Lead.stage.in_(CLOSED))
    )
    return int(s.execute(stmt).scalar_one())


def count_open(s: Session) -> int:
    stmt = (
        select(func.count())
        .select_from(Lead)
        .where(Lead.deleted_at.is_(None), Lead.stage.not_in(CLOSED))
    )
    return int(s.execute(stmt).scalar_one())


def custom_fields(s: Session) -> list[tuple[str, str]]:
    """The active custom fields' keys and kinds, in the owner's order."""
    stmt = (
        select(CustomFieldDef.key, CustomFieldDef.kind)
        .where(CustomFieldDef.retired_at.is_(None))
        .order_by(CustomFieldDef.position, CustomFieldDef.key)
    )
    return [(k, kind) for k, kind in s.execute(stmt)]


def product_names(s: Session) -> list[str]:
    stmt = select(Product.name).where(Product.active.is_(True)).order_by(Product.name)
    return list(s.scalars(stmt))


def event_tags(s: Session, limit: int) -> list[str]:
    """The tags of the closed leads' events, on most leads first (at most ``limit``)."""
    leads = (
        select(Lead.id).where(Lead.deleted_at.is_(None), Lead.stage.in_(CLOSED)).scalar_subquery()
    )
    many = func.count(func.distinct(Activity.lead_id))
    stmt = (
        select(Activity.tag)
        .where(
            Activity.kind == ActivityKind.EVENT,
            Activity.tag.is_not(None),
            Activity.lead_id.in_(leads),
        )
        .group_by(Activity.tag)
        .order_by(many.desc(), Activity.tag)
        .limit(limit)
    )
    return [t for t in s.scalars(stmt) if t]


def excluded(s: Session) -> list[str]:
    """The fields the owner keeps out of the model (Settings ▸ Scoring)."""
    found = s.execute(select(ScoringSettings.model_excluded).limit(1)).scalar_one_or_none()
    return [str(x) for x in found or ()]


def custom_names(s: Session) -> dict[str, str]:
    """Every custom field's name by key (retired ones too: an old model may use them)."""
    return {k: n for k, n in s.execute(select(CustomFieldDef.key, CustomFieldDef.name))}


# --- models ---------------------------------------------------------------------------


def save_model(
    s: Session,
    *,
    trained_at: dt.datetime,
    rows_used: int,
    data: dict[str, Any],
    metrics: dict[str, Any],
    active: bool,
) -> ConversionModelRow:
    """A new model row; an active one takes over from the model in use (the same
    transaction), an inactive one records a training that was refused."""
    if active:
        for old in s.scalars(
            select(ConversionModelRow).where(ConversionModelRow.active.is_(True)).with_for_update()
        ):
            old.active = False
    row = ConversionModelRow(
        trained_at=trained_at, active=active, rows_used=rows_used, data=data, metrics=metrics
    )
    s.add(row)
    s.flush()
    return row


def active_key(s: Session) -> tuple[uuid.UUID, int] | None:
    """The model in use, by id and version (cheap: to tell whether a cache is current)."""
    stmt = (
        select(ConversionModelRow.id, ConversionModelRow.version)
        .where(ConversionModelRow.active.is_(True))
        .order_by(ConversionModelRow.trained_at.desc())
        .limit(1)
    )
    found = s.execute(stmt).first()
    return (found[0], found[1]) if found else None


def model_row(s: Session, model_id: uuid.UUID) -> ConversionModelRow | None:
    return s.get(ConversionModelRow, model_id)


def active_model(s: Session) -> ConversionModelRow | None:
    key = active_key(s)
    return model_row(s, key[0]) if key else None


def latest_attempt(s: Session) -> ConversionModelRow | None:
    """The last training, kept or refused (by when it was written)."""
    stmt = select(ConversionModelRow).order_by(ConversionModelRow.created_at.desc()).limit(1)
    return s.scalars(stmt).first()


def last_trained_at(s: Session) -> dt.datetime | None:
    stmt = select(func.max(ConversionModelRow.trained_at))
    found: dt.datetime | None = s.execute(stmt).scalar_one()
    return found


# --- probabilities --------------------------------------------------------------------


def write_probabilities(s: Session, changed: Iterable[tuple[uuid.UUID, float | None]]) -> int:
    """(lead id, probability) pairs, written without touching the leads' versions; leads
    in this session's identity map get the new value too."""
    rows = [{"lead_id": i, "probability": p} for i, p in changed]
    if not rows:
        return 0
    leads_t = cast(Table, Lead.__table__)
    stmt = (
        update(leads_t)
        .where(leads_t.c.id == bindparam("lead_id"))
        .values(probability=bindparam("probability"))
    )
    s.connection().execute(stmt, rows)
    for row in rows:
        lead = s.identity_map.get(s.identity_key(Lead, row["lead_id"]))
        if isinstance(lead, Lead):
            set_committed_value(lead, "probability", row["probability"])
    return len(rows)
