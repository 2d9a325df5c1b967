"""Desktop reminders: while LeadDesk runs, a tray message when a follow-up falls due."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import AgendaItem
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, time_text

CHECK_MS = 30_000


class FollowUpNotifier(QObject):
    """Every half minute, announces the follow-ups that fell due since the last look.

    On the first look it sums up what is already overdue in one message, so a
    morning start does not bring a flood of them.
    """

    notified = Signal(list)  # list[AgendaItem] just announced
    summed_up = Signal(int)  # overdue follow-ups at start

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        me: Callable[[], uuid.UUID | None],
        tray: QSystemTrayIcon,
        *,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace, self._me, self.tray, self._clock = workspace, me, tray, clock
        self._since: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def restart(self) -> None:
        """Another database or another user: look afresh."""
        self._since = None
        self.check()

    def check(self) -> list[AgendaItem]:
        now = self._clock()
        ws, me = self._workspace(), self._me()
        try:
            if self._since is None:
                overdue = ws.follow_ups.overdue(now=now, assignee_id=me)
                self._since = now
                self._sum_up(overdue)
                return []
            items = ws.follow_ups.falling_due(self._since, now, assignee_id=me)
        except LeadDeskError:
            return []  # the database is away; the next look tries again
        self._since = now
        if items:
            self._announce(items)
        return items

    def _sum_up(self, overdue: int) -> None:
        if not overdue:
            return
        self.tray.showMessage(
            self.tr("LeadDesk"),
            self.tr("%Ln follow-up(s) overdue.", "", overdue),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )
        self.summed_up.emit(overdue)

    def _announce(self, items: list[AgendaItem]) -> None:
        lines = [
            self.tr("%1 – %2, %3")
            .replace("%1", isolated(i.follow_up.title))
            .replace("%2", isolated(i.lead_name))
            .replace(
                "%3",
                time_text(i.follow_up.due_at.astimezone()),
            )
            for i in items[:3]
        ]
        if len(items) > 3:
            lines.append(self.tr("and %Ln more", "", len(items) - 3))
        title = self.tr("%Ln follow-up(s) due", "", len(items))
        self.tray.showMessage(
            title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information, 15_000
        )
        self.notified.emit(items)
