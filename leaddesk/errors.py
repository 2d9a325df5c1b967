"""Errors a user may see, shared by every layer.

Each carries a ``code`` and ``params`` the UI turns into the user's language
(``leaddesk/ui/names/errors.py``), and an English ``message`` that names what went
wrong and where, for logs and the command line. Records are named as people know them
(a lead by its number and name, ``params["label"]``), never by a database id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass


class LeadDeskError(Exception):
    code = "error"

    def __init__(
        self, message: str, *, code: str | None = None, params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code  # this refusal's own code; the class's says only its kind
        self.params: dict[str, object] = dict(params or {})


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
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.entity_id = entity_id
        self.expected = expected
        self.actual = actual


class DatabaseUnavailable(LeadDeskError):
    """The database server could not be reached or refused us."""

    code = "db_unavailable"


class DatabaseBusy(LeadDeskError):
    """Other people's work held what this change needed: a deadlock or serialization
    failure that retries did not get past, or SQLite's write lock held past the wait."""

    code = "db_busy"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.retryable = retryable  # the whole transaction may simply be run again


class NotPermitted(LeadDeskError):
    """The database login may not make this change (a read-only role, later a team role)."""

    code = "not_permitted"


class PasswordRefused(DatabaseUnavailable):
    """The server wants a password for this login, or another one than was given."""

    code = "password_refused"


class DatabaseReadOnly(DatabaseUnavailable):
    """A SQLite file, or its folder, this user may not write to: refused when opening,
    before a migration, the switch to WAL or the outbox's first write could fail on it
    half-way."""

    code = "db_file_read_only"


class SchemaTooNew(LeadDeskError):
    """The database was upgraded by a newer LeadDesk; we refuse to touch it."""

    code = "schema_too_new"


class CredentialsNeeded(LeadDeskError):
    """A server needs a password that is neither in the keyring nor given."""

    code = "credentials_needed"

    def __init__(self, message: str, *, url_without_password: str) -> None:
        super().__init__(message)
        self.url_without_password = url_without_password
