"""What the owner sets for distribution: the ordered assignment rules and their
default, teams and their rotation weights, each rep's absences, working time and
capacity, and partner organisations; and "Distribute now" for chosen leads."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Target, readable
from leaddesk.domain.response_targets import MAX_TARGET_MINUTES
from leaddesk.domain.rotation import AbsenceKind
from leaddesk.errors import FieldIssue, NotFound, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.services.distribution import distribute_in
from leaddesk.services.distribution_reads import (
    DistributionReads,
    check_partner,
    check_team_name,
    check_zone,
)
from leaddesk.services.records import Changes
from leaddesk.store import assignment_rules as rq
from leaddesk.store import distribution as dq
from leaddesk.store.leads import lock_leads
from leaddesk.store.models import User
from leaddesk.store.models_distribution import (
    Absence,
    AssignmentRuleRow,
    Partner,
    Team,
    TeamMember,
)
from leaddesk.store.session import retried, transaction

NEEDS_VALUES = frozenset({Operator.EQUALS, Operator.ONE_OF, Operator.CONTAINS, Operator.RANGE})
NEEDS_TARGET = frozenset({Target.REP, Target.TEAM, Target.PARTNER})
KIND_OF: dict[Target, type[User | Team | Partner]] = {
    Target.REP: User,
    Target.TEAM: Team,
    Target.PARTNER: Partner,
}


@dataclass(frozen=True)
class MemberWeight:
    user_id: uuid.UUID
    weight: int = 1


def check_rules(s: Session, rules: Sequence[AssignmentRule]) -> None:
    """Each problem named by the rule's place, name and field."""
    issues = [i for n, rule in enumerate(rules) for i in _rule_issues(s, n, rule)]
    if issues:
        raise ValidationError(issues)


def _rule_issues(s: Session, n: int, rule: AssignmentRule) -> list[FieldIssue]:
    found: list[FieldIssue] = []

    def issue(field: str, code: str, text: str) -> None:
        found.append(
            FieldIssue(f"rules[{n}].{field}", code, f"Rule {n + 1} ({rule.name!r}): {text}")
        )

    if not rule.name.strip() or len(rule.name) > 120:
        issue("name", "rule_name", "a rule needs a name of 1 to 120 characters.")
    if rule.response_minutes is not None and not 1 <= rule.response_minutes <= MAX_TARGET_MINUTES:
        issue("response_minutes", "rule_response", "a first-contact target is 1 minute to a week.")
    if rule.target in NEEDS_TARGET:
        target = _uuid(rule.target_id)
        if target is None or s.get(KIND_OF[rule.target], target) is None:
            issue("target_id", "rule_target", f"choose the {rule.target.value} to send leads to.")
    for c in rule.conditions:
        if not c.field.strip():
            issue("conditions", "rule_condition", "a condition needs a field.")
        elif not readable(c.field.strip()):
            issue("conditions", "rule_field", f"a rule cannot read the field {c.field!r}.")
        elif c.operator in NEEDS_VALUES and not any(v.strip() for v in c.values):
            issue("conditions", "rule_values", f"the condition on {c.field} needs a value.")
    return found


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


