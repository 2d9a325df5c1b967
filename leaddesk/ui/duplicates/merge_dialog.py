"""Merge a group of duplicates: which lead to keep, and field by field which value it
keeps. Everything else of the others (timeline, follow-ups, files, messages, tags,
products) goes to the kept lead; the merge can be undone from its timeline."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.merge_plan import MergePlan
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.duplicates.merge_model import MergeTableModel
from leaddesk.ui.formatting import isolated
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.banner import error_banner


class MergeDialog(QDialog):
    merged = Signal(object)  # Changes of the merge

    def __init__(
        self,
        workspace: Workspace,
        plan: MergePlan,
        me: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.ws, self.plan, self.me = workspace, plan, me
        self.changes = Changes()
        intro = QLabel(
            self.tr(
                "Choose the lead to keep and, in each row, the value it keeps (click a "
                "cell). Tinted rows differ. The other leads' timeline, follow-ups, files "
                "and messages move to the kept lead, and the other leads are removed; "
                "the kept lead's timeline can undo the merge."
            )
        )
        intro.setWordWrap(True)
        self.kept = QComboBox()
        self.kept.setObjectName("keptLead")
        for lead in plan.leads:
            self.kept.addItem(f"{lead.number} {isolated(lead.name)}", lead.id)
        # by place: findData does not compare ids held as Python objects
        self.kept.setCurrentIndex(plan.column(plan.kept_id))
        self.kept.currentIndexChanged.connect(self._kept_changed)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep:")))
        keep_row.addWidget(self.kept, 1)
        self.model = MergeTableModel(plan, self)
        self.table = QTableView()
        self.table.setObjectName("mergeTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._clicked)
        self.message = error_banner("mergeMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(keep_row)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.resize(300 + 260 * len(plan.leads), 640)

    def _kept_changed(self, row: int) -> None:
        if 0 <= row < len(self.plan.leads):
            self.model.set_kept(self.plan.leads[row].id)

    def _clicked(self, index: QModelIndex) -> None:
        self.model.choose(index)

    def merge(self) -> None:
        """Merge as chosen; a refusal (a lead changed meanwhile…) stays in the dialog."""
        kept_id: uuid.UUID = self.model.kept_id
        others = [lead.id for lead in self.plan.leads if lead.id != kept_id]
        try:
            result = self.ws.merges.merge(
                kept_id,
                others,
                dict(self.model.choices),
                user_id=self.me,
                expected_versions=self.plan.versions,
            )
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.changes = result.changes
        self.merged.emit(result.changes)
        self.accept()
