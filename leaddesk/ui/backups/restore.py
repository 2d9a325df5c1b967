"""File ▸ Restore backup…: the database's backups (when, why, how large), and putting
the chosen one back. The state being replaced is backed up first, so a restore can be
undone by restoring that one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.backups import BackupRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import datetime_text, number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.record_table_model import RecordTableModel
from leaddesk.ui.worker import run_with_progress

Index = QModelIndex | QPersistentModelIndex


class BackupsModel(RecordTableModel[BackupRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Taken"), self.tr("Why"), self.tr("Size")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            size = self.tr("%1 KB").replace("%1", number(max(1, round(b.size / 1024))))
            return (datetime_text(b.taken_at), self._why(b.reason), size)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        return None

    def _why(self, reason: str) -> str:
        labels = {
            "import": self.tr("Before an import"),
            "daily": self.tr("Daily"),
            "before_restore": self.tr("Before a restore"),
        }
        return labels.get(reason, reason)


class RestoreDialog(QDialog):
    """Lists the backups; ``restored`` is True once one was put back."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(560, 380)
        self.ws = workspace
        self.restored = False
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "Restoring replaces everything in the database with the backup's content. "
                "What it holds now is backed up first, so you can go back to it."
            )
        )
        note.setWordWrap(True)
        self.problem = error_banner("restoreProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.ask_and_restore)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.model.reset(workspace.backups.listing())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> BackupRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def ask_and_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        sure = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr("Replace everything in the database with the backup taken %1?").replace(
                "%1", datetime_text(chosen.taken_at)
            ),
        )
        if sure == QMessageBox.StandardButton.Yes:
            self.restore(chosen)

    def restore(self, chosen: BackupRecord) -> bool:
        """Put ``chosen`` back (in a thread); the refusal stays in the dialog."""
        ws = self.ws
        try:
            ws.backups.check(chosen.path)  # at once: a damaged file is said before anything
            done = run_with_progress(
                self, self.tr("Restoring…"), lambda _p, _c: ws.backups.restore(chosen.path)
            )
        except LeadDeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return False
        if done is None:
            return False
        self.restored = True
        self.accept()
        return True
