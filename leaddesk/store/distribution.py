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

from sqlalchemy import String, Table, and_, bindparam, func, insert, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.rotation import Absence as Away
from leaddesk.domain.rotation import AbsenceKind, Rep, WorkingTime, day_began
from leaddesk.domain.stages import Stage
from leaddesk.store.id_arrays import among
from leaddesk.store.models import Lead, User
from leaddesk.store.models_distribution import (
    Absence,
    AssignmentLog,
    AssignmentRuleRow,
    PartnerLead,
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


Rules = tuple[list[AssignmentRule], AssignmentRule | None]
_RULES: dict[tuple[object, ...], Rules] = {}


def active_rules(s: Session) -> Rules:
    """The ordered rules and the default that ends them (None: the pool), kept per
    state of the rules table: every capture reads them, and loading 50 rules costs
    more than the rest of an assignment. The state is the rows' count, the sum of
    their versions (every change of a row raises its version) and their extreme ids
    (another database's rules are other rows): one small aggregate, no clock."""
    state = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(AssignmentRuleRow.version), 0),
            func.min(sql_cast(AssignmentRuleRow.id, String)),
            func.max(sql_cast(AssignmentRuleRow.id, String)),
        )
    ).one()
    if not state[0]:
        return [], None
    key = (str(s.get_bind().engine.url), *state)
    found = _RULES.get(key)
    if found is None:
        rows = rule_rows(s)
        default = next((r for r in rows if r.is_default), None)
        rules = [rule_of(r) for r in rows if not r.is_default]
        if len(_RULES) > 32:
            _RULES.clear()
        found = _RULES[key] = (rules, rule_of(default) if default is not None else None)
    return list(found[0]), found[1]


def hold_team(s: Session, team_id: uuid.UUID) -> Team | None:
    """The team's row, held until the caller commits: one capture takes a turn of its
    rotation at a time (on SQLite the write transaction already is the only one)."""
    return s.scalars(select(Team).where(Team.id == team_id).with_for_update()).first()


@dataclass(frozen=True)
class Member:
    rep: Rep
    credit: int


@dataclass(frozen=True)
class HeldTeam:
    id: uuid.UUID
    name: str
    active: bool
    members: list[Member]


def hold_members(s: Session, team_id: uuid.UUID, now: dt.datetime) -> HeldTeam | None:
    """The team held until the caller commits (``hold_team``), then its reps in
    rotation order and what the rotation weighs for each (absences, working time,
    limits and how full they are), read in one more statement. Two statements, not
    one: on PostgreSQL a statement that waited for the lock still sees the other
    tables as they were when it began (a turn taken meanwhile would be lost), and
    MariaDB would lock the members' user rows too."""
    team = hold_team(s, team_id)
    if team is None:
        return None
    soon = (now - dt.timedelta(days=2)).date()  # before any time zone's today
    stmt = (
        select(
            Team.name,
            Team.active,
            TeamMember.weight,
            TeamMember.credit,
            User,
            Absence.starts,
            Absence.ends,
            Absence.kind,
        )
        .outerjoin(TeamMember, TeamMember.team_id == Team.id)
        .outerjoin(User, User.id == TeamMember.user_id)
        .outerjoin(Absence, and_(Absence.user_id == User.id, Absence.ends >= soon))
        .where(Team.id == team_id)
        .order_by(TeamMember.position, User.name, User.id)
    )
    rows = s.execute(stmt).all()
    users: dict[uuid.UUID, tuple[int, int, User]] = {}
    away: dict[uuid.UUID, list[Away]] = defaultdict(list)
    for _, _, weight, credit, user, starts, ends, kind in rows:
        if user is None:
            continue
        users.setdefault(user.id, (weight, credit, user))
        if starts is not None:
            away[user.id].append(Away(starts, ends, AbsenceKind(kind)))
    found = list(users.values())
    reps = _reps(s, [u for _, _, u in found], now, away)
    members = [Member(replace(rep, weight=weight), credit)
               for (weight, credit, _), rep in zip(found, reps, strict=True)]  # fmt: skip
    return HeldTeam(team_id, team.name, team.active, members)


def rep_of(s: Session, user_id: uuid.UUID, now: dt.datetime) -> Rep | None:
    """One user as the rotation sees them (for a rule that names a rep)."""
    user = s.get(User, user_id)
    return None if user is None else _reps(s, [user], now)[0]


