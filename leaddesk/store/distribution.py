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

from sqlalchemy import Table, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.rotation import Absence as Away
from leaddesk.domain.rotation import AbsenceKind, Rep, WorkingTime, day_began
from leaddesk.domain.stages import Stage
from leaddesk.store.id_arrays import among
from leaddesk.store.models import Activity, Lead, User
from leaddesk.store.models_distribution import (
    PARTNER_HOLDS,
    Absence,
    AssignmentLog,
    PartnerLead,
    Team,
    TeamMember,
)

OPEN_STAGES = tuple(s for s in Stage if not s.is_closed)


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
    conn = s.connection()  # Core: an ORM load of the team and its users costs more here
    team = conn.execute(  # than the statements' round trips
        select(Team.name, Team.active).where(Team.id == team_id).with_for_update()
    ).first()
    if team is None:
        return None
    soon = (now - dt.timedelta(days=2)).date()  # before any time zone's today
    stmt = (
        select(
            Team.name.label("team_name"),  # not "name": the user's is
            Team.active.label("team_active"),
            TeamMember.weight,
            TeamMember.credit,
            *USER_COLUMNS,
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
    rows = conn.execute(stmt).all()
    users: dict[uuid.UUID, tuple[int, int, Any]] = {}
    away: dict[uuid.UUID, list[Away]] = defaultdict(list)
    for row in rows:
        if row.id is None:
            continue
        users.setdefault(row.id, (row.weight, row.credit, row))
        if row.starts is not None:
            away[row.id].append(Away(row.starts, row.ends, AbsenceKind(row.kind)))
    found = list(users.values())
    reps = _reps(s, [u for _, _, u in found], now, away)
    members = [Member(replace(rep, weight=weight), credit)
               for (weight, credit, _), rep in zip(found, reps, strict=True)]  # fmt: skip
    return HeldTeam(team_id, team.name, team.active, members)


# what the rotation reads of a user (rows of these stand in for User objects)
USER_COLUMNS = (
    User.id,
    User.name,
    User.active,
    User.work_days,
    User.work_starts,
    User.work_ends,
    User.time_zone,
    User.max_open_leads,
    User.max_new_per_day,
)


def rep_of(s: Session, user_id: uuid.UUID, now: dt.datetime) -> Rep | None:
    """One user as the rotation sees them (for a rule that names a rep)."""
    user = s.get(User, user_id)
    return None if user is None else _reps(s, [user], now)[0]


def _reps(
    s: Session,
    users: Sequence[Any],  # User objects or rows of USER_COLUMNS
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


def _rep(user: Any, away: Sequence[Away]) -> Rep:
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


@dataclass(frozen=True)
class Held:
    """Who has a lead now, and whether the rules left it out of the pool."""

    owner_id: uuid.UUID | None
    outside_pool: bool


def owners(s: Session, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Held]:
    """Each lead's owner and pool mark: from this session's own objects where it has
    them (a lead created in this transaction), else in one statement."""
    known: dict[uuid.UUID, Held] = {}
    missing = []
    for lead_id in lead_ids:
        lead = s.identity_map.get(s.identity_key(Lead, lead_id))
        if isinstance(lead, Lead):
            known[lead_id] = Held(lead.owner_id, bool(lead.outside_pool))
        else:
            missing.append(lead_id)
    if missing:
        backend = s.get_bind().dialect.name
        stmt = select(Lead.id, Lead.owner_id, Lead.outside_pool).where(
            among(Lead.id, missing, backend)
        )
        known.update({lead: Held(owner, bool(out)) for lead, owner, out in s.execute(stmt)})
    return known


def stages(s: Session, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each lead's stage as a rule reads it (its value, "open"…), this session's own
    objects first, like ``owners``."""
    known: dict[uuid.UUID, str] = {}
    missing = []
    for lead_id in lead_ids:
        lead = s.identity_map.get(s.identity_key(Lead, lead_id))
        if isinstance(lead, Lead):
            known[lead_id] = Stage(lead.stage).value
        else:
            missing.append(lead_id)
    if missing:
        backend = s.get_bind().dialect.name
        stmt = select(Lead.id, Lead.stage).where(among(Lead.id, missing, backend))
        known.update({lead: Stage(stage).value for lead, stage in s.execute(stmt)})
    return known


def mark_outside_pool(s: Session, marks: Mapping[uuid.UUID, bool]) -> None:
    """Put leads out of the pool (the rules left them unassigned) or back in it."""
    if not marks:
        return
    table = cast(Table, Lead.__table__)
    stmt = (
        update(table).where(table.c.id == bindparam("lead")).values(outside_pool=bindparam("out"))
    )
    s.connection().execute(stmt, [{"lead": k, "out": v} for k, v in marks.items()])
    for lead_id, out in marks.items():
        lead = s.identity_map.get(s.identity_key(Lead, lead_id))
        if isinstance(lead, Lead):
            set_committed_value(lead, "outside_pool", out)


def set_owners(
    s: Session,
    owners: Mapping[uuid.UUID, uuid.UUID | None],
    now: dt.datetime,
    *,
    close: bool = True,
) -> None:
    """New owners in one executemany; an edit, so each lead's version goes up (a form
    open on it sees the change), and this session's own objects are kept in step. A
    lead given to someone, or back to the pool, is no longer left out of the pool, nor
    a partner's (``close`` False: none can be, the leads were captured just now)."""
    if not owners:
        return
    table = cast(Table, Lead.__table__)
    stmt = (
        update(table)
        .where(table.c.id == bindparam("lead"))
        .values(
            owner_id=bindparam("owner"),
            version=table.c.version + 1,
            updated_at=now,
            outside_pool=False,
        )
    )
    s.connection().execute(stmt, [{"lead": k, "owner": v} for k, v in owners.items()])
    if close:
        close_pushes(s, [k for k, v in owners.items() if v is not None])
    sync_owners(s, owners, now)


def sync_owners(s: Session, owners: Mapping[uuid.UUID, uuid.UUID | None], now: dt.datetime) -> None:
    """This session's own lead objects as set_owners left their rows."""
    for lead_id, owner in owners.items():
        lead = s.identity_map.get(s.identity_key(Lead, lead_id))
        if isinstance(lead, Lead):
            set_committed_value(lead, "owner_id", owner)
            set_committed_value(lead, "version", lead.version + 1)
            set_committed_value(lead, "updated_at", now)
            set_committed_value(lead, "outside_pool", False)


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


def partner_held(s: Session, lead_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Those of the leads a partner holds (pushed and waiting, or accepted)."""
    if not lead_ids:
        return set()
    backend = s.get_bind().dialect.name
    stmt = select(PartnerLead.lead_id).where(
        among(PartnerLead.lead_id, list(lead_ids), backend), PartnerLead.state.in_(PARTNER_HOLDS)
    )
    return set(s.scalars(stmt))


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


def last_why(s: Session, lead_id: uuid.UUID) -> dict[str, Any] | None:
    """The ``why`` of the lead's latest assignment entry on its timeline."""
    stmt = (
        select(Activity.details)
        .where(Activity.lead_id == lead_id, Activity.kind == ActivityKind.ASSIGNMENT)
        .order_by(Activity.occurred_at.desc(), Activity.created_at.desc())
        .limit(1)
    )
    details = s.scalar(stmt)
    why = details.get("why") if isinstance(details, dict) else None
    return why if isinstance(why, dict) else None
