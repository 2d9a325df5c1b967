"""File ▸ Import history… (undo an import, save its rejected rows) and Edit ▸ Undo
import (the latest import not undone yet), both after a confirmation naming the file
and what it did; what the undo changed goes out through the dispatcher."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, number
from leaddesk.ui.imports.history_model import FILE, HistoryModel
from leaddesk.ui.imports.rejects_csv import write_rejects
from leaddesk.ui.names.errors import error_text


def confirm_undo(parent: QWidget, batch: dict[str, Any]) -> bool:
    text = (
        QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? Its %2 new leads go to the deleted leads, and the %3 "
            "leads it updated get their fields back where nobody changed them since.",
        )
        .replace("%1", isolated(batch["file"]))
        .replace("%2", number(int(batch["created"])))
        .replace("%3", number(int(batch["updated"])))
    )
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
"ImportHistory", "Undo import"), text,
                      QMessageBox.StandardButton.Cancel, parent)  # fmt: skip
    box.setObjectName("confirmUndoImport")
    undo = box.addButton(
        QCoreApplication.translate("ImportHistory", "Undo import"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.exec()
    return box.clickedButton() is undo


def undo_batch(
    parent: QWidget, workspace: Workspace, batch: dict[str, Any], publish: Callable[[Changes], None]
) -> bool:
    if not confirm_undo(parent, batch):
        return False
    try:
        changes = workspace.imports.undo(batch["id"])
    except LeadDeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportHistory", "Undo import"), error_text(exc)
        )
        return False
    publish(changes)
    return True


def latest_undoable(workspace: Workspace) -> dict[str, Any] | None:
    return next((b for b in workspace.imports.history() if b["undone_at"] is None), None)


def undo_latest(parent: QWidget, workspace: Workspace, publish: Callable[[Changes], None]) -> bool:
    """Edit ▸ Undo import."""
    batch = latest_undoable(workspace)
    if batch is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportHistory", "Undo import"),
            QCoreApplication.translate("ImportHistory", "There is no import to undo."),
        )
        return False
    return undo_batch(parent, workspace, batch, publish)


class HistoryDialog(QDialog):
    def __init__(
        self, workspace: Workspace, publish: Callable[[Changes], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.resize(900, 420)
        self.workspace, self.publish = workspace, publish
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setObjectName("importHistoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        self.rejects_button = QPushButton(self.tr("Save rejected rows…"))
        self.rejects_button.setObjectName("historyRejects")
        self.rejects_button.clicked.connect(self.choose_rejects_file)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rejects_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.load()

    def load(self) -> None:
        names = {u.id: u.name for u in self.workspace.users.list(active_only=False)}
        self.model.show(self.workspace.imports.history(), names)
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.select(0)
        self._enable()

    def select(self, row: int) -> None:
        # through the selection model: QTableView.selectRow selects nothing in a
        # right-to-left table that is not laid out yet
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
            | QItemSelectionModel.SelectionFlag.Current
        )
        self.table.selectionModel().select(self.model.index(row, 0), flags)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _enable(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch["undone_at"] is None)
        self.rejects_button.setEnabled(batch is not None and int(batch["rejected"]) > 0)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is not None and undo_batch(self, self.workspace, batch, self.publish):
            self.load()

    def choose_rejects_file(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        name = Path(batch["file"]).stem + "-rejected.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), name, self.tr("CSV files (*.csv)")
        )
        if path:
            self.write_rejects(batch, Path(path))

    def write_rejects(self, batch: dict[str, Any], target: Path) -> int:
        """The row numbers and reasons (the file itself may be gone by now)."""
        try:
            return write_rejects(target, self.workspace.imports.rejects(batch["id"]))
        except (OSError, LeadDeskError) as exc:
            text = error_text(exc) if isinstance(exc, LeadDeskError) else str(exc)
            QMessageBox.warning(self, self.tr("Save rejected rows"), text)
            return 0
