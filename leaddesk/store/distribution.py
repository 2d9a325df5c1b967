"""Distribution's SQL: the assignment rules, a team's rotation held for one turn,
what the rotation needs to know of each member (absences, open leads, today's new
ones), and the assignment log."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.rotation import Absence as Away
from leaddesk.domain.rotation import AbsenceKind, Rep, WorkingTime, day_began
from leaddesk.domain.stages import Stage
from leaddesk.store.models import Lead, User
from leaddesk.store.models_distribution import (
    Absence,
    AssignmentLog,
    AssignmentRuleRow,
    Team,
    TeamMember,
)

OPEN_STAGES = tuple(s for s in Stage if not s.is_closed)


def rule_of(row: AssignmentRuleRow) -> AssignmentRule:
    return AssignmentRule(
        id=str(row.id),
        name=row.name,
        target=Target(row.target),
        target_id=str(row.target_id) if row.target_id else None,
        conditions=tuple(
            Condition(c["field"], Operator(c["operator"]), tuple(c.get("values") or ()))
            for c in row.conditions or ()
        ),
        active=row.active,
    )


def rule_rows(s: Session, *, retired: bool = False) -> list[AssignmentRuleRow]:
    stmt = select(AssignmentRuleRow).order_by(AssignmentRuleRow.position, AssignmentRuleRow.id)
    if not retired:
        stmt = stmt.where(AssignmentRuleRow.retired_at.is_(None))
    return list(s.scalars(stmt))


def active_rules(s: Session) -> tuple[list[AssignmentRule], AssignmentRule | None]:
    """The ordered rules and the default that ends them (None: the pool)."""
    rows = rule_rows(s)
    default = next((r for r in rows if r.is_default), None)
    rules = [rule_of(r) for r in rows if not r.is_default]
    return rules, rule_of(default) if default is not None else None


def hold_team(s: Session, team_id: uuid.UUID) -> Team | None:
    """The team's row, held until the caller commits: one capture takes a turn of its
    rotation at a time (on SQLite the write transaction already is the only one)."""
    return s.scalars(select(Team).where(Team.id == team_id).with_for_update()).first()


@dataclass(frozen=True)
class Member:
    rep: Rep
    credit: int


def members(s: Session, team_id: uuid.UUID, now: dt.datetime) -> list[Member]:
    """The team's reps in its order, with what the rotation weighs for each: their
    absences, working time, limits and how full they are."""
    found = s.execute(  # the credits as columns: a turn earlier in this transaction
        select(TeamMember.weight, TeamMember.credit, User)  # wrote them with Core
        .join(User, User.id == TeamMember.user_id)
        .where(TeamMember.team_id == team_id)
        .order_by(TeamMember.position, User.name)
    ).all()
    reps = _reps(s, [u for _, _, u in found], now)
    return [Member(replace(rep, weight=weight), credit)
            for (weight, credit, _), rep in zip(found, reps, strict=True)]  # fmt: skip


def rep_of(s: Session, user_id: uuid.UUID, now: dt.datetime) -> Rep | None:
    """One user as the rotation sees them (for a rule that names a rep)."""
    user = s.get(User, user_id)
    return None if user is None else _reps(s, [user], now)[0]


def _reps(s: Session, users: Sequence[User], now: dt.datetime) -> list[Rep]:
    """``users`` as the rotation sees them, read in a few statements for all of them:
    only the counts a limit needs are made."""
    if not users:
        return []
    ids = [u.id for u in users]
    away: dict[uuid.UUID, list[Away]] = defaultdict(list)
    soon = (now - dt.timedelta(days=2)).date()  # before any time zone's today
    for a in s.scalars(select(Absence).where(Absence.user_id.in_(ids), Absence.ends >= soon)):
        away[a.user_id].append(Away(a.starts, a.ends, AbsenceKind(a.kind)))
    full = [u.id for u in users if u.max_open_leads is not None]
    held = open_leads(s, full) if full else {}
    out = []
    for user in users:
        rep = _rep(user, away.get(user.id, []))
        today = 0
        if user.max_new_per_day is not None:
            today = new_since(s, user.id, day_began(rep.working, now))
        out.append(replace(rep, open_leads=held.get(user.id, 0), new_today=today))
    return out


def _rep(user: User, away: Sequence[Away]) -> Rep:
    days = frozenset(int(d) for d in user.work_days) if user.work_days else frozenset(range(7))
    working = WorkingTime(
        days, user.work_starts or dt.time(0), user.work_ends or dt.time(0), user.time_zone or "UTC"
    )
    return Rep(
        user_id=str(user.id),
        name=user.name,
        active=user.active,
        absences=tuple(away),
        working=working,
        max_open=user.max_open_leads,
        max_new_per_day=user.max_new_per_day,
    )


def open_leads(s: Session, user_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Live leads in an open stage per owner (ix_leads_owner)."""
    stmt = (
        select(Lead.owner_id, func.count())
        .where(Lead.owner_id.in_(user_ids), Lead.stage.in_(OPEN_STAGES), Lead.deleted_at.is_(None))
        .group_by(Lead.owner_id)
    )
    return {cast(uuid.UUID, owner): int(n) for owner, n in s.execute(stmt)}


def new_since(s: Session, user_id: uuid.UUID, since: dt.datetime) -> int:
    """Leads given to the rep since ``since`` (ix_assignments_user_at)."""
    stmt = select(func.count()).where(AssignmentLog.user_id == user_id, AssignmentLog.at >= since)
    return int(s.execute(stmt).scalar_one())


def member_rows(s: Session, team_id: uuid.UUID) -> list[TeamMember]:
    return list(s.scalars(select(TeamMember).where(TeamMember.team_id == team_id)))


def set_credits(s: Session, team_id: uuid.UUID, credits: Mapping[str, int]) -> None:
    table = cast(Table, TeamMember.__table__)
    for user_id, credit in credits.items():
        s.execute(
            update(table)
            .where(table.c.team_id == team_id, table.c.user_id == uuid.UUID(user_id))
            .values(credit=credit)
        )


def log(s: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        s.execute(insert(cast(Table, AssignmentLog.__table__)), rows)
