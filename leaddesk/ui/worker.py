"""Long work off the GUI thread: behind a progress dialog that can cancel it, or in the
background with no dialog while the window stays usable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


class Stopped(Exception):
    """Raised inside a job when the user cancelled it."""


class _Job(QObject, Generic[T]):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress, Cancelled], T], stop: threading.Event) -> None:
        super().__init__()
        self._work, self._stop = work, stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except BaseException as exc:  # handed to the GUI thread, which re-raises it
            self.failed.emit(exc)
        else:
            self.done.emit(result)


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[Progress, Cancelled], T]
) -> T | None:
    """Run ``work(progress, cancelled)`` in a thread; None if the user cancelled.

    ``work`` reports with ``progress(done, total)`` and should stop (raising
    Stopped) once ``cancelled()`` is true. Its exceptions are re-raised here.
    """
    stop = threading.Event()
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job: _Job[T] = _Job(work, stop)
    thread = QThread()
    job.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finished(result: object) -> None:
        outcome.setdefault("result", result)
        loop.quit()

    def failed(error: object) -> None:
        outcome.setdefault("error", error)
        loop.quit()

    job.progressed.connect(progressed)
    job.done.connect(finished)
    job.failed.connect(failed)
    dialog.canceled.connect(stop.set)
    thread.started.connect(job.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, Stopped) or (stop.is_set() and "result" not in outcome):
        return None
    if error is not None:
        raise error
    return outcome.get("result")


class BackgroundJob(QObject, Generic[T]):
    """One piece of work at a time off the GUI thread with no dialog at all, for work
    the window must stay usable through (a rescore of every lead, a preview worked out
    while the owner keeps editing): progress and the outcome arrive as signals.

    ``finished`` carries the work's result, or None when it stopped by raising
    Stopped; ``failed`` the exception it raised. Call ``stop()`` before the owner goes
    away: a running QThread must not be destroyed.
    """

    progressed = Signal(int, int)  # (done, total)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job[T] | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[Progress, Cancelled], T]) -> bool:
        """Run ``work(progress, cancelled)``; False (nothing started) if one is running."""
        if self._thread is not None:
            return False
        self._stop = threading.Event()  # a new one: a late cancel of the last run stays there
        thread = QThread()
        job: _Job[T] = _Job(work, self._stop)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progressed.connect(self.progressed)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._thread, self._job = thread, job
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask the running work to stop at its next check (it finishes as it can)."""
        self._stop.set()

    def stop(self) -> None:
        """Cancel and wait for the work in hand (its outcome is dropped)."""
        self.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread, self._job = None, None

    def _finish(self) -> bool:
        thread, self._thread, self._job = self._thread, None, None
        if thread is None:  # stopped meanwhile: nobody waits for the outcome
            return False
        thread.quit()
        thread.wait()
        return True

    def _done(self, result: object) -> None:
        if self._finish():
            self.finished.emit(result)

    def _failed(self, error: object) -> None:
        if self._finish():
            if isinstance(error, Stopped):
                self.finished.emit(None)
            else:
                self.failed.emit(error)
