"""Working out the figures off the GUI thread: the screen stays usable, and when the
filters change again meanwhile only the latest request is worked out next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from leaddesk.domain.insights import Bucket, InsightFilter, Period
from leaddesk.errors import LeadDeskError
from leaddesk.services.insight_records import InsightsReport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text


@dataclass(frozen=True)
class Request:
    period: Period
    filter: InsightFilter
    bucket: Bucket
    zone: dt.tzinfo


class _Signals(QObject):
    done = Signal(object)  # InsightsReport
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, workspace: Workspace, request: Request) -> None:
        super().__init__()
        self.signals = _Signals()
        self._ws, self._request = workspace, request

    def run(self) -> None:
        r = self._request
        try:
            report = self._ws.insights.report(r.period, r.filter, bucket=r.bucket, zone=r.zone)
        except LeadDeskError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # shown, not lost in a thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(report)


class Refresher(QObject):
    """One request worked out at a time on a pool of its own (which, going away with
    the screen, waits for the one in hand)."""

    started = Signal()
    finished = Signal(object)  # InsightsReport
    failed = Signal(str)

    def __init__(self, workspace: Callable[[], Workspace], parent: QObject | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self._pending: Request | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self, request: Request) -> None:
        if self.busy:
            self._pending = request  # only the latest is worth working out
            return
        self.started.emit()
        self._start(request)

    def _start(self, request: Request) -> None:
        job = _Job(self._ws(), request)
        job.setAutoDelete(False)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._pool.start(job)

    def _next(self) -> bool:
        self._job = None
        pending, self._pending = self._pending, None
        if pending is None:
            return False
        self._start(pending)
        return True

    def _done(self, report: InsightsReport) -> None:
        if not self._next():
            self.finished.emit(report)

    def _failed(self, message: str) -> None:
        if not self._next():
            self.failed.emit(message)

    def stop(self) -> None:
        """Nothing more is started; the request in hand is finished."""
        self._pending = None
        self._pool.waitForDone()
