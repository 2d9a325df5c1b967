"""The automatic first answer to a new lead, per source or per web form.

Decided in the transaction that creates the lead, so a lead and its answer are written
together or not at all; the lead's row in ``first_response_sends`` is its key, so no
lead is ever answered twice. The answer goes through the outbox like any message: it
waits ``delay_minutes`` (``not_before``), skips a lead marked do-not-contact for the
template's channel, and a WhatsApp or SMS answer is a task the owner sends by hand.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind, Channel
from leaddesk.domain.mime import Mailbox
from leaddesk.errors import FieldIssue, NotFound, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.services.message_records import Skipped
from leaddesk.services.messaging import queue_in
from leaddesk.services.records import Changes
from leaddesk.store import first_response as q
from leaddesk.store.models import Activity, Lead, MessageTemplate
from leaddesk.store.models_capture import FirstResponseRule, FirstResponseSend, WebForm
from leaddesk.store.session import transaction

MAX_DELAY_MINUTES = 7 * 24 * 60


@dataclass(frozen=True)
class FirstResponseRuleRecord:
    id: uuid.UUID
    source: str | None
    web_form_id: uuid.UUID | None
    web_form_name: str | None
    template_id: uuid.UUID
    template_name: str
    channel: Channel
    delay_minutes: int
    sender: str | None
    sender_name: str | None
    active: bool


@dataclass(frozen=True)
class FirstResponse:
    """What happened to one new lead: queued (the outbox message) or skipped, why."""

    outbox_message_id: uuid.UUID | None
    skipped: str | None


def _record(
    rule: FirstResponseRule, t: MessageTemplate, form: WebForm | None
) -> FirstResponseRuleRecord:
    return FirstResponseRuleRecord(
        rule.id, rule.source, rule.web_form_id, form.name if form else None, t.id, t.name,
        t.channel, rule.delay_minutes, rule.sender, rule.sender_name, rule.active,
    )  # fmt: skip


class FirstResponseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def all(self) -> list[FirstResponseRuleRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [_record(r, t, f) for r, t, f in q.rules(s)]

    def save(
        self,
        *,
        template_id: uuid.UUID,
        source: str | None = None,
        web_form_id: uuid.UUID | None = None,
        delay_minutes: int = 0,
        sender: Mailbox | None = None,
        active: bool = True,
    ) -> Changes:
        """The rule for this source or this form (exactly one of them), replacing the
        one it had."""
        if (source is None) == (web_form_id is None):
            raise ValidationError(
                [FieldIssue("source", "required", "a rule answers one source or one form.")]
            )
        if not 0 <= delay_minutes <= MAX_DELAY_MINUTES:
            raise ValidationError(
                [
                    FieldIssue(
                        "delay_minutes",
                        "out_of_range",
                        f"between 0 and {MAX_DELAY_MINUTES} minutes.",
                        {"min": 0, "max": MAX_DELAY_MINUTES},
                    )
                ]
            )
        with transaction(self.ctx.db) as s:
            template = s.get(MessageTemplate, template_id)
            if template is None or template.retired_at is not None:
                raise NotFound(f"There is no template {template_id}.", code="missing")
            if template.channel is Channel.EMAIL and (sender is None or not sender.address):
                raise RuleViolation(
                    "An automatic email needs the address it is sent from.",
                    code="first_response_sender",
                )
            rule = q.rule_of(s, source=source, web_form_id=web_form_id)
            if rule is None:
                rule = FirstResponseRule(source=source, web_form_id=web_form_id)
                s.add(rule)
            rule.template_id, rule.delay_minutes, rule.active = template_id, delay_minutes, active
            email = template.channel is Channel.EMAIL and sender is not None
            rule.sender = sender.address.lower() if email and sender else None
            rule.sender_name = sender.name if email and sender else None
        return Changes(reference=True)

    def remove(self, rule_id: uuid.UUID) -> Changes:
        with transaction(self.ctx.db) as s:
            rule = s.get(FirstResponseRule, rule_id)
            if rule is not None:
                s.delete(rule)
        return Changes(reference=True)


def answer_new_lead(
    s: Session,
    lead: Lead,
    *,
    now: dt.datetime,
    web_form_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
) -> FirstResponse | None:
    """Queue ``lead``'s automatic first answer inside the caller's transaction, if a
    rule answers its form or source and it has none yet; a lead that cannot get it
    (do not contact, no address) gets a timeline entry saying why instead."""
    rule = q.rule_for(s, lead.source, web_form_id)
    if rule is None or q.decided(s, lead.id):
        return None
    sender = Mailbox(rule.sender_name or "", rule.sender) if rule.sender else None
    not_before = now + dt.timedelta(minutes=rule.delay_minutes) if rule.delay_minutes else None
    try:
        outcome = queue_in(
            s, lead, rule.template_id, sender=sender, user_id=user_id, now=now,
            not_before=not_before,
        )  # fmt: skip
    except (RuleViolation, NotFound):  # retired or deleted since the rule was set
        outcome = Skipped(lead.id, "", "", "template_gone")
    if isinstance(outcome, Skipped):
        s.add(FirstResponseSend(lead_id=lead.id, rule_id=rule.id, skipped=outcome.reason))
        s.add(
            Activity(
                lead_id=lead.id,
                kind=ActivityKind.SYSTEM,
                subject="No automatic first response",
                occurred_at=now,
                created_at=now,
                details={"event": "first_response_skipped", "reason": outcome.reason},
            )
        )
        return FirstResponse(None, outcome.reason)
    s.add(FirstResponseSend(lead_id=lead.id, rule_id=rule.id, outbox_message_id=outcome))
    return FirstResponse(outcome, None)
