"""Queueing templated messages to leads: rendered once each outside any transaction,
then written to the outbox in one short one, so a batch is either wholly queued or not
at all and nobody else's save waits while templates are filled in."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.activities import DO_NOT_CONTACT_FLAG, Channel
from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.mime import Mailbox, new_message_id
from leaddesk.domain.outbox import MessageStatus, deal_variants, language_for_country
from leaddesk.domain.templates import (
    CompiledTemplate,
    MessageContext,
    Rendered,
    TemplateProblems,
)
from leaddesk.errors import LeadDeskError, NotFound, RuleViolation
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.message_records import QueueResult, Skipped
from leaddesk.services.records import Changes, Result
from leaddesk.services.templates import lead_values
from leaddesk.store import bulk
from leaddesk.store import templates as q
from leaddesk.store.models import Lead, MessageTemplate, OutboxBatch, Product, User
from leaddesk.store.session import retried, transaction

CHUNK = 500
Progress = Callable[[int, int], None]


class QueueCancelled(LeadDeskError):
    """The user stopped queueing; nothing was queued."""

    code = "cancelled"


@dataclass(frozen=True)
class _Wording:
    """One template's variants, compiled once for the whole batch."""

    template_id: uuid.UUID
    name: str
    channel: Channel
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
        t.id,
        t.name,
        t.channel,
        {v.label: (v.id, CompiledTemplate(v.subject, v.body, v.html, name=t.name)) for v in live},
    )


@dataclass(frozen=True)
class _Recipient:
    """One lead to write to, as plain values: read in one short transaction, rendered
    after it, so no lock is held while templates are filled in."""

    lead_id: uuid.UUID
    number: str
    name: str
    values: dict[str, object]
    to: str
    language: str
    product: str


@dataclass(frozen=True)
class _Plan:
    template_id: uuid.UUID
    template_name: str
    channel: Channel
    wordings: dict[str, _Wording]
    user_values: dict[str, object]
    recipients: list[_Recipient]
    skipped: list[Skipped]


def recipient_of(lead: Lead, channel: Channel) -> str | None:
    if channel is Channel.EMAIL:
        return lead.email or None
    return lead.whatsapp or lead.phone if channel is Channel.WHATSAPP else lead.phone


class MessagingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def do_not_contact(self, lead_ids: Sequence[uuid.UUID], channel: Channel) -> int:
        """How many of these leads a send on ``channel`` will skip: they asked not to be
        contacted that way (calls are never sent, so never counted)."""
        flag = DO_NOT_CONTACT_FLAG.get(channel)
        if flag is None:
            return 0
        ids = list(dict.fromkeys(lead_ids))
        with transaction(self.ctx.db, write=False) as s:
            return sum(
                q.do_not_contact_count(s, ids[i : i + CHUNK], flag)
                for i in range(0, len(ids), CHUNK)
            )

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
        for the channel, or whose message cannot be filled in, are skipped and listed.

        ``match_language``: a lead whose country reads another language gets this
        template's translation into that language, if it has one.
        Variants are dealt evenly at random; ``seed`` makes the deal repeatable.

        Three steps, so the database is never locked while templates are rendered:
        read what is needed, render without a transaction, then write the whole batch
        in one short transaction (retried on a deadlock), all of it or nothing.
        """
        plan = self._read(lead_ids, template_id, user_id, sender, product_id, match_language)
        dealt = _deal(plan.recipients, plan.wordings, random.Random(seed))
        now = self.ctx.clock()
        rows: list[dict[str, Any]] = []
        skipped = list(plan.skipped)
        total = len(plan.recipients)
        for i, r in enumerate(plan.recipients):
            if cancelled is not None and i % 50 == 0 and cancelled():
                raise QueueCancelled("Queueing was cancelled; nothing was queued.")
            wording = plan.wordings[r.language]
            label = dealt[r.language].pop()
            variant_id, compiled = wording.compiled[label]
            try:
                text = compiled.render(MessageContext(r.values, plan.user_values, r.product))
            except TemplateProblems as exc:
                skipped.append(_not_filled_in(r, exc))
                continue
            # the order the leads were chosen in is the order they are sent
            created = now + dt.timedelta(microseconds=i)
            rows.append(_row(r, wording, variant_id, label, text, sender, user_id, created, now))
            if progress is not None and (i % 100 == 99 or i == total - 1):
                progress(i + 1, total)
        if not rows:
            return Result(QueueResult(None, 0, tuple(skipped)), Changes())
        batch_id = self._write(plan, rows, user_id)
        result = QueueResult(batch_id, len(rows), tuple(skipped), tuple(r["id"] for r in rows))
        return Result(result, Changes(outbox=True))

    def _read(
        self,
        lead_ids: Sequence[uuid.UUID],
        template_id: uuid.UUID,
        user_id: uuid.UUID | None,
        sender: Mailbox | None,
        product_id: uuid.UUID | None,
        match_language: bool,
    ) -> _Plan:
        with transaction(self.ctx.db, write=False) as s:
            chosen = _usable_template(s, template_id)
            if chosen.channel is Channel.EMAIL and (sender is None or not sender.address):
                raise RuleViolation(
                    "Email is not set up: add your SMTP server and sender address in Settings.",
                    code="email_not_set_up",
                )
            wordings = _wordings(s, chosen, match_language)
            user = s.get(User, user_id) if user_id else None
            user_values: dict[str, object] = (
                {"name": user.name, "email": user.email} if user else {}
            )
            fixed_product = _product_name(s, product_id)
            found, products = _leads(s, lead_ids, with_products=fixed_product is None)
            recipients, skipped = _recipients(
                found, chosen, wordings, match_language, products, fixed_product
            )
            return _Plan(
                chosen.id, chosen.name, chosen.channel, wordings, user_values, recipients, skipped
            )

    @retried
    def _write(self, plan: _Plan, rows: list[dict[str, Any]], user_id: uuid.UUID | None) -> Any:
        """The batch and its messages, in one short transaction."""
        with transaction(self.ctx.db) as s:
            _usable_template(s, plan.template_id)  # not retired or deleted meanwhile
            batch = OutboxBatch(
                user_id=user_id,
                channel=plan.channel,
                template_id=plan.template_id,
                template_name=plan.template_name,
                total=len(rows),
            )
            s.add(batch)
            s.flush()
            bulk.insert_rows(
                s.connection(), "outbox_messages", [{**r, "batch_id": batch.id} for r in rows]
            )
            return batch.id


def queue_in(
    s: Session,
    lead: Lead,
    template_id: uuid.UUID,
    *,
    sender: Mailbox | None,
    user_id: uuid.UUID | None,
    now: dt.datetime,
    not_before: dt.datetime | None,
) -> uuid.UUID | Skipped:
    """One lead's message, queued inside the caller's transaction (an automatic first
    response is written with the lead it answers, or not at all): the outbox
    message's id, or why it was skipped (do not contact, no address, cannot fill in)."""
    chosen = _usable_template(s, template_id)
    if chosen.channel is Channel.EMAIL and (sender is None or not sender.address):
        return _skipped(lead, "no_sender")
    wordings = _wordings(s, chosen, True)
    products = dict(q.first_products(s, [lead.id]))
    planned, skipped = _recipients([lead], chosen, wordings, True, products, None)
    if skipped:
        return skipped[0]
    r = planned[0]
    wording = wordings[r.language]
    label = _deal(planned, wordings, random.Random())[r.language].pop()
    variant_id, compiled = wording.compiled[label]
    user = s.get(User, user_id) if user_id else None
    user_values: dict[str, object] = {"name": user.name, "email": user.email} if user else {}
    try:
        text = compiled.render(MessageContext(r.values, user_values, r.product))
    except TemplateProblems as exc:
        return _not_filled_in(r, exc)
    row = _row(r, wording, variant_id, label, text, sender, user_id, now, now)
    batch = OutboxBatch(
        user_id=user_id,
        channel=chosen.channel,
        template_id=chosen.id,
        template_name=chosen.name,
        total=1,
    )
    s.add(batch)
    s.flush()
    bulk.insert_rows(
        s.connection(),
        "outbox_messages",
        [{**row, "batch_id": batch.id, "not_before": not_before}],
    )
    return row["id"]  # type: ignore[no-any-return]


