"""Likely duplicates across the whole database, by the same rules as import."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from leaddesk.domain.duplicates import DEFAULT_NAME_THRESHOLD, Contact, duplicate_groups
from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.context import ServiceContext
from leaddesk.store import imports as q
from leaddesk.store import leads as lq
from leaddesk.store import merges as mq
from leaddesk.store.session import transaction

READ_STEP = 5_000  # leads read between two progress reports (and cancel checks)


class ScanStopped(LeadDeskError):
    """The user cancelled a scan: nothing was found, nothing was written."""

    code = "scan_stopped"


@dataclass(frozen=True)
class DuplicateGroup:
    lead_ids: tuple[uuid.UUID, ...]
    rules: frozenset[str]  # "email", "phone", "external_id", "name_company"
    score: int


@dataclass(frozen=True)
class DuplicateLead:
    """What the Duplicates screen lists of one lead of a group."""

    id: uuid.UUID
    number: str
    name: str
    company: str | None
    email: str | None
    phone: str | None
    stage: Stage
    owner_name: str | None
    created_at: dt.datetime
    version: int


class DuplicateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def scan(
        self,
        *,
        threshold: int = DEFAULT_NAME_THRESHOLD,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[DuplicateGroup]:
        """Every group of likely duplicates among the live leads, strongest first.

        ``progress(done, total)`` hears how far the reading got (the comparing that
        follows is one step); once ``cancelled()`` is true the scan stops, raising
        ScanStopped.
        """
        with transaction(self.ctx.db, write=False) as s:
            total = lq.count_leads(s) if progress else 0
            contacts: list[Contact] = []
            for contact in q.known_contacts(s):
                contacts.append(contact)
                if len(contacts) % READ_STEP == 0:
                    if cancelled is not None and cancelled():
                        raise ScanStopped("The scan for duplicates was cancelled.")
                    if progress:
                        progress(len(contacts), total + 1)
        if cancelled is not None and cancelled():
            raise ScanStopped("The scan for duplicates was cancelled.")
        if progress:
            progress(len(contacts), len(contacts) + 1)
        groups = [
            DuplicateGroup(g.ids, g.rules, g.score)
            for g in duplicate_groups(contacts, threshold=threshold)
        ]
        if progress:
            progress(len(contacts) + 1, len(contacts) + 1)
        return groups

    def leads(self, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, DuplicateLead]:
        """The live leads among ``lead_ids``, as the Duplicates screen lists them (one
        query for many groups' leads at once)."""
        with transaction(self.ctx.db, write=False) as s:
            found = mq.lead_summaries(s, lead_ids)
        return {i: DuplicateLead(id=i, **row) for i, row in found.items()}
