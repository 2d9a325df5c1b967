"""Queries over attachments; the bytes are read only when asked for."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.store.models import Attachment


def lead_attachments(session: Session, lead_id: uuid.UUID) -> Sequence[Attachment]:
    """Newest first, without their bytes."""
    stmt = (
        select(Attachment)
        .where(Attachment.lead_id == lead_id)
        .order_by(Attachment.created_at.desc(), Attachment.id)
    )
    return session.scalars(stmt).all()


def get_attachment(session: Session, attachment_id: uuid.UUID) -> Attachment | None:
    return session.get(Attachment, attachment_id)


def attachment_content(session: Session, attachment_id: uuid.UUID) -> bytes:
    stmt = select(Attachment.content).where(Attachment.id == attachment_id)
    return bytes(session.execute(stmt).scalar_one())
