"""Scores kept true: the owner's rules and thresholds, a lead rescored in the same
transaction as whatever changed it, a background rescore after a rule change (and
for scores that faded), and a lead's score explained.

Decay without a nightly job: each lead keeps its score (so the board and the table
sort and filter by it in SQL) with ``score_valid_until``, the earliest moment fading
could change it. The app's background step rescores only the leads past that moment
or scored with older rules, a batch per transaction, so it is resumable and the board
stays usable; a lead opened in its window is always scored afresh for its breakdown.
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
    RuleGroup,
    Score,
    ScoreRule,
    Thresholds,
    crossed,
    score,
)
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.conversion import probability_in
from leaddesk.services.records import Changes
from leaddesk.services.scoring_rules import check_rules, store_rules
from leaddesk.store import scoring as q
from leaddesk.store.models import Activity
from leaddesk.store.session import retried, transaction

QUALIFIED_EVENT = "qualified"  # a timeline entry's details["event"]: crossed a threshold
BATCH = 2000
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


def _needs_events(rules: Sequence[ScoreRule]) -> bool:
    return any(r.group is not RuleGroup.FIT for r in rules)


def rescore_in(
    s: Session,
    ctx: ServiceContext,
    lead_ids: Collection[uuid.UUID],
    *,
    user_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    with_probability: bool = True,
) -> Changes:
    """Rescore ``lead_ids`` in the caller's transaction (after its own writes are
    flushed): new scores written, thresholds crossed upwards put on the timeline, and
    the conversion model's probability of the open ones (a background rescore after a
    rule change passes ``with_probability=False``: rules do not move it)."""
    if not lead_ids:
        return Changes()
    s.flush()
    now = now or ctx.clock()
    q.lock_leads(s, list(lead_ids))
    rules = q.active_rules(s)
    thresholds, version = q.thresholds(s)
    found = q.facts(s, list(lead_ids), with_events=_needs_events(rules))
    rows: list[dict[str, object]] = []
    entries: list[Activity] = []
    for lead_id, (facts, held) in found.items():
        result = score(facts, rules, now)
        level = result.qualification(thresholds)
        up = crossed(Qualification(held.qualification), level)
        reached = level in (Qualification.MQL, Qualification.SQL)
        row = {
            "lead_id": lead_id,
            "score": result.total,
            "valid_until": result.valid_until,
            "rules_version": version,
            "qualification": level.value,
            "mql_at": held.mql_at or (now if reached else None),
            "sql_at": held.sql_at or (now if level is Qualification.SQL else None),
        }
        if _differs(row, held):
            rows.append(row)
        if up is not None:
            entries.append(_crossing(lead_id, up, result, now, user_id))
    q.write_scores(s, rows)
    s.add_all(entries)
    changed = frozenset(i for r in rows if isinstance(i := r["lead_id"], uuid.UUID))
    changes = Changes(leads=changed, timelines=frozenset(e.lead_id for e in entries))
    if with_probability:  # the conversion model reads the same changes
        changes |= probability_in(s, ctx, list(found))
    return changes


def _differs(row: dict[str, object], held: q.Held) -> bool:
    return (
        row["score"] != held.score
        or row["qualification"] != held.qualification
        or row["valid_until"] != held.valid_until
        or row["rules_version"] != held.rules_version
        or row["mql_at"] != held.mql_at
        or row["sql_at"] != held.sql_at
    )


def _crossing(
    lead_id: uuid.UUID,
    level: Qualification,
    result: Score,
    now: dt.datetime,
    user_id: uuid.UUID | None,
) -> Activity:
    return Activity(
        lead_id=lead_id,
        kind=ActivityKind.SYSTEM,
        occurred_at=now,
        user_id=user_id,
        details=crossing_details(level, result),
    )


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
        """One batch of out-of-date scores (older rules, or fading due), in one
        transaction; call again until ``left`` is 0."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            version = q.settings(s).rules_version
            ids = q.due_ids(s, version, now, limit=limit)
            changes = rescore_in(s, self.ctx, ids, user_id=user_id, now=now, with_probability=False)
            left = q.count_due(s, version, now) if len(ids) == limit else 0
        return RescoreStep(len(ids), left, changes)

    def rescore_all(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Changes:
        """Every out-of-date lead, a batch per transaction (stops between batches when
        cancelled; what was done stays done)."""
        total, changes = 0, Changes()
        with transaction(self.ctx.db, write=False) as s:
            version = q.settings(s).rules_version
            left = q.count_due(s, version, self.ctx.clock())
        while left:
            if cancelled is not None and cancelled():
                break
            step = self.rescore_due()
            total += step.done
            changes |= step.changes
            if progress is not None:
                progress(total, total + step.left)
            if not step.done:
                break
            left = step.left
        return changes

    def breakdown(self, lead_id: uuid.UUID) -> tuple[Score, Thresholds]:
        """The lead's score now, with every rule that gave or took points."""
        with transaction(self.ctx.db, write=False) as s:
            rules = q.active_rules(s)
            thresholds = q.thresholds(s)[0]
            found = q.facts(s, [lead_id], with_events=_needs_events(rules))
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
                ids = q.all_ids(s, after=after, limit=BATCH)
                if not ids:
                    break
                found = q.facts(s, ids, with_events=_needs_events(rules))
            for facts, held in found.values():
                mql_now += held.qualification == Qualification.MQL.value
                sql_now += held.qualification == Qualification.SQL.value
                level = score(facts, rules, now).qualification(thresholds)
                mql_after += level is Qualification.MQL
                sql_after += level is Qualification.SQL
            counted += len(found)
            after = ids[-1]
            if progress is not None:
                progress(counted, total)
        return Preview(counted, mql_now, sql_now, mql_after, sql_after)
