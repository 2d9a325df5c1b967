"""Push distribution: the owner's rules send each new lead to a rep, a team's
rotation, a partner or the pool, in the transaction that captures it, and on demand
for a selection ("Distribute now").

A team's turn is taken with its row held (store.distribution.hold_team), so two
captures at the same moment on a shared server take consecutive turns, and the
credits are written in the same transaction as the lead: a crash loses neither a
lead nor a turn. Every decision is logged and put on the lead's timeline with why.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.distribution import (
    AssignmentRule,
    Decision,
    PoolReason,
    Target,
    first_match,
)
from leaddesk.domain.rotation import Skip, next_turn, skipped
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import distribution as dq
from leaddesk.store import scoring_facts as qf
from leaddesk.store.models import Activity, Lead
from leaddesk.store.models_distribution import Partner, Team


def distribute_in(
    s: Session,
    ctx: ServiceContext,
    lead_ids: Collection[uuid.UUID],
    *,
    user_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> Changes:
    """Run the rules for ``lead_ids`` (held or new) in the caller's transaction:
    each goes where the first matching rule says. With no rules at all nothing
    happens (a team that does not distribute keeps its leads as they come)."""
    rules, default = dq.active_rules(s)
    if not lead_ids or (not rules and default is None):
        return Changes()
    s.flush()
    now = now or ctx.clock()
    found = qf.facts(s, list(lead_ids), with_events=False)
    entries, logged, changed = [], [], set()
    for lead_id, (facts, held) in found.items():
        fields = {**facts.fields, "score": held.score, "qualification": held.qualification}
        rule = first_match(rules, fields, default)
        decision = decide(s, rule, now)
        lead = s.get(Lead, lead_id)
        assert lead is not None
        before = lead.owner_id
        owner = uuid.UUID(decision.owner_id) if decision.owner_id else None
        if owner != before:
            lead.owner_id = owner
        entries.append(Activity(
            lead_id=lead_id, kind=ActivityKind.ASSIGNMENT, occurred_at=now, user_id=user_id,
            details={"from": str(before) if before else None, "to": decision.owner_id,
                     "why": decision.to_dict()},
        ))  # fmt: skip
        logged.append({
            "id": uuid.uuid4(), "lead_id": lead_id, "user_id": owner,
            "team_id": _id(rule.target_id) if rule.target is Target.TEAM else None,
            "partner_id": _id(decision.partner_id), "rule_id": _id(rule.id), "at": now,
            "target": decision.target.value, "details": decision.to_dict(),
        })  # fmt: skip
        changed.add(lead_id)
    s.add_all(entries)
    s.flush()
    dq.log(s, logged)
    ids = frozenset(changed)
    return Changes(leads=ids, timelines=ids)


def decide(s: Session, rule: AssignmentRule, now: dt.datetime) -> Decision:
    """Where ``rule`` sends a lead now: for a team, the next turn of its rotation
    (taken: the credits are written), for a rep, the rep unless they are away."""
    base = Decision(rule.id, rule.name, rule.target)
    target = _id(rule.target_id)
    if rule.target is Target.REP:
        rep = dq.rep_of(s, target, now) if target else None
        if rep is None:
            return _pool(base, PoolReason.GONE)
        why = skipped(rep, now)
        named = Decision(rule.id, rule.name, rule.target, rep.name)
        if why is not None:
            return _pool(named, PoolReason.EVERYONE_AWAY, ((rep.name, why),))
        return Decision(rule.id, rule.name, rule.target, rep.name, rep.user_id, rep.name)
    if rule.target is Target.TEAM:
        team = dq.hold_team(s, target) if target else None
        if team is None or not team.active:
            return _pool(base, PoolReason.GONE)
        return _turn(s, rule, team, now)
    if rule.target is Target.PARTNER:
        partner = s.get(Partner, target) if target else None
        if partner is None or not partner.active:
            return _pool(base, PoolReason.GONE)
        return Decision(rule.id, rule.name, rule.target, partner.name, partner_id=str(partner.id))
    reason = PoolReason.RULE if rule.target is Target.POOL else None
    return Decision(rule.id, rule.name, rule.target, pool_reason=reason)


def _turn(s: Session, rule: AssignmentRule, team: Team, now: dt.datetime) -> Decision:
    members = dq.members(s, team.id, now)
    named = Decision(rule.id, rule.name, rule.target, team.name)
    if not members:
        return _pool(named, PoolReason.EMPTY_TEAM)
    turn = next_turn([m.rep for m in members], {m.rep.user_id: m.credit for m in members}, now)
    skips = tuple((rep.name, why) for rep, why in turn.skips)
    if turn.chosen is None:
        return _pool(named, PoolReason.EVERYONE_AWAY, skips)
    dq.set_credits(s, team.id, turn.credits)
    chosen = next(m.rep for m in members if m.rep.user_id == turn.chosen)
    return Decision(rule.id, rule.name, rule.target, team.name, chosen.user_id, chosen.name,
                    skipped=skips)  # fmt: skip


def _pool(d: Decision, reason: PoolReason, skips: tuple[tuple[str, Skip], ...] = ()) -> Decision:
    return Decision(d.rule_id, d.rule_name, d.target, d.target_name,
                    skipped=skips, pool_reason=reason)  # fmt: skip


def _id(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:  # the built-in default's "default"
        return None
