"""The Leads screen as the user sees it: the filter bar, bulk-action buttons, the table
with its remembered columns, the right-click menu and the CSV export. What it does
lives in ``LeadsController``."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
from leaddesk.domain.lead_table import AnyColumn, FieldColumn, TableScope, TableSort
from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.board import FilterChoices
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import (
    LeadMenuContext,
    lead_menu,
)
from leaddesk.ui.changes import DeferredChanges
from leaddesk.ui.leads.columns import TableColumns
from leaddesk.ui.leads.controller import LeadsController
from leaddesk.ui.leads.export import export_csv
from leaddesk.ui.leads.tools import LeadsTools
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.pool.claims import PoolActions
from leaddesk.ui.widgets.banner import error_banner, write_failed
from leaddesk.ui.widgets.filter_bar import FilterBar, ViewStore
from leaddesk.ui.widgets.lead_dialogs import MoveQuestions, plan_follow_up
from leaddesk.ui.widgets.lead_table_model import LeadTableModel
from leaddesk.ui.worker import run_with_progress

COLUMNS_KEY = "leads/columns"  # column order, widths, visibility and sort (by column id)
OLD_HEADER_KEY = "leads/header"  # the same, by position, as versions before custom columns
DEBOUNCE_MS = 150


class LeadsScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal(object)  # Changes written here
    sendMessage = Signal(list, object)  # lead ids, Channel: a templated message asked for
    newLead = Signal(object)  # Stage: the quick form for a new lead, asked for

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
        # Claim and Return to pool from the right-click menu; a refusal is told here
        self.pool_actions = PoolActions(lambda: self.ws, lambda: self.me, self)
        self.pool_actions.changed.connect(self.changed)
        self.pool_actions.failed.connect(self.show_error)
        self.pool_actions.refused.connect(self.show_error)

        self.filters = FilterBar(views)
        self.filters.sort_row.hide()
        self.tools = LeadsTools(self)
        self.stage_scope, self.count = self.tools.stage_scope, self.tools.count
        self.columns_button = self.tools.columns_button

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
        self.columns = TableColumns(self.table, settings, COLUMNS_KEY, old_key=OLD_HEADER_KEY)
        if (sort := self.columns.restore()) is not None:
            self.controller.sort = sort
        self.table.setSortingEnabled(True)
        self.columns_button.menu().aboutToShow.connect(
            lambda: self.columns.fill_menu(self.columns_button.menu())
        )
        self.message = error_banner("leadsMessage")
        self.info = QLabel()
        self.info.setObjectName("leadsInfo")
        self.info.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filters)
        lay.addWidget(self.tools)
        lay.addWidget(self.message)
        lay.addWidget(self.info)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
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
        self.tools.set_users(self._choices.users)
        fields = [FieldColumn(f.key, f.kind, f.name) for f in self._choices.fields]
        sort = self.columns.set_fields(fields)
        if sort is not None and sort != self.controller.sort:
            self.controller.sort = sort  # by a field that came back, or away from a retired one
            if self.controller.shown is not None:
                self._reload_when_shown()

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
        # the Assign menu offers the people there are now; the columns, the fields
        if changes.users or changes.reference:
            self._choices_stale = True
            if self.isVisible():
                self.fill_choices()
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

    def _sort_by(self, column: AnyColumn, descending: bool) -> None:
        if self.controller.sort_by(column, descending):
            self.table.scrollToTop()

    def _update_tools(self) -> None:
        self.tools.show_counts(self.model.total, len(self.table.selectionModel().selectedRows()))

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

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
        shown = [row for r in rows if (row := self.model.row(r)) is not None]
        stages = {row.stage for row in shown}
        unowned = sum(1 for row in shown if row.owner_name is None)
        ctx = LeadMenuContext(len(rows), stages.pop() if len(stages) == 1 else None, users,
                              unowned if len(shown) == len(rows) else None)  # fmt: skip
        return lead_menu(self, self, ctx)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def new_lead(self) -> None:
        """A new lead, in the stage the table shows if it shows one."""
        stage = self.stage_scope.currentData()
        self.newLead.emit(Stage(stage) if stage else Stage.OPEN)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._open_row(rows[0])

    def assign_selected(self, owner: uuid.UUID | None) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.assign(ids, owner)

    def claim_selected(self) -> None:
        self.pool_actions.claim(self.selected_ids())

    def return_selected(self) -> None:
        self.pool_actions.return_to_pool(self.selected_ids())

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
        planned = plan_follow_up(self, row.name) if row is not None else None
        if row is None or planned is None:
            return
        lead_id, me = row.id, self.me
        self.controller.write(
            lambda ws: (
                ws.follow_ups.schedule(
                    lead_id, planned.due_at, planned.title, notes_before=planned.notes, user_id=me
                ).changes
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
                self.tr("Delete %Ln lead(s)? You can undo this.", "", len(ids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        # plural forms come only from self.tr: lupdate reads no count in translate()
        self.controller.delete(ids, self.tr("Delete %Ln lead(s)", "", len(ids)))
        self.table.clearSelection()
        self.info.setText(
            self.tr("%Ln lead(s) deleted. Edit ▸ Undo (Ctrl+Z) brings them back.", "", len(ids))
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
            columns = self.columns.visible()
            written = run_with_progress(
                self,
                self.tr("Exporting %Ln lead(s)…", "", len(ids)),
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
                self.tr("%Ln lead(s) exported to %1.", "", written).replace("%1", path)
            )
            self.info.show()
        return written
