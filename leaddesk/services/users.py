"""The team: who can own leads. People are added, edited and deactivated, never
deleted: their history (leads owned, calls logged) keeps their name."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from leaddesk.domain.leads import Role
from leaddesk.domain.text_rules import LIMITS, clean_text
from leaddesk.domain.validation import normalize_email
from leaddesk.errors import FieldIssue, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext, check_version, missing
from leaddesk.services.convert import user_record
from leaddesk.services.records import Changes, Result, UserRecord
from leaddesk.store.models import User
from leaddesk.store.session import retried, transaction
from leaddesk.store.users import active_owners, all_users, user_by_email

NAME_LENGTH = LIMITS["users.name"]
USERS_CHANGED = Changes(users=True)


def _clean(name: str, email: str, role: Role | str) -> tuple[str, str, Role]:
    """The person's name, address and role, or every problem with them named."""
    issues: list[FieldIssue] = []
    checked = clean_text(issues, "name", name, limit=None)  # line breaks are refused
    name = " ".join((checked or "").split())
    if not name and not issues:
        issues.append(FieldIssue("name", "required", "A user needs a name."))
    elif len(name) > NAME_LENGTH:
        issues.append(
            FieldIssue("name", "too_long", f"At most {NAME_LENGTH} characters (got {len(name)}).")
        )
    try:
        if clean_text(issues, "email", email, limit=LIMITS["users.email"]) is not None:
            email = normalize_email(email.strip()).lower()
    except ValueError as exc:
        issues.append(FieldIssue("email", "email_invalid", str(exc)))
    try:
        role = Role(role)
    except ValueError:
        issues.append(FieldIssue("role", "role_unknown", f"Unknown role {role!r}."))
    if issues:
        raise ValidationError(issues)
    return name, email, Role(role)


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def create(self, name: str, email: str, role: Role | str = Role.REP) -> UserRecord:
        name, email, role = _clean(name, email, role)
        with transaction(self.ctx.db) as s:
            if user_by_email(s, email) is not None:
                raise ValidationError(
                    [FieldIssue("email", "taken", f"{email} already belongs to a user.")]
                )
            u = User(name=name, email=email, role=role, active=True)
            s.add(u)
            s.flush()
            return user_record(u)

    def add(self, name: str, email: str, role: Role | str = Role.REP) -> Result[UserRecord]:
        """``create``, saying what changed (for the screens that list people)."""
        return Result(self.create(name, email, role), USERS_CHANGED)

    @retried
    def update(
        self,
        user_id: uuid.UUID,
        *,
        name: str,
        email: str,
        role: Role | str,
        expected_version: int | None,
    ) -> Result[UserRecord]:
        name, email, role = _clean(name, email, role)
        with transaction(self.ctx.db) as s:
            u = s.get(User, user_id, with_for_update=True)
            if u is None:
                raise missing("User", user_id)
            check_version("User", user_id, expected_version, u.version, label=u.name)
            other = user_by_email(s, email)
            if other is not None and other.id != user_id:
                raise ValidationError(
                    [FieldIssue("email", "taken", f"{email} already belongs to {other.name}.")]
                )
            if u.role is Role.OWNER and role is not Role.OWNER and u.active:
                _keep_an_owner(s, user_id)
            u.name, u.email, u.role = name, email, role
            s.flush()
            return Result(user_record(u), USERS_CHANGED)

    @retried
    def set_active(
        self, user_id: uuid.UUID, active: bool, *, expected_version: int | None = None
    ) -> Result[UserRecord]:
        """Deactivate (no longer offered as an owner, their leads stay theirs until
        handed over) or bring back a user."""
        with transaction(self.ctx.db) as s:
            u = s.get(User, user_id, with_for_update=True)
            if u is None:
                raise missing("User", user_id)
            check_version("User", user_id, expected_version, u.version, label=u.name)
            if not active and u.active and u.role is Role.OWNER:
                _keep_an_owner(s, user_id)
            u.active = active
            s.flush()
            return Result(user_record(u), USERS_CHANGED)

    def by_email(self, email: str) -> UserRecord:
        with transaction(self.ctx.db, write=False) as s:
            u = user_by_email(s, normalize_email(email.strip()).lower())
            if u is None:
                raise RuleViolation(
                    f"There is no user {email}.", code="no_such_user", params={"email": email}
                )
            return user_record(u)

    def list(self, *, active_only: bool = True) -> list[UserRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [user_record(u) for u in all_users(s, active_only=active_only)]


def _keep_an_owner(s: Session, leaving: uuid.UUID) -> None:
    """A database always keeps one active owner: they set the rules and add people."""
    if not [o for o in active_owners(s) if o.id != leaving]:
        raise RuleViolation(
            "This is the last active owner; make someone else an owner first.", code="last_owner"
        )