def _usable_template(s: Session, template_id: uuid.UUID) -> MessageTemplate:
    chosen = q.get_template(s, template_id)
    if chosen is None:
        raise missing("Template", template_id)
    if chosen.retired_at is not None:
        raise RuleViolation(
            f"The template {chosen.name!r} is retired; restore it first.",
            code="template_retired",
            params={"name": chosen.name},
        )
    return chosen


def _not_filled_in(r: _Recipient, exc: TemplateProblems) -> Skipped:
    """A lead whose message cannot be filled in (a subject too long with their company's
    name, say) is listed with the reason, and the others are queued."""
    problem = exc.problems[0]
    reason = "subject_too_long" if problem.code == "subject_too_long" else "cannot_fill_in"
    return Skipped(r.lead_id, r.number, r.name, reason, str(problem))


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


def _recipients(
    found: list[Lead],
    chosen: MessageTemplate,
    wordings: dict[str, _Wording],
    match_language: bool,
    products: dict[uuid.UUID, str],
    fixed_product: str | None,
) -> tuple[list[_Recipient], list[Skipped]]:
    """Who gets which language's wording at which address; who has no address."""
    planned: list[_Recipient] = []
    skipped: list[Skipped] = []
    for lead in found:
        if getattr(lead, DO_NOT_CONTACT_FLAG[chosen.channel]):
            skipped.append(_skipped(lead, "do_not_contact"))
            continue
        to = recipient_of(lead, chosen.channel)
        if not to:
            reason = "no_email" if chosen.channel is Channel.EMAIL else "no_phone"
            skipped.append(_skipped(lead, reason))
            continue
        language = chosen.language
        if match_language:
            wanted = language_for_country(lead.country, chosen.language)
            language = wanted if wanted in wordings else chosen.language
        product = products.get(lead.id, "") if fixed_product is None else fixed_product
        planned.append(
            _Recipient(
                lead.id,
                format_number(lead.number),
                display_name(lead.first_name, lead.last_name, lead.company),
                lead_values(lead),
                to,
                language,
                product,
            )
        )
    return planned, skipped


def _deal(
    planned: list[_Recipient], wordings: dict[str, _Wording], rng: random.Random
) -> dict[str, list[str]]:
    """Variant labels per language, evenly at random, to be taken with pop()."""
    counts: dict[str, int] = defaultdict(int)
    for r in planned:
        counts[r.language] += 1
    return {
        language: deal_variants(sorted(wordings[language].compiled), n, rng)[::-1]
        for language, n in counts.items()
    }


def _row(
    r: _Recipient,
    wording: _Wording,
    variant_id: uuid.UUID,
    label: str,
    text: Rendered,
    sender: Mailbox | None,
    user_id: uuid.UUID | None,
    created: dt.datetime,
    now: dt.datetime,
) -> dict[str, Any]:
    """One outbox row; its batch_id is filled in once the batch has an id."""
    message_id = uuid.uuid4()
    email = wording.channel is Channel.EMAIL
    sender = sender if email else None
    return {
        "id": message_id,
        "batch_id": None,
        "lead_id": r.lead_id,
        "user_id": user_id,
        "template_id": wording.template_id,
        "variant_id": variant_id,
        "variant_label": label,
        "template_name": wording.name,
        "channel": wording.channel,
        "language": r.language,
        "sender": sender.address.lower() if sender else None,
        "sender_name": sender.name if sender else None,
        "recipient": r.to,
        "recipient_name": r.name[:200],
        # render() refuses a subject longer than the column, so nothing is cut here
        "subject": text.subject if email else None,
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
