"""Merging duplicate leads into one, and taking a merge back.

A merge is one transaction: the kept lead takes the chosen values, every timeline
entry, follow-up, file and message of the others moves to it, tags and products become
the union, and the others are soft-deleted. Stage stays are never moved: each lead's
time in its stages stays its own, so Insights never counts one day twice; a stage
taken from another lead is a move of the kept lead, made now. The merge's snapshot
holds what unmerge needs to put every row back as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.stages import Stage
from leaddesk.domain.validation import clean_lead
from leaddesk.errors import RuleViolation
from leaddesk.services.context import ServiceContext, check_lead_version, label_of, missing
from leaddesk.services.leads import refresh_search_text, system_event
from leaddesk.services.merge_plan import (
    CUSTOM,
    FIELDS,
    MergeField,
    MergeLead,
    MergePlan,
    kept_first,
    order_leads,
)
from leaddesk.services.merge_undo import undo_merge
from leaddesk.services.pipeline import apply_assign, apply_move
from leaddesk.services.records import Changes, Result
from leaddesk.services.scoring import rescore_in
from leaddesk.store import board as bq
from leaddesk.store import imports as iq
from leaddesk.store import leads as q
from leaddesk.store import merges as mq
from leaddesk.store.models import Campaign, Lead, Product, Segment
from leaddesk.store.models_capture import LeadMerge
from leaddesk.store.session import retried, transaction
from leaddesk.store.timeline import next_due
from leaddesk.store.users import all_users

# a choice is the id of the lead whose value is taken, or the value itself
Choice = Any


@dataclass(frozen=True)
class MergeRecord:
    """A merge as the kept lead's timeline offers it back."""

    id: uuid.UUID
    kept_id: uuid.UUID
    merged_ids: tuple[uuid.UUID, ...]
    merged_labels: tuple[str, ...]  # "L-000124 Anna Nowak"
    created_at: Any
    user_id: uuid.UUID | None
    undone_at: Any


def value_of(lead: Lead, key: str) -> Any:
    if key.startswith(CUSTOM):
        return (lead.custom_fields or {}).get(key.removeprefix(CUSTOM))
    value = getattr(lead, key)
    return dict(value or {}) if key == "social_profiles" else value


def merge_refused(code: str, message: str, lead: Lead | None = None) -> RuleViolation:
    return RuleViolation(message, code=code, params={"label": label_of(lead) if lead else ""})


def held_leads(s: Session, ids: Sequence[uuid.UUID], *, lock: bool) -> dict[uuid.UUID, Lead]:
    """The leads to merge, each live: a deleted one was deleted or merged already."""
    if lock:
        held = q.lock_leads(s, ids, with_links=True, include_deleted=True)
    else:
        held = {}
        for i in ids:
            lead = q.get_lead(s, i, with_links=True, include_deleted=True)
            if lead is not None:
                held[i] = lead
    for i in ids:
        lead = held.get(i)
        if lead is None:
            raise missing("Lead", i)
        if lead.deleted_at is not None:
            raise merge_refused(
                "merge_lead_gone",
                f"Lead {label_of(lead)} was deleted or merged into another lead already; "
                "it cannot be merged.",
                lead,
            )
    return held


class MergeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def plan(self, lead_ids: Sequence[uuid.UUID]) -> MergePlan:
        """The leads side by side, the one to keep and each field's suggested value."""
        ids = list(dict.fromkeys(lead_ids))
        if len(ids) < 2:
            raise merge_refused("merge_too_few", "Choose at least two leads to merge.")
        with transaction(self.ctx.db, write=False) as s:
            held = held_leads(s, ids, lock=False)
            counts = mq.timeline_counts(s, ids)
            kept_id = kept_first(counts, {i: (x.created_at, x.number) for i, x in held.items()})
            leads = order_leads(
                [
                    MergeLead(
                        id=x.id,
                        number=format_number(x.number),
                        name=display_name(x.first_name, x.last_name, x.company),
                        version=x.version,
                        stage=x.stage,
                        created_at=x.created_at,
                        timeline_entries=counts.get(x.id, 0),
                        tags=tuple(sorted(t.name for t in x.tags)),
                        product_ids=tuple(sorted(p.id for p in x.products)),
                    )
                    for x in held.values()
                ],
                kept_id,
            )
            defs = iq.custom_fields(s)
            custom = sorted(
                {k for x in held.values() for k in (x.custom_fields or {})}
                | {k for k, d in defs.items() if d.retired_at is None},
                key=lambda k: (defs[k].position if k in defs else 1 << 30, k),
            )
            keys = (*FIELDS, *(CUSTOM + k for k in custom))
            fields = tuple(
                MergeField(key, tuple(value_of(held[lead.id], key) for lead in leads))
                for key in keys
            )
            names = {str(u.id): u.name for u in all_users(s)}
            for model in (Campaign, Segment, Product):
                names |= {str(i): n for i, n in bq.named(s, model)}
            names |= q.source_names(s)
            return MergePlan(
                leads=leads,
                kept_id=kept_id,
                fields=fields,
                names=names,
                custom_names={k: d.name for k, d in defs.items()},
            )

    @retried
    def merge(
        self,
        kept_id: uuid.UUID,
        merged_ids: Sequence[uuid.UUID],
        choices: Mapping[str, Choice],
        *,
        user_id: uuid.UUID | None = None,
        expected_versions: Mapping[uuid.UUID, int] | None = None,
    ) -> Result[uuid.UUID]:
        """Merge ``merged_ids`` into ``kept_id``; the value is the merge's id (for unmerge).

        ``choices``: per field (see merge_plan.FIELDS, "custom:<key>") the id of the lead
        whose value the kept lead gets, or the value itself; a field not given keeps
        the kept lead's. A lead whose version is not ``expected_versions``' refuses the
        whole merge, naming the lead.
        """
        others = list(dict.fromkeys(merged_ids))
        if kept_id in others:
            raise merge_refused("merge_into_itself", "A lead cannot be merged into itself.")
        if not others:
            raise merge_refused("merge_too_few", "Choose at least two leads to merge.")
        for key in choices:
            if key not in FIELDS and not key.startswith(CUSTOM):
                raise RuleViolation(
                    f"{key!r} is not a field a merge can choose.",
                    code="merge_unknown_field",
                    params={"field": key},
                )
        ids = [kept_id, *others]
        with transaction(self.ctx.db) as s:
            held = held_leads(s, ids, lock=True)
            for i in ids:
                check_lead_version(held[i], (expected_versions or {}).get(i))
            kept, gone = held[kept_id], [held[i] for i in others]
            merge_id, now = uuid.uuid4(), self.ctx.clock()
            before = mq.lead_row(kept)
            rows = {str(x.id): mq.lead_row(x) for x in gone}
            moved = mq.rows_of(s, others)
            chosen = self._resolve(held, kept, choices)
            changes = Changes(
                leads=frozenset(ids),
                stages=frozenset(x.stage for x in held.values()),
                timelines=frozenset(ids),
                follow_ups=True,
                outbox=any(moved["outbox_messages"].values()),
            )
            custom = dict(kept.custom_fields or {})
            for key, value in chosen.items():
                if key.startswith(CUSTOM):
                    if value is None:
                        custom.pop(key.removeprefix(CUSTOM), None)
                    else:
                        custom[key.removeprefix(CUSTOM)] = value
                elif key not in ("stage", "reason", "owner_id"):
                    setattr(kept, key, value)
            kept.custom_fields = custom
            if "owner_id" in chosen:
                changes |= apply_assign(s, self.ctx, kept, chosen["owner_id"], user_id=user_id)
            for table, per_lead in moved.items():
                for lead_id, row_ids in per_lead.items():
                    mq.move_rows(s, table, row_ids, kept.id, from_lead=uuid.UUID(lead_id))
            tags, products = mq.link_ids(s, kept.id)
            tags_added = {t.id for x in gone for t in x.tags} - tags
            products_added = {p.id for x in gone for p in x.products} - products
            kept.tags = [*kept.tags, *mq.tags_by_id(s, tags_added)]
            kept.products = [*kept.products, *mq.products_by_id(s, products_added)]
            kept.product_bits = sum(p.bit or 0 for p in kept.products)
            if chosen.get("stage", kept.stage) != kept.stage:
                changes |= apply_move(
                    s,
                    self.ctx,
                    kept,
                    chosen["stage"],
                    reason=chosen.get("reason"),
                    user_id=user_id,
                    details={"merge_id": str(merge_id)},
                )
            _derive(s, kept, gone)
            for x in gone:
                x.deleted_at = now
            s.add(
                system_event(
                    kept.id,
                    "merge",
                    now,
                    user_id,
                    merge_id=str(merge_id),
                    merged=[format_number(x.number) for x in gone],
                    names=[display_name(x.first_name, x.last_name, x.company) for x in gone],
                    stages=[x.stage.value for x in gone],
                )
            )
            s.flush()
            rescore_in(s, self.ctx, [kept.id], user_id=user_id, now=now)
            s.add(
                LeadMerge(
                    id=merge_id,
                    kept_lead_id=kept.id,
                    merged_ids=[str(i) for i in others],
                    user_id=user_id,
                    created_at=now,
                    updated_at=now,
                    snapshot={
                        "kept_before": before,
                        "kept_after": mq.lead_row(kept),
                        "merged": rows,
                        "moved": moved,
                        "tags_added": sorted(map(str, tags_added)),
                        "products_added": sorted(map(str, products_added)),
                    },
                )
            )
            s.flush()
            return Result(merge_id, changes)

    def _resolve(
        self, held: Mapping[uuid.UUID, Lead], kept: Lead, choices: Mapping[str, Choice]
    ) -> dict[str, Any]:
        """Each chosen field's value: taken from a lead of the merge, or given (and then
        checked as the lead form's would be)."""
        out: dict[str, Any] = {}
        given: dict[str, Any] = {}
        for key, choice in choices.items():
            if isinstance(choice, uuid.UUID) and choice in held:
                out[key] = value_of(held[choice], key)
                if key == "stage":
                    out["reason"] = held[choice].reason
            elif key.startswith(CUSTOM):
                out[key] = choice
            else:
                given[key] = choice
        if given:
            region = kept.country or self.ctx.default_region
            out |= clean_lead(given, default_region=region, partial=True, currency=kept.currency)
        if "stage" in out:
            out["stage"] = Stage(out["stage"])
            out.setdefault("reason", kept.reason)
        return out

    @retried
    def unmerge(
        self, merge_id: uuid.UUID, *, user_id: uuid.UUID | None = None
    ) -> Result[tuple[str, ...]]:
        """Put the merged leads back as they were; the value names the kept lead's
        fields that were edited since the merge (those keep the later edit)."""
        return undo_merge(self.ctx, merge_id, user_id=user_id)

    def merges_of(self, lead_id: uuid.UUID) -> list[MergeRecord]:
        """The merges ``lead_id`` was kept in, newest first (for its timeline)."""
        with transaction(self.ctx.db, write=False) as s:
            found = mq.merges_of(s, lead_id)
            out = []
            for m in found:
                rows = (m.snapshot or {}).get("merged", {})
                labels = tuple(
                    f"{format_number(r['number'])} "
                    f"{display_name(r.get('first_name'), r.get('last_name'), r.get('company'))}"
                    for r in rows.values()
                )
                out.append(
                    MergeRecord(
                        id=m.id,
                        kept_id=m.kept_lead_id,
                        merged_ids=tuple(uuid.UUID(i) for i in m.merged_ids),
                        merged_labels=labels,
                        created_at=m.created_at,
                        user_id=m.user_id,
                        undone_at=m.undone_at,
                    )
                )
            return out


def _derive(s: Session, kept: Lead, gone: Sequence[Lead]) -> None:
    """The kept lead's columns kept from its rows: the soonest open follow-up, the
    latest contact and the earliest first response of all of them, its search text."""
    s.flush()
    kept.next_follow_up_at = next_due(s, kept.id)
    contacts = [x.last_contacted_at for x in (kept, *gone) if x.last_contacted_at]
    kept.last_contacted_at = max(contacts) if contacts else None
    answered = [x for x in (kept, *gone) if x.first_response_at is not None]
    if answered:
        first = min(answered, key=lambda x: x.first_response_at)  # type: ignore[arg-type,return-value]
        kept.first_response_at, kept.first_response_s = (
            first.first_response_at,
            first.first_response_s,
        )
    refresh_search_text(kept)
