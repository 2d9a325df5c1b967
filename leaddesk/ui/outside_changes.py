"""What other processes write (the web-form capture service, a colleague on the shared
server) reaches the open screens through the change dispatcher, like a local change.

Polls ``WatchService`` every few seconds while the window is up: two indexed maxima,
a millisecond on SQLite. A database that cannot be reached is skipped quietly and
asked again next time; the screens' own refusals say what is wrong when used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from leaddesk.errors import LeadDeskError
from leaddesk.services.watch import WatchMark
from leaddesk.services.workspace import Workspace
from leaddesk.ui.changes import ChangeDispatcher

POLL_MS = 3000


class OutsideChanges(QObject):
    def __init__(
        self,
        workspace: Callable[[], Workspace],
        dispatcher: ChangeDispatcher,
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._ws, self._dispatcher = workspace, dispatcher
        self._mark: WatchMark | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.restart()
        self.timer.start()

    def restart(self) -> None:
        """From now on (another database was opened, or the screens reloaded)."""
        try:
            self._mark = self._ws().watch.mark()
        except LeadDeskError:
            self._mark = None

    def poll(self) -> None:
        if self._mark is None:
            self.restart()
            return
        try:
            self._mark, changes = self._ws().watch.since(self._mark)
        except LeadDeskError:
            return
        self._dispatcher.publish(changes)
