"""Taking a merge back, later too: the merged leads return exactly as the snapshot
holds them, the rows that moved go back by id, and the kept lead loses what the merge
gave it, except where someone edited it since (the later edit stays, and is named).

What was added to the kept lead after the merge (timeline entries, follow-ups) is not
in the snapshot and stays with it.
"""

from __future__ import annotations

import uuid
from typing import Any

from leaddesk.domain.leads import format_number
from leaddesk.domain.stages import Stage
from leaddesk.errors import NotFound, RuleViolation
from leaddesk.services.context import ServiceContext, label_of, missing
from leaddesk.services.leads import refresh_search_text, system_event
from leaddesk.services.merge_plan import FIELDS
from leaddesk.services.pipeline import active_owner, apply_assign, apply_move
from leaddesk.services.records import Changes, Result
from leaddesk.services.scoring import rescore_in
from leaddesk.store import leads as q
from leaddesk.store import merges as mq
from leaddesk.store.models import Lead
from leaddesk.store.session import transaction
from leaddesk.store.timeline import next_due

# kept from the rows, not chosen: back to the value before unless they moved since
DERIVED = ("last_contacted_at", "first_response_at", "first_response_s")
PLAIN = tuple(f for f in FIELDS if f not in ("stage", "owner_id"))


def missing_merge(merge_id: uuid.UUID) -> NotFound:
    return NotFound(f"There is no merge {merge_id}.", code="merge_missing")


def _now_json(lead: Lead, name: str) -> Any:
    return mq.to_json(getattr(lead, mq.lead_column(name).key))


def undo_merge(
    ctx: ServiceContext, merge_id: uuid.UUID, *, user_id: uuid.UUID | None
) -> Result[tuple[str, ...]]:
    with transaction(ctx.db) as s:
        m = mq.get_merge(s, merge_id, lock=True)
        if m is None:
            raise missing_merge(merge_id)
        snap: dict[str, Any] = m.snapshot or {}
        others = [uuid.UUID(i) for i in m.merged_ids]
        held = q.lock_leads(s, [m.kept_lead_id, *others], with_links=True, include_deleted=True)
        kept = held.get(m.kept_lead_id)
        if kept is None:
            raise missing("Lead", m.kept_lead_id)
        if m.undone_at is not None:
            raise RuleViolation(
                f"The merge into {label_of(kept)} was undone already.",
                code="merge_undone_already",
                params={"label": label_of(kept)},
            )
        now = ctx.clock()
        before: dict[str, Any] = snap["kept_before"]
        after: dict[str, Any] = snap["kept_after"]
        kept_edits: list[str] = []
        for table, per_lead in snap["moved"].items():
            for lead_id, row_ids in per_lead.items():
                mq.move_rows(s, table, row_ids, uuid.UUID(lead_id), from_lead=kept.id)
        back: list[Lead] = []
        for lead_id, row in snap["merged"].items():
            lead = held.get(uuid.UUID(lead_id))
            if lead is None:
                continue  # removed for good since: nothing to bring back
            mq.restore_row(lead, row)
            back.append(lead)

        def unchanged(name: str) -> bool:
            return bool(_now_json(kept, name) == after.get(name))

        for name in (*PLAIN, *DERIVED):
            if before.get(name) == after.get(name):
                continue
            if unchanged(name):
                setattr(kept, name, mq.from_json(mq.lead_column(name), before.get(name)))
            elif name in PLAIN:
                kept_edits.append(name)
        custom = dict(kept.custom_fields or {})
        was, got = before.get("custom_fields") or {}, after.get("custom_fields") or {}
        for key in sorted(set(was) | set(got)):
            if was.get(key) == got.get(key):
                continue
            if custom.get(key) != got.get(key):
                kept_edits.append(f"custom:{key}")
            elif key in was:
                custom[key] = was[key]
            else:
                custom.pop(key, None)
        kept.custom_fields = custom
        changes = Changes(
            leads=frozenset(held),
            stages=frozenset({kept.stage, *(x.stage for x in back)}),
            timelines=frozenset(held),
            follow_ups=True,
            outbox=any(snap["moved"].get("outbox_messages", {}).values()),
        )
        owner = mq.from_json(mq.lead_column("owner_id"), before.get("owner_id"))
        if before.get("owner_id") != after.get("owner_id"):
            if not unchanged("owner_id"):
                kept_edits.append("owner_id")
            else:
                try:
                    active_owner(s, owner)
                except NotFound:
                    kept.owner_id = owner  # deactivated since: given back all the same
                else:
                    changes |= apply_assign(s, ctx, kept, owner, user_id=user_id)
        if before.get("stage") != after.get("stage"):
            if not unchanged("stage"):
                kept_edits.append("stage")
            else:
                changes |= apply_move(
                    s,
                    ctx,
                    kept,
                    Stage(before["stage"]),
                    reason=before.get("reason"),
                    user_id=user_id,
                    details={"unmerge_id": str(m.id)},
                )
        tags_added = {uuid.UUID(i) for i in snap.get("tags_added", [])}
        products_added = {uuid.UUID(i) for i in snap.get("products_added", [])}
        kept.tags = [t for t in kept.tags if t.id not in tags_added]
        kept.products = [p for p in kept.products if p.id not in products_added]
        kept.product_bits = sum(p.bit or 0 for p in kept.products)
        s.flush()
        for lead in (kept, *back):
            lead.next_follow_up_at = next_due(s, lead.id)
        refresh_search_text(kept)
        m.undone_at = now
        s.add(
            system_event(
                kept.id,
                "unmerge",
                now,
                user_id,
                merge_id=str(m.id),
                merged=[format_number(x.number) for x in back],
                names=[label_of(x).split(" ", 1)[-1] for x in back],
                kept_edits=kept_edits,
            )
        )
        rescore_in(s, ctx, [kept.id, *(x.id for x in back)], user_id=user_id, now=now)
        return Result(tuple(kept_edits), changes)
