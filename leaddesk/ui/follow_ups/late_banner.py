"""The Follow-ups screen's line about new leads past their first-contact target:
each named as a link that opens the lead, the longest overdue first."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from leaddesk.ui.formatting import isolated
from leaddesk.ui.pool.sweeper import Late

SHOWN = 5  # leads named; the rest counted


class LateBanner(QLabel):
    openLead = Signal(object)  # lead id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lateFirstContacts")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel { background: #FDECEC; color: #8A1F1F; border-radius: 4px; padding: 6px; }"
        )
        self.linkActivated.connect(self._open)
        self.leads: list[Late] = []
        self.hide()

    def show_late(self, late: Sequence[Late]) -> None:
        self.leads = list(late)
        if not late:
            self.hide()
            return
        links = [
            f'<a href="lead:{r.lead_id}">{html.escape(isolated(r.label))}</a>' for r in late[:SHOWN]
        ]
        more = " " + self.tr("and %Ln more", "", len(late) - SHOWN) if len(late) > SHOWN else ""
        self.setText(
            html.escape(self.tr("%Ln new lead(s) past the first-contact target:", "", len(late)))
            + " "
            + ", ".join(links)
            + html.escape(more)
        )
        self.show()

    def _open(self, link: str) -> None:
        if link.startswith("lead:"):
            self.openLead.emit(uuid.UUID(link[5:]))
