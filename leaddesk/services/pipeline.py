"""Moving leads between stages and places, and handing them to reps.

The helpers take an open session so other use cases (updating a lead,
bulk actions) apply the same rules and timeline entries in their own
transaction.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.ordering import key_between
from leaddesk.domain.stages import Stage, check_transition, parse_stage
from leaddesk.errors import NotFound, RuleViolation
from leaddesk.services.context import ServiceContext, check_version, missing
from leaddesk.services.convert import lead_record
from leaddesk.services.records import Changes, MoveResult
from leaddesk.store import leads as q
from leaddesk.store.models import Activity, Lead, User
from leaddesk.store.session import transaction


def place_key(
    session: Session,
    lead: Lead,
    stage: Stage,
    above_id: uuid.UUID | None,
    below_id: uuid.UUID | None,
) -> str:
    """Order key for ``lead`` dropped between ``above_id`` and ``below_id`` in ``stage``.

    Either neighbour may be None: with neither, the card goes to the top.
    """
    ids = [i for i in (above_id, below_id) if i is not None]
    if lead.id in ids:
        raise RuleViolation("A card cannot be placed next to itself.")
    found = q.live_positions(session, ids)
    for i in ids:
        if i not in found:
            raise NotFound(f"The card {i} next to the drop place no longer exists.")
        if found[i][0] != stage:
            raise RuleViolation(
                f"The card {i} next to the drop place is no longer in {stage.value.capitalize()}."
            )
    above = found[above_id][1] if above_id else None
    below = found[below_id][1] if below_id else None
    if above is None and below is None:
        return key_between(None, q.first_position(session, stage, exclude=lead.id))
    if below is None:
        below = q.neighbour_position(session, stage, above, after=True, exclude=lead.id)  # type: ignore[arg-type]
    elif above is None:
        above = q.neighbour_position(session, stage, below, after=False, exclude=lead.id)
    return key_between(above, below)


def apply_move(
    session: Session,
    ctx: ServiceContext,
    lead: Lead,
    stage: Stage,
    *,
    above_id: uuid.UUID | None = None,
    below_id: uuid.UUID | None = None,
    reason: str | None = None,
    user_id: uuid.UUID | None = None,
    details: dict[str, object] | None = None,
) -> Changes:
    from_stage = lead.stage
    cleaned = check_transition(from_stage, stage, reason)
    lead.position = place_key(session, lead, stage, above_id, below_id)
    changes = Changes(leads=frozenset({lead.id}), stages=frozenset({from_stage, stage}))
    if stage == from_stage:
        return changes
    now = ctx.clock()
    lead.stage = stage
    lead.stage_changed_at = now
    lead.reason = cleaned
    session.add(
        Activity(
            lead_id=lead.id,
            kind=ActivityKind.STAGE_CHANGE,
            occurred_at=now,
            user_id=user_id,
            details={
                "from": from_stage.value,
                "to": stage.value,
                "reason": cleaned,
                **(details or {}),
            },
        )
    )
    return changes | Changes(timelines=frozenset({lead.id}))


def apply_assign(
    session: Session,
    ctx: ServiceContext,
    lead: Lead,
    owner_id: uuid.UUID | None,
    *,
    user_id: uuid.UUID | None = None,
) -> Changes:
    if owner_id == lead.owner_id:
        return Changes()
    if owner_id is not None:
        owner = session.get(User, owner_id)
        if owner is None or not owner.active:
            raise NotFound(f"There is no active user {owner_id} to assign the lead to.")
    session.add(
        Activity(
            lead_id=lead.id,
            kind=ActivityKind.ASSIGNMENT,
            occurred_at=ctx.clock(),
            user_id=user_id,
            details={
                "from": str(lead.owner_id) if lead.owner_id else None,
                "to": str(owner_id) if owner_id else None,
            },
        )
    )
    lead.owner_id = owner_id
    return Changes(
        leads=frozenset({lead.id}), stages=frozenset({lead.stage}), timelines=frozenset({lead.id})
    )


class PipelineService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def move(
        self,
        lead_id: uuid.UUID,
        stage: Stage | str,
        *,
        above_id: uuid.UUID | None = None,
        below_id: uuid.UUID | None = None,
        reason: str | None = None,
        user_id: uuid.UUID | None = None,
        expected_version: int | None = None,
        details: dict[str, object] | None = None,
    ) -> MoveResult:
        """Put a lead in ``stage`` between two cards, logging the stage change.

        ``details`` lands on the stage-change entry (an undo marks itself so).
        """
        target = parse_stage(stage)
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True, with_links=True)
            if lead is None:
                raise missing("Lead", lead_id)
            check_version("Lead", lead_id, expected_version, lead.version)
            from_stage, from_position, from_reason = lead.stage, lead.position, lead.reason
            changes = apply_move(
                s,
                self.ctx,
                lead,
                target,
                above_id=above_id,
                below_id=below_id,
                reason=reason,
                user_id=user_id,
                details=details,
            )
            s.flush()
            return MoveResult(lead_record(lead), from_stage, from_position, from_reason, changes)

    def undo_move(self, move: MoveResult, *, user_id: uuid.UUID | None = None) -> MoveResult:
        """Reverse ``move``: the old stage and place, the reversal on the timeline."""
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, move.lead.id, lock=True, with_links=True)
            if lead is None:
                raise missing("Lead", move.lead.id)
            check_version("Lead", lead.id, move.lead.version, lead.version)
            from_stage, from_position, from_reason = lead.stage, lead.position, lead.reason
            changes = Changes(
                leads=frozenset({lead.id}), stages=frozenset({lead.stage, move.from_stage})
            )
            if lead.stage != move.from_stage:
                now = self.ctx.clock()
                s.add(
                    Activity(
                        lead_id=lead.id,
                        kind=ActivityKind.STAGE_CHANGE,
                        occurred_at=now,
                        user_id=user_id,
                        details={
                            "from": lead.stage.value,
                            "to": move.from_stage.value,
                            "reason": move.from_reason,
                            "undo": True,
                        },
                    )
                )
                lead.stage = move.from_stage
                lead.stage_changed_at = now
                changes = changes | Changes(timelines=frozenset({lead.id}))
            lead.position = move.from_position
            lead.reason = move.from_reason
            s.flush()
            return MoveResult(lead_record(lead), from_stage, from_position, from_reason, changes)

    def assign(
        self,
        lead_id: uuid.UUID,
        owner_id: uuid.UUID | None,
        *,
        user_id: uuid.UUID | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Give the lead to a rep, or (owner_id None) release it to the pool."""
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True)
            if lead is None:
                raise missing("Lead", lead_id)
            check_version("Lead", lead_id, expected_version, lead.version)
            return apply_assign(s, self.ctx, lead, owner_id, user_id=user_id)

    def claim(self, lead_id: uuid.UUID, user_id: uuid.UUID) -> Changes:
        """A rep takes a lead from the pool; refused if somebody claimed it first."""
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True)
            if lead is None:
                raise missing("Lead", lead_id)
            if lead.owner_id is not None and lead.owner_id != user_id:
                raise RuleViolation("Somebody else claimed this lead first.")
            return apply_assign(s, self.ctx, lead, user_id, user_id=user_id)
