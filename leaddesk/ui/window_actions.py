"""The main window's menus (File, Edit, Help): the registry's entries and what they do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from leaddesk import __version__
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import ActionSpec

if TYPE_CHECKING:
    from leaddesk.ui.main_window import MainWindow


class DatabaseChooser(QObject):
    """File ▸ New, Open and Connect: the user picks a database, the window switches to it."""

    def __init__(self, window: QWidget, open_workspace: Callable[[str], Workspace]) -> None:
        super().__init__(window)
        self._window = window
        self.open = open_workspace

    def new_file(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("New database"),
            "leaddesk.sqlite",
            self.tr("LeadDesk databases (*.sqlite)"),
        )
        return f"sqlite:///{path}" if path else None

    def existing_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open database"), "", self.tr("LeadDesk databases (*.sqlite)")
        )
        return f"sqlite:///{path}" if path else None

    def server(self) -> str | None:
        url, ok = QInputDialog.getText(
            self._window,
            self.tr("Connect to server"),
            self.tr("Server address, e.g. postgresql://maria@crm.example.com/leaddesk"),
        )
        return url.strip() if ok and url.strip() else None

    def about(self, title: str) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About LeadDesk"),
            self.tr("LeadDesk %1\nLead management for small sales teams.\n\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", title),
        )


def _switch(window: MainWindow, url: str | None) -> None:
    if url:
        window.switch_database(url)


WINDOW_ACTIONS: tuple[ActionSpec[MainWindow], ...] = (
    ActionSpec(
        "file.new_lead",
        "file",
        lambda: QCoreApplication.translate("Menu", "New &lead…"),
        lambda w: w.new_lead(),
        (QKeySequence.StandardKey.New,),
    ),
    ActionSpec(
        "file.import",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Import…"),
        lambda w: w.importer.open_wizard(),
        ("Ctrl+Shift+I",),
    ),
    ActionSpec(
        "file.import_history",
        "file",
        lambda: QCoreApplication.translate("Menu", "Import &history…"),
        lambda w: w.importer.open_history(),
    ),
    ActionSpec(
        "file.new",
        "file",
        lambda: QCoreApplication.translate("Menu", "&New database…"),
        lambda w: _switch(w, w.database.new_file()),
        ("Ctrl+Shift+N",),
    ),
    ActionSpec(
        "file.open",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Open database file…"),
        lambda w: _switch(w, w.database.existing_file()),
        (QKeySequence.StandardKey.Open,),
    ),
    ActionSpec(
        "file.connect",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Connect to server…"),
        lambda w: _switch(w, w.database.server()),
    ),
    ActionSpec(
        "file.restore",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Restore backup…"),
        lambda w: w.restore_backup(),
    ),
    ActionSpec(
        "file.quit",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Quit"),
        lambda w: w.close(),
        (QKeySequence.StandardKey.Quit,),
    ),
    ActionSpec(
        "edit.undo",
        "edit",
        lambda: QCoreApplication.translate("Menu", "&Undo"),
        lambda w: w.undo(),
        (QKeySequence.StandardKey.Undo,),
        bind=lambda w, a: w.bind_undo(a, redo=False),
    ),
    ActionSpec(
        "edit.redo",
        "edit",
        lambda: QCoreApplication.translate("Menu", "&Redo"),
        lambda w: w.redo(),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        bind=lambda w, a: w.bind_undo(a, redo=True),
    ),
    ActionSpec(
        "edit.undo_import",
        "edit",
        lambda: QCoreApplication.translate("Menu", "Undo &import…"),
        lambda w: w.importer.undo_latest(),
    ),
    ActionSpec(
        "edit.find",
        "edit",
        lambda: QCoreApplication.translate("Menu", "&Find"),
        lambda w: w.focus_search(),
        (QKeySequence.StandardKey.Find,),
    ),
    ActionSpec(
        "help.about",
        "help",
        lambda: QCoreApplication.translate("Menu", "&About LeadDesk"),
        lambda w: w.database.about(w.workspace.title),
    ),
)