class DistributionService(DistributionReads):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def rules(self) -> tuple[list[AssignmentRule], AssignmentRule | None]:
        with transaction(self.ctx.db, write=False) as s:
            return rq.active_rules(s)

    @retried
    def save_rules(
        self, rules: Sequence[AssignmentRule], default: AssignmentRule | None = None
    ) -> Changes:
        """The rules screen's whole list, in its order, and the default at its end
        (None: the pool). Rules left out are retired (the log still names them)."""
        listed = [*rules, *([default] if default is not None else [])]
        with transaction(self.ctx.db) as s:
            check_rules(s, listed)
            existing = {str(r.id): r for r in rq.rule_rows(s, retired=True)}
            kept = set()
            for position, rule in enumerate(listed):
                row = existing.get(rule.id)
                if row is None:
                    row = AssignmentRuleRow(id=_uuid(rule.id) or uuid.uuid4())
                    s.add(row)
                row.position, row.name, row.target = position, rule.name.strip(), rule.target.value
                row.target_id = _uuid(rule.target_id) if rule.target in NEEDS_TARGET else None
                row.conditions = [{"field": c.field.strip(), "operator": c.operator.value,
                                   "values": [v.strip() for v in c.values]}
                                  for c in rule.conditions]  # fmt: skip
                row.active, row.is_default = rule.active, rule is default
                row.response_minutes = rule.response_minutes
                row.retired_at = None
                kept.add(str(row.id))
            for rule_id, row in existing.items():
                if rule_id not in kept and row.retired_at is None:
                    row.retired_at = self.ctx.clock()
        return Changes(reference=True)

    @retried
    def create_team(self, name: str, members: Sequence[MemberWeight] = ()) -> uuid.UUID:
        with transaction(self.ctx.db) as s:
            team = Team(name=check_team_name(s, name), active=True)
            s.add(team)
            s.flush()
            self._members(s, team.id, members)
            return team.id

    @retried
    def set_members(self, team_id: uuid.UUID, members: Sequence[MemberWeight]) -> Changes:
        """The team's reps in rotation order with their weights (credits kept for
        those who stay, so a change of the list does not restart the rotation)."""
        with transaction(self.ctx.db) as s:
            if dq.hold_team(s, team_id) is None:
                raise NotFound(f"There is no team {team_id}.", code="no_team")
            self._members(s, team_id, members)
        return Changes(reference=True)

    def _members(self, s: Session, team_id: uuid.UUID, members: Sequence[MemberWeight]) -> None:
        issues = [FieldIssue(f"members[{i}].weight", "member_weight",
                             f"Member {i + 1}: a weight is a whole number from 1 to 10.")
                  for i, m in enumerate(members) if not 1 <= m.weight <= 10]  # fmt: skip
        if issues:
            raise ValidationError(issues)
        have = {m.user_id: m for m in dq.member_rows(s, team_id)}
        for position, m in enumerate(members):
            row = have.pop(m.user_id, None) or TeamMember(
                team_id=team_id, user_id=m.user_id, credit=0
            )
            row.position, row.weight = position, m.weight
            s.add(row)
        for gone in have.values():
            s.delete(gone)

    @retried
    def add_absence(
        self,
        user_id: uuid.UUID,
        starts: dt.date,
        ends: dt.date,
        kind: AbsenceKind = AbsenceKind.HOLIDAY,
        note: str | None = None,
    ) -> uuid.UUID:
        if ends < starts:
            text = "An absence ends on or after the day it starts."
            raise ValidationError([FieldIssue("ends", "absence_order", text)])
        with transaction(self.ctx.db) as s:
            if s.get(User, user_id) is None:
                raise NotFound(f"There is no user {user_id}.", code="no_user")
            row = Absence(user_id=user_id, starts=starts, ends=ends, kind=kind.value, note=note)
            s.add(row)
            s.flush()
            return row.id

    @retried
    def set_working(
        self,
        user_id: uuid.UUID,
        *,
        days: Collection[int] | None = None,
        starts: dt.time | None = None,
        ends: dt.time | None = None,
        zone: str | None = None,
        max_open: int | None = None,
        max_new_per_day: int | None = None,
    ) -> Changes:
        """A rep's working days (0 Monday … 6 Sunday) and hours in their time zone,
        and their limits (None: none)."""
        check_zone(zone)
        with transaction(self.ctx.db) as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"There is no user {user_id}.", code="no_user")
            user.work_days = (
                "".join(str(d) for d in sorted(set(days))) if days is not None else None
            )
            user.work_starts, user.work_ends, user.time_zone = starts, ends, zone
            user.max_open_leads, user.max_new_per_day = max_open, max_new_per_day
        return Changes(users=True)

    @retried
    def set_claim_limits(
        self, user_id: uuid.UUID, *, untouched: int | None = None, per_day: int | None = None
    ) -> Changes:
        """How many claimed leads the rep may hold untouched, and claim in a day."""
        with transaction(self.ctx.db) as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"There is no user {user_id}.", code="no_user")
            user.max_claimed_open, user.max_claims_per_day = untouched, per_day
        return Changes(users=True)

    @retried
    def add_partner(
        self, name: str, kind: str, *, territory: str | None = None, email: str | None = None,
        response_hours: int = 48,
    ) -> uuid.UUID:  # fmt: skip
        p = check_partner(name, kind, territory, email, response_hours)
        with transaction(self.ctx.db) as s:
            row = Partner(name=p.name, kind=p.kind, territory=p.territory, email=p.email,
                          contacts=[], response_hours=p.response_hours, active=True)  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

    @retried
    def distribute(
        self, lead_ids: Collection[uuid.UUID], *, user_id: uuid.UUID | None = None
    ) -> Changes:
        """ "Distribute now" for chosen leads: the rules decide again for each."""
        with transaction(self.ctx.db) as s:
            held = lock_leads(s, lead_ids)
            return distribute_in(s, self.ctx, list(held), user_id=user_id)
