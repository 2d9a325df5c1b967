"""The Leads screen: every lead in a sortable, filterable table with bulk actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.leads.export import export_csv
from leaddesk.ui.names.stages import stage_label
from leaddesk.ui.widgets.banner import error_banner, write_failed
from leaddesk.ui.widgets.buttons import menu_button, push_button
from leaddesk.ui.widgets.filter_bar import FilterBar, ViewStore
from leaddesk.ui.widgets.lead_columns import column_title
from leaddesk.ui.widgets.lead_dialogs import MoveQuestions
from leaddesk.ui.widgets.lead_table_model import BLOCK, LeadTableModel
from leaddesk.ui.worker import run_with_progress

HEADER_KEY = "leads/header"
DEBOUNCE_MS = 150


class _Deleted(QUndoCommand):
    """Soft-deleting leads; undo restores them."""

    def __init__(self, screen: LeadsScreen, ids: list[uuid.UUID], text: str) -> None:
        super().__init__(text)
        self.screen, self.ids = screen, ids

    def redo(self) -> None:
        self.screen._write(lambda ws: ws.leads.delete_many(self.ids, user_id=self.screen.me))

    def undo(self) -> None:
        self.screen._write(lambda ws: ws.leads.restore_many(self.ids, user_id=self.screen.me))


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
        self.ws, self.me, self._settings = workspace, None, settings
        self.undo_stack = QUndoStack(self)
        self._questions = MoveQuestions(self)
        self.sort = TableSort()

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
        self.open_button = push_button(self.tr("Open"), "openLead", self.open_current)
        self.assign_button = menu_button(self.tr("Assign"), "bulkAssign")
        self.move_button = menu_button(self.tr("Move to"), "bulkMove")
        for stage in STAGE_ORDER:
            self.move_button.menu().addAction(
                stage_label(stage), lambda s=stage: self.move_selected(s)
            ).setObjectName(f"bulkMove_{stage.value}")
        self.tag_button = menu_button(self.tr("Tags"), "bulkTags")
        self.tag_button.menu().addAction(self.tr("Add a tag…"), lambda: self.ask_tag(add=True))
        self.tag_button.menu().addAction(self.tr("Remove a tag…"), lambda: self.ask_tag(add=False))
        self.delete_button = push_button(self.tr("Delete"), "bulkDelete", self.delete_selected)
        self.send_button = menu_button(self.tr("Send template"), "bulkSend")
        for channel, text in (
            (Channel.EMAIL, self.tr("Email…")),
            (Channel.WHATSAPP, self.tr("WhatsApp…")),
            (Channel.SMS, self.tr("SMS…")),
        ):
            self.send_button.menu().addAction(
                text, lambda c=channel: self.send_selected(c)
            ).setObjectName(f"bulkSend_{channel.value}")
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

        self.model = LeadTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("leadsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
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

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(500)
        self._header_timer.timeout.connect(self._save_header)
        self.filters.changed.connect(self._debounce.start)
        self.stage_scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_tools())
        self._shown: TableQuery | None = None
        # after setSortingEnabled, which asks the model to sort once
        self.model.sort_requested = self._sort_by
        # the table and its lists are read when first shown, not at start
        self._stale = self._choices_stale = True

    # building -----------------------------------------------------------------------
    def fill_choices(self) -> None:
        try:
            choices = self.ws.board.filter_choices()
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._choices_stale = False
        self.filters.set_choices(choices)
        menu = self.assign_button.menu()
        menu.clear()
        for user in choices.users:
            menu.addAction(user.name, lambda u=user.id: self.assign_selected(u))
        menu.addSeparator()
        menu.addAction(self.tr("Release to pool"), lambda: self.assign_selected(None))

    # columns ------------------------------------------------------------------------
    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self._settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and header.restoreState(state):
            section = header.sortIndicatorSection()
            if 0 <= section < len(COLUMNS):
                self.sort = TableSort(
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

    # loading ------------------------------------------------------------------------
    def query(self) -> TableQuery:
        flt, _sort = self.filters.current()
        stage = self.stage_scope.currentData()
        scope = TableScope(frozenset({Stage(stage)}) if stage else frozenset())
        return TableQuery(filter=flt, scope=scope, sort=self.sort, me=self.me)

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.undo_stack.clear()
        self._choices_stale = True
        self.note_changes()

    def set_user(self, me: uuid.UUID | None) -> None:
        self.me = me
        self.note_changes()

    def note_changes(self, _changes: Changes | None = None) -> None:
        """Something changed elsewhere: reload now if shown, else when next shown."""
        if self.isVisible():
            if self._choices_stale:
                self.fill_choices()
            self.reload(keep_place=True)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._choices_stale:
            self.fill_choices()
        if self._stale:
            self.reload()

    def _sort_by(self, column: Column, descending: bool) -> None:
        """A header click (Qt asks twice for one click; the second is a no-op)."""
        sort = TableSort(column, descending)
        if sort == self.sort and self._shown is not None and self._shown.sort == sort:
            return
        self.sort = sort
        if self._shown is None:
            self.reload()
            return
        # the same rows in another order: the count stands, only the first page is asked
        q = replace(self._shown, sort=sort)
        try:
            first = self.ws.table.page(q, offset=0, limit=BLOCK)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.model.reset(self.model.total, first, lambda o, n: self._fetch(q, o, n))
        self._shown = q
        self.table.scrollToTop()
        self._update_tools()

    def reload(self, *, keep_place: bool = False) -> None:
        q = self.query()
        scroll = self.table.verticalScrollBar().value() if keep_place else 0
        try:
            total, first = self.ws.table.open(q, first=BLOCK)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.message.hide()
        self.model.reset(total, first, lambda offset, limit: self._fetch(q, offset, limit))
        self._shown, self._stale = q, False
        if keep_place:
            self.table.verticalScrollBar().setValue(scroll)
        self._update_tools()

    def _fetch(self, q: TableQuery, offset: int, limit: int) -> list:  # type: ignore[type-arg]
        try:
            return self.ws.table.page(q, offset=offset, limit=limit)
        except LeadDeskError as exc:
            self.show_error(exc)
            return []

    def _update_tools(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        total = self.model.total
        text = self.tr("%n lead(s)", "", total)
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

    # selection ----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected leads; all of the filtered list when every row is selected."""
        rows = self.selected_rows()
        if rows and len(rows) == self.model.total and self._shown is not None:
            return self.ws.table.ids(self._shown)
        out = []
        for r in rows:
            row = self.model.row(r)
            if row is not None:
                out.append(row.id)
        return out

    def _open_row(self, r: int) -> None:
        row = self.model.row(r)
        if row is not None:
            self.openLead.emit(row.id)

    def open_current(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._open_row(rows[0])

    # bulk actions -------------------------------------------------------------------
    def _write(self, act: Callable[[Workspace], Changes]) -> bool:
        """Run a write, show what went wrong, reload in place, tell the others."""
        try:
            changes = act(self.ws)
        except ValidationError as exc:
            self.show_error("; ".join(i.message for i in exc.issues))
            return False
        except LeadDeskError as exc:
            self.show_error(exc)
            self.reload(keep_place=True)
            return False
        self.reload(keep_place=True)
        self.changed.emit(changes)
        return True

    def assign_selected(self, owner: uuid.UUID | None) -> None:
        ids = self.selected_ids()
        if ids:
            self._write(lambda ws: ws.pipeline.assign_many(ids, owner, user_id=self.me))

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
        if answers is None:
            return

        def move(ws: Workspace) -> Changes:
            results = ws.pipeline.move_many(
                [(i, None) for i in ids],
                stage,
                reason=answers.reason,
                user_id=self.me,
                deal_value=answers.deal_value,
            )
            out = Changes()
            for r in results:
                out |= r.changes
            return out

        self._write(move)

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
        if not ids:
            return
        if add:
            done = self._write(lambda ws: ws.leads.retag(ids, add=[tag]))
        else:
            done = self._write(lambda ws: ws.leads.retag(ids, remove=[tag]))
        if done:
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
        self.undo_stack.push(_Deleted(self, ids, self.tr("Delete %n lead(s)", "", len(ids))))
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
        if not path or self._shown is None:
            return None
        try:
            ids = self.selected_ids() if selection else self.ws.table.ids(self._shown)
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
