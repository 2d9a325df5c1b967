"""Noticing what other processes wrote, so open screens show it without a reload: a
web form's lead appears on the boards that are open.

A poll of two indexed maxima (cheap on every backend) until team mode's change feed
replaces it. The marks are the database's own values, never this machine's clock, so a
capture service on a server with another time loses nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from leaddesk.domain.stages import Stage
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import watch as q
from leaddesk.store.session import transaction


@dataclass(frozen=True)
class WatchMark:
    leads: dt.datetime | None
    events: dt.datetime | None


class WatchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def mark(self) -> WatchMark:
        """Where the database is now: what ``since`` compares with next time."""
        with transaction(self.ctx.db, write=False) as s:
            return WatchMark(*q.marks(s))

    def since(self, mark: WatchMark) -> tuple[WatchMark, Changes]:
        """What was written after ``mark``, and the mark to ask with next."""
        with transaction(self.ctx.db, write=False) as s:
            now = WatchMark(*q.marks(s))
            if now == mark:
                return mark, Changes()
            leads: set[uuid.UUID] = set()
            stages: set[Stage] = set()
            timelines: set[uuid.UUID] = set()
            if now.leads is not None and now.leads != mark.leads:
                if mark.leads is None:
                    stages.update(Stage)
                else:
                    for lead_id, stage, _at in q.leads_after(s, mark.leads):
                        leads.add(lead_id)
                        stages.add(stage)
            if mark.events is not None and now.events != mark.events:
                timelines.update(lead_id for lead_id, _at in q.events_after(s, mark.events))
        changed = Changes.of_leads(leads | timelines)
        if stages:
            changed |= Changes(stages=frozenset(stages))
        return now, changed
