"""Long work off the GUI thread, behind a progress dialog that can cancel it."""

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
