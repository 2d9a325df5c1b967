"""The leads behind a bar or funnel step, in the leads table's columns."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableView, QVBoxLayout, QWidget

from leaddesk.domain.lead_table import COLUMNS, Column
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import LeadRow
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.lead_table_model import BLOCK, LeadTableModel

SHOWN = (Column.NUMBER, Column.NAME, Column.COMPANY, Column.STAGE, Column.OWNER, Column.SOURCE,
         Column.DEAL_VALUE, Column.CREATED)  # fmt: skip


class LeadsBehindDialog(QDialog):
    openLead = Signal(object)

    def __init__(
        self, ws: Workspace, ids: list[uuid.UUID], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadsBehind")
        self.setWindowTitle(title)
        self.resize(900, 520)
        self.ws, self.ids = ws, ids
        self.count = QLabel(self.tr("%Ln lead(s)", "", len(ids)))
        self.count.setObjectName("leadsBehindCount")
        self.model = LeadTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("leadsBehindTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._open)
        for i, column in enumerate(COLUMNS):
            self.view.setColumnHidden(i, column not in SHOWN)
        lay = QVBoxLayout(self)
        lay.addWidget(self.count)
        lay.addWidget(self.view, 1)
        self.model.reset(len(ids), self._fetch(0, BLOCK), self._fetch)

    def _fetch(self, offset: int, limit: int) -> list[LeadRow]:
        try:
            return [
                r for rows in self.ws.table.rows(self.ids[offset : offset + limit]) for r in rows
            ]
        except LeadDeskError as exc:
            self.count.setText(error_text(exc))
            return []

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.openLead.emit(row.id)
