"""Settings ▸ Sources: the owner's list of where leads come from, in the order every
list offers them. LeadDesk's own sources are named by the app in each language, so
only the team's own can be renamed; a source is retired, never deleted (leads keep it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.sources import SourceRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.settings.source_targets import SourceTargetsDialog, target_text
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
RETIRED = QColor("#95A5A6")


class SourcesModel(RecordTableModel[SourceRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Source"),
                self.tr("Whose"),
                self.tr("Leads"),
                self.tr("State"),
                self.tr("First contact within"),
                self.tr("Claim lasts"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            whose = self.tr("LeadDesk's") if r.builtin else self.tr("The team's")
            state = self.tr("Retired") if r.retired else self.tr("In use")
            claim = self.tr("%1 h").replace("%1", number(r.claim_hours)) if r.claim_hours else ""
            return (source_label(r.key, r.name), whose, number(r.leads), state,
                    target_text(r.response_minutes), claim)[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and r.retired:
            return RETIRED
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None


class SourcesPanel(QWidget):
    changed = Signal(object)  # Changes: the list of sources changed here

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self._ws = workspace
        self.model = SourcesModel(self)
        self.table = record_table(self.model, "sourcesTable", stretch=0)
        self.table.activated.connect(lambda _i: self.rename_selected())
        self.add_button = push_button(self.tr("Add a source…"), "addSource", self.add_source)
        self.rename_button = push_button(self.tr("Rename…"), "renameSource", self.rename_selected)
        self.retire_button = push_button(self.tr("Retire"), "retireSource", self.toggle_selected)
        self.targets_button = push_button(
            self.tr("Targets…"), "sourceTargets", self.edit_targets_of_selected
        )
        self.up_button = push_button(self.tr("Move up"), "sourceUp", lambda: self.move_selected(-1))
        self.down_button = push_button(
            self.tr("Move down"), "sourceDown", lambda: self.move_selected(1)
        )
        self.message = error_banner("sourcesMessage")
        note = QLabel(
            self.tr(
                "Every list of sources follows this order. A retired source is no longer "
                "offered for new leads; leads that came from it keep it, and Insights still "
                "counts them. LeadDesk's own sources are named in each language by the app."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.rename_button,
            self.retire_button,
            self.targets_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """The lead counts as they stand now (leads change without touching the list)."""
        super().showEvent(event)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        chosen = self.selected()
        key = keep if keep is not None else (chosen.key if chosen is not None else None)
        try:
            sources = self._ws().sources.all()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.model.reset(sources)
        for row, source in enumerate(sources):
            if source.key == key:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> SourceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        source = self.selected()
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        self.rename_button.setEnabled(source is not None and not source.builtin)
        self.rename_button.setToolTip(
            self.tr("LeadDesk's own sources are named by the app in each language.")
            if source is not None and source.builtin
            else ""
        )
        self.retire_button.setEnabled(source is not None)
        self.targets_button.setEnabled(source is not None)
        self.retire_button.setText(
            self.tr("Restore") if source is not None and source.retired else self.tr("Retire")
        )
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _run(self, work: Callable[[], Changes], keep: str | None = None) -> bool:
        """One service call; its refusal shown above the list, its Changes sent on."""
        try:
            changes = work()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            self.reload()
            return False
        self.message.hide()
        self.reload(keep)
        self.changed.emit(changes)
        return True

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(
            self, title, self.tr("Name of the source"), QLineEdit.EchoMode.Normal, text
        )
        return name if ok else None

    def add_source(self, name: str | None = None) -> None:
        name = name if name is not None else self._ask_name(self.tr("Add a source"))
        if name is None:
            return
        added: list[str] = []

        def work() -> Changes:
            record, changes = self._ws().sources.add(name)
            added.append(record.key)
            return changes

        self._run(work)
        if added:
            self.reload(added[0])

    def rename_selected(self, name: str | None = None) -> None:
        source = self.selected()
        if source is None or source.builtin:
            return
        name = name if name is not None else self._ask_name(self.tr("Rename"), source.name)
        if name is not None:
            self._run(lambda: self._ws().sources.rename(source.key, name), source.key)

    def toggle_selected(self) -> None:
        source = self.selected()
        if source is not None:
            self._run(lambda: self._ws().sources.retire(source.key, not source.retired), source.key)

    def edit_targets_of_selected(self, values: tuple[int | None, int | None] | None = None) -> None:
        """The source's first-contact target and claim window (``values``: as if typed
        in the dialog, for tests and scripts)."""
        source = self.selected()
        if source is None:
            return
        if values is None:
            dialog = SourceTargetsDialog(source, self)
            if dialog.exec() != SourceTargetsDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        minutes, hours = values
        self._run(
            lambda: self._ws().sources.set_targets(
                source.key, response_minutes=minutes, claim_hours=hours
            ),
            source.key,
        )

    def move_selected(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        keys = [self.model.record(i).key for i in range(self.model.rowCount())]
        other = row + step
        if not 0 <= other < len(keys):
            return
        keys[row], keys[other] = keys[other], keys[row]
        self._run(lambda: self._ws().sources.reorder(keys), keys[other])
