"""Queries over message templates and their variants."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from leaddesk.domain.activities import Channel
from leaddesk.store.models import Lead, MessageTemplate, Product, TemplateVariant, lead_products

T = MessageTemplate


def get_template(
    session: Session, template_id: uuid.UUID, *, lock: bool = False
) -> MessageTemplate | None:
    stmt = select(T).where(T.id == template_id).options(selectinload(T.variants))
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar_one_or_none()


def list_templates(
    session: Session,
    *,
    channel: Channel | None = None,
    language: str | None = None,
    include_retired: bool = False,
) -> Sequence[MessageTemplate]:
    stmt = select(T).options(selectinload(T.variants))
    if channel is not None:
        stmt = stmt.where(T.channel == channel)
    if language is not None:
        stmt = stmt.where(T.language == language)
    if not include_retired:
        stmt = stmt.where(T.retired_at.is_(None))
    return session.scalars(stmt.order_by(T.category, T.channel, T.language, T.name)).all()


def translations(session: Session, template: MessageTemplate) -> Sequence[MessageTemplate]:
    """Live translations of ``template`` (its family) in other languages."""
    stmt = (
        select(T)
        .where(
            T.family == template.family,
            T.channel == template.channel,
            T.language != template.language,
            T.retired_at.is_(None),
        )
        .options(selectinload(T.variants))
        .order_by(T.created_at)
    )
    return session.scalars(stmt).all()


def origins(session: Session) -> set[str]:
    stmt = select(T.origin).where(T.origin.is_not(None))
    return {o for o in session.scalars(stmt) if o is not None}


def name_taken(session: Session, name: str, *, other_than: uuid.UUID | None = None) -> bool:
    stmt = select(func.count()).select_from(T).where(func.lower(T.name) == name.lower())
    if other_than is not None:
        stmt = stmt.where(T.id != other_than)
    return bool(session.execute(stmt).scalar_one())


def live_variants(template: MessageTemplate) -> list[TemplateVariant]:
    return [v for v in template.variants if v.retired_at is None]


def leads_for_messages(session: Session, ids: Collection[uuid.UUID]) -> Sequence[Lead]:
    stmt = select(Lead).where(Lead.id.in_(list(ids)), Lead.deleted_at.is_(None))
    return session.scalars(stmt).all()


def do_not_contact_count(session: Session, ids: Collection[uuid.UUID], flag: str) -> int:
    """How many of the live leads ``ids`` have the do-not-contact ``flag`` set."""
    column = getattr(Lead, flag)
    stmt = select(func.count()).where(
        Lead.id.in_(list(ids)), Lead.deleted_at.is_(None), column.is_(True)
    )
    return int(session.scalar(stmt) or 0)


def first_products(session: Session, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each lead's first product by name, for {{ product }} when none is chosen."""
    rows = session.execute(
        select(lead_products.c.lead_id, func.min(Product.name))
        .join(Product, Product.id == lead_products.c.product_id)
        .where(lead_products.c.lead_id.in_(list(ids)))
        .group_by(lead_products.c.lead_id)
    )
    return {lead_id: name for lead_id, name in rows}


def family_members(session: Session, family: uuid.UUID) -> Sequence[MessageTemplate]:
    stmt = (
        select(T)
        .where(T.family == family)
        .options(selectinload(T.variants))
        .order_by(T.language, T.created_at)
    )
    return session.scalars(stmt).all()
