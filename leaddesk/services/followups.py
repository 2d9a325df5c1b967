"""Planning the next step with a lead, and recording how it went."""

from __future__ import annotations

import datetime as dt
import uuid

from leaddesk.domain.activities import ActivityKind
from leaddesk.errors import FieldIssue, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext, check_version, missing
from leaddesk.services.convert import follow_up_record
from leaddesk.services.records import Changes, FollowUpRecord, Result
from leaddesk.store import leads as q
from leaddesk.store.models import Activity, FollowUp
from leaddesk.store.session import transaction
from leaddesk.store.timeline import get_follow_up, open_follow_ups


class FollowUpService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def schedule(
        self,
        lead_id: uuid.UUID,
        due_at: dt.datetime,
        title: str,
        *,
        notes_before: str | None = None,
        assignee_id: uuid.UUID | None = None,
        user_id: uuid.UUID | None = None,
    ) -> Result[FollowUpRecord]:
        issues = []
        if not title.strip():
            issues.append(FieldIssue("title", "required", "Say what the follow-up is for."))
        elif len(title) > 200:
            issues.append(FieldIssue("title", "too_long", "At most 200 characters."))
        if due_at.tzinfo is None:
            issues.append(FieldIssue("due_at", "naive_time", "The due time needs a time zone."))
        if issues:
            raise ValidationError(issues)
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id)
            if lead is None:
                raise missing("Lead", lead_id)
            f = FollowUp(
                lead_id=lead_id,
                due_at=due_at,
                title=title.strip(),
                notes_before=notes_before,
                assignee_id=assignee_id or lead.owner_id or user_id,
            )
            s.add(f)
            s.flush()
            return Result(
                follow_up_record(f),
                Changes(
                    leads=frozenset({lead_id}), stages=frozenset({lead.stage}), follow_ups=True
                ),
            )

    def complete(
        self,
        follow_up_id: uuid.UUID,
        *,
        notes_after: str | None = None,
        expected_version: int | None = None,
        user_id: uuid.UUID | None = None,
    ) -> Result[FollowUpRecord]:
        """Mark done and put what happened on the lead's timeline."""
        with transaction(self.ctx.db) as s:
            f = get_follow_up(s, follow_up_id, lock=True)
            if f is None:
                raise missing("Follow-up", follow_up_id)
            check_version("Follow-up", follow_up_id, expected_version, f.version)
            if f.done_at is not None:
                raise RuleViolation(f"The follow-up {f.title!r} is already done.")
            now = self.ctx.clock()
            f.done_at = now
            f.notes_after = notes_after
            s.add(
                Activity(
                    lead_id=f.lead_id,
                    kind=ActivityKind.NOTE,
                    occurred_at=now,
                    user_id=user_id,
                    subject=f.title,
                    body=notes_after,
                    details={"event": "follow_up_done", "follow_up_id": str(f.id)},
                )
            )
            s.flush()
            lead = q.get_lead(s, f.lead_id, include_deleted=True)
            stages = frozenset({lead.stage}) if lead else frozenset()
            return Result(
                follow_up_record(f),
                Changes(
                    leads=frozenset({f.lead_id}),
                    stages=stages,
                    timelines=frozenset({f.lead_id}),
                    follow_ups=True,
                ),
            )

    def due(
        self,
        *,
        before: dt.datetime | None = None,
        assignee_id: uuid.UUID | None = None,
        lead_id: uuid.UUID | None = None,
        limit: int = 500,
    ) -> list[FollowUpRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [
                follow_up_record(f)
                for f in open_follow_ups(
                    s, due_before=before, assignee_id=assignee_id, lead_id=lead_id, limit=limit
                )
            ]
