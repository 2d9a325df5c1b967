"""A messaging history for the demo data: an A/B-tested introduction email sent to
some new leads over the past year, the replies it got, and today's outbox (a batch
with a refused address and an unconfirmed message, WhatsApp messages waiting)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from typing import Any

from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.leads import display_name
from leaddesk.domain.mime import new_message_id
from leaddesk.domain.outbox import REPLY_WINDOW, MessageStatus, language_for_country
from leaddesk.domain.templates import CompiledTemplate, MessageContext

ERROR_CODES = {MessageStatus.FAILED: "recipient", MessageStatus.HANDED_OVER: "connection"}
SHARE = 0.06
TODAY = (
    14  # recent leads in today's outbox  # of leads get the introduction email early in their life
)
REPLY_RATE = {"A": 0.14, "B": 0.21}  # variant B's shorter, question-led wording works better
# variant B of the introduction email, per language (A is the shipped wording)
VARIANT_B = {
    "en": (
        "Quick question{% if lead.first_name %}, {{ lead.first_name }}{% endif %}",
        "Hello{% if lead.first_name %} {{ lead.first_name }}{% endif %},\n\n"
        "would 20 minutes this week be enough to show you what "
        "{{ product|default('our solution', true) }} could do for you"
        "{% if lead.company %} at {{ lead.company }}{% endif %}?\n\n"
        "Just reply with a time that suits you.\n\n{{ user.name }}\n",
    ),
    "pl": (
        "Krótkie pytanie",
        "Dzień dobry,\n\nczy 20 minut w tym tygodniu wystarczy, żeby pokazać, co "
        "{{ product|default('nasza oferta', true) }} może zmienić u Państwa?\n\n"
        "Wystarczy odpisać, jaki termin pasuje.\n\n{{ user.name }}\n",
    ),
    "ar": (
        "سؤال سريع",
        "مرحبًا{% if lead.first_name %} {{ lead.first_name }}{% endif %}،\n\n"
        "هل تكفي 20 دقيقة هذا الأسبوع لأريكم ما يمكن أن يقدّمه "
        "{{ product|default('منتجنا', true) }} لكم؟\n\n"
        "ردّوا فقط بالوقت المناسب لكم.\n\n{{ user.name }}\n",
    ),
}


def _variant_rows(templates: list[dict[str, Any]], now: dt.datetime) -> list[dict[str, Any]]:
    rows = []
    for t in templates:
        if t["origin"] and t["origin"].startswith("introduction/email/"):
            subject, body = VARIANT_B[t["language"]]
            rows.append(
                {
                    "id": uuid.uuid5(t["id"], "B"),  # the same every time, as the seed's
                    "template_id": t["id"],
                    "label": "B",
                    "subject": subject,
                    "body": body,
                    "html": None,
                    "retired_at": None,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
    return rows


class DemoMessaging:
    """Decides, lead by lead as the demo generator makes them, what was sent and
    answered; the outbox rows come out at the end."""

    def __init__(
        self,
        rng: random.Random,
        new_id: Callable[[], uuid.UUID],
        anchor: dt.datetime,
        templates: list[dict[str, Any]],
        variants: list[dict[str, Any]],
        users: list[dict[str, Any]],
        products: list[dict[str, Any]],
        team_language: str = "en",
    ) -> None:
        self.rng, self.new_id, self.anchor = rng, new_id, anchor
        self.team = team_language  # the team queues from the templates in its language
        extra = _variant_rows(templates, anchor - dt.timedelta(days=400))
        self.extra_variants = extra
        by_template: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for v in (*variants, *extra):
            by_template.setdefault(v["template_id"], []).append(v)
        # origin -> (template row, label -> (variant id, compiled wording))
        self.wording: dict[str, tuple[dict[str, Any], dict[str, tuple[uuid.UUID, Any]]]] = {
            t["origin"]: (
                t,
                {
                    v["label"]: (v["id"], CompiledTemplate(v["subject"], v["body"]))
                    for v in by_template[t["id"]]
                },
            )
            for t in templates
            if t["origin"]
        }
        self.users = {u["id"]: u for u in users}
        self.products = [p["name"] for p in products]
        self.batches: dict[str, dict[str, Any]] = {}
        self.messages: list[dict[str, Any]] = []
        self.recent: list[tuple[uuid.UUID, dict[str, Any], dict[str, Any]]] = []

    def _batch(self, key: str, template: dict[str, Any], when: dt.datetime, user: Any) -> Any:
        b = self.batches.get(key)
        if b is not None and when < b["created_at"]:
            b["created_at"] = b["updated_at"] = when
        if b is None:
            b = self.batches[key] = {
                "id": self.new_id(),
                "user_id": user,
                "channel": template["channel"],
                "template_id": template["id"],
                "template_name": template["name"],
                "total": 0,
                "cancelled_at": None,
                "created_at": when,
                "updated_at": when,
                "version": 1,
            }
        b["total"] += 1
        return b["id"]

    def for_lead(
        self,
        lead_id: uuid.UUID,
        person: dict[str, Any],
        owner: dict[str, Any] | None,
        created: dt.datetime,
    ) -> list[dict[str, Any]]:
        """Timeline entries of this lead's introduction email and its reply, if any."""
        r = self.rng
        if owner is None or not person.get("email"):
            return []
        if self.anchor - created < REPLY_WINDOW + dt.timedelta(days=2):
            if len(self.recent) < TODAY and r.random() < 0.1:  # in today's outbox
                self.recent.append((lead_id, person, owner))
            return []
        if r.random() >= SHARE:
            return []
        language = language_for_country(person.get("country"), "en")
        template, compiled = self.wording[f"introduction/email/{language}"]
        label = r.choice(sorted(compiled))
        variant_id, wording = compiled[label]
        sent = created + dt.timedelta(hours=r.uniform(2, 60))
        product = r.choice(self.products)
        text = wording.render(self._context(person, owner, product))
        message_id = self.new_id()
        self.messages.append(
            self._message(
                message_id,
                # a month's mailing: queued from the team's template, each lead in
                # their own language
                self._batch(f"{sent:%Y-%m}", self._team_template("introduction/email"), sent, None),
                lead_id,
                person,
                owner,
                template,
                variant_id,
                label,
                language,
                text,
                status=MessageStatus.SENT,
                at=sent,
            )
        )
        acts = [
            self._activity(
                lead_id,
                ActivityKind.EMAIL,
                Direction.OUTBOUND,
                sent,
                owner["id"],
                text.subject,
                text.body,
                {
                    "template_id": str(template["id"]),
                    "template": template["name"],
                    "variant": label,
                    "outbox_id": str(message_id),
                    "message_id": self.messages[-1]["message_id"],
                    "to": person["email"],
                },
            )
        ]
        if r.random() < REPLY_RATE[label]:
            replied = sent + dt.timedelta(hours=r.uniform(1, 24 * 6))
            acts.append(
                self._activity(
                    lead_id,
                    ActivityKind.EMAIL,
                    Direction.INBOUND,
                    min(replied, self.anchor),
                    owner["id"],
                    f"Re: {text.subject}",
                    None,
                    {},
                )
            )
        return acts

    def _team_template(self, kind: str) -> dict[str, Any]:
        return self.wording.get(f"{kind}/{self.team}", self.wording[f"{kind}/en"])[0]

    def today(self) -> None:
        """Today's outbox: an email batch being worked (one address refused, one message
        whose confirmation was lost), and WhatsApp messages waiting for their rep."""
        now = self.anchor - dt.timedelta(hours=1)
        email_states = (MessageStatus.SENT,) * 4 + (
            MessageStatus.FAILED,
            MessageStatus.HANDED_OVER,
            MessageStatus.QUEUED,
        )
        for i, (lead_id, person, owner) in enumerate(self.recent):
            whatsapp = i % 3 == 2 and bool(person.get("phone"))
            kind = "meeting_request/whatsapp" if whatsapp else "introduction/email"
            language = language_for_country(person.get("country"), "en")
            template, compiled = self.wording[f"{kind}/{language}"]
            label = "A" if whatsapp or i % 2 else "B"
            variant_id, wording = compiled[label]
            text = wording.render(self._context(person, owner, self.products[0]))
            status = MessageStatus.QUEUED if whatsapp else email_states[i % len(email_states)]
            self.messages.append(
                self._message(
                    self.new_id(),
                    self._batch(f"today/{kind}", self._team_template(kind), now, owner["id"]),
                    lead_id,
                    person,
                    owner,
                    template,
                    variant_id,
                    label,
                    language,
                    text,
                    status=status,
                    at=now,
                )
            )

    def _context(
        self, person: dict[str, Any], owner: dict[str, Any], product: str
    ) -> MessageContext:
        lead = dict(person)
        lead["name"] = display_name(person.get("first_name"), person.get("last_name"), None)
        return MessageContext(lead, {"name": owner["name"], "email": owner["email"]}, product)

    def _message(
        self,
        message_id: uuid.UUID,
        batch_id: uuid.UUID,
        lead_id: uuid.UUID,
        person: dict[str, Any],
        owner: dict[str, Any],
        template: dict[str, Any],
        variant_id: uuid.UUID | None,
        label: str,
        language: str,
        text: Any,
        *,
        status: MessageStatus,
        at: dt.datetime,
    ) -> dict[str, Any]:
        email = template["channel"] is Channel.EMAIL
        sent = status is MessageStatus.SENT
        handed_over = status in (MessageStatus.SENT, MessageStatus.HANDED_OVER)
        return {
            "id": message_id,
            "batch_id": batch_id,
            "lead_id": lead_id,
            "user_id": owner["id"],
            "template_id": template["id"],
            "variant_id": variant_id,
            "variant_label": label,
            "template_name": template["name"],
            "channel": template["channel"],
            "language": language,
            "sender": owner["email"] if email else None,
            "sender_name": owner["name"] if email else None,
            "recipient": person["email"] if email else person["phone"],
            "recipient_name": display_name(person.get("first_name"), person.get("last_name")),
            "subject": text.subject if email else None,
            "body": text.body,
            "html": None,
            "message_id": new_message_id(owner["email"], message_id.hex) if email else None,
            "status": status,
            "attempts": 0 if status is MessageStatus.QUEUED else 1,
            "not_before": None,
            "claim_token": None,
            "claimed_at": None,
            "handed_over_at": at if handed_over else None,
            "sent_at": at if sent else None,
            "reply_by": at + REPLY_WINDOW if sent else None,
            "error_code": ERROR_CODES.get(status),
            "error": {
                MessageStatus.FAILED: "smtp.example.com:587 refused the recipient "
                f"{person['email']} (550 5.1.1 User unknown).",
                MessageStatus.HANDED_OVER: "The connection to smtp.example.com:587 was lost "
                "after the message was handed over, before the server confirmed it "
                "(no answer in time). It may have been delivered.",
            }.get(status),
            "created_at": at,
            "updated_at": at,
            "version": 1,
        }

    def _activity(
        self,
        lead_id: uuid.UUID,
        kind: ActivityKind,
        direction: Direction,
        when: dt.datetime,
        user_id: uuid.UUID,
        subject: str | None,
        body: str | None,
        details: dict[str, Any],
    ) -> dict[str, Any]:
        return {
            "id": self.new_id(),
            "lead_id": lead_id,
            "kind": kind,
            "direction": direction,
            "subject": subject,
            "body": body,
            "occurred_at": when,
            "user_id": user_id,
            "outcome": None,
            "tag": None,
            "details": details,
            "created_at": when,
        }

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "template_variants": self.extra_variants,
            "outbox_batches": list(self.batches.values()),
            "outbox_messages": self.messages,
        }
