"""Queries over attachments; the bytes are read only when asked for."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from leaddesk.store.models import Attachment


def lead_attachments(session: Session, lead_id: uuid.UUID) -> Sequence[Attachment]:
    """Newest first, without their bytes."""
    stmt = (
        select(Attachment)
        .where(Attachment.lead_id == lead_id)
        .order_by(Attachment.created_at.desc(), Attachment.id)
    )
    return session.scalars(stmt).all()


def get_attachment(
    session: Session, attachment_id: uuid.UUID, *, with_content: bool = False
) -> Attachment | None:
    """``with_content``: the bytes in the same query."""
    options = [undefer(Attachment.content)] if with_content else []
    return session.get(Attachment, attachment_id, options=options)
