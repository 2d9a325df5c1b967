"""Reading every live lead for an export, names of what it points at included."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from leaddesk.store.models import Campaign, Lead, Segment, Tag, User, lead_tags

PAGE = 5000


def export_rows(s: Session) -> Iterator[dict[str, Any]]:
    """Leads by number, in pages (keyset on the number), each as a plain dict."""
    tags: dict[uuid.UUID, list[str]] = defaultdict(list)
    for lead_id, name in s.execute(
        select(lead_tags.c.lead_id, Tag.name).join(Tag, Tag.id == lead_tags.c.tag_id)
    ):
        tags[lead_id].append(name)
    owner = aliased(User)
    after = 0
    while True:
        rows = s.execute(
            select(
                Lead,
                owner.name.label("owner"),
                Campaign.name.label("campaign"),
                Segment.name.label("segment"),
            )
            .outerjoin(owner, owner.id == Lead.owner_id)
            .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
            .outerjoin(Segment, Segment.id == Lead.segment_id)
            .where(Lead.deleted_at.is_(None), Lead.number > after)
            .order_by(Lead.number)
            .limit(PAGE)
        ).all()
        for r in rows:
            lead: Lead = r[0]
            out = {c.key: getattr(lead, c.key) for c in Lead.__table__.columns}
            out |= {"owner": r.owner, "campaign": r.campaign, "segment": r.segment}
            out["tags"] = sorted(tags.get(lead.id, []))
            yield out
        if len(rows) < PAGE:
            return
        after = rows[-1][0].number
        s.expunge_all()
