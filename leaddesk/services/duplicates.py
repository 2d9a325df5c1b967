"""Likely duplicates across the whole database, by the same rules as import."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from leaddesk.domain.duplicates import DEFAULT_NAME_THRESHOLD, duplicate_groups
from leaddesk.services.context import ServiceContext
from leaddesk.store import imports as q
from leaddesk.store.session import transaction


@dataclass(frozen=True)
class DuplicateGroup:
    lead_ids: tuple[uuid.UUID, ...]
    rules: frozenset[str]  # "email", "phone", "external_id", "name_company"
    score: int


class DuplicateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def scan(self, *, threshold: int = DEFAULT_NAME_THRESHOLD) -> list[DuplicateGroup]:
        """Every group of likely duplicates among the live leads, strongest first."""
        with transaction(self.ctx.db, write=False) as s:
            contacts = list(q.known_contacts(s))
        return [
            DuplicateGroup(g.ids, g.rules, g.score)
            for g in duplicate_groups(contacts, threshold=threshold)
        ]
