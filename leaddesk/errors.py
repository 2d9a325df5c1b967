"""Errors a user may see, shared by every layer.

Each carries a ``code`` the UI can translate and an English ``message`` that
names what went wrong and where, for logs and the command line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


class LeadDeskError(Exception):
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldIssue:
    field: str
    code: str
    message: str
    # dataclasses.field by its full name: in this class body "field" is the attribute above
    params: dict[str, object] = dataclasses.field(default_factory=dict)


class ValidationError(LeadDeskError):
    """Input refused before anything was written."""

    code = "validation"

    def __init__(self, issues: list[FieldIssue]) -> None:
        self.issues = issues
        super().__init__("; ".join(f"{i.field}: {i.message}" for i in issues))

    def fields(self) -> set[str]:
        return {i.field for i in self.issues}


class RuleViolation(LeadDeskError):
    """A request the pipeline's rules do not allow (e.g. Disqualified without a reason)."""

    code = "rule"


class NotFound(LeadDeskError):
    code = "not_found"


class ConflictError(LeadDeskError):
    """Somebody else saved the row first; nothing was overwritten."""

    code = "conflict"

    def __init__(
        self,
        message: str,
        *,
        entity_id: object = None,
        expected: int | None = None,
        actual: int | None = None,
    ) -> None:
        super().__init__(message)
        self.entity_id = entity_id
        self.expected = expected
        self.actual = actual


class DatabaseUnavailable(LeadDeskError):
    """The database server could not be reached or refused us."""

    code = "db_unavailable"


class PasswordRefused(DatabaseUnavailable):
    """The server wants a password for this login, or another one than was given."""

    code = "password_refused"


class SchemaTooNew(LeadDeskError):
    """The database was upgraded by a newer LeadDesk; we refuse to touch it."""

    code = "schema_too_new"


class CredentialsNeeded(LeadDeskError):
    """A server needs a password that is neither in the keyring nor given."""

    code = "credentials_needed"

    def __init__(self, message: str, *, url_without_password: str) -> None:
        super().__init__(message)
        self.url_without_password = url_without_password
