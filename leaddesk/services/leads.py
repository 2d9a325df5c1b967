"""Creating, editing, deleting and finding leads."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.leads import display_name, format_number, search_text
from leaddesk.domain.ordering import key_between
from leaddesk.domain.stages import Stage, check_transition
from leaddesk.domain.validation import clean_lead, clean_tags, lead_email, normalize_phone
from leaddesk.errors import NotFound
from leaddesk.services.context import ServiceContext, check_lead_version, label_of, missing
from leaddesk.services.convert import card, lead_record, user_record
from leaddesk.services.custom_fields import CustomFieldRecord, checked_values, field_records
from leaddesk.services.distribution import distribute_in
from leaddesk.services.first_response import answer_new_lead
from leaddesk.services.pipeline import active_owner, apply_assign, apply_move
from leaddesk.services.records import (
    Card,
    Changes,
    ContactMatch,
    LeadRecord,
    Result,
    UserRecord,
)
from leaddesk.services.scoring import rescore_in
from leaddesk.store import board as bq
from leaddesk.store import leads as q
from leaddesk.store.models import Activity, Campaign, Lead, Product, Segment, User
from leaddesk.store.session import retried, transaction
from leaddesk.store.stage_history import first_facts, start_history
from leaddesk.store.users import all_users

_SEARCHED = ("first_name", "last_name", "company", "email", "phone", "whatsapp")

Named = tuple[tuple[uuid.UUID, str], ...]


@dataclass(frozen=True)
class FormChoices:
    """What a lead's form offers in its lists, each as (id, name) sorted by name."""

    users: tuple[UserRecord, ...]
    campaigns: Named
    products: Named
    segments: Named
    sources: tuple[tuple[str, str], ...] = ()  # (key, name) of the owner's list
    custom_fields: tuple[CustomFieldRecord, ...] = ()  # the active ones, in the owner's order


def refresh_search_text(lead: Lead) -> None:
    lead.search_text = search_text(
        format_number(lead.number),
        lead.first_name,
        lead.last_name,
        lead.company,
        lead.email,
        lead.phone,
        lead.whatsapp,
    )[:700]


