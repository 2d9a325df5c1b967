"""The daily backup while the app runs: checked at start and every hour, taken in a
thread of its own so the window never waits for the copy."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from leaddesk.services.workspace import Workspace

HOUR_MS = 60 * 60 * 1000


class DailyBackup(QObject):
    taken = Signal(object)  # BackupRecord, or None when none was needed
    failed = Signal(str)

    def __init__(self, workspace: Callable[[], Workspace], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._busy = threading.Lock()
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.wait()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def check(self) -> None:
        """Take today's backup in the background, unless one is being taken."""
        ws = self._ws()
        if not ws.backups.available or not self._busy.acquire(blocking=False):
            return

        def work() -> None:
            try:
                self.taken.emit(ws.backups.take_daily())
            except Exception as exc:  # a full disk must not end the app
                self.failed.emit(str(exc))
            finally:
                self._busy.release()

        self._thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self._thread.start()