def _reps(
    s: Session,
    users: Sequence[User],
    now: dt.datetime,
    away: Mapping[uuid.UUID, list[Away]] | None = None,
) -> list[Rep]:
    """``users`` as the rotation sees them, read in a few statements for all of them
    (``away``: their absences, when the caller read them already): only the counts a
    limit needs are made."""
    if not users:
        return []
    if away is None:
        away = defaultdict(list)
        soon = (now - dt.timedelta(days=2)).date()  # before any time zone's today
        stmt = select(Absence).where(
            Absence.user_id.in_([u.id for u in users]), Absence.ends >= soon
        )
        for a in s.scalars(stmt):
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


def owners(s: Session, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID | None]:
    """Each lead's owner: from this session's own objects where it has them (a lead
    created in this transaction), else in one statement."""
    known: dict[uuid.UUID, uuid.UUID | None] = {}
    missing = []
    for lead_id in lead_ids:
        lead = s.identity_map.get(s.identity_key(Lead, lead_id))
        if isinstance(lead, Lead):
            known[lead_id] = lead.owner_id
        else:
            missing.append(lead_id)
    if missing:
        backend = s.get_bind().dialect.name
        stmt = select(Lead.id, Lead.owner_id).where(among(Lead.id, missing, backend))
        known.update({lead: owner for lead, owner in s.execute(stmt)})
    return known


def set_owners(s: Session, owners: Mapping[uuid.UUID, uuid.UUID | None], now: dt.datetime) -> None:
    """New owners in one executemany; an edit, so each lead's version goes up (a form
    open on it sees the change), and this session's own objects are kept in step."""
    if not owners:
        return
    table = cast(Table, Lead.__table__)
    stmt = (
        update(table)
        .where(table.c.id == bindparam("lead"))
        .values(owner_id=bindparam("owner"), version=table.c.version + 1, updated_at=now)
    )
    s.connection().execute(stmt, [{"lead": k, "owner": v} for k, v in owners.items()])
    close_pushes(s, [k for k, v in owners.items() if v is not None])
    for lead_id, owner in owners.items():
        lead = s.identity_map.get(s.identity_key(Lead, lead_id))
        if isinstance(lead, Lead):
            set_committed_value(lead, "owner_id", owner)
            set_committed_value(lead, "version", lead.version + 1)
            set_committed_value(lead, "updated_at", now)


def member_rows(s: Session, team_id: uuid.UUID) -> list[TeamMember]:
    return list(s.scalars(select(TeamMember).where(TeamMember.team_id == team_id)))


def set_credits(s: Session, team_id: uuid.UUID, credits: Mapping[str, int]) -> None:
    """The members' credits after a turn, in one executemany."""
    table = cast(Table, TeamMember.__table__)
    stmt = (
        update(table)
        .where(table.c.team_id == bindparam("team"), table.c.user_id == bindparam("user"))
        .values(credit=bindparam("credit"))
    )
    rows = [{"team": team_id, "user": uuid.UUID(u), "credit": c} for u, c in credits.items()]
    if rows:
        s.connection().execute(stmt, rows)


def close_pushes(s: Session, lead_ids: Sequence[uuid.UUID]) -> None:
    """A lead given to someone is no longer a partner's: a push pending or accepted is
    closed as superseded (a partner's later answer or timeout then finds nothing)."""
    if lead_ids:
        table = cast(Table, PartnerLead.__table__)
        backend = s.get_bind().dialect.name
        s.connection().execute(
            update(table)
            .where(
                among(table.c.lead_id, list(lead_ids), backend),
                table.c.state.in_(("pending", "accepted")),
            )
            .values(state="superseded")
        )


def push_to_partners(s: Session, rows: list[dict[str, object]]) -> None:
    """Leads pushed to partners, pending (an earlier push of the same lead that is
    still pending is closed as superseded: a lead waits for one partner at a time)."""
    if not rows:
        return
    table = cast(Table, PartnerLead.__table__)
    leads = [r["lead_id"] for r in rows]
    s.connection().execute(
        update(table)
        .where(table.c.lead_id.in_(leads), table.c.state == "pending")
        .values(state="superseded")
    )
    s.connection().execute(insert(table), rows)


def log(s: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        s.execute(insert(cast(Table, AssignmentLog.__table__)), rows)