def _apply_plain(session: Session, lead: Lead, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if name in ("tags", "product_ids", "stage", "owner_id", "reason"):
            continue
        if name == "segment_id" and value is not None and session.get(Segment, value) is None:
            raise NotFound(f"segment_id: there is no segment {value}.", code="no_such_segment")
        if name == "campaign_id" and value is not None and session.get(Campaign, value) is None:
            raise NotFound(f"campaign_id: there is no campaign {value}.", code="no_such_campaign")
        if name == "source" and value is not None and not q.source_exists(session, value):
            raise NotFound(f"source: there is no source {value!r}.", code="no_such_source")
        if name == "custom_fields":
            value = checked_values(session, value or {})
        if name == "captured_by_id" and value is not None and session.get(User, value) is None:
            raise NotFound(f"captured_by_id: there is no user {value}.", code="no_such_person")
        setattr(lead, name, value)
    if "tags" in values:
        lead.tags = q.tags_named(session, values["tags"])
    if "product_ids" in values:
        wanted = list(dict.fromkeys(values["product_ids"] or []))
        found = q.products_by_id(session, wanted)
        if len(found) != len(wanted):
            unknown = set(wanted) - {p.id for p in found}
            raise NotFound(
                f"product_ids: no such product {sorted(map(str, unknown))[0]}.",
                code="no_such_product",
            )
        lead.products = found
        lead.product_bits = sum(p.bit or 0 for p in found)


def system_event(
    lead_id: uuid.UUID,
    event: str,
    at: dt.datetime,
    user_id: uuid.UUID | None,
    **details: object,
) -> Activity:
    """A timeline entry LeadDesk writes itself (created, deleted, restored…)."""
    return Activity(
        lead_id=lead_id,
        kind=ActivityKind.SYSTEM,
        occurred_at=at,
        user_id=user_id,
        details={"event": event, **details},
    )


def insert_lead(
    s: Session,
    ctx: ServiceContext,
    cleaned: Mapping[str, Any],
    stage: Stage,
    reason: str | None,
    *,
    user_id: uuid.UUID | None,
    web_form: str | None = None,
) -> Lead:
    """Write a new lead from ``clean_lead``'s values in the caller's transaction: its
    number, place on top of its column, first stay in its stage, search text and the
    "created" entry of its timeline. Every way a lead comes in (the form, a web form)
    goes through here, so they all come out alike."""
    now = ctx.clock()
    lead = Lead(
        id=uuid.uuid4(),  # now: its first stay in a stage refers to it
        number=q.reserve_numbers(s, 1),
        stage=stage,
        reason=reason,
        stage_changed_at=now,
        created_at=now,
        updated_at=now,
        captured_by_id=cleaned.get("captured_by_id") or user_id,
        owner_id=active_owner(s, cleaned.get("owner_id")),
        score=cleaned.get("score", 0),
        currency=cleaned.get("currency") or ctx.currency,
        social_profiles={},
        custom_fields={},
        position=key_between(None, q.first_position(s, stage)),
    )
    lead.tags, lead.products = [], []
    _apply_plain(s, lead, {k: v for k, v in cleaned.items() if k != "currency"})
    refresh_search_text(lead)
    first_facts(lead, now)
    s.add(lead)
    start_history(s, lead, now)
    s.flush()
    source = lead.source
    s.add(system_event(lead.id, "created", now, user_id, source=source))
    rescore_in(s, ctx, [lead.id], user_id=user_id, now=now)  # fit rules count at once
    if not stage.is_closed:  # the rules send it on (by its score too), its target starts
        extra = {lead.id: {"web_form": web_form}} if web_form else None
        distribute_in(s, ctx, [lead.id], user_id=user_id, now=now, captured=True,
                      extra=extra, decide=lead.owner_id is None)  # fmt: skip
    return lead


class LeadService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def create(
        self, values: Mapping[str, Any], *, user_id: uuid.UUID | None = None
    ) -> Result[LeadRecord]:
        """A new lead on top of its stage's column (Open unless given), with its number."""
        cleaned = clean_lead(
            values, default_region=self.ctx.default_region, currency=self.ctx.currency
        )
        stage = cleaned.get("stage") or Stage.OPEN
        reason = (
            check_transition(Stage.OPEN, stage, cleaned.get("reason"))
            if stage.needs_reason
            else None
        )
        with transaction(self.ctx.db) as s:
            lead = insert_lead(s, self.ctx, cleaned, stage, reason, user_id=user_id)
            answered = answer_new_lead(s, lead, now=lead.created_at, user_id=user_id)
            return Result(
                lead_record(lead),
                Changes(
                    leads=frozenset({lead.id}),
                    stages=frozenset({stage}),
                    timelines=frozenset({lead.id}),
                    outbox=answered is not None and answered.outbox_message_id is not None,
                ),
            )

    def same_contact(
        self,
        *,
        email: str | None = None,
        phones: Sequence[str | None] = (),
        country: str | None = None,
    ) -> list[ContactMatch]:
        """Leads that already have this email or one of these numbers (as phone or
        WhatsApp), for "open it instead" while a new lead is typed. What cannot be read
        as an email or a number yet (half typed) is simply not looked up."""
        emails: set[str] = set()
        if email and email.strip():
            with contextlib.suppress(ValueError):
                emails = {lead_email(email)}
        numbers: set[str] = set()
        for raw in phones:
            if raw and raw.strip():
                with contextlib.suppress(ValueError):
                    numbers.add(normalize_phone(raw, country or self.ctx.default_region))
        if not emails and not numbers:
            return []
        with transaction(self.ctx.db, write=False) as s:
            found = q.same_contact(s, emails, numbers)
            return [
                ContactMatch(
                    id=lead.id,
                    number=format_number(lead.number),
                    name=display_name(lead.first_name, lead.last_name, lead.company),
                    company=lead.company,
                    stage=lead.stage,
                    fields=tuple(
                        f
                        for f, hit in (
                            ("email", lead.email in emails),
                            ("phone", bool({lead.phone, lead.whatsapp} & numbers)),
                        )
                        if hit
                    ),
                )
                for lead in found
            ]

    def by_number(self, number: str | int) -> LeadRecord:
        """The lead people call L-000123 (or 123)."""
        text = str(number).strip().upper().removeprefix("L-")
        if not text.isdigit():
            raise NotFound(f"{number!r} is not a lead number (L-000123).", code="missing")
        with transaction(self.ctx.db, write=False) as s:
            lead_id = q.id_by_number(s, int(text))
        if lead_id is None:
            raise NotFound(f"There is no lead {format_number(int(text))}.", code="missing")
        return self.get(lead_id)

    def get(self, lead_id: uuid.UUID) -> LeadRecord:
        with transaction(self.ctx.db, write=False) as s:
            lead = q.get_lead(s, lead_id, with_links=True)
            if lead is None:
                raise missing("Lead", lead_id)
            return lead_record(lead)

    @retried
    def update(
        self,
        lead_id: uuid.UUID,
        values: Mapping[str, Any],
        *,
        expected_version: int | None,
        user_id: uuid.UUID | None = None,
    ) -> Result[LeadRecord]:
        """Save edited fields. A stale ``expected_version`` raises ConflictError;
        stage and owner changes go through the move and assign rules."""
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True, with_links=True)
            if lead is None:
                raise missing("Lead", lead_id)
            check_lead_version(lead, expected_version)
            # numbers without a country code: the lead's country's, as it stands
            region = lead.country or self.ctx.default_region
            if ("first_name" in values) != ("last_name" in values):
                # emptying one name is fine while the lead keeps the other
                values = {
                    "first_name": lead.first_name,
                    "last_name": lead.last_name,
                    **values,
                }
            cleaned = clean_lead(
                values, default_region=region, partial=True, currency=lead.currency
            )
            changes = Changes(leads=frozenset({lead.id}), stages=frozenset({lead.stage}))
            if "stage" in cleaned and cleaned["stage"] != lead.stage:
                changes |= apply_move(
                    s,
                    self.ctx,
                    lead,
                    cleaned["stage"],
                    reason=cleaned.get("reason"),
                    user_id=user_id,
                )
            elif "reason" in cleaned and lead.stage.needs_reason:
                lead.reason = check_transition(lead.stage, lead.stage, cleaned["reason"])
            if "owner_id" in cleaned:
                changes |= apply_assign(s, self.ctx, lead, cleaned["owner_id"], user_id=user_id)
            _apply_plain(s, lead, cleaned)
            if any(k in cleaned for k in _SEARCHED):
                refresh_search_text(lead)
            changes |= rescore_in(s, self.ctx, [lead.id], user_id=user_id)
            return Result(lead_record(lead), changes)

    @retried
    def delete(
        self,
        lead_id: uuid.UUID,
        *,
        expected_version: int | None = None,
        user_id: uuid.UUID | None = None,
    ) -> Changes:
        """Soft delete: the lead leaves every list but stays restorable."""
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True)
            if lead is None:
                raise missing("Lead", lead_id)
            check_lead_version(lead, expected_version)
            now = self.ctx.clock()
            lead.deleted_at = now
            s.add(system_event(lead.id, "deleted", now, user_id))
            return Changes(
                leads=frozenset({lead.id}),
                stages=frozenset({lead.stage}),
                timelines=frozenset({lead.id}),
            )

    @retried
    def restore(self, lead_id: uuid.UUID, *, user_id: uuid.UUID | None = None) -> Changes:
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True, include_deleted=True)
            if lead is None or lead.deleted_at is None:
                label = label_of(lead) if lead is not None else str(lead_id)
                raise NotFound(
                    f"Lead {label} is not in the deleted leads.",
                    code="not_deleted",
                    params={"label": label if lead is not None else ""},
                )
            lead.deleted_at = None
            s.add(system_event(lead.id, "restored", self.ctx.clock(), user_id))
            return Changes(
                leads=frozenset({lead.id}),
                stages=frozenset({lead.stage}),
                timelines=frozenset({lead.id}),
            )

    def delete_many(
        self, lead_ids: Sequence[uuid.UUID], *, user_id: uuid.UUID | None = None
    ) -> Changes:
        """Soft delete several leads at once (all or none); ``restore_many`` undoes it."""
        return self._set_deleted(lead_ids, deleted=True, user_id=user_id)

    def restore_many(
        self, lead_ids: Sequence[uuid.UUID], *, user_id: uuid.UUID | None = None
    ) -> Changes:
        return self._set_deleted(lead_ids, deleted=False, user_id=user_id)

    @retried
    def _set_deleted(
        self, lead_ids: Sequence[uuid.UUID], *, deleted: bool, user_id: uuid.UUID | None
    ) -> Changes:
        changes = Changes()
        with transaction(self.ctx.db) as s:
            now = self.ctx.clock()
            held = q.lock_leads(s, lead_ids, include_deleted=True)
            for lead_id in lead_ids:
                lead = held.get(lead_id)
                if lead is None or (lead.deleted_at is not None) == deleted:
                    continue  # gone for good, or already as asked
                lead.deleted_at = now if deleted else None
                s.add(system_event(lead.id, "deleted" if deleted else "restored", now, user_id))
                changes |= Changes(
                    leads=frozenset({lead.id}),
                    stages=frozenset({lead.stage}),
                    timelines=frozenset({lead.id}),
                )
        return changes

    @retried
    def retag(
        self,
        lead_ids: Sequence[uuid.UUID],
        *,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> Changes:
        """Add and remove tags on several leads in one transaction."""
        wanted = clean_tags(add)
        dropped = {t.casefold() for t in clean_tags(remove)}
        changes = Changes()
        with transaction(self.ctx.db) as s:
            new_tags = q.tags_named(s, wanted)
            held = q.lock_leads(s, lead_ids, with_links=True)
            for lead_id in lead_ids:
                lead = held.get(lead_id)
                if lead is None:
                    raise missing("Lead", lead_id)
                kept = [t for t in lead.tags if t.name.casefold() not in dropped]
                have = {t.id for t in kept}
                tags = kept + [t for t in new_tags if t.id not in have]
                if [t.id for t in tags] != [t.id for t in lead.tags]:
                    lead.tags = tags
                    # an UPDATE of the row, so its version moves: a tag change is an
                    # edit an open form must not silently overwrite
                    lead.updated_at = self.ctx.clock()
                    changes |= Changes(leads=frozenset({lead.id}), stages=frozenset({lead.stage}))
        return changes

    def form_choices(self) -> FormChoices:
        with transaction(self.ctx.db, write=False) as s:
            return FormChoices(
                users=tuple(user_record(u) for u in all_users(s, active_only=True)),
                campaigns=bq.named(s, Campaign),
                products=bq.named(s, Product),
                segments=bq.named(s, Segment),
                sources=q.source_choices(s),
                custom_fields=field_records(s),
            )

    def search(self, text: str, *, limit: int = 50) -> list[Card]:
        """Leads whose name, company, email, phone or number contain every word typed."""
        terms = [t for t in search_text(text).split() if t]
        if not terms:
            return []
        with transaction(self.ctx.db, write=False) as s:
            return [card(r) for r in bq.search_cards(s, terms, limit=limit)]
