"""Leads, users and accounts the messaging tests share."""

from __future__ import annotations

import uuid

from leaddesk.domain.mime import Mailbox
from leaddesk.services.message_records import QueueResult, TemplateRecord
from leaddesk.services.records import LeadRecord, UserRecord
from leaddesk.services.smtp import SmtpAccount
from leaddesk.services.workspace import Workspace

SENDER = Mailbox("Maria Nowak", "maria@example.com")


def account(port: int, **kw: object) -> SmtpAccount:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": None,
        "password": None,
        "from_address": SENDER.address,
        "from_name": SENDER.name,
        "timeout": 5.0,
    }
    values.update(kw)
    return SmtpAccount(**values)  # type: ignore[arg-type]


def rep(ws: Workspace) -> UserRecord:
    return ws.users.create("Maria Nowak", "maria@example.com")


def leads(
    ws: Workspace, n: int, *, user: UserRecord, country: str = "GB", phone: str | None = None
) -> list[LeadRecord]:
    out = []
    for i in range(n):
        out.append(
            ws.leads.create(
                {
                    "first_name": f"Lead{i:03d}",
                    "last_name": "Smith",
                    "email": f"lead{i:03d}@example.org",
                    "country": country,
                    "phone": phone,
                },
                user_id=user.id,
            ).value
        )
    return out


def default_template(ws: Workspace, origin: str) -> TemplateRecord:
    return next(t for t in ws.templates.list() if t.origin == origin)


def ids(records: list[LeadRecord]) -> list[uuid.UUID]:
    return [r.id for r in records]


def queue_emails(
    ws: Workspace, n: int, origin: str = "meeting_request/email/en"
) -> tuple[UserRecord, list[LeadRecord], QueueResult]:
    """A rep, ``n`` leads with email addresses, and a batch of ``origin`` queued to them."""
    me = rep(ws)
    batch = leads(ws, n, user=me)
    result = ws.messaging.queue(
        ids(batch), default_template(ws, origin).id, user_id=me.id, sender=SENDER
    )
    return me, batch, result.value
