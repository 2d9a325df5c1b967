"""The Leads screen as the user sees it: the filter bar, bulk-action buttons, the table
with its remembered columns, the right-click menu and the CSV export. What it does
lives in ``LeadsController``."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.lead_table import COLUMNS, DEFAULT_HIDDEN, Column, TableScope, TableSort
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.board import FilterChoices
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import (
    LeadMenuContext,
    channel_items,
    fill_lead_menu,
    lead_menu,
    stage_items,
    user_items,
)
from leaddesk.ui.changes import DeferredChanges
from leaddesk.ui.leads.controller import LeadsController
from leaddesk.ui.leads.export import export_csv
from leaddesk.ui.names.stages import stage_label
from leaddesk.ui.widgets.banner import error_banner, write_failed
from leaddesk.ui.widgets.buttons import menu_button, push_button
from leaddesk.ui.widgets.filter_bar import FilterBar, ViewStore
from leaddesk.ui.widgets.lead_columns import column_title
from leaddesk.ui.widgets.lead_dialogs import FollowUpDialog, MoveQuestions
from leaddesk.ui.widgets.lead_table_model import LeadTableModel
from leaddesk.ui.worker import run_with_progress

HEADER_KEY = "leads/header"
DEBOUNCE_MS = 150


class LeadsScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal(object)  # Changes written here
    sendMessage = Signal(list, object)  # lead ids, Channel: a templated message asked for

    def __init__(
        self,
        workspace: Workspace,
        views: ViewStore,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadsScreen")
        self._settings = settings
        self._questions = MoveQuestions(self)
        self._choices: FilterChoices | None = None
        self.controller = LeadsController(workspace, self, self)
        self.controller.failed.connect(self.show_error)
        self.controller.loaded.connect(self._update_tools)
        self.controller.changed.connect(self.changed)
        self._changes = DeferredChanges(self, self._apply_changes)

        self.filters = FilterBar(views)
        self.filters.sort_label.hide()
        self.filters.sort.hide()
        self.stage_scope = QComboBox()
        self.stage_scope.setObjectName("stageScope")
        self.stage_scope.addItem(self.tr("All stages"), None)
        for stage in STAGE_ORDER:
            self.stage_scope.addItem(stage_label(stage), stage.value)
        self.count = QLabel()
        self.count.setObjectName("leadCount")
        self.open_button = push_button(self.tr("Open"), "openLead", self.open_selected)
        self.assign_button = menu_button(self.tr("Assign"), "bulkAssign")
        self.move_button = menu_button(self.tr("Move to"), "bulkMove")
        self.tag_button = menu_button(self.tr("Tags"), "bulkTags")
        self.tag_button.menu().addAction(self.tr("Add a tag…"), lambda: self.ask_tag(add=True))
        self.tag_button.menu().addAction(self.tr("Remove a tag…"), lambda: self.ask_tag(add=False))
        self.delete_button = push_button(self.tr("Delete"), "bulkDelete", self.delete_selected)
        self.send_button = menu_button(self.tr("Send template"), "bulkSend")
        every = LeadMenuContext(2, None, ())
        fill_lead_menu(self.move_button.menu(), self, every, stage_items(every))
        fill_lead_menu(self.send_button.menu(), self, every, channel_items(every))
        for menu, prefix in (
            (self.move_button.menu(), "bulkMove_"),
            (self.send_button.menu(), "bulkSend_"),
        ):
            for action in menu.actions():  # the names the tool row always had
                action.setObjectName(prefix + action.objectName().split("_", 1)[1])
        self.export_button = menu_button(self.tr("Export CSV"), "exportCsv")
        self.export_button.menu().addAction(
            self.tr("Selected leads…"), lambda: self.export(selection=True)
        ).setObjectName("exportSelection")
        self.export_button.menu().addAction(
            self.tr("Filtered list…"), lambda: self.export(selection=False)
        ).setObjectName("exportFiltered")
        self.columns_button = menu_button(self.tr("Columns"), "columnChooser")
        self.columns_button.menu().aboutToShow.connect(self._fill_column_menu)

        tools = QHBoxLayout()
        tools.setContentsMargins(8, 0, 8, 0)
        tools.addWidget(self.stage_scope)
        tools.addWidget(self.count)
        tools.addStretch(1)
        for w in (
            self.open_button,
            self.assign_button,
            self.move_button,
            self.tag_button,
            self.send_button,
            self.delete_button,
            self.export_button,
            self.columns_button,
        ):
            tools.addWidget(w)

        self.table = QTableView()
        self.table.setObjectName("leadsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._restore_header()
        self.table.setSortingEnabled(True)
        header.sectionMoved.connect(self._save_header)
        header.sectionResized.connect(self._save_header_later)
        header.sortIndicatorChanged.connect(self._save_header)
        self.message = error_banner("leadsMessage")
        self.info = QLabel()
        self.info.setObjectName("leadsInfo")
        self.info.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filters)
        lay.addLayout(tools)
        lay.addWidget(self.message)
        lay.addWidget(self.info)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self._header_timer = QTimer(self, singleShot=True, interval=500)
        self._header_timer.timeout.connect(self._save_header)
        self.filters.changed.connect(self._debounce.start)
        self.stage_scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_tools())
        # after setSortingEnabled, which asks the model to sort once
        self.model.sort_requested = self._sort_by
        # the table and its lists are read when first shown, not at start
        self._stale = self._choices_stale = True

    # what the controller asks of the view -------------------------------------------------
    def query(self) -> TableQuery:
        flt, _sort = self.filters.current()
        stage = self.stage_scope.currentData()
        scope = TableScope(frozenset({Stage(stage)}) if stage else frozenset())
        return TableQuery(filter=flt, scope=scope, sort=self.controller.sort, me=self.me)

    def rows_in_view(self) -> tuple[int, int]:
        top = max(0, self.table.rowAt(0))
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        return top, max(top, bottom if bottom >= 0 else self.model.rowCount() - 1)

    # the screen's state, for the main window and tests ----------------------------------
    @property
    def ws(self) -> Workspace:
        return self.controller.ws

    @property
    def me(self) -> uuid.UUID | None:
        return self.controller.me

    @property
    def model(self) -> LeadTableModel:
        return self.controller.model

    @property
    def undo_stack(self) -> QUndoStack:
        return self.controller.undo_stack

    @property
    def sort(self) -> TableSort:
        return self.controller.sort

    def fill_choices(self) -> None:
        try:
            self._choices = self.ws.board.filter_choices()
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._choices_stale = False
        self.filters.set_choices(self._choices)
        menu = self.assign_button.menu()
        menu.clear()
        ctx = LeadMenuContext(2, None, self._choices.users)
        fill_lead_menu(menu, self, ctx, user_items(ctx))
        menu.addSeparator()
        menu.addAction(self.tr("Release to pool"), lambda: self.assign_selected(None))

    def set_workspace(self, workspace: Workspace) -> None:
        self.controller.set_workspace(workspace)
        self._choices_stale = True
        self._reload_when_shown()

    def set_user(self, me: uuid.UUID | None) -> None:
        self.controller.me = me
        self._reload_when_shown()

    def _reload_when_shown(self) -> None:
        self._changes.forget()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def note_changes(self, changes: Changes) -> None:
        """Anything written anywhere: the rows catch up now, or when next shown."""
        self._changes.note(changes)

    def _apply_changes(self, changes: Changes) -> None:
        if self._stale:
            return  # read afresh when shown anyway
        self.controller.apply_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._choices_stale:
            self.fill_choices()
        if self._stale:
            self._changes.forget()
            self.reload()
        else:
            self._changes.apply_now()

    def reload(self) -> None:
        self.message.hide()
        self.controller.reload()
        self._stale = False

    def _sort_by(self, column: Column, descending: bool) -> None:
        if self.controller.sort_by(column, descending):
            self.table.scrollToTop()

    def _update_tools(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        text = self.tr("%n lead(s)", "", self.model.total)
        if selected:
            text = self.tr("%1 · %2 selected").replace("%1", text).replace("%2", f"{selected:n}")
        self.count.setText(text)
        for w in (
            self.assign_button,
            self.move_button,
            self.tag_button,
            self.send_button,
            self.delete_button,
        ):
            w.setEnabled(bool(selected))
        self.open_button.setEnabled(selected == 1)
        self.export_button.menu().actions()[0].setEnabled(bool(selected))

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(exc if isinstance(exc, str) else exc.message)
        self.message.show()

    # columns ------------------------------------------------------------------------
    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self._settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and header.restoreState(state):
            section = header.sortIndicatorSection()
            if 0 <= section < len(COLUMNS):
                self.controller.sort = TableSort(
                    COLUMNS[section], header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                )
            return
        for column, width in ((Column.NUMBER, 90), (Column.NAME, 200), (Column.EMAIL, 220)):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        for column in DEFAULT_HIDDEN:
            header.hideSection(COLUMNS.index(column))
        header.setSortIndicator(COLUMNS.index(Column.NUMBER), Qt.SortOrder.DescendingOrder)

    def _save_header(self) -> None:
        self._settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _save_header_later(self) -> None:
        self._header_timer.start()

    def visible_columns(self) -> list[Column]:
        """In the order the user arranged them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i] for i in logical if not header.isSectionHidden(i)]

    def set_column_visible(self, column: Column, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and len(self.visible_columns()) == 1:
            return  # the last column stays
        header.setSectionHidden(COLUMNS.index(column), not visible)
        self._save_header()

    def _fill_column_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.columns_button.menu()
        menu.clear()
        header = self.table.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(column_title(column))
            action.setObjectName(f"column_{column.value}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # selection ----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected leads; all of the filtered list when every row is selected."""
        rows = self.selected_rows()
        shown = self.controller.shown
        if rows and len(rows) == self.model.total and shown is not None:
            return self.ws.table.ids(shown)
        return [row.id for r in rows if (row := self.model.row(r)) is not None]

    def _open_row(self, r: int) -> None:
        row = self.model.row(r)
        if row is not None:
            self.openLead.emit(row.id)

    # the bulk actions and the right-click menu (LeadActionTarget) -----------------------
    def context_menu(self) -> QMenu:
        users = self._choices.users if self._choices else ()
        rows = self.selected_rows()
        stages = {row.stage for r in rows if (row := self.model.row(r)) is not None}
        ctx = LeadMenuContext(len(rows), stages.pop() if len(stages) == 1 else None, users)
        return lead_menu(self, self, ctx)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._open_row(rows[0])

    def assign_selected(self, owner: uuid.UUID | None) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.assign(ids, owner)

    def move_selected(self, stage: Stage) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        single = self.model.row(self.selected_rows()[0]) if len(ids) == 1 else None
        win = (
            (single.name, single.deal_value, single.currency or self.ws.ctx.currency)
            if single is not None
            else None
        )
        answers = self._questions.ask(self, stage, len(ids), win)
        if answers is not None:
            self.controller.move(ids, stage, answers)

    def schedule_selected(self) -> None:
        rows = self.selected_rows()
        row = self.model.row(rows[0]) if len(rows) == 1 else None
        if row is None:
            return
        ask = FollowUpDialog(row.name, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        due, title, notes = ask.due_at(), ask.title.text(), ask.notes.toPlainText() or None
        me = self.me
        self.controller.write(
            lambda ws: (
                ws.follow_ups.schedule(row.id, due, title, notes_before=notes, user_id=me).changes
            )
        )

    def send_selected(self, channel: Channel) -> None:
        ids = self.selected_ids()
        if ids:
            self.sendMessage.emit(ids, channel)

    def ask_tag(self, *, add: bool) -> None:
        title = self.tr("Add a tag") if add else self.tr("Remove a tag")
        tags = list(self.ws.board.filter_choices().tags)
        name, ok = QInputDialog.getItem(self, title, self.tr("Tag:"), tags, 0, True)
        if ok and name.strip():
            self.retag_selected(name.strip(), add=add)

    def retag_selected(self, tag: str, *, add: bool) -> None:
        ids = self.selected_ids()
        if ids and self.controller.retag(ids, tag, add=add):
            self.fill_choices()

    def delete_selected(self, *, confirm: bool = True) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if confirm and len(ids) > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Delete leads"),
                self.tr("Delete %n lead(s)? You can undo this.", "", len(ids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        # plural forms come only from self.tr: lupdate reads no count in translate()
        self.controller.delete(ids, self.tr("Delete %n lead(s)", "", len(ids)))
        self.table.clearSelection()
        self.info.setText(
            self.tr("%n lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.", "", len(ids))
        )
        self.info.show()

    # export -------------------------------------------------------------------------
    def export(self, *, selection: bool, path: str | None = None) -> int | None:
        """Write the selected leads, or the whole filtered list, to a CSV file."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export leads"), "leads.csv", self.tr("CSV files (*.csv)")
            )
        shown = self.controller.shown
        if not path or shown is None:
            return None
        try:
            ids = self.selected_ids() if selection else self.ws.table.ids(shown)
            columns = self.visible_columns()
            written = run_with_progress(
                self,
                self.tr("Exporting %n lead(s)…", "", len(ids)),
                lambda progress, cancelled: export_csv(
                    Path(path), ids, columns, self.ws.table.rows, progress, cancelled
                ),
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            return None
        except OSError as exc:
            self.show_error(write_failed(path, exc))
            return None
        if written is not None:
            self.info.setText(
                self.tr("%n lead(s) exported to %1.", "", written).replace("%1", path)
            )
            self.info.show()
        return written
