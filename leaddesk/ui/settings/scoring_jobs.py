"""The rules screen's work in the background: counting what edited rules would change
(a moment after the last edit, a count still going cancelled when the owner edits
again, since only the latest rules are worth counting), and the rescore of every lead
after a save (again from the start if the rules are saved once more meanwhile)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from leaddesk.domain.scoring import ScoreRule, Thresholds
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.scoring import Preview
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.worker import BackgroundJob

PREVIEW_DELAY_MS = 400  # after the last edit: typing a number is not five counts
Request = Callable[[], tuple[Workspace, Sequence[ScoreRule], Thresholds]]


def _failure(error: object) -> str:
    return error_text(error) if isinstance(error, LeadDeskError) else str(error)


class PreviewCounter(QObject):
    started = Signal()
    shown = Signal(object)  # Preview of the latest rules asked about
    failed = Signal(str)

    def __init__(self, request: Request, parent: QObject | None = None) -> None:
        """``request``: the workspace, rules and thresholds to count, as edited now."""
        super().__init__(parent)
        self._request = request
        self.job: BackgroundJob[Preview | None] = BackgroundJob(self)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self._run)
        self._again = False

    def schedule(self) -> None:
        self.job.cancel()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._again = False
        self.job.stop()

    def _run(self) -> None:
        if self.job.running:
            self._again = True  # once the cancelled one has stopped
            return
        ws, rules, thresholds = self._request()
        self.started.emit()
        self.job.start(lambda p, c: ws.scoring.preview(rules, thresholds, p, c))

    def _done(self, result: object) -> None:
        if self._again:
            self._again = False
            self._run()
        elif isinstance(result, Preview):
            self.shown.emit(result)

    def _failed(self, error: object) -> None:
        self._again = False
        self.failed.emit(_failure(error))


class Rescorer(QObject):
    progressed = Signal(int, int)  # (done, total)
    finished = Signal(object)  # Changes of the whole rescore, when it ends
    failed = Signal(str)
    part_done = Signal(object)  # Changes of a run that was started over

    def __init__(self, workspace: Callable[[], Workspace], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.job: BackgroundJob[Changes] = BackgroundJob(self)
        self.job.progressed.connect(self.progressed)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self._again = False

    @property
    def running(self) -> bool:
        return self.job.running

    def start(self) -> None:
        if self.job.running:
            self._again = True
            self.job.cancel()
            return
        ws = self._ws()
        self.job.start(lambda p, c: ws.scoring.rescore_all(p, c))

    def stop(self) -> None:
        self._again = False
        self.job.stop()

    def _done(self, result: object) -> None:
        changes = result if isinstance(result, Changes) else Changes()
        if self._again:
            self._again = False
            self.part_done.emit(changes)
            self.start()
        else:
            self.finished.emit(changes)

    def _failed(self, error: object) -> None:
        self._again = False
        self.failed.emit(_failure(error))
