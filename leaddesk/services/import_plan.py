"""Deciding each row of an import: reject, skip as a duplicate, update the lead it
duplicates, or create; and building the rows a chunk writes.

Kept apart from the service's transactions so preview (a dry run) and the import
itself decide in exactly the same way.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from leaddesk.domain.duplicates import Contact, Match, MatchIndex
from leaddesk.domain.import_rows import CellProblem, ConvertedRow
from leaddesk.domain.leads import format_number, search_text
from leaddesk.domain.stage_history import funnel_order
from leaddesk.domain.stages import Stage

ON_DUPLICATE = ("skip", "update", "overwrite", "create")
#: what an update may fill in or overwrite (never the stage, owner or history)
UPDATABLE = (
    "first_name", "last_name", "company", "job_title", "email", "phone", "whatsapp",
    "address", "city", "country", "website", "notes", "deal_value", "currency", "source",
    "external_id", "birthday", "dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms",
)  # fmt: skip
LEAD_COLUMNS = (
    "first_name", "last_name", "company", "job_title", "email", "phone", "whatsapp",
    "address", "city", "country", "website", "notes", "deal_value", "currency", "source",
    "external_id", "birthday", "reason", "dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms",
)  # fmt: skip


@dataclass(frozen=True)
class Lookups:
    """What the database names, by lower-case name: for owners, campaigns, segments,
    products; sources by key; custom field keys."""

    people: Mapping[str, uuid.UUID]
    campaigns: Mapping[str, uuid.UUID]
    segments: Mapping[str, uuid.UUID]
    products: Mapping[str, uuid.UUID]
    sources: set[str]
    numbers: Mapping[int, uuid.UUID]  # lead numbers named in the chunk → their leads


@dataclass
class Decision:
    row: ConvertedRow
    action: str  # "create", "update", "duplicate", "reject"
    match: Match | None = None
    owner_id: uuid.UUID | None = None
    campaign_id: uuid.UUID | None = None
    segment_id: uuid.UUID | None = None
    product_ids: list[uuid.UUID] = field(default_factory=list)
    new_campaign: str | None = None
    new_segment: str | None = None


def contact_of(lead_id: uuid.UUID, values: Mapping[str, Any]) -> Contact:
    return Contact(
        lead_id,
        values.get("email"),
        tuple(p for p in (values.get("phone"), values.get("whatsapp")) if p),
        values.get("first_name"),
        values.get("last_name"),
        values.get("company"),
        values.get("external_id"),
    )


def decide(
    row: ConvertedRow, index: MatchIndex, look: Lookups, on_duplicate: str, new_id: uuid.UUID
) -> Decision:
    """What becomes of ``row``; a created row joins ``index`` so a later row of the same
    file finds it."""
    d = Decision(row, "reject")
    _resolve(d, look)
    if row.rejected:
        return d
    match = None
    if row.lead_number is not None and (known := look.numbers.get(row.lead_number)):
        match = Match(known, "number", 100)
    match = match or index.match(contact_of(new_id, row.values))
    if match is not None and on_duplicate != "create":
        d.match = match
        d.action = "duplicate" if on_duplicate == "skip" else "update"
        return d
    if not (row.values.get("first_name") or row.values.get("last_name")):
        row.problems.append(
            CellProblem("", "first_name", "name_required", "A lead needs a first or last name.")
        )
        return d
    d.action = "create"
    index.add(contact_of(new_id, row.values))
    return d


def _resolve(d: Decision, look: Lookups) -> None:
    refs = d.row.refs

    def warn(target: str, code: str, message: str) -> None:
        d.row.problems.append(CellProblem("", target, code, message, fatal=False))

    if owner := refs.get("owner"):
        d.owner_id = look.people.get(owner.strip().casefold())
        if d.owner_id is None:
            warn("owner", "owner_unknown", f"{owner!r} is nobody on the team; left unassigned.")
    if name := refs.get("campaign"):
        d.campaign_id = look.campaigns.get(name.strip().casefold())
        d.new_campaign = None if d.campaign_id else name.strip()[:160]
    if name := refs.get("segment"):
        d.segment_id = look.segments.get(name.strip().casefold())
        d.new_segment = None if d.segment_id else name.strip()[:120]
    if names := refs.get("product"):
        for name in (n.strip() for n in names.replace(";", ",").split(",")):
            if found := look.products.get(name.casefold()):
                d.product_ids.append(found)
            elif name:
                warn("product", "product_unknown", f"{name!r} is not one of the products.")


def lead_row(
    d: Decision,
    lead_id: uuid.UUID,
    number: int,
    position: str,
    now: dt.datetime,
    batch_id: uuid.UUID,
    user_id: uuid.UUID | None,
    currency: str,
) -> dict[str, Any]:
    """The leads row of a created lead, every column given (a chunk is written with
    one statement, so all its rows have the same keys)."""
    v = d.row.values
    stage: Stage = v.get("stage") or Stage.OPEN
    created = d.row.created_at or now
    row: dict[str, Any] = {name: v.get(name) for name in LEAD_COLUMNS}
    row |= {
        "id": lead_id,
        "number": number,
        "created_at": created,
        "updated_at": now,
        "version": 1,
        "stage": stage,
        "position": position,
        "stage_changed_at": created,
        "owner_id": d.owner_id,
        "captured_by_id": user_id,
        "campaign_id": d.campaign_id,
        "segment_id": d.segment_id,
        # worked out by the rules in the chunk's transaction (import_scores)
        "score": 0,
        "qualification": "none",
        "mql_at": None,
        "sql_at": None,
        "score_due_at": None,  # store.imports.write_leads puts it in score_due
        "currency": v.get("currency") or currency,
        "social_profiles": {},
        "custom_fields": {k: x for k, x in d.row.custom.items() if x is not None},
        "furthest_stage": funnel_order(stage) or 0,
        "won_at": created if stage is Stage.CUSTOMER else None,
        "product_bits": 0,
        "import_batch_id": batch_id,
        "search_text": search_text(
            format_number(number),
            v.get("first_name"),
            v.get("last_name"),
            v.get("company"),
            v.get("email"),
            v.get("phone"),
            v.get("whatsapp"),
        )[:700],
    }
    for name in ("dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms"):
        row[name] = bool(row[name])
    return row


def updated_values(
    current: Mapping[str, Any], d: Decision, overwrite: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) of the fields an update changes: empty fields filled in, or
    with ``overwrite`` every field the file gives a value for."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    wanted = {k: v for k, v in d.row.values.items() if k in UPDATABLE and v not in (None, "")}
    if d.owner_id is not None:
        wanted["owner_id"] = d.owner_id
    for name, value in wanted.items():
        old = current.get(name)
        if old == value or (not overwrite and old not in (None, "", False)):
            continue
        before[name], after[name] = old, value
    custom = dict(current.get("custom_fields") or {})
    for key, value in d.row.custom.items():
        if value is not None and (overwrite or custom.get(key) in (None, "")):
            custom[key] = value
    if custom != (current.get("custom_fields") or {}):
        before["custom_fields"], after["custom_fields"] = current.get("custom_fields"), custom
    return before, after
