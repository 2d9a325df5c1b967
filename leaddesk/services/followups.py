"""Planning the next step with a lead, and recording how it went."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.agenda import Bucket, window
from leaddesk.domain.calendar import CalendarEvent, to_ics
from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.text_rules import LIMITS, clean_moment, clean_text
from leaddesk.errors import FieldIssue, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext, check_version, missing
from leaddesk.services.convert import follow_up_record
from leaddesk.services.records import AgendaItem, Changes, FollowUpRecord, Result
from leaddesk.store import leads as q
from leaddesk.store.models import Activity, FollowUp
from leaddesk.store.session import retried, transaction
from leaddesk.store.timeline import (
    AgendaRow,
    agenda_count,
    agenda_rows,
    get_follow_up,
    next_due,
    open_follow_ups,
)


@dataclass(frozen=True)
class NextStep:
    """A follow-up to schedule (when completing one, the next)."""

    due_at: dt.datetime
    title: str
    notes_before: str | None = None


def _check(step: NextStep | None, now: dt.datetime, *notes: str | None) -> None:
    issues: list[FieldIssue] = []
    for note in notes:
        clean_text(issues, "notes", note, limit=None, multiline=True)
    if step is not None:
        title = clean_text(issues, "title", step.title, limit=LIMITS["follow_ups.title"])
        if not issues and not title:
            issues.append(FieldIssue("title", "required", "Say what the follow-up is for."))
        # a follow-up is for the next years, not for 2100
        latest = now + dt.timedelta(days=366 * 10)
        clean_moment(issues, "due_at", step.due_at, latest=latest)
    if issues:
        raise ValidationError(issues)


def _planned(f: FollowUp, now: dt.datetime, user_id: uuid.UUID | None) -> Activity:
    """The timeline's entry for a scheduled follow-up."""
    return Activity(
        lead_id=f.lead_id,
        kind=ActivityKind.SYSTEM,
        occurred_at=now,
        user_id=user_id,
        subject=f.title,
        body=f.notes_before,
        details={
            "event": "follow_up_scheduled",
            "follow_up_id": str(f.id),
            "due_at": f.due_at.isoformat(),
        },
    )


class FollowUpService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
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
        _check(NextStep(due_at, title), self.ctx.clock(), notes_before)
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
            s.add(_planned(f, self.ctx.clock(), user_id))
            lead.next_follow_up_at = next_due(s, lead_id)
            return Result(
                follow_up_record(f),
                Changes(
                    leads=frozenset({lead_id}),
                    stages=frozenset({lead.stage}),
                    timelines=frozenset({lead_id}),
                    follow_ups=True,
                ),
            )

    @retried
    def complete(
        self,
        follow_up_id: uuid.UUID,
        *,
        notes_after: str | None = None,
        expected_version: int | None = None,
        user_id: uuid.UUID | None = None,
        then: NextStep | None = None,
    ) -> Result[FollowUpRecord]:
        """Mark done and put what happened on the lead's timeline; ``then``: schedule
        the next one in the same transaction (for the same assignee)."""
        _check(then, self.ctx.clock(), notes_after)
        with transaction(self.ctx.db) as s:
            f = get_follow_up(s, follow_up_id, lock=True)
            if f is None:
                raise missing("Follow-up", follow_up_id)
            check_version("Follow-up", follow_up_id, expected_version, f.version, label=f.title)
            if f.done_at is not None:
                raise RuleViolation(
                    f"The follow-up {f.title!r} is already done.",
                    code="follow_up_done",
                    params={"title": f.title},
                )
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
            if then is not None:
                nxt = FollowUp(
                    lead_id=f.lead_id,
                    due_at=then.due_at,
                    title=then.title.strip(),
                    notes_before=then.notes_before,
                    assignee_id=f.assignee_id or user_id,
                )
                s.add(nxt)
                s.flush()
                s.add(_planned(nxt, now, user_id))
            s.flush()
            lead = q.get_lead(s, f.lead_id, include_deleted=True)
            if lead is not None:
                lead.next_follow_up_at = next_due(s, f.lead_id)
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

    def agenda(
        self,
        bucket: Bucket,
        *,
        now: dt.datetime,
        end_of_today: dt.datetime,
        assignee_id: uuid.UUID | None = None,
        limit: int = 1000,
    ) -> tuple[list[AgendaItem], int]:
        """Open follow-ups of a bucket, soonest first (at most ``limit``), and how
        many there are in all. ``assignee_id`` None: everyone's."""
        start, end = window(bucket, now, end_of_today)
        with transaction(self.ctx.db, write=False) as s:
            rows = agenda_rows(s, start=start, end=end, assignee_id=assignee_id, limit=limit)
            total = (
                len(rows)
                if len(rows) < limit
                else agenda_count(s, start=start, end=end, assignee_id=assignee_id)
            )
            return [_agenda_item(r) for r in rows], total

    def falling_due(
        self,
        start: dt.datetime,
        end: dt.datetime,
        *,
        assignee_id: uuid.UUID | None = None,
        limit: int = 100,
    ) -> list[AgendaItem]:
        """Open follow-ups whose due time lies in [start, end): what a reminder announces."""
        with transaction(self.ctx.db, write=False) as s:
            rows = agenda_rows(s, start=start, end=end, assignee_id=assignee_id, limit=limit)
            return [_agenda_item(r) for r in rows]

    def counts(
        self, *, now: dt.datetime, end_of_today: dt.datetime, assignee_id: uuid.UUID | None = None
    ) -> dict[Bucket, int]:
        with transaction(self.ctx.db, write=False) as s:
            out = {}
            for b in Bucket:
                start, end = window(b, now, end_of_today)
                out[b] = agenda_count(s, start=start, end=end, assignee_id=assignee_id)
            return out

    def overdue(self, *, now: dt.datetime, assignee_id: uuid.UUID | None = None) -> int:
        """Open follow-ups due before ``now``: the start's summary counts only these."""
        with transaction(self.ctx.db, write=False) as s:
            start, end = window(Bucket.OVERDUE, now, now)
            return agenda_count(s, start=start, end=end, assignee_id=assignee_id)

    def calendar(
        self, *, zone: str, assignee_id: uuid.UUID | None = None, limit: int = 5000
    ) -> bytes:
        """Every open follow-up (of ``assignee_id``, or everyone's) as an .ics file."""
        with transaction(self.ctx.db, write=False) as s:
            rows = agenda_rows(s, start=None, end=None, assignee_id=assignee_id, limit=limit)
            items = [_agenda_item(r) for r in rows]
        events = [
            CalendarEvent(
                uid=f"{i.follow_up.id}@leaddesk",
                start=i.follow_up.due_at,
                minutes=30,
                summary=f"{i.follow_up.title} – {i.lead_name} ({i.lead_number})",
                description="\n\n".join(
                    p for p in (i.follow_up.notes_before, f"LeadDesk {i.lead_number}") if p
                ),
            )
            for i in items
        ]
        return to_ics(events, zone, stamp=self.ctx.clock())


def _agenda_item(row: AgendaRow) -> AgendaItem:
    f, number, first, last, company, stage, assignee = row
    return AgendaItem(
        follow_up=follow_up_record(f),
        lead_number=format_number(number),
        lead_name=display_name(first, last, company),
        stage=stage,
        assignee_name=assignee,
    )
