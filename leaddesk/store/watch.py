"""What other processes wrote lately, read from indexed columns: leads created (a web
form's capture, a colleague's new lead) and LeadDesk's own timeline entries (a repeat
submission, an import, a merge on another machine)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.stages import Stage
from leaddesk.store.models import Activity, Lead

LIMIT = 500  # more than this at once: the screens reload whatever they show


def marks(s: Session) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The newest lead's creation and the newest system entry, as written."""
    newest_lead = s.scalar(select(func.max(Lead.created_at)))
    newest_event = s.scalar(
        select(func.max(Activity.occurred_at)).where(Activity.kind == ActivityKind.SYSTEM)
    )
    return newest_lead, newest_event


def leads_after(s: Session, moment: dt.datetime) -> list[tuple[uuid.UUID, Stage, dt.datetime]]:
    rows = s.execute(
        select(Lead.id, Lead.stage, Lead.created_at)
        .where(Lead.created_at > moment)
        .order_by(Lead.created_at)
        .limit(LIMIT)
    )
    return [(r.id, r.stage, r.created_at) for r in rows]


def events_after(s: Session, moment: dt.datetime) -> list[tuple[uuid.UUID, dt.datetime]]:
    rows = s.execute(
        select(Activity.lead_id, Activity.occurred_at)
        .where(Activity.kind == ActivityKind.SYSTEM, Activity.occurred_at > moment)
        .order_by(Activity.occurred_at)
        .limit(LIMIT)
    )
    return [(r.lead_id, r.occurred_at) for r in rows]
