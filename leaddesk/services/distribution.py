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
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from typing import cast

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.distribution import (
    EXTRA_FIELDS,
    OVERDUE,
    AssignmentRule,
    Decision,
    PoolReason,
    Target,
    first_match,
)
from leaddesk.domain.outbox import language_for_country
from leaddesk.domain.response_targets import due_after
from leaddesk.domain.rotation import Absence, Rep, Skip, WorkingTime, next_turn, skipped
from leaddesk.domain.scoring_reads import Reads
from leaddesk.services import partner_links
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import assignment_rules as ar
from leaddesk.store import distribution as dq
from leaddesk.store import response_targets as rq
from leaddesk.store import scoring_facts as qf
from leaddesk.store.assignment_writes import write_decisions
from leaddesk.store.models_distribution import Partner


def distribute_in(
    s: Session,
    ctx: ServiceContext,
    lead_ids: Collection[uuid.UUID],
    *,
    user_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    after: Mapping[uuid.UUID, uuid.UUID | None] | None = None,
    only: Callable[[AssignmentRule], bool] | None = None,
    captured: bool = False,
    extra: Mapping[uuid.UUID, Mapping[str, object]] | None = None,
    decide: bool = True,
    away: Mapping[uuid.UUID, Absence] | None = None,
) -> Changes:
    """Run the rules for ``lead_ids`` (held or new) in the caller's transaction:
    each goes where the first matching rule says (``after``: per lead, the rule whose
    partner gave it back; only the rules after it are tried; ``only``: just the rules
    it picks, no default, a lead none of them takes staying as it is). ``captured``:
    new leads, whose first-contact target starts now; ``extra``: values read besides
    the lead's own (the web form it came by); ``decide`` False: only the targets (a
    lead that came with its owner). With no rules nothing is decided (a team that does
    not distribute keeps its leads as they come). ``away``: reps to count as absent
    whatever their calendar says now (a hand-over before the holiday begins)."""
    setup = ar.setup(s)  # only the fields they name are read
    rules, default = list(setup.rules), setup.default
    if only is not None or not decide:
        rules, default = [r for r in rules if only is not None and only(r)], None
    decides = bool(rules) or default is not None
    if not lead_ids or not (decides or (captured and setup.source_minutes)):
        return Changes()
    after, extra = after or {}, extra or {}
    s.flush()
    now = now or ctx.clock()
    named = {c.field for r in [*rules, *([default] if default else [])] for c in r.conditions}
    wanted = (named - EXTRA_FIELDS) | ({"country"} if "language" in named else set())
    if captured and setup.source_minutes:
        wanted.add("source")
    found = qf.facts(s, list(lead_ids), needs=Reads(frozenset(), frozenset(wanted)))
    stages = dq.stages(s, list(found)) if "stage" in named else {}
    entries, logged, moved, marks, targets = [], [], {}, {}, []
    rotations = Rotations(s, now, away)
    had = dq.owners(s, list(found))
    pushed = []
    for lead_id, (facts, held) in found.items():
        fields = {**facts.fields, "score": held.score, "qualification": held.qualification,
                  **extra.get(lead_id, {})}  # fmt: skip
        if "language" in named:
            fields["language"] = language_for_country(_text(fields.get("country")))
        if "stage" in named:
            fields["stage"] = stages.get(lead_id)
        if only is not None:
            fields["response"] = OVERDUE
        before = had[lead_id]
        if not decides:  # only a source's target to start
            targets += _target(lead_id, None, fields, setup, now, rotations, before.owner_id)
            continue
        tried, last = (
            (rules, default) if lead_id not in after else _after(rules, default, after[lead_id])
        )
        rule = first_match(tried, fields, last)
        if only is not None and rule not in tried:
            continue  # none of the picked rules takes it
        decision = rotations.decide(rule)
        if decision.partner_id:
            pushed.append(rotations.pushed(lead_id, rule, decision))
        owner = uuid.UUID(decision.owner_id) if decision.owner_id else None
        if owner != before.owner_id:
            moved[lead_id] = owner
        left_out = decision.target is Target.NOBODY
        if left_out != before.outside_pool and (left_out or lead_id not in moved):
            marks[lead_id] = left_out
        if captured:
            targets += _target(lead_id, rule, fields, setup, now, rotations, owner)
        why = decision.to_dict()
        entries.append(assignment_row(lead_id, before.owner_id, owner, why, now, user_id))
        logged.append({
            "id": uuid.uuid4(), "lead_id": lead_id, "user_id": owner,
            "team_id": _id(rule.target_id) if rule.target is Target.TEAM else None,
            "partner_id": _id(decision.partner_id), "rule_id": _id(rule.id), "at": now,
            "target": decision.target.value, "details": why,
        })  # fmt: skip
    write_decisions(s, credits=rotations.credits(), owners=moved, now=now, entries=entries,
                    logged=logged, close=not captured)  # fmt: skip
    dq.mark_outside_pool(s, marks)
    dq.push_to_partners(s, pushed)
    partner_links.notify_pushed(s, ctx, pushed)  # the partner's email, with reply links
    rq.add(s, targets)
    ids = frozenset(cast(uuid.UUID, e["lead_id"]) for e in logged)
    return Changes(leads=ids, timelines=ids)


