"""The timeline: logging what happened and reading it back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from typing import Any

from leaddesk.domain.activities import (
    CONTACT_KINDS,
    LOGGABLE,
    ActivityKind,
    Direction,
    event_tag,
    is_response,
)
from leaddesk.domain.text_rules import LIMITS, clean_moment, clean_text
from leaddesk.errors import FieldIssue, ValidationError
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.convert import activity_record
from leaddesk.services.records import ActivityRecord, Changes, Result
from leaddesk.services.scoring import rescore_in
from leaddesk.store import leads as q
from leaddesk.store.leads import touch_first_response, touch_last_contact
from leaddesk.store.models import Activity
from leaddesk.store.session import retried, transaction
from leaddesk.store.timeline import timeline_page


class ActivityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def log(
        self,
        lead_id: uuid.UUID,
        kind: ActivityKind | str,
        *,
        direction: Direction | str | None = None,
        subject: str | None = None,
        body: str | None = None,
        occurred_at: dt.datetime | None = None,
        outcome: str | None = None,
        details: dict[str, Any] | None = None,
        user_id: uuid.UUID | None = None,
        tag: str | None = None,
    ) -> Result[ActivityRecord]:
        """Append an entry a user reports (call, email, meeting, note, the lead's own
        action with its ``tag``…); the lead's score follows in the same transaction."""
        issues = []
        try:
            kind = ActivityKind(kind)
        except ValueError:
            issues.append(FieldIssue("kind", "kind_unknown", f"Unknown activity kind {kind!r}."))
        else:
            if kind not in LOGGABLE:
                issues.append(
                    FieldIssue(
                        "kind",
                        "kind_not_loggable",
                        f"{kind.value} entries are written by LeadDesk itself.",
                    )
                )
        try:
            direction = Direction(direction) if direction else None
        except ValueError:
            issues.append(
                FieldIssue("direction", "direction_unknown", f"Unknown direction {direction!r}.")
            )
        if occurred_at is not None:  # what happened or is arranged: not years ahead
            latest = self.ctx.clock() + dt.timedelta(days=366)
            clean_moment(issues, "occurred_at", occurred_at, latest=latest)
        clean_text(issues, "subject", subject, limit=LIMITS["activities.subject"])
        clean_text(issues, "body", body, limit=None, multiline=True)
        clean_text(issues, "outcome", outcome, limit=LIMITS["activities.outcome"])
        tag = event_tag(tag) if tag and tag.strip() else None
        if kind is ActivityKind.EVENT and tag is None:
            issues.append(FieldIssue("tag", "tag_needed", "A lead's action needs what it was."))
        if issues:
            raise ValidationError(issues)
        # both parsed: a value that does not parse left an issue above
        assert isinstance(kind, ActivityKind)
        assert direction is None or isinstance(direction, Direction)
        with transaction(self.ctx.db) as s:
            if q.get_lead(s, lead_id) is None:
                raise missing("Lead", lead_id)
            a = Activity(
                lead_id=lead_id,
                kind=kind,
                direction=direction,
                subject=subject,
                body=body,
                occurred_at=occurred_at or self.ctx.clock(),
                outcome=outcome,
                details=details or {},
                user_id=user_id,
                tag=tag,
            )
            s.add(a)
            s.flush()
            if kind in CONTACT_KINDS:
                touch_last_contact(s, lead_id, a.occurred_at)
            if is_response(kind, direction):
                touch_first_response(s, lead_id, a.occurred_at)
            scored = rescore_in(s, self.ctx, [lead_id], user_id=user_id)
            return Result(
                activity_record(a),
                Changes(timelines=frozenset({lead_id}), leads=frozenset({lead_id})) | scored,
            )

    def timeline(
        self,
        lead_id: uuid.UUID,
        *,
        limit: int = 100,
        before: tuple[dt.datetime, uuid.UUID] | None = None,
        kinds: Collection[ActivityKind] = (),
    ) -> list[ActivityRecord]:
        """Newest first, one page; pass the last entry's (occurred_at, id) for the next.

        ``kinds``: only entries of these kinds (all when empty).
        """
        with transaction(self.ctx.db, write=False) as s:
            page = timeline_page(s, lead_id, limit=limit, before=before, kinds=kinds)
            return [activity_record(a) for a in page]
