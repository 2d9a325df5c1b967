"""Writing one chunk of an import: its new sources, campaigns and segments, its new
leads (Core inserts), its updates with what they replaced, its rejects and the batch's
counters and resume point, in one transaction."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.ordering import keys_between
from leaddesk.domain.scoring import Event
from leaddesk.domain.stages import Stage
from leaddesk.services.context import ServiceContext
from leaddesk.services.distribution import distribute_in
from leaddesk.services.import_codec import to_json
from leaddesk.services.import_plan import Decision, lead_row
from leaddesk.services.import_plan import updated_values as planned_update
from leaddesk.services.import_scores import ChunkScoring, activity_row, facts_of, score_new
from leaddesk.services.leads import refresh_search_text
from leaddesk.services.scoring import rescore_in
from leaddesk.store import imports as q
from leaddesk.store import leads as lq
from leaddesk.store.models import Campaign, ImportBatch, Segment
from leaddesk.store.session import retried, transaction

if TYPE_CHECKING:
    from leaddesk.services.imports import ImportOptions


@dataclass(frozen=True)
class Reject:
    row: int
    reason: str
    column: str = ""
    code: str = ""


@dataclass
class Tally:
    rows: int = 0
    created: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0  # rows (each may have several problems in ``rejects``)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[Reject] = field(default_factory=list)
    leads: set[uuid.UUID] = field(default_factory=set)
    stages: set[Stage] = field(default_factory=set)


class ChunkWriter:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def write(
        self,
        batch_id: uuid.UUID,
        decisions: list[Decision],
        ids: list[uuid.UUID],
        last_row: int,
        user_id: uuid.UUID | None,
        options: ImportOptions,
        tally: Tally,
    ) -> None:
        """One chunk, one transaction: its new sources, campaigns and segments, its new
        leads, its updates (with what they replaced), its rejects and the batch's
        counters and resume point."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            creates = [(d, i) for d, i in zip(decisions, ids, strict=True) if d.action == "create"]
            self._references(s, [d for d, _ in creates] + [d for d in decisions if d.match], now)
            leads, visits, events, tags, products = [], [], [], [], []
            crossings: list[dict[str, Any]] = []
            scoring = ChunkScoring.read(s)
            by_stage: dict[Stage, list[tuple[Decision, uuid.UUID]]] = defaultdict(list)
            for d, i in creates:
                by_stage[d.row.values.get("stage") or Stage.OPEN].append((d, i))
            first = lq.reserve_numbers(s, len(creates)) if creates else 0
            numbers = itertools.count(first)
            tag_ids = q.tag_ids(s, {t for d, _ in creates for t in d.row.values.get("tags", [])})
            for stage, members in by_stage.items():
                keys = keys_between(None, lq.first_position(s, stage), len(members))
                for (d, lead_id), key in zip(members, keys, strict=True):
                    row = lead_row(
                        d, lead_id, next(numbers), key, now, batch_id, user_id, self.ctx.currency
                    )
                    leads.append(row)
                    at = row["created_at"]
                    visits.append({"id": uuid.uuid4(), "lead_id": lead_id, "stage": stage,
                                   "entered_at": at, "left_at": None, "seconds": None,
                                   "undone": False})  # fmt: skip
                    origin = {"import": str(batch_id), "row": d.row.number}
                    events.append(activity_row(
                        lead_id, ActivityKind.SYSTEM, at, user_id, now,
                        {"event": "created", "source": row["source"], **origin},
                    ))  # fmt: skip
                    actions = [Event(ActivityKind.EVENT, when or at, tag=tag)
                               for tag, when in d.row.events]  # fmt: skip
                    events += [activity_row(lead_id, ActivityKind.EVENT, e.at, user_id, now,
                                            origin, e.tag) for e in actions]  # fmt: skip
                    facts = facts_of(row, d.product_ids, actions, scoring.names)
                    if (up := score_new(row, facts, scoring, now)) is not None:
                        crossings.append(
                            activity_row(lead_id, ActivityKind.SYSTEM, now, user_id, now, up)
                        )
                    tags += [{"lead_id": lead_id, "tag_id": tag_ids[t.casefold()]}
                             for t in d.row.values.get("tags", [])]  # fmt: skip
                    products += [{"lead_id": lead_id, "product_id": p}
                                 for p in dict.fromkeys(d.product_ids)]  # fmt: skip
                    tally.leads.add(lead_id)
                    tally.stages.add(stage)
            q.write_leads(s, leads, visits, events + crossings, tags, products)
            # the owner's rules send on the open ones the file gave nobody
            unowned = [r["id"] for r in leads
                       if r["owner_id"] is None and not Stage(r["stage"]).is_closed]  # fmt: skip
            distribute_in(s, self.ctx, unowned, user_id=user_id, now=now)
            updated = self._updates(s, decisions, options, batch_id, now, tally, user_id)
            rejects = [d for d in decisions if d.action == "reject"]
            q.record_rejects(s, batch_id, [
                {"row": d.row.number,
                 "problems": [{"column": p.column, "field": p.field, "code": p.code,
                               "message": p.message} for p in d.row.problems if p.fatal],
                 "cells": []}
                for d in rejects
            ])  # fmt: skip
            batch = s.get(ImportBatch, batch_id)
            assert batch is not None
            duplicates = sum(d.action == "duplicate" for d in decisions)
            batch.rows_read = last_row
            batch.created += len(creates)
            batch.updated += updated
            batch.duplicates += duplicates
            batch.rejected += len(rejects)
        count(decisions, tally, updated=updated)

    def _references(self, s: Any, decisions: list[Decision], now: dt.datetime) -> None:
        """Sources, campaigns and segments the file names that the database lacks."""
        have = q.source_keys(s)
        new_sources = {
            d.row.values["source"]: d.row.new_source
            for d in decisions
            if d.row.new_source and d.row.values.get("source") not in have
        }
        q.add_sources(s, {k: v for k, v in new_sources.items() if v}, now)
        for model, attr, new in (
            (Campaign, "campaign_id", "new_campaign"),
            (Segment, "segment_id", "new_segment"),
        ):
            wanted = {getattr(d, new) for d in decisions if getattr(d, new)}
            if not wanted:
                continue
            known = q.names(s, model)
            made = q.add_named(s, model, sorted(n for n in wanted if n.casefold() not in known))
            known |= made
            for d in decisions:
                if name := getattr(d, new):
                    setattr(d, attr, known[name.casefold()])
                    setattr(d, new, None)

    def _updates(
        self,
        s: Any,
        decisions: list[Decision],
        options: ImportOptions,
        batch_id: uuid.UUID,
        now: dt.datetime,
        tally: Tally,
        user_id: uuid.UUID | None,
    ) -> int:
        wanted = {d.match.id: d for d in decisions if d.action == "update" and d.match}
        leads = lq.lock_leads(s, list(wanted))
        changes: list[dict[str, Any]] = []
        for lead_id, lead in leads.items():
            d = wanted[lead_id]
            current = {name: getattr(lead, name) for name in (*d.row.values, "owner_id",
                                                              "custom_fields")}  # fmt: skip
            before, after = planned_update(current, d, options.on_duplicate == "overwrite")
            if not after:
                continue
            for name, value in after.items():
                setattr(lead, name, value)
            lead.updated_at = now
            refresh_search_text(lead)
            changes.append({"lead_id": lead_id, "before": to_json(before), "after": to_json(after)})
            tally.leads.add(lead_id)
            tally.stages.add(lead.stage)
        s.flush()
        q.record_changes(s, batch_id, changes)
        # the rules read what the update changed (no probability: that is the model's job)
        rescore_in(s, self.ctx, [c["lead_id"] for c in changes], user_id=user_id, now=now,
                   with_probability=False)  # fmt: skip
        return len(changes)


def count(decisions: list[Decision], tally: Tally, updated: int | None = None) -> None:
    tally.rows += len(decisions)
    tally.created += sum(d.action == "create" for d in decisions)
    tally.duplicates += sum(d.action == "duplicate" for d in decisions)
    tally.rejected += sum(d.action == "reject" for d in decisions)
    tally.updated += (
        updated if updated is not None else sum(d.action == "update" for d in decisions)
    )
    for d in decisions:
        target = tally.rejects if d.action == "reject" else tally.warnings
        target += [
            Reject(d.row.number, p.message, p.column, p.code)
            for p in d.row.problems
            if p.fatal == (d.action == "reject")
        ]
