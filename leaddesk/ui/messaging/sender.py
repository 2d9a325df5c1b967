"""Sending queued email off the GUI thread, one message at a time, stoppable."""

from __future__ import annotations

import threading
import uuid

from PySide6.QtCore import QObject, QThread, Signal, Slot

from leaddesk.errors import LeadDeskError
from leaddesk.services.message_records import SendOutcome, SendReport
from leaddesk.services.smtp import SmtpAccount, SmtpTransport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text


class _Job(QObject):
    progressed = Signal(object)  # SendOutcome
    done = Signal(object)  # SendReport
    failed = Signal(str)

    def __init__(
        self, ws: Workspace, account: SmtpAccount, batch_id: uuid.UUID | None, stop: threading.Event
    ) -> None:
        super().__init__()
        self.ws, self.account, self.batch_id, self.stop = ws, account, batch_id, stop

    @Slot()
    def run(self) -> None:
        try:
            with SmtpTransport(self.account) as transport:
                report = self.ws.outbox.send_all(
                    transport,
                    batch_id=self.batch_id,
                    progress=self.progressed.emit,
                    cancelled=self.stop.is_set,
                )
        except LeadDeskError as exc:  # the database failed us; nothing is lost
            self.failed.emit(error_text(exc))
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(report)


class OutboxSender(QObject):
    """Owns the sending thread; at most one runs at a time."""

    progressed = Signal(object)  # SendOutcome, as each message is done
    finished = Signal(object)  # SendReport when sending stopped (queue empty, stop, failure)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._stop = threading.Event()
        self.sent_this_run = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(
        self, ws: Workspace, account: SmtpAccount, *, batch_id: uuid.UUID | None = None
    ) -> bool:
        if self._thread is not None:
            return False
        self._stop.clear()
        self.sent_this_run = 0
        thread = QThread(self)
        job = _Job(ws, account, batch_id, self._stop)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progressed.connect(self._progressed)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._thread, self._job = thread, job
        thread.start()
        self.running_changed.emit(True)
        return True

    def stop(self) -> None:
        """Finish the message in hand, then stop (the rest stay queued)."""
        self._stop.set()

    def wait(self, ms: int = 30_000) -> bool:
        thread = self._thread
        return True if thread is None else thread.wait(ms)

    def _progressed(self, outcome: SendOutcome) -> None:
        self.sent_this_run += 1
        self.progressed.emit(outcome)

    def _finish(self) -> None:
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.running_changed.emit(False)

    def _done(self, report: SendReport) -> None:
        self._finish()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
