"""What the distribution settings read: every team with its members in rotation
order, a rep's absences, the partner organisations, and people's working columns.
Plain queries over the distribution tables; the rotation's own SQL (held rows,
credits) stays in ``store.distribution``."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leaddesk.store.models import User
from leaddesk.store.models_distribution import Absence, Partner, Team, TeamMember


def teams(s: Session) -> list[Team]:
    return list(s.scalars(select(Team).order_by(Team.name, Team.id)))


def team_named(s: Session, name: str) -> Team | None:
    """The team called ``name`` (compared without case, as the owner reads them)."""
    stmt = select(Team).where(func.lower(Team.name) == name.strip().lower())
    return s.scalars(stmt).first()


def members(s: Session) -> list[tuple[TeamMember, User]]:
    """Every team's members with their user, each team in rotation order."""
    stmt = (
        select(TeamMember, User)
        .join(User, User.id == TeamMember.user_id)
        .order_by(TeamMember.team_id, TeamMember.position, User.name)
    )
    return [(m, u) for m, u in s.execute(stmt)]


def absences(s: Session, user_id: uuid.UUID) -> list[Absence]:
    stmt = (
        select(Absence)
        .where(Absence.user_id == user_id)
        .order_by(Absence.starts, Absence.ends, Absence.id)
    )
    return list(s.scalars(stmt))


def partners(s: Session) -> list[Partner]:
    return list(s.scalars(select(Partner).order_by(Partner.name, Partner.id)))


def people(s: Session, *, active_only: bool = True) -> list[User]:
    stmt = select(User).order_by(User.name, User.id)
    if active_only:
        stmt = stmt.where(User.active.is_(True))
    return list(s.scalars(stmt))
