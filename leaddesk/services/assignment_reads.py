"""Why a lead is where it is: its latest assignment's explanation, read when a card's
tooltip asks (hovering one card, not loading every card's timeline with the board)."""

from __future__ import annotations

import uuid
from typing import Any

from leaddesk.services.context import ServiceContext
from leaddesk.store import distribution as dq
from leaddesk.store.session import transaction


class AssignmentReads:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def why(self, lead_id: uuid.UUID) -> dict[str, Any] | None:
        """The latest assignment's decision as its timeline entry keeps it (plain data;
        ui.names.assignment says it), or None when nothing ever assigned the lead."""
        with transaction(self.ctx.db, write=False) as s:
            return dq.last_why(s, lead_id)
