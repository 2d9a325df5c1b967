"""File ▸ Import…: four steps (file, columns, preview, import) over one WizardState;
what the import changed goes out through the main window's dispatcher."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.imports.file_page import FilePage
from leaddesk.ui.imports.mapping_page import MappingPage
from leaddesk.ui.imports.preview_page import PreviewPage
from leaddesk.ui.imports.run_page import RunPage
from leaddesk.ui.imports.state import WizardState

FILE, MAPPING, PREVIEW, RUN = range(4)


class ImportWizard(QWizard):
    dataShown = Signal()  # the step in front has what it works out (for --screenshot)

    def __init__(
        self,
        workspace: Workspace,
        publish: Callable[[Changes], None],
        user: Callable[[], uuid.UUID | None] = lambda: None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import leads"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(960, 640)
        self.state = WizardState()
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state, workspace)
        self.preview_page = PreviewPage(self.state, workspace)
        self.run_page = RunPage(
            self.state,
            workspace,
            publish,
            user,
            lambda: self.preview_page.report.rows if self.preview_page.report else 0,
        )
        for i, page in enumerate(
            (self.file_page, self.mapping_page, self.preview_page, self.run_page)
        ):
            self.setPage(i, page)
            page.completeChanged.connect(self._complete_changed)
        if path is not None:
            self.file_page.set_file(path)

    def data_shown(self) -> bool:
        page = self.currentPage()
        return page is None or page.isComplete()

    def _complete_changed(self) -> None:
        if self.data_shown():
            self.dataShown.emit()

    def stop(self) -> None:
        """Whatever runs in the background stops at its next chunk (closing mid-import
        keeps the whole chunks saved, as Cancel does)."""
        self.preview_page.stop()
        self.run_page.stop()

    def reject(self) -> None:
        self.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)


def open_wizard(
    workspace: Workspace,
    publish: Callable[[Changes], None],
    user: Callable[[], uuid.UUID | None],
    parent: QWidget | None,
    path: Path | None = None,
) -> ImportWizard:
    wizard = ImportWizard(workspace, publish, user, path, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
