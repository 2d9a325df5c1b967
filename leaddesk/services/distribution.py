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
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.distribution import (
    AssignmentRule,
    Decision,
    PoolReason,
    Target,
    first_match,
)
from leaddesk.domain.rotation import Rep, Skip, next_turn, skipped
from leaddesk.domain.scoring_reads import Reads
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import distribution as dq
from leaddesk.store import scoring as q
from leaddesk.store import scoring_facts as qf
from leaddesk.store.models_distribution import Partner


def distribute_in(
    s: Session,
    ctx: ServiceContext,
    lead_ids: Collection[uuid.UUID],
    *,
    user_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    after: Mapping[uuid.UUID, uuid.UUID | None] | None = None,
) -> Changes:
    """Run the rules for ``lead_ids`` (held or new) in the caller's transaction:
    each goes where the first matching rule says (``after``: per lead, the rule whose
    partner gave it back; only the rules after it are tried). With no rules at all
    nothing happens (a team that does not distribute keeps its leads as they come)."""
    rules, default = dq.active_rules(s)  # only the fields they name are read
    if not lead_ids or (not rules and default is None):
        return Changes()
    after = after or {}
    s.flush()
    now = now or ctx.clock()
    named = {c.field for r in [*rules, *([default] if default else [])] for c in r.conditions}
    found = qf.facts(s, list(lead_ids), needs=Reads(frozenset(), frozenset(named)))
    entries, logged, moved = [], [], {}
    rotations = Rotations(s, now)
    had = dq.owners(s, list(found))
    pushed = []
    for lead_id, (facts, held) in found.items():
        fields = {**facts.fields, "score": held.score, "qualification": held.qualification}
        tried, last = (
            (rules, default) if lead_id not in after else _after(rules, default, after[lead_id])
        )
        rule = first_match(tried, fields, last)
        decision = rotations.decide(rule)
        if decision.partner_id:
            pushed.append(rotations.pushed(lead_id, rule, decision))
        before = had.get(lead_id)
        owner = uuid.UUID(decision.owner_id) if decision.owner_id else None
        if owner != before:
            moved[lead_id] = owner
        why = decision.to_dict()
        entries.append(assignment_row(lead_id, before, owner, why, now, user_id))
        logged.append({
            "id": uuid.uuid4(), "lead_id": lead_id, "user_id": owner,
            "team_id": _id(rule.target_id) if rule.target is Target.TEAM else None,
            "partner_id": _id(decision.partner_id), "rule_id": _id(rule.id), "at": now,
            "target": decision.target.value, "details": why,
        })  # fmt: skip
    rotations.write()
    dq.set_owners(s, moved, now)
    dq.push_to_partners(s, pushed)
    q.add_entries(s, entries)
    dq.log(s, logged)
    ids = frozenset(found)
    return Changes(leads=ids, timelines=ids)


def _after(
    rules: list[AssignmentRule], default: AssignmentRule | None, rule_id: uuid.UUID | None
) -> tuple[list[AssignmentRule], AssignmentRule | None]:
    """The rules after ``rule_id`` and the default (none of them after the default)."""
    ids = [r.id for r in rules]
    if rule_id is not None and str(rule_id) in ids:
        return rules[ids.index(str(rule_id)) + 1 :], default
    if default is not None and rule_id is not None and default.id == str(rule_id):
        return [], None
    return rules, default


def assignment_row(
    lead_id: uuid.UUID,
    before: uuid.UUID | None,
    after: uuid.UUID | None,
    why: dict[str, object],
    now: dt.datetime,
    user_id: uuid.UUID | None,
) -> dict[str, object]:
    """An assignment's timeline entry, as a row for a Core insert: from whom, to whom,
    and the decision's whole explanation."""
    return {
        "id": uuid.uuid4(), "lead_id": lead_id, "kind": ActivityKind.ASSIGNMENT,
        "direction": None, "subject": None, "body": None, "occurred_at": now,
        "user_id": user_id, "outcome": None, "created_at": now, "tag": None,
        "details": {"from": str(before) if before else None,
                    "to": str(after) if after else None, "why": why},
    }  # fmt: skip


@dataclass
class _Team:
    team: dq.HeldTeam
    reps: list[Rep]
    credits: dict[str, int]
    turned: bool = False


