"""Queries about users."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.domain.leads import Role
from leaddesk.store.models import User


def all_users(session: Session, *, active_only: bool = False) -> Sequence[User]:
    stmt = select(User).order_by(User.name)
    if active_only:
        stmt = stmt.where(User.active.is_(True))
    return session.scalars(stmt).all()


def active_owners(session: Session) -> Sequence[User]:
    stmt = select(User).where(User.role == Role.OWNER, User.active.is_(True))
    return session.scalars(stmt).all()


def user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == email)).one_or_none()
