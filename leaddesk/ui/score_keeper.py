"""Scores kept true while the app is open: a background step, off the GUI thread, that
rescores the leads whose kept score is out of date (rules changed, or fading due; see
services.scoring), and once a week retrains the conversion model (the one in use stays
unless the new one passes its check). It runs soon after start and then every few
minutes; what it changed reaches the open screens through the change dispatcher.

Nothing runs at night: a laptop that was closed catches up at its next start, and on
a shared server the open apps share the work (each takes leads the others do not hold).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.changes import ChangeDispatcher
from leaddesk.ui.worker import BackgroundJob, Cancelled, Progress

FIRST_MS = 20_000  # after the first screens have loaded
EVERY_MS = 10 * 60_000


class ScoreKeeper(QObject):
    done = Signal(object)  # Changes of one catch-up (for tests and the status bar)

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        dispatcher: ChangeDispatcher,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._dispatcher = workspace, dispatcher
        self.job: BackgroundJob[Changes] = BackgroundJob(self)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(lambda _exc: None)  # a lost connection: next time
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        QTimer.singleShot(FIRST_MS, self, self.run_now)
        self.timer.start()

    def run_now(self) -> bool:
        """One catch-up unless one is running; False when none was started."""
        try:
            ws = self._ws()
        except LeadDeskError:
            return False
        return self.job.start(lambda progress, cancelled: _catch_up(ws, progress, cancelled))

    def _finished(self, changes: object) -> None:
        if isinstance(changes, Changes):
            self._dispatcher.publish(changes)
            self.done.emit(changes)

    def stop(self) -> None:
        self.timer.stop()
        self.job.stop()


def _catch_up(ws: Workspace, progress: Progress, cancelled: Cancelled) -> Changes:
    changes = ws.scoring.rescore_all(progress, cancelled)
    if not cancelled() and ws.conversion.retrain_due(ws.ctx.clock()):
        try:
            if ws.conversion.train(cancelled=cancelled) is not None:
                changes |= Changes(reference=True)  # every open lead's probability is new
        except LeadDeskError:
            pass  # too little history yet, or no better model: the page says why
    return changes