class Rotations:
    """The decisions of one transaction: each team's row is held from its first turn
    to the commit, so its members and credits are read once and kept here, turn after
    turn (an import's chunk takes thousands of turns), and written once at the end."""

    def __init__(self, s: Session, now: dt.datetime) -> None:
        self.s, self.now = s, now
        self.teams: dict[uuid.UUID, _Team | None] = {}
        self.reps: dict[uuid.UUID, Rep | None] = {}
        self.partners: dict[uuid.UUID, Partner] = {}

    def decide(self, rule: AssignmentRule) -> Decision:
        """Where ``rule`` sends a lead now: for a team, the next turn of its rotation,
        for a rep, the rep unless they are away."""
        base = Decision(rule.id, rule.name, rule.target)
        target = _id(rule.target_id)
        if rule.target is Target.REP:
            rep = self._rep(target) if target else None
            if rep is None:
                return _pool(base, PoolReason.GONE)
            why = skipped(rep, self.now)
            named = Decision(rule.id, rule.name, rule.target, rep.name)
            if why is not None:
                return _pool(named, PoolReason.EVERYONE_AWAY, ((rep.name, why),))
            assert target is not None
            self.reps[target] = _given(rep)
            return Decision(rule.id, rule.name, rule.target, rep.name, rep.user_id, rep.name)
        if rule.target is Target.TEAM:
            held = self._team(target) if target else None
            if held is None:
                return _pool(base, PoolReason.GONE)
            return self._turn(rule, held)
        if rule.target is Target.PARTNER:
            partner = self.s.get(Partner, target) if target else None
            if partner is None or not partner.active:
                return _pool(base, PoolReason.GONE)
            self.partners[partner.id] = partner
            return Decision(rule.id, rule.name, rule.target, partner.name,
                            partner_id=str(partner.id))  # fmt: skip
        reason = PoolReason.RULE if rule.target is Target.POOL else None
        return Decision(rule.id, rule.name, rule.target, pool_reason=reason)

    def _rep(self, user_id: uuid.UUID) -> Rep | None:
        if user_id not in self.reps:
            self.reps[user_id] = dq.rep_of(self.s, user_id, self.now)
        return self.reps[user_id]

    def _team(self, team_id: uuid.UUID) -> _Team | None:
        if team_id not in self.teams:
            team = dq.hold_members(self.s, team_id, self.now)
            if team is None or not team.active:
                self.teams[team_id] = None
            else:
                credits = {m.rep.user_id: m.credit for m in team.members}
                self.teams[team_id] = _Team(team, [m.rep for m in team.members], credits)
        return self.teams[team_id]

    def _turn(self, rule: AssignmentRule, held: _Team) -> Decision:
        named = Decision(rule.id, rule.name, rule.target, held.team.name)
        if not held.reps:
            return _pool(named, PoolReason.EMPTY_TEAM)
        turn = next_turn(held.reps, held.credits, self.now)
        skips = tuple((rep.name, why) for rep, why in turn.skips)
        if turn.chosen is None:
            return _pool(named, PoolReason.EVERYONE_AWAY, skips)
        held.credits.update(turn.credits)
        held.turned = True
        at = next(i for i, r in enumerate(held.reps) if r.user_id == turn.chosen)
        chosen = held.reps[at]
        held.reps[at] = _given(chosen)
        return Decision(rule.id, rule.name, rule.target, held.team.name, chosen.user_id,
                        chosen.name, skipped=skips)  # fmt: skip

    def pushed(
        self, lead_id: uuid.UUID, rule: AssignmentRule, decision: Decision
    ) -> dict[str, object]:
        """The partner_leads row of a lead pushed to a partner: pending until it
        answers, at the latest its response time from now."""
        partner = self.partners[uuid.UUID(decision.partner_id or "")]
        return {
            "id": uuid.uuid4(), "lead_id": lead_id, "partner_id": partner.id,
            "rule_id": _id(rule.id), "state": "pending", "pushed_at": self.now,
            "due_at": self.now + dt.timedelta(hours=partner.response_hours),
            "answered_at": None, "reason": None,
        }  # fmt: skip

    def write(self) -> None:
        """The credits of every team that took a turn."""
        for held in self.teams.values():
            if held is not None and held.turned:
                dq.set_credits(self.s, held.team.id, held.credits)


def _given(rep: Rep) -> Rep:
    """The rep after taking one more lead (their limits count it)."""
    return replace(rep, open_leads=rep.open_leads + 1, new_today=rep.new_today + 1)


def _pool(d: Decision, reason: PoolReason, skips: tuple[tuple[str, Skip], ...] = ()) -> Decision:
    return Decision(d.rule_id, d.rule_name, d.target, d.target_name,
                    skipped=skips, pool_reason=reason)  # fmt: skip


def _id(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:  # the built-in default's "default"
        return None
