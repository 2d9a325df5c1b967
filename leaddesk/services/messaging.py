"""Queueing templated messages to leads: rendered once each, written to the outbox
in one transaction, so a batch is either wholly queued or not at all."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.activities import Channel
from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.mime import Mailbox, new_message_id
from leaddesk.domain.outbox import MessageStatus, deal_variants, language_for_country
from leaddesk.domain.templates import CompiledTemplate, MessageContext, Rendered
from leaddesk.errors import LeadDeskError, NotFound, RuleViolation
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.message_records import QueueResult, Skipped
from leaddesk.services.records import Changes, Result
from leaddesk.services.templates import lead_values
from leaddesk.store import bulk
from leaddesk.store import templates as q
from leaddesk.store.models import Lead, MessageTemplate, OutboxBatch, Product, User
from leaddesk.store.session import transaction

CHUNK = 500
Progress = Callable[[int, int], None]


class QueueCancelled(LeadDeskError):
    """The user stopped queueing; nothing was queued."""

    code = "cancelled"


@dataclass(frozen=True)
class _Wording:
    """One template's variants, compiled once for the whole batch."""

    template: MessageTemplate
    compiled: dict[str, tuple[uuid.UUID, CompiledTemplate]]


def _wording(t: MessageTemplate) -> _Wording:
    live = q.live_variants(t)
    if not live:
        raise RuleViolation(
            f"The template {t.name!r} has no text to send.",
            code="template_empty",
            params={"name": t.name},
        )
    return _Wording(
        t,
        {v.label: (v.id, CompiledTemplate(v.subject, v.body, v.html, name=t.name)) for v in live},
    )


def recipient_of(lead: Lead, channel: Channel) -> str | None:
    if channel is Channel.EMAIL:
        return lead.email or None
    return lead.whatsapp or lead.phone if channel is Channel.WHATSAPP else lead.phone


class MessagingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def queue(
        self,
        lead_ids: Sequence[uuid.UUID],
        template_id: uuid.UUID,
        *,
        user_id: uuid.UUID | None,
        sender: Mailbox | None = None,
        product_id: uuid.UUID | None = None,
        match_language: bool = True,
        seed: int | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Result[QueueResult]:
        """Render ``template_id`` for each lead and queue it; leads without an address
        for the channel are skipped and listed.

        ``match_language``: a lead whose country reads another language gets this
        template's translation into that language, if it has one.
        Variants are dealt evenly at random; ``seed`` makes the deal repeatable.
        """
        rng = random.Random(seed)
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            chosen = q.get_template(s, template_id)
            if chosen is None:
                raise missing("Template", template_id)
            if chosen.retired_at is not None:
                raise RuleViolation(
                    f"The template {chosen.name!r} is retired; restore it first.",
                    code="template_retired",
                    params={"name": chosen.name},
                )
            if chosen.channel is Channel.EMAIL and (sender is None or not sender.address):
                raise RuleViolation(
                    "Email is not set up: add your SMTP server and sender address in Settings.",
                    code="email_not_set_up",
                )
            wordings = _wordings(s, chosen, match_language)
            user = s.get(User, user_id) if user_id else None
            user_values = {"name": user.name, "email": user.email} if user else {}
            fixed_product = _product_name(s, product_id)
            found, products = _leads(s, lead_ids, with_products=fixed_product is None)
            planned, skipped = _plan(found, chosen, wordings, match_language)
            dealt = _deal(planned, wordings, rng)

            rows: list[dict[str, Any]] = []
            for i, (lead, language, to) in enumerate(planned):
                if cancelled is not None and i % 50 == 0 and cancelled():
                    raise QueueCancelled("Queueing was cancelled; nothing was queued.")
                wording = wordings[language]
                label = dealt[language].pop()
                variant_id, compiled = wording.compiled[label]
                product = products.get(lead.id, "") if fixed_product is None else fixed_product
                text = compiled.render(MessageContext(lead_values(lead), user_values, product))
                rows.append(
                    _row(
                        lead,
                        wording.template,
                        variant_id,
                        label,
                        language,
                        to,
                        text,
                        sender=sender if chosen.channel is Channel.EMAIL else None,
                        user_id=user_id,
                        # the order the leads were chosen in is the order they are sent
                        created=now + dt.timedelta(microseconds=i),
                        now=now,
                    )
                )
                if progress is not None and (i % 100 == 99 or i == len(planned) - 1):
                    progress(i + 1, len(planned))
            if not rows:
                return Result(QueueResult(None, 0, tuple(skipped)), Changes())
            batch = OutboxBatch(
                user_id=user_id,
                channel=chosen.channel,
                template_id=chosen.id,
                template_name=chosen.name,
                total=len(rows),
            )
            s.add(batch)
            s.flush()
            for row in rows:
                row["batch_id"] = batch.id
            bulk.insert_rows(s.connection(), "outbox_messages", rows)
            result = QueueResult(batch.id, len(rows), tuple(skipped), tuple(r["id"] for r in rows))
        return Result(result, Changes(outbox=True))


Planned = list[tuple[Lead, str, str]]  # lead, language, recipient


def _wordings(s: Session, chosen: MessageTemplate, match_language: bool) -> dict[str, _Wording]:
    """The chosen template's wording, and its translations' when leads get their own."""
    wordings = {chosen.language: _wording(chosen)}
    if match_language:
        for other in q.translations(s, chosen):
            if other.language not in wordings and q.live_variants(other):
                wordings[other.language] = _wording(other)
    return wordings


def _product_name(s: Session, product_id: uuid.UUID | None) -> str | None:
    if product_id is None:
        return None
    product = s.get(Product, product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.", code="no_such_product")
    return product.name


def _leads(
    s: Session, lead_ids: Sequence[uuid.UUID], *, with_products: bool
) -> tuple[list[Lead], dict[uuid.UUID, str]]:
    """The live leads in the order given (each once), and their first products."""
    order = {lead_id: i for i, lead_id in enumerate(dict.fromkeys(lead_ids))}
    ids = list(order)
    found: list[Lead] = []
    products: dict[uuid.UUID, str] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        found += q.leads_for_messages(s, part)
        if with_products:
            products.update(q.first_products(s, part))
    found.sort(key=lambda lead: order[lead.id])
    return found, products


def _plan(
    found: list[Lead],
    chosen: MessageTemplate,
    wordings: dict[str, _Wording],
    match_language: bool,
) -> tuple[Planned, list[Skipped]]:
    """Who gets which language's wording at which address; who has no address."""
    planned: Planned = []
    skipped: list[Skipped] = []
    for lead in found:
        to = recipient_of(lead, chosen.channel)
        if not to:
            reason = "no_email" if chosen.channel is Channel.EMAIL else "no_phone"
            skipped.append(_skipped(lead, reason))
            continue
        language = chosen.language
        if match_language:
            wanted = language_for_country(lead.country, chosen.language)
            language = wanted if wanted in wordings else chosen.language
        planned.append((lead, language, to))
    return planned, skipped


def _deal(
    planned: Planned, wordings: dict[str, _Wording], rng: random.Random
) -> dict[str, list[str]]:
    """Variant labels per language, evenly at random, to be taken with pop()."""
    counts: dict[str, int] = defaultdict(int)
    for _lead, language, _to in planned:
        counts[language] += 1
    return {
        language: deal_variants(sorted(wordings[language].compiled), n, rng)[::-1]
        for language, n in counts.items()
    }


def _row(
    lead: Lead,
    template: MessageTemplate,
    variant_id: uuid.UUID,
    label: str,
    language: str,
    to: str,
    text: Rendered,
    *,
    sender: Mailbox | None,
    user_id: uuid.UUID | None,
    created: dt.datetime,
    now: dt.datetime,
) -> dict[str, Any]:
    """One outbox row; its batch_id is filled in once the batch has an id."""
    message_id = uuid.uuid4()
    email = template.channel is Channel.EMAIL
    return {
        "id": message_id,
        "batch_id": None,
        "lead_id": lead.id,
        "user_id": user_id,
        "template_id": template.id,
        "variant_id": variant_id,
        "variant_label": label,
        "template_name": template.name,
        "channel": template.channel,
        "language": language,
        "sender": sender.address.lower() if sender else None,
        "sender_name": sender.name if sender else None,
        "recipient": to,
        "recipient_name": display_name(lead.first_name, lead.last_name, lead.company)[:200],
        "subject": text.subject[:300] if email else None,
        "body": text.body,
        "html": text.html,
        "message_id": new_message_id(sender.address, message_id.hex) if sender else None,
        "status": MessageStatus.QUEUED,
        "attempts": 0,
        "not_before": None,
        "claim_token": None,
        "claimed_at": None,
        "handed_over_at": None,
        "sent_at": None,
        "reply_by": None,
        "error_code": None,
        "error": None,
        "created_at": created,
        "updated_at": now,
        "version": 1,
    }


def _skipped(lead: Lead, reason: str) -> Skipped:
    return Skipped(
        lead.id,
        format_number(lead.number),
        display_name(lead.first_name, lead.last_name, lead.company),
        reason,
    )
