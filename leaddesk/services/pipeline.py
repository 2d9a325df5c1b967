"""Moving leads between stages and places, and handing them to reps.

The helpers take an open session so other use cases (updating a lead,
bulk actions) apply the same rules and timeline entries in their own
transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.ordering import keys_between
from leaddesk.domain.stages import Stage, check_transition, parse_stage
from leaddesk.domain.text_rules import clean_amount, clean_text
from leaddesk.domain.validation import MAX_DEAL_VALUE, MAX_TEXT
from leaddesk.errors import FieldIssue, NotFound, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext, check_lead_version, label_of, missing
from leaddesk.services.convert import lead_record
from leaddesk.services.records import Changes, MoveResult
from leaddesk.store import leads as q
from leaddesk.store.distribution import close_pushes
from leaddesk.store.models import Activity, Lead, User
from leaddesk.store.session import retried, transaction
from leaddesk.store.stage_history import record_move


def place_keys(
    session: Session,
    lead_ids: Sequence[uuid.UUID],
    stage: Stage,
    above_id: uuid.UUID | None,
    below_id: uuid.UUID | None,
) -> list[str]:
    """Order keys for ``lead_ids`` dropped, in that order, between two cards of ``stage``.

    Either neighbour may be None: with neither, the cards go to the top.
    """
    moving = set(lead_ids)
    ids = [i for i in (above_id, below_id) if i is not None]
    if moving & set(ids):
        raise RuleViolation("A card cannot be placed next to itself.", code="next_to_itself")
    found = q.live_positions(session, ids)
    for i in ids:
        if i not in found:
            raise NotFound(
                "The card next to the drop place no longer exists.", code="neighbour_gone"
            )
        if found[i][0] != stage:
            raise RuleViolation(
                f"The card next to the drop place is no longer in {stage.value.capitalize()}.",
                code="neighbour_moved",
                params={"stage": stage.value},
            )
    above = found[above_id][1] if above_id else None
    below = found[below_id][1] if below_id else None
    if above is None and below is None:
        below = q.first_position(session, stage, exclude=moving)
    elif above is not None and below is None:
        below = q.neighbour_position(session, stage, above, after=True, exclude=moving)
    elif above is None and below is not None:
        above = q.neighbour_position(session, stage, below, after=False, exclude=moving)
    return keys_between(above, below, len(lead_ids))


def apply_move(
    session: Session,
    ctx: ServiceContext,
    lead: Lead,
    stage: Stage,
    *,
    position: str | None = None,
    reason: str | None = None,
    user_id: uuid.UUID | None = None,
    details: dict[str, object] | None = None,
) -> Changes:
    """Move ``lead`` to ``position`` in ``stage`` (default: the top of the column)."""
    from_stage = lead.stage
    cleaned = check_transition(from_stage, stage, reason)
    if position is None:
        position = place_keys(session, [lead.id], stage, None, None)[0]
    lead.position = position
    changes = Changes(leads=frozenset({lead.id}), stages=frozenset({from_stage, stage}))
    if stage == from_stage:
        return changes
    now = ctx.clock()
    record_move(session, lead, stage, now, undo=bool((details or {}).get("undo")))
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


def active_owner(session: Session, owner_id: uuid.UUID | None) -> uuid.UUID | None:
    """``owner_id`` when it is an active user (or None: the pool), else NotFound."""
    if owner_id is not None:
        owner = session.get(User, owner_id)
        if owner is None or not owner.active:
            raise NotFound(
                f"There is no active user {owner_id} to assign the lead to.",
                code="no_active_owner",
            )
    return owner_id


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
    active_owner(session, owner_id)
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
    lead.outside_pool = False  # decided by a person: the rules' "leave unassigned" is over
    if owner_id is not None:  # given to someone: it no longer waits for a partner
        close_pushes(session, [lead.id])
    return Changes(
        leads=frozenset({lead.id}), stages=frozenset({lead.stage}), timelines=frozenset({lead.id})
    )


def _in_currency(amount: Decimal, currency: str) -> Decimal:
    """The confirmed deal value in the lead's currency, refused if it has more decimals."""
    issues: list[FieldIssue] = []
    value = clean_amount(issues, "deal_value", amount, currency=currency, maximum=MAX_DEAL_VALUE)
    if value is None:
        raise ValidationError(issues)
    return value


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
        deal_value: Decimal | None = None,
        details: dict[str, object] | None = None,
    ) -> MoveResult:
        """Put a lead in ``stage`` between two cards, logging the stage change.

        ``details`` lands on the stage-change entry (an undo marks itself so).
        """
        (result,) = self.move_many(
            [(lead_id, expected_version)],
            stage,
            above_id=above_id,
            below_id=below_id,
            reason=reason,
            user_id=user_id,
            deal_value=deal_value,
            details=details,
        )
        return result

    @retried
    def move_many(
        self,
        leads: Sequence[tuple[uuid.UUID, int | None]],
        stage: Stage | str,
        *,
        above_id: uuid.UUID | None = None,
        below_id: uuid.UUID | None = None,
        reason: str | None = None,
        user_id: uuid.UUID | None = None,
        deal_value: Decimal | None = None,
        details: dict[str, object] | None = None,
    ) -> list[MoveResult]:
        """Move several cards (lead id, expected version) together, in this order.

        All or nothing: one stale version or broken rule moves none of them.
        ``deal_value``, when given, is confirmed on every moved lead (a win).
        """
        target = parse_stage(stage)
        issues: list[FieldIssue] = []
        reason = clean_text(issues, "reason", reason, limit=MAX_TEXT["reason"], multiline=True)
        if deal_value is not None:
            clean_amount(issues, "deal_value", deal_value, currency=None, maximum=MAX_DEAL_VALUE)
        if issues:
            raise ValidationError(issues)
        with transaction(self.ctx.db) as s:
            held = q.lock_leads(s, [lead_id for lead_id, _ in leads], with_links=True)
            locked = []
            for lead_id, expected in leads:
                lead = held.get(lead_id)
                if lead is None:
                    raise missing("Lead", lead_id)
                check_lead_version(lead, expected)
                locked.append(lead)
            keys = place_keys(s, [lead.id for lead in locked], target, above_id, below_id)
            results = []
            for lead, key in zip(locked, keys, strict=True):
                from_stage, from_position, from_reason = lead.stage, lead.position, lead.reason
                changes = apply_move(
                    s,
                    self.ctx,
                    lead,
                    target,
                    position=key,
                    reason=reason,
                    user_id=user_id,
                    details=details,
                )
                if deal_value is not None:
                    lead.deal_value = _in_currency(deal_value, lead.currency or self.ctx.currency)
                results.append((lead, from_stage, from_position, from_reason, changes))
            s.flush()
            return [
                MoveResult(lead_record(lead), from_stage, from_position, from_reason, changes)
                for lead, from_stage, from_position, from_reason, changes in results
            ]

    def undo_move(self, move: MoveResult, *, user_id: uuid.UUID | None = None) -> MoveResult:
        """Reverse ``move``: the old stage and place, the reversal on the timeline."""
        return self.undo_moves([move], user_id=user_id)[0]

    @retried
    def undo_moves(
        self, moves: Sequence[MoveResult], *, user_id: uuid.UUID | None = None
    ) -> list[MoveResult]:
        """Reverse moves together (a group drop). Undoing an undo redoes the move."""
        with transaction(self.ctx.db) as s:
            held = q.lock_leads(s, [move.lead.id for move in moves], with_links=True)
            results = []
            for move in moves:
                lead = held.get(move.lead.id)
                if lead is None:
                    raise missing("Lead", move.lead.id)
                check_lead_version(lead, move.lead.version)
                results.append((lead, move, lead.stage, lead.position, lead.reason))
            out = []
            for lead, move, from_stage, from_position, from_reason in results:
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
                    record_move(s, lead, move.from_stage, now, undo=True)
                    lead.stage = move.from_stage
                    lead.stage_changed_at = now
                    changes = changes | Changes(timelines=frozenset({lead.id}))
                lead.position = move.from_position
                lead.reason = move.from_reason
                out.append((lead, from_stage, from_position, from_reason, changes))
            s.flush()
            return [
                MoveResult(lead_record(lead), from_stage, from_position, from_reason, changes)
                for lead, from_stage, from_position, from_reason, changes in out
            ]

    @retried
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
            check_lead_version(lead, expected_version)
            return apply_assign(s, self.ctx, lead, owner_id, user_id=user_id)

    @retried
    def assign_many(
        self,
        lead_ids: Sequence[uuid.UUID],
        owner_id: uuid.UUID | None,
        *,
        user_id: uuid.UUID | None = None,
    ) -> Changes:
        """Give several leads to one rep (or the pool), all or none."""
        changes = Changes()
        with transaction(self.ctx.db) as s:
            held = q.lock_leads(s, lead_ids)
            for lead_id in lead_ids:
                lead = held.get(lead_id)
                if lead is None:
                    raise missing("Lead", lead_id)
                changes |= apply_assign(s, self.ctx, lead, owner_id, user_id=user_id)
        return changes

    @retried
    def claim(self, lead_id: uuid.UUID, user_id: uuid.UUID) -> Changes:
        """A rep takes a lead from the pool; refused if somebody claimed it first."""
        with transaction(self.ctx.db) as s:
            lead = q.get_lead(s, lead_id, lock=True)
            if lead is None:
                raise missing("Lead", lead_id)
            if lead.owner_id is not None and lead.owner_id != user_id:
                raise RuleViolation(
                    f"Somebody else claimed {label_of(lead)} first.",
                    code="claimed_first",
                    params={"label": label_of(lead)},
                )
            return apply_assign(s, self.ctx, lead, user_id, user_id=user_id)
