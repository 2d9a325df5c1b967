"""Work off the GUI thread that a wizard page shows in its own progress bar (rather
than ui/worker.py's modal dialog): the page stays usable, says what is going on, and
its Cancel asks the work to stop at the next whole chunk."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(float)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work, self._stop = work, stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except BaseException as exc:  # handed to the GUI thread
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class BackgroundJob(QObject):
    """``work(progress, cancelled)`` in a thread; ``progressed`` (0..1), then ``done``
    with the result or ``failed`` with the exception, in the GUI thread."""

    progressed = Signal(float)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._runner = _Runner(work, self._stop)
        self._thread = QThread()
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.done.connect(self._finished)
        self._runner.failed.connect(self._broke)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def wait(self) -> None:
        """Until the thread has ended (a dialog closing while the work runs)."""
        self._thread.quit()
        self._thread.wait()

    def _finished(self, result: object) -> None:
        self._end()
        self.done.emit(result)

    def _broke(self, error: object) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
