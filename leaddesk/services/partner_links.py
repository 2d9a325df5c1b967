"""Reply links for a partner who is not a LeadDesk user: each push to a partner with
an email address queues a notice (through the outbox, in the push's transaction)
naming the lead, with a link to accept it and one to return it.

A link carries the push's id and an HMAC of it under a secret kept in the database
(store.models_partner_links), so ``leaddesk capture serve`` can check it on any
machine, and a link cannot be made up or moved to another push. It answers only
the push it was sent for: a lead since sent on to another partner is not that
partner's to accept by an old link.

The notice is written in plain English: system messages have no per-language
wording yet (the team's templates are the team's own).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind, Channel
from leaddesk.domain.mime import Mailbox, new_message_id
from leaddesk.domain.outbox import MessageStatus
from leaddesk.errors import FieldIssue, NotFound, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import partners as pq
from leaddesk.store.models import Activity, Lead, LeadSource, OutboxBatch, OutboxMessage
from leaddesk.store.models_distribution import Partner
from leaddesk.store.models_partner_links import LINKS_ID, NOTICE_LABEL, PartnerLinks
from leaddesk.store.session import transaction

if TYPE_CHECKING:
    from leaddesk.services.partners import PartnerService

MAC_HEX = 32  # 128 bits of the HMAC-SHA256: enough against guessing, short in a link
NOTICE_NAME = "Partner notice"
RETURNED_BY_LINK = "Returned by the partner's link"


def sign(secret: str, push_id: uuid.UUID) -> str:
    mac = hmac.new(bytes.fromhex(secret), b"partner-link:" + push_id.bytes, hashlib.sha256)
    return push_id.hex + mac.hexdigest()[:MAC_HEX]


def verified(secret: str, token: str) -> uuid.UUID | None:
    """The push a token was signed for, or None for anything forged or mangled."""
    token = (token or "").strip().lower()
    if len(token) != 32 + MAC_HEX:
        return None
    try:
        push_id = uuid.UUID(hex=token[:32])
    except ValueError:
        return None
    return push_id if hmac.compare_digest(sign(secret, push_id), token) else None


def link_urls(base_url: str, token: str) -> tuple[str, str]:
    base = base_url.rstrip("/")
    return f"{base}/partner/accept?t={token}", f"{base}/partner/return?t={token}"


@dataclass(frozen=True)
class LinkSettings:
    base_url: str | None
    sender: Mailbox | None


@dataclass(frozen=True)
class LinkView:
    """What a reply link's page says: the push's state, or "invalid" for a token that
    is forged, mangled, or whose lead is gone."""

    state: str  # pending, accepted, returned, expired, superseded, invalid
    lead_id: uuid.UUID | None = None
    lead: str = ""
    company: str = ""
    partner: str = ""
    answered_at: dt.datetime | None = None
    due_at: dt.datetime | None = None


INVALID = LinkView("invalid")


class PartnerLinkService:
    """Reached as ``workspace.partners.links``."""

    def __init__(self, ctx: ServiceContext, partners: PartnerService) -> None:
        self.ctx = ctx
        self.partners = partners

    def settings(self) -> LinkSettings:
        with transaction(self.ctx.db, write=False) as s:
            row = s.get(PartnerLinks, LINKS_ID)
            if row is None:
                return LinkSettings(None, None)
            sender = Mailbox(row.sender_name or "", row.sender) if row.sender else None
            return LinkSettings(row.base_url, sender)

    def configure(self, *, base_url: str | None, sender: Mailbox | None) -> Changes:
        """Where the links point (the public address of ``leaddesk capture serve``;
        None: partners answer by reply) and the address notices go from (None: no
        notices are sent)."""
        url = (base_url or "").strip().rstrip("/") or None
        if url is not None and not url.lower().startswith(("https://", "http://")):
            raise ValidationError(
                [FieldIssue("base_url", "invalid", "an address starting with https://")]
            )
        with transaction(self.ctx.db) as s:
            row = pq.links(s)
            row.base_url = url[:300] if url else None
            row.sender = sender.address.strip().lower() if sender and sender.address else None
            row.sender_name = (sender.name or None) if row.sender and sender else None
        return Changes(reference=True)

    def token_for(self, push_id: uuid.UUID) -> str:
        """A push's token (for tests and for the owner's own copy of a link)."""
        with transaction(self.ctx.db) as s:
            return sign(pq.links(s).secret, push_id)

    def look(self, token: str) -> LinkView:
        """What the link's page shows; never changes anything (mail scanners open
        links before people do)."""
        with transaction(self.ctx.db, write=False) as s:
            row = s.get(PartnerLinks, LINKS_ID)
            push_id = verified(row.secret, token) if row is not None else None
            found = pq.push_with(s, push_id) if push_id is not None else None
            if found is None:
                return INVALID
            push, partner, lead = found
            name = " ".join(p for p in (lead.first_name, lead.last_name) if p)
            return LinkView(
                push.state, lead.id, name, lead.company or "", partner.name, push.answered_at,
                push.due_at,
            )  # fmt: skip

    def answer(self, token: str, *, accept: bool, reason: str = "") -> tuple[LinkView, bool]:
        """Accept or return the push the token was signed for; the page's view after
        it, and whether this answer was the one recorded (False: already answered,
        run out, or not a valid link)."""
        view = self.look(token)
        if view.state != "pending" or view.lead_id is None:
            return view, False
        push_id = uuid.UUID(hex=token.strip().lower()[:32])
        try:
            if accept:
                self.partners.accept(view.lead_id, push_id=push_id)
            else:
                why = reason.strip() or RETURNED_BY_LINK
                self.partners.give_back(view.lead_id, why, push_id=push_id)
        except NotFound:  # answered (or sent on) a moment ago
            return self.look(token), False
        return self.look(token), True


def notify_pushed(
    s: Session, ctx: ServiceContext, pushed: Sequence[dict[str, object]]
) -> list[uuid.UUID]:
    """Queue a notice for each push (partner_leads rows as distribute_in writes them)
    to a partner with an email address, in the caller's transaction: a push and its
    notice are written together or not at all. The outbox message ids."""
    if not pushed:
        return []
    wanted = {r["partner_id"] for r in pushed}
    found = s.scalars(select(Partner).where(Partner.id.in_(wanted), Partner.email.is_not(None)))
    partners = {p.id: p for p in found}
    mine = [r for r in pushed if r["partner_id"] in partners]
    if not mine:
        return []
    links = pq.links(s)
    now = ctx.clock()
    ids = []
    for r in mine:
        partner, lead = partners[r["partner_id"]], s.get(Lead, r["lead_id"])  # type: ignore[index]
        if lead is None or not (partner.email or "").strip():
            continue
        if not links.sender:
            s.add(_no_sender(lead.id, now))
            continue
        push_id = r["id"]
        assert isinstance(push_id, uuid.UUID) and isinstance(r["due_at"], dt.datetime)
        subject, body = _notice(s, lead, partner, sign(links.secret, push_id), links.base_url,
                                r["due_at"])  # fmt: skip
        ids.append(_queue(s, lead.id, partner, links, subject, body))
    return ids


def _queue(
    s: Session, lead_id: uuid.UUID, partner: Partner, links: PartnerLinks, subject: str, body: str
) -> uuid.UUID:
    batch = OutboxBatch(user_id=None, channel=Channel.EMAIL, template_id=None,
                        template_name=NOTICE_NAME, total=1)  # fmt: skip
    s.add(batch)
    s.flush()
    message_id = uuid.uuid4()
    sender = links.sender or ""
    s.add(
        OutboxMessage(
            id=message_id, batch_id=batch.id, lead_id=lead_id, user_id=None, template_id=None,
            variant_id=None, variant_label=NOTICE_LABEL, template_name=NOTICE_NAME,
            channel=Channel.EMAIL, language="en", sender=sender, sender_name=links.sender_name,
            recipient=(partner.email or "").strip().lower(), recipient_name=partner.name[:200],
            subject=subject[:300], body=body, html=None,
            message_id=new_message_id(sender, message_id.hex), status=MessageStatus.QUEUED,
            attempts=0,
        )
    )  # fmt: skip
    return message_id


def _notice(
    s: Session,
    lead: Lead,
    partner: Partner,
    token: str,
    base_url: str | None,
    due_at: dt.datetime,
) -> tuple[str, str]:
    """The notice's subject and body: the lead, and how to answer by when."""
    name = " ".join(p for p in (lead.first_name, lead.last_name) if p) or (lead.company or "")
    source = s.scalar(select(LeadSource.name).where(LeadSource.key == lead.source))
    rows = [
        ("Name", name), ("Company", lead.company), ("Email", lead.email),
        ("Phone", lead.phone), ("City", lead.city), ("Source", source or lead.source),
    ]  # fmt: skip
    facts = "\n".join(f"{label}: {value}" for label, value in rows if value)
    notes = f"\n\nNotes:\n{(lead.notes or '').strip()}" if (lead.notes or "").strip() else ""
    due = due_at.astimezone(dt.UTC).strftime("%d %b %Y %H:%M UTC")
    if base_url:
        accept, give_back = link_urls(base_url, token)
        how = f"Accept this lead:\n{accept}\n\nReturn this lead (you can say why):\n{give_back}"
    else:
        how = "Reply to this email to say whether you accept this lead or return it."
    body = (
        f"Hello {partner.name},\n\n"
        f"A new lead is waiting for you. Please accept it or return it by {due}; "
        "after that it goes to someone else.\n\n"
        f"{facts}{notes}\n\n{how}\n"
    )
    return f"New lead for you: {name}", body


def _no_sender(lead_id: uuid.UUID, now: dt.datetime) -> Activity:
    return Activity(
        lead_id=lead_id, kind=ActivityKind.SYSTEM, occurred_at=now, created_at=now,
        subject="No email to the partner: no address to send partner notices from is set",
        details={"event": "partner_notice_skipped", "reason": "no_sender"},
    )  # fmt: skip
