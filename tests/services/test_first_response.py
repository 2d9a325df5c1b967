"""The automatic first response: queued with the new lead, after its delay, never
twice, never to a lead marked do-not-contact, and delivered by a real SMTP server."""

from __future__ import annotations

import datetime as dt

import pytest

from leaddesk.domain.activities import ActivityKind, Channel
from leaddesk.domain.outbox import MessageStatus
from leaddesk.errors import RuleViolation
from leaddesk.services.smtp import SmtpTransport
from leaddesk.services.workspace import Workspace
from tests.services.messaging_support import SENDER, account, default_template
from tests.support.smtp_server import SmtpServer


def _email_rule(ws: Workspace, source: str = "web_form", delay: int = 0) -> None:
    template = default_template(ws, "introduction/email/en")
    ws.first_responses.save(
        source=source, template_id=template.id, delay_minutes=delay, sender=SENDER
    )


def test_a_new_lead_from_an_answered_source_gets_its_email_once(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    _email_rule(ws)
    made = ws.leads.create(
        {"first_name": "Tom", "email": "tom@example.com", "source": "web_form", "country": "US"}
    )
    assert made.changes.outbox
    other = ws.leads.create({"first_name": "Ann", "email": "ann@example.com", "source": "call"})
    assert not other.changes.outbox  # no rule for calls
    (queued,) = ws.outbox.messages(limit=10)
    assert (queued.lead_id, queued.status, queued.recipient) == (
        made.value.id,
        MessageStatus.QUEUED,
        "tom@example.com",
    )
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert report.sent == 1 and [r.rcpt_tos for r in smtp_server.inbox.received] == [
        ["tom@example.com"]
    ]
    emails = ws.activities.timeline(made.value.id, kinds=[ActivityKind.EMAIL])
    assert len(emails) == 1
    lead = ws.leads.get(made.value.id)
    assert lead.last_contacted_at == emails[0].occurred_at  # the response Insights times
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 0  # never twice


def test_the_answer_waits_for_its_delay(ws: Workspace, smtp_server: SmtpServer) -> None:
    _email_rule(ws, delay=30)
    made = ws.leads.create({"first_name": "Tom", "email": "tom@example.com", "source": "web_form"})
    (queued,) = ws.outbox.messages(limit=10)
    assert queued.not_before is not None
    waited = queued.not_before - ws.leads.get(made.value.id).created_at
    assert dt.timedelta(minutes=29) < waited <= dt.timedelta(minutes=30)
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 0
    assert smtp_server.inbox.received == []


def test_do_not_contact_gets_no_answer_and_the_timeline_says_why(ws: Workspace) -> None:
    _email_rule(ws)
    made = ws.leads.create(
        {"first_name": "Tom", "email": "tom@example.com", "source": "web_form", "dnc_email": True}
    )
    assert ws.outbox.messages(limit=10) == []
    entries = ws.activities.timeline(made.value.id, kinds=[ActivityKind.SYSTEM])
    skipped = [e for e in entries if e.details.get("event") == "first_response_skipped"]
    assert [e.details["reason"] for e in skipped] == ["do_not_contact"]
    no_address = ws.leads.create({"first_name": "Bez", "source": "web_form"})
    reasons = [
        e.details.get("reason")
        for e in ws.activities.timeline(no_address.value.id, kinds=[ActivityKind.SYSTEM])
    ]
    assert "no_email" in reasons


def test_rules_need_a_sender_for_email_and_one_source_or_form(ws: Workspace) -> None:
    template = default_template(ws, "introduction/email/en")
    with pytest.raises(RuleViolation):
        ws.first_responses.save(source="web_form", template_id=template.id, sender=None)
    whatsapp = next(t for t in ws.templates.list() if t.channel is Channel.WHATSAPP)
    ws.first_responses.save(source="whatsapp", template_id=whatsapp.id, delay_minutes=5)
    ws.first_responses.save(source="whatsapp", template_id=whatsapp.id, delay_minutes=10)
    (rule,) = ws.first_responses.all()
    assert (rule.source, rule.delay_minutes, rule.channel) == ("whatsapp", 10, Channel.WHATSAPP)
    made = ws.leads.create({"first_name": "Ali", "whatsapp": "+966501234567", "source": "whatsapp"})
    (task,) = ws.outbox.messages(limit=10)  # a task the owner sends by hand
    assert (task.lead_id, task.channel) == (made.value.id, Channel.WHATSAPP)
    ws.first_responses.remove(rule.id)
    ws.leads.create({"first_name": "Omar", "whatsapp": "+966501234568", "source": "whatsapp"})
    assert len(ws.outbox.messages(limit=10)) == 1


def test_a_web_forms_own_rule_answers_its_leads_once(ws: Workspace) -> None:
    _email_rule(ws, source="web_form")  # the source's rule, which the form's overrides
    form = ws.web_forms.create("Pricing page", ["first_name", "email"])
    polish = default_template(ws, "introduction/email/pl")
    ws.first_responses.save(
        web_form_id=form.id, template_id=polish.id, delay_minutes=0, sender=SENDER
    )
    first = ws.capture.submit(form.key, form.token, {"first_name": "Ola", "email": "ola@x.pl"})
    assert first.created and first.changes.outbox
    again = ws.capture.submit(form.key, form.token, {"first_name": "Ola", "email": "ola@x.pl"})
    assert not again.created and not again.changes.outbox  # a repeat is not a new lead
    (queued,) = ws.outbox.messages(limit=10)
    assert queued.lead_id == first.lead_id and queued.language == "pl"