def _target(
    lead_id: uuid.UUID,
    rule: AssignmentRule | None,
    fields: Mapping[str, object],
    setup: ar.Setup,
    now: dt.datetime,
    rotations: Rotations,
    owner: uuid.UUID | None,
) -> list[dict[str, object]]:
    """A new lead's first-contact target, if its rule or else its source sets one,
    counted in its owner's working hours."""
    by_rule = rule.response_minutes if rule is not None else None
    minutes = by_rule or setup.source_minutes.get(_text(fields.get("source")) or "")
    if not minutes:
        return []
    due = due_after(now, minutes, rotations.working_of(owner))
    return [{"lead_id": lead_id, "due_at": due, "minutes": minutes,
             "set_by": "rule" if by_rule else "source"}]  # fmt: skip


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


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

    def __init__(
        self, s: Session, now: dt.datetime, away: Mapping[uuid.UUID, Absence] | None = None
    ) -> None:
        self.s, self.now = s, now
        self.away = {str(k): v for k, v in (away or {}).items()}
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

    def working_of(self, user_id: uuid.UUID | None) -> WorkingTime | None:
        """The hours a first-contact target counts in: the new owner's (none: all)."""
        if user_id is None:
            return None
        key = str(user_id)
        for held in self.teams.values():
            for member in held.reps if held is not None else ():
                if member.user_id == key:
                    return member.working
        rep = self._rep(user_id)
        return rep.working if rep is not None else None

    def _rep(self, user_id: uuid.UUID) -> Rep | None:
        if user_id not in self.reps:
            rep = dq.rep_of(self.s, user_id, self.now)
            self.reps[user_id] = self._away(rep) if rep is not None else None
        return self.reps[user_id]

    def _away(self, rep: Rep) -> Rep:
        gone = self.away.get(rep.user_id)
        return replace(rep, absences=(*rep.absences, gone)) if gone is not None else rep

    def _team(self, team_id: uuid.UUID) -> _Team | None:
        if team_id not in self.teams:
            team = dq.hold_members(self.s, team_id, self.now)
            if team is None or not team.active:
                self.teams[team_id] = None
            else:
                credits = {m.rep.user_id: m.credit for m in team.members}
                reps = [self._away(m.rep) for m in team.members]
                self.teams[team_id] = _Team(team, reps, credits)
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

    def credits(self) -> list[tuple[uuid.UUID, dict[str, int]]]:
        """The credits of every team that took a turn, to write."""
        return [(held.team.id, held.credits) for held in self.teams.values()
                if held is not None and held.turned]  # fmt: skip


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
