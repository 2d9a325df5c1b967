"""Scores kept true: the owner's rules and thresholds, a lead rescored in the same
transaction as whatever changed it, a background rescore after a rule change (and
for scores that faded), and a lead's score explained.

Decay without a nightly job: each lead keeps its score (so the board and the table
sort and filter by it in SQL) and a row in score_due: the earliest moment fading
could change it. The app's background step rescores the leads past that moment, and
after a rules change walks every lead by id (the walk's place kept in one row, so it
resumes where it stopped and several apps take turns), a batch per transaction, so
the board stays usable; only a lead whose score moved is written. A lead opened in
its window is always scored afresh for its breakdown.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import (
    Qualification,
    Score,
    ScoreRule,
    Thresholds,
    crossed,
    score,
)
from leaddesk.domain.scoring_reads import reads
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.conversion import probability_in
from leaddesk.services.records import Changes
from leaddesk.services.scoring_rules import check_rules, store_rules
from leaddesk.store import scoring as q
from leaddesk.store import scoring_facts as qf
from leaddesk.store.models_scoring import ScoreWalk
from leaddesk.store.session import retried, transaction

QUALIFIED_EVENT = "qualified"  # a timeline entry's details["event"]: crossed a threshold
BATCH = 2000  # a background step: the app's writer waits for it at most this long
ALL_BATCH = 5000  # rescore_all's steps (a rescore asked for and watched)
PARTS_ON_TIMELINE = 6  # the rules named in a "Became SQL" entry, the biggest first

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Preview:
    """How many leads are MQL and SQL now, and would be under the rules being edited."""

    leads: int
    mql_now: int
    sql_now: int
    mql_after: int
    sql_after: int


@dataclass(frozen=True)
class RescoreStep:
    done: int  # leads rescored in this step
    left: int  # still out of date after it
    changes: Changes


def rescore_in(
    s: Session,
    ctx: ServiceContext,
    lead_ids: Collection[uuid.UUID],
    *,
    user_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    with_probability: bool = True,
    locked: bool = False,
) -> Changes:
    """Rescore ``lead_ids`` in the caller's transaction (after its own writes are
    flushed): new scores written, thresholds crossed upwards put on the timeline, and
    the conversion model's probability of the open ones (``locked``: the caller holds
    the leads already)."""
    if not lead_ids:
        return Changes()
    s.flush()
    now = now or ctx.clock()
    rules, thresholds, _version = q.scoring_now(s)
    found = qf.facts(s, list(lead_ids), needs=reads(rules), lock=not locked)
    changes = _rescored(s, found, rules, thresholds, now, user_id)
    if with_probability:  # the conversion model reads the same changes
        changes |= probability_in(s, ctx, list(found))
    return changes


def _rescored(
    s: Session,
    found: qf.Found,
    rules: Sequence[ScoreRule],
    thresholds: Thresholds,
    now: dt.datetime,
    user_id: uuid.UUID | None,
) -> Changes:
    """Score the leads ``found`` (held by the caller) and write what changed.

    Only what changed is written: a lead whose score the rules leave as it was is not
    touched, and a kept fading bound still ahead stays when the new one is later (a
    rescore comes a little early, never late)."""
    rows: list[dict[str, object]] = []
    entries: list[dict[str, object]] = []
    for lead_id, (facts, held) in found.items():
        result = score(facts, rules, now)
        level = result.qualification(thresholds)
        up = crossed(Qualification(held.qualification), level)
        reached = level is Qualification.MQL or level is Qualification.SQL
        row = {
            "lead_id": lead_id,
            "score": result.total,
            "valid_until": _bound(result.valid_until, held.valid_until, now),
            "qualification": level.value,
            "mql_at": held.mql_at or (now if reached else None),
            "sql_at": held.sql_at or (now if level is Qualification.SQL else None),
        }
        changed = _changed(row, held)
        if changed:
            row["_set"] = changed
            rows.append(row)
        if up is not None:
            entries.append(_crossing(lead_id, up, result, now, user_id))
    q.write_scores(s, rows)
    q.add_entries(s, entries)
    crossed_ids = [i for e in entries if isinstance(i := e["lead_id"], uuid.UUID)]
    changed_ids = frozenset(i for r in rows if isinstance(i := r["lead_id"], uuid.UUID))
    return Changes(leads=changed_ids, timelines=frozenset(crossed_ids))


def _left(s: Session, walk: ScoreWalk | None, version: int, now: dt.datetime) -> int:
    """Leads still out of date: the rest of the walk of ``version``'s rules (all of
    them when it has not started), and the faded ones."""
    current = walk is not None and walk.rules_version == version
    after = walk.after_id if walk is not None and current else None
    done = walk is not None and current and walk.done
    return (0 if done else q.count_walk_left(s, after)) + q.count_faded(s, now)


def _bound(
    new: dt.datetime | None, held: dt.datetime | None, now: dt.datetime
) -> dt.datetime | None:
    """The fading bound to keep: the new one, unless the kept one is still ahead and
    comes first (then the lead is looked at again a little early, and that is all)."""
    if held is not None and held > now and (new is None or new >= held):
        return held
    return new


def _changed(row: dict[str, object], held: qf.Held) -> frozenset[str]:
    """The score fields ``row`` changes."""
    keys = (
        ("score", held.score),
        ("qualification", held.qualification),
        ("valid_until", held.valid_until),
        ("mql_at", held.mql_at),
        ("sql_at", held.sql_at),
    )
    return frozenset(k for k, before in keys if row[k] != before)


def _crossing(
    lead_id: uuid.UUID,
    level: Qualification,
    result: Score,
    now: dt.datetime,
    user_id: uuid.UUID | None,
) -> dict[str, object]:
    """A "Became MQL/SQL" timeline entry, as a row (a rule change writes thousands)."""
    return {
        "id": uuid.uuid4(),
        "lead_id": lead_id,
        "kind": ActivityKind.SYSTEM,
        "occurred_at": now,
        "created_at": now,
        "user_id": user_id,
        "details": crossing_details(level, result),
    }


def crossing_details(level: Qualification, result: Score) -> dict[str, object]:
    """What a "Became MQL/SQL" timeline entry keeps: the level, the total and the rules
    that weighed most (an import writes the same entries with Core inserts)."""
    parts = sorted(result.parts, key=lambda p: -abs(p.points))[:PARTS_ON_TIMELINE]
    return {
        "event": QUALIFIED_EVENT,
        "level": level.value,
        "total": result.total,
        "parts": [[p.name, round(p.points)] for p in parts],
        "more": max(0, len(result.parts) - len(parts)),
    }


class ScoringService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def rules(self) -> tuple[list[ScoreRule], Thresholds]:
        with transaction(self.ctx.db, write=False) as s:
            return q.active_rules(s), q.thresholds(s)[0]

    @retried
    def save(self, rules: Sequence[ScoreRule], thresholds: Thresholds) -> Changes:
        """The rules screen's whole list at once (in its order) and the thresholds:
        checked, stored, and the rules version raised so every lead is rescored."""
        check_rules(rules, thresholds)
        with transaction(self.ctx.db) as s:
            row = q.settings(s, lock=True)
            store_rules(s, rules)
            row.mql, row.sql = thresholds.mql, thresholds.sql
            row.rules_version += 1
        return Changes(reference=True)

    def rescore_due(self, *, limit: int = BATCH, user_id: uuid.UUID | None = None) -> RescoreStep:
        """One batch of out-of-date scores (the walk after a rules change, or fading
        due), in one transaction; call again until ``left`` is 0."""
        return self._step(limit, user_id, count=True)

    @retried
    def _step(self, limit: int, user_id: uuid.UUID | None, *, count: bool) -> RescoreStep:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            walk = q.walk(s)  # held: another app walking waits, then takes the next batch
            rules, thresholds, version = q.scoring_now(s)
            if walk.rules_version != version:  # the rules changed: walk from the start
                walk.rules_version, walk.after_id, walk.done = version, None, False
            needs = reads(rules)
            # a step holds one run of leads in id order, the walk's or the faded ones
            # (two runs, each in order, could wait on another writer in a circle)
            if not walk.done:
                found = qf.facts(s, qf.Walked(walk.after_id, limit), needs=needs, lock=True)
                walk.after_id = qf.last_read(found) if found else walk.after_id
                walk.done = len(found) < limit and not qf.any_live_after(s, walk.after_id)
            else:
                found = qf.facts(s, q.faded_ids(s, now, limit=limit), needs=needs, lock=True)
            changes = _rescored(s, found, rules, thresholds, now, user_id)
            left = _left(s, walk, version, now) if count and len(found) == limit else 0
        return RescoreStep(len(found), left, changes)

    def rescore_all(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Changes:
        """Every out-of-date lead, a batch per transaction (stops between batches when
        cancelled; what was done stays done). Counted once: each batch then takes the
        walk's next leads (another app may take some meanwhile)."""
        total, changes = 0, Changes()
        with transaction(self.ctx.db, write=False) as s:
            version = q.settings(s).rules_version
            left = _left(s, q.walk_state(s), version, self.ctx.clock())
        if not left:
            return changes
        while cancelled is None or not cancelled():
            step = self._step(ALL_BATCH, None, count=False)
            total += step.done
            changes |= step.changes
            if progress is not None and step.done:
                progress(total, max(left, total))
            if not step.done:  # the walk's end, then the faded ones, until none is left
                break
        return changes

    def levels(self) -> dict[str, int]:
        """How many live leads there are, and how many are MQL and SQL now."""
        with transaction(self.ctx.db, write=False) as s:
            found = q.count_levels(s)
        return {
            "leads": sum(found.values()),
            "mql": found.get(Qualification.MQL.value, 0),
            "sql": found.get(Qualification.SQL.value, 0),
        }

    def breakdown(self, lead_id: uuid.UUID) -> tuple[Score, Thresholds]:
        """The lead's score now, with every rule that gave or took points."""
        with transaction(self.ctx.db, write=False) as s:
            rules, thresholds, _version = q.scoring_now(s)
            found = qf.facts(s, [lead_id], needs=reads(rules))
            if lead_id not in found:
                raise missing("Lead", lead_id)
            return score(found[lead_id][0], rules, self.ctx.clock()), thresholds

    def preview(
        self,
        rules: Sequence[ScoreRule],
        thresholds: Thresholds,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Preview | None:
        """MQL and SQL counts now and under ``rules``/``thresholds``, over every lead
        (None when cancelled); nothing is written."""
        now = self.ctx.clock()
        with transaction(self.ctx.db, write=False) as s:
            total = q.count_live(s)
        counted = mql_now = sql_now = mql_after = sql_after = 0
        after: uuid.UUID | None = None
        while True:
            if cancelled is not None and cancelled():
                return None
            with transaction(self.ctx.db, write=False) as s:
                found = qf.facts(s, qf.Walked(after, BATCH), needs=reads(rules))
            if not found:
                break
            for facts, held in found.values():
                mql_now += held.qualification == Qualification.MQL.value
                sql_now += held.qualification == Qualification.SQL.value
                level = score(facts, rules, now).qualification(thresholds)
                mql_after += level is Qualification.MQL
                sql_after += level is Qualification.SQL
            counted += len(found)
            after = qf.last_read(found)
            if progress is not None:
                progress(counted, total)
        return Preview(counted, mql_now, sql_now, mql_after, sql_after)
