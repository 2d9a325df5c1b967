"""The owner's list of sources: LeadDesk's defaults and the team's own.

A source is never deleted: leads keep the source they came from, so a source the team
no longer uses is retired (off the choices, still named on old leads and in Insights).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from leaddesk.domain.leads import source_key
from leaddesk.domain.response_targets import MAX_TARGET_MINUTES
from leaddesk.errors import ConflictError, FieldIssue, NotFound, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import reference as q
from leaddesk.store.models import LeadSource
from leaddesk.store.session import transaction

MAX_NAME = 80
MAX_CLAIM_HOURS = 24 * 14
REFERENCE = Changes(reference=True)


@dataclass(frozen=True)
class SourceRecord:
    key: str
    name: str  # as the owner typed it; LeadDesk's defaults are named by the app
    builtin: bool
    retired: bool
    leads: int  # live leads from this source
    response_minutes: int | None = None  # the first-contact target of its new leads
    claim_hours: int | None = None  # how long a claim of its leads lasts uncontacted


def _clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise ValidationError([FieldIssue("name", "required", "a source needs a name.")])
    if len(text) > MAX_NAME:
        raise ValidationError(
            [FieldIssue("name", "too_long", f"at most {MAX_NAME} characters.", {"max": MAX_NAME})]
        )
    return text


class SourceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def all(self) -> list[SourceRecord]:
        """Every source in the owner's order, retired ones too."""
        with transaction(self.ctx.db, write=False) as s:
            counts = q.source_counts(s)
            return [
                SourceRecord(
                    r.key,
                    r.name,
                    r.builtin,
                    r.retired_at is not None,
                    counts.get(r.key, 0),
                    r.response_minutes,
                    r.claim_hours,
                )
                for r in q.sources(s)
            ]

    def add(self, name: str) -> tuple[SourceRecord, Changes]:
        """A new source at the end of the list; a retired one of the same name comes
        back instead of a second one."""
        text = _clean_name(name)
        key = source_key(text)
        if not key:
            raise ValidationError([FieldIssue("name", "required", "a source needs a name.")])
        with transaction(self.ctx.db) as s:
            row = q.source(s, key)
            if row is not None and row.retired_at is None:
                raise ConflictError(
                    f"name: there is a source {row.name!r} already.",
                    code="source_exists",
                    params={"name": row.name},
                )
            if row is None:
                row = LeadSource(
                    key=key, name=text, builtin=False, position=q.next_source_position(s)
                )
                s.add(row)
            else:
                row.retired_at = None
                if not row.builtin:
                    row.name = text
            s.flush()
            return SourceRecord(row.key, row.name, row.builtin, False, 0), REFERENCE

    def rename(self, key: str, name: str) -> Changes:
        text = _clean_name(name)
        with transaction(self.ctx.db) as s:
            row = self._row(s, key)
            if row.builtin:
                raise RuleViolation(
                    "LeadDesk's own sources are named in each language by the app.",
                    code="builtin_source",
                )
            row.name = text
        return REFERENCE

    def set_targets(
        self, key: str, *, response_minutes: int | None, claim_hours: int | None
    ) -> Changes:
        """The first-contact target of the source's new leads (working minutes) and
        how long a claim of its leads lasts without a contact (None: no target, the
        default window)."""
        issues = []
        if response_minutes is not None and not 1 <= response_minutes <= MAX_TARGET_MINUTES:
            text = "a first-contact target is 1 minute to a week."
            issues.append(FieldIssue("response_minutes", "source_response", text))
        if claim_hours is not None and not 1 <= claim_hours <= MAX_CLAIM_HOURS:
            text = f"a claim lasts 1 to {MAX_CLAIM_HOURS} hours."
            issues.append(FieldIssue("claim_hours", "source_claim", text))
        if issues:
            raise ValidationError(issues)
        with transaction(self.ctx.db) as s:
            row = self._row(s, key)
            row.response_minutes, row.claim_hours = response_minutes, claim_hours
        return REFERENCE

    def retire(self, key: str, retired: bool = True) -> Changes:
        """Off the choices (``retired``) or back on them; leads keep it either way."""
        with transaction(self.ctx.db) as s:
            row = self._row(s, key)
            row.retired_at = self.ctx.clock() if retired else None
        return REFERENCE

    def reorder(self, keys: list[str]) -> Changes:
        """The sources in this order; ones not named keep their places after them."""
        with transaction(self.ctx.db) as s:
            rows = q.sources(s)
            rank = {k: i for i, k in enumerate(keys)}
            rows.sort(key=lambda r: (rank.get(r.key, len(rank)), r.position))
            for i, row in enumerate(rows):
                if row.position != i:
                    row.position = i
        return REFERENCE

    @staticmethod
    def _row(s: Session, key: str) -> LeadSource:
        row = q.source(s, key)
        if row is None:
            raise NotFound(f"source: there is no source {key!r}.", code="no_such_source")
        return row
