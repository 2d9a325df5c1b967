"""The team: who can own leads."""

from __future__ import annotations

from leaddesk.domain.leads import Role
from leaddesk.domain.validation import normalize_email
from leaddesk.errors import FieldIssue, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.services.convert import user_record
from leaddesk.services.records import UserRecord
from leaddesk.store.models import User
from leaddesk.store.session import transaction
from leaddesk.store.users import all_users, user_by_email


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, name: str, email: str, role: Role | str = Role.REP) -> UserRecord:
        issues = []
        if not name.strip():
            issues.append(FieldIssue("name", "required", "A user needs a name."))
        try:
            email = normalize_email(email.strip())
        except ValueError as exc:
            issues.append(FieldIssue("email", "email_invalid", str(exc)))
        try:
            role = Role(role)
        except ValueError:
            issues.append(FieldIssue("role", "role_unknown", f"Unknown role {role!r}."))
        if issues:
            raise ValidationError(issues)
        with transaction(self.ctx.db) as s:
            if user_by_email(s, email) is not None:
                raise ValidationError(
                    [FieldIssue("email", "taken", f"{email} already belongs to a user.")]
                )
            u = User(name=name.strip(), email=email, role=Role(role), active=True)
            s.add(u)
            s.flush()
            return user_record(u)

    def list(self, *, active_only: bool = True) -> list[UserRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [user_record(u) for u in all_users(s, active_only=active_only)]
