"""Driving the import wizard in tests: the main window, the wizard on a file, its
steps waited on, and the answer to a question box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.imports.wizard import MAPPING, PREVIEW, RUN, ImportWizard
from leaddesk.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def window(qtbot, ws: Workspace, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def wizard_on(qtbot, w: MainWindow, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = w.importer.open_wizard(path)
    qtbot.waitExposed(wizard)
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    return wizard


def to_mapping(wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentId() == MAPPING


def to_preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    if wizard.currentId() != MAPPING:
        to_mapping(wizard)
    wizard.next()
    assert wizard.currentId() == PREVIEW
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=60_000)


def run(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    assert wizard.currentId() == RUN
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=120_000)


def answer(button_text: str) -> QTimer:
    """Click ``button_text`` in the next question box (its exec() runs its own loop)."""
    timer = QTimer()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for b in box.buttons():
                if b.text() == button_text:
                    timer.stop()
                    b.click()
                    return

    timer.timeout.connect(click)
    timer.start(20)
    return timer
