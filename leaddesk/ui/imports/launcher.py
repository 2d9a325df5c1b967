"""How the user reaches imports from the main window: File ▸ Import… and Import
history…, Edit ▸ Undo import, and a lead file dropped on the window (an event filter,
so the main window only installs it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.imports.history import HistoryDialog, undo_latest
from leaddesk.ui.imports.state import SUFFIXES
from leaddesk.ui.imports.wizard import ImportWizard, open_wizard


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local lead file (.csv .tsv .txt .xlsx .vcf) being dragged, if it is one."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None


class ImportLauncher(QObject):
    def __init__(
        self,
        window: QWidget,
        workspace: Callable[[], Workspace],
        publish: Callable[[Changes], None],
        user: Callable[[], uuid.UUID | None],
    ) -> None:
        super().__init__(window)
        self._window, self._workspace, self._publish, self._user = (
            window, workspace, publish, user,
        )  # fmt: skip
        self.wizard: ImportWizard | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def open_wizard(self, path: Path | None = None) -> ImportWizard:
        self.wizard = open_wizard(self._workspace(), self._publish, self._user, self._window, path)
        return self.wizard

    def open_history(self) -> HistoryDialog:
        dialog = HistoryDialog(self._workspace(), self._publish, self._window)
        dialog.open()
        return dialog

    def undo_latest(self) -> bool:
        return undo_latest(self._window, self._workspace(), self._publish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and isinstance(event, QDragEnterEvent | QDropEvent):
            path = dropped_file(event)
            if path is None:
                return False
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self.open_wizard(path)
            return True
        return super().eventFilter(watched, event)
