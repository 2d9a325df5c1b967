"""The Duplicates screen: scan the whole database for leads that are likely one person,
see why each group was found, and merge a group into one lead."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.duplicates import DEFAULT_NAME_THRESHOLD
from leaddesk.errors import LeadDeskError
from leaddesk.services.duplicates import DuplicateGroup
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.duplicates.merge_dialog import MergeDialog
from leaddesk.ui.duplicates.model import GROUP_ROLE, LEAD_ID_ROLE, GroupsModel
from leaddesk.ui.formatting import number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.worker import Progress, run_with_progress

EXPANDED = 300  # the first groups are shown open; the rest open on a click
WIDEST = 190  # pixels: the widest a column starts (the user may widen it)


class DuplicatesScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal(object)  # Changes written here (merges)
    dataShown = Signal()  # a scan's groups are in the list (for --screenshot)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        me: Callable[[], uuid.UUID | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesScreen")
        self.ws, self._settings, self._me = workspace, settings, me
        self._scanned = False
        self._screenshot = False
        self.threshold = QSpinBox()
        self.threshold.setObjectName("nameThreshold")
        self.threshold.setRange(50, 100)
        saved = settings.value("duplicates/threshold", DEFAULT_NAME_THRESHOLD)
        self.threshold.setValue(int(str(saved)) if str(saved).isdigit() else DEFAULT_NAME_THRESHOLD)
        self.threshold.setToolTip(
            self.tr(
                "How alike two names at the same company must be (100: the same words) "
                "to count as one person. Same email, phone or record id always counts."
            )
        )
        self.scan_button = QPushButton(self.tr("Scan"))
        self.scan_button.setObjectName("scanButton")
        self.scan_button.clicked.connect(self.scan)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergeGroupButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.summary = QLabel(self.tr("Scan to find leads entered more than once."))
        self.summary.setObjectName("duplicatesSummary")
        self.message = error_banner("duplicatesMessage")

        self.model = GroupsModel(self.ws.duplicates.leads, self)
        self.view = QTreeView()
        self.view.setObjectName("duplicateGroups")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.doubleClicked.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._span_groups)
        self.model.rowsRemoved.connect(self._rows_removed)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Similar names from score:")))
        bar.addWidget(self.threshold)
        bar.addWidget(self.scan_button)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.merge_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.view, 1)

    # scanning -------------------------------------------------------------------
    def scan(self) -> None:
        """Look through every live lead, off the GUI thread, with progress and cancel."""
        threshold = self.threshold.value()
        self._settings.setValue("duplicates/threshold", threshold)
        self.message.hide()

        def work(progress: Progress, cancelled: Callable[[], bool]) -> list[DuplicateGroup]:
            return self.ws.duplicates.scan(
                threshold=threshold, progress=progress, cancelled=cancelled
            )

        try:
            groups = run_with_progress(self, self.tr("Looking for duplicates…"), work)
        except LeadDeskError as exc:
            self._show_error(exc)
            return
        if groups is None:
            self.summary.setText(self.tr("The scan was cancelled."))
            return
        self.model.set_groups(groups, self.ws.duplicates.leads)
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)  # measured on the first rows only
            # a long email address would push stage, owner and date out of sight
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), WIDEST))
        self._count_groups()
        if not self._screenshot:
            self._scanned = True
            self.dataShown.emit()

    def data_shown(self) -> bool:
        return self._scanned or not self._screenshot

    def scan_for_screenshot(self) -> None:
        """--screenshot: scan now and show the first group selected."""
        self._screenshot = True
        QTimer.singleShot(0, self._scan_and_select)

    def _scan_and_select(self) -> None:
        self.scan()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._scanned = True
        self.dataShown.emit()

    def _count_groups(self) -> None:
        n = self.model.rowCount()
        self.summary.setText(
            self.tr("%1 groups of likely duplicates, the surest first.").replace("%1", number(n))
            if n
            else self.tr("No likely duplicates found.")
        )

    def _span_groups(self) -> None:
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
            if row < EXPANDED:
                self.view.expand(self.model.index(row, 0))

    def _rows_removed(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if not parent.isValid():
            self._span_groups()  # spans are kept by row number, which just shifted
            self._count_groups()

    # acting on a group ------------------------------------------------------------
    def _group_row(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.parent().row() if index.parent().isValid() else index.row()

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self._group_row() is not None)

    def _menu(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Merge…"), self.merge_selected)
        lead_id = index.data(LEAD_ID_ROLE)
        if lead_id is not None:
            menu.addAction(self.tr("Open lead"), lambda: self.openLead.emit(lead_id))
        menu.popup(self.view.viewport().mapToGlobal(at))

    def _open(self, index: QModelIndex) -> None:
        lead_id = index.data(LEAD_ID_ROLE)
        if lead_id is not None:
            self.openLead.emit(lead_id)

    def merge_selected(self) -> MergeDialog | None:
        """The merge dialog for the selected group (None if it cannot be merged now)."""
        row = self._group_row()
        if row is None:
            return None
        group: DuplicateGroup = self.model.index(row, 0).data(GROUP_ROLE)
        try:
            plan = self.ws.merges.plan(group.lead_ids)
        except LeadDeskError as exc:
            self._show_error(exc)
            self.model.leads_changed(group.lead_ids)  # gone or changed: read again
            return None
        dialog = MergeDialog(self.ws, plan, self._me(), self)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, changes: Changes) -> None:
        self.model.leads_changed(changes.leads)
        self.changed.emit(changes)

    def _show_error(self, exc: LeadDeskError) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    # keeping up -------------------------------------------------------------------
    def note_changes(self, changes: Changes) -> None:
        """Leads merged, deleted or edited anywhere: their groups are read again."""
        if changes.leads and self.model.rowCount():
            try:
                self.model.leads_changed(changes.leads)
            except LeadDeskError as exc:
                self._show_error(exc)

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.model.set_groups([], workspace.duplicates.leads)
        self._scanned = False
        self.summary.setText(self.tr("Scan to find leads entered more than once."))
