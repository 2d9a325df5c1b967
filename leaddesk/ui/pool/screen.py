"""The Pool screen: the unassigned leads, best first, for a rep to claim (Claim, the
right-click menu or Ctrl+K) and for a manager to give out (to a person, by the rules
now) or to refill (a rep's untouched claims released)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.board_view import OwnerScope
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes, UserRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.changes import DeferredChanges
from leaddesk.ui.formatting import number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.pool.claims import PoolActions
from leaddesk.ui.pool.model import BLOCK, ID_ROLE, PoolColumn, PoolModel
from leaddesk.ui.widgets.banner import error_banner, notice_banner
from leaddesk.ui.widgets.buttons import menu_button, push_button
from leaddesk.ui.widgets.filter_bar import FilterBar, ViewStore
from leaddesk.ui.widgets.flow_layout import FlowLayout

DEBOUNCE_MS = 150
CLAIM_KEYS = "Ctrl+K"


class PoolScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal(object)  # Changes written here

    def __init__(
        self,
        workspace: Workspace,
        views: ViewStore,
        settings: QSettings,
        me: Callable[[], uuid.UUID | None] = lambda: None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("poolScreen")
        self.ws, self._settings, self._me = workspace, settings, me
        self._users: tuple[UserRecord, ...] = ()
        self._stale = True  # read when first shown, not at start
        self._sized = False
        self._changes = DeferredChanges(self, lambda _c: self.reload())

        self.pool_actions = PoolActions(lambda: self.ws, me, self)
        self.pool_actions.changed.connect(self.changed)
        self.pool_actions.told.connect(self._tell)
        self.pool_actions.failed.connect(self.show_error)

        # the board's filters, scoped to the pool (a view saved here opens the pool there)
        self.filter_bar = FilterBar(views)
        self.filter_bar.owner.setCurrentIndex(self.filter_bar.owner.findData(OwnerScope.POOL))
        self.filter_bar.owner.hide()
        self.filter_bar.sort_row.hide()  # the pool has one order: best first

        self.claim_action = QAction(self.tr("Claim"), self)
        self.claim_action.setObjectName("claimAction")
        self.claim_action.setShortcut(QKeySequence(CLAIM_KEYS))
        self.claim_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.claim_action.triggered.connect(self.claim_selected)
        self.addAction(self.claim_action)
        self.claim_button = push_button(self.tr("Claim"), "claimButton", self.claim_selected)
        self.claim_button.setToolTip(self.tr("Make the selected leads yours (Ctrl+K)"))
        self.assign_button = menu_button(self.tr("Assign to…"), "poolAssign")
        self.distribute_button = push_button(
            self.tr("Distribute now"), "distributeNow", self.distribute_selected
        )
        self.distribute_button.setToolTip(
            self.tr("Let the assignment rules give out the selected leads now")
        )
        self.release_button = menu_button(self.tr("Release claims of…"), "releaseClaims")
        self.release_button.setToolTip(
            self.tr("Send all of a rep's untouched claimed leads back to the pool")
        )
        self.count = QLabel()
        self.count.setObjectName("poolCount")
        tools = QWidget()
        row = FlowLayout(tools)  # wraps on a narrow window rather than widening it
        row.setContentsMargins(8, 0, 8, 0)
        row.add(self.count, stretch=True)
        for w in (self.claim_button, self.assign_button, self.distribute_button):
            row.add(w)
        row.add(self.release_button)

        self.notice = notice_banner("poolNotice")
        self.message = error_banner("poolMessage")
        self.model = PoolModel(now, self)
        self.table = QTableView()
        self.table.setObjectName("poolTable")
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PoolColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.activated.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_tools())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter_bar)
        lay.addWidget(tools)
        lay.addWidget(self.notice)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.filter_bar.changed.connect(self._debounce.start)
        self._update_tools()

    # reading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the pool again from the top (a claim anywhere may have changed it)."""
        flt, _sort = self.filter_bar.current()
        me = self._me()
        ws = self.ws
        try:
            if not self._users:
                self._fill_choices()
            page = ws.pool.page(flt, limit=BLOCK, me=me)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.message.hide()
        self._stale = False
        self.model.reset(
            page.total,
            list(page.rows),
            lambda offset, limit: ws.pool.rows(flt, offset=offset, limit=limit, me=me),
        )
        if not self._sized and self.model.total:
            self._sized = True  # once: the widths the user sets are theirs after that
            for column in PoolColumn:
                if column is not PoolColumn.NAME:
                    self.table.resizeColumnToContents(column)
        if self.model.total and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))  # Ctrl+K claims the best
            self.table.clearSelection()
        self._update_tools()

    def _fill_choices(self) -> None:
        choices = self.ws.board.filter_choices()
        self.filter_bar.set_choices(choices)
        self._users = choices.users
        for button, run in (
            (self.assign_button, self.assign_selected),
            (self.release_button, self.release_claims_of),
        ):
            menu = button.menu()
            menu.clear()
            for user in self._users:
                action = menu.addAction(user.name)
                action.setObjectName(f"{button.objectName()}_{user.id}")
                action.triggered.connect(lambda _c=False, u=user, go=run: go(u.id, u.name))

    def note_changes(self, changes: Changes) -> None:
        """Leads written anywhere: the pool is read again now, or when next shown."""
        if changes.users or changes.reference:
            self._users = ()  # the people and the lists are read again with the rows
        if changes.leads or changes.users or changes.reference:
            self._changes.note(changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._changes.forget()
            self.reload()
        else:
            self._changes.apply_now()

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._users = ()
        self._changes.forget()
        self.model.reset(0, [], lambda _o, _n: [])
        self._stale = True
        if self.isVisible():
            self.reload()

    # selection and tools ----------------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        """The selected leads, or the current one when none is selected."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [row.id for r in rows if (row := self.model.row(r)) is not None]

    def _update_tools(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        text = self.tr("%Ln lead(s) in the pool", "", self.model.total)
        if selected:
            text = self.tr("%1 · %2 selected").replace("%1", text).replace("%2", number(selected))
        self.count.setText(text)
        some = self.model.total > 0
        for w in (self.claim_button, self.assign_button, self.distribute_button):
            w.setEnabled(some)
        self.claim_action.setEnabled(some)

    def _tell(self, text: str, _refused: bool) -> None:
        self.notice.setText(text)
        self.notice.show()

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    def _open(self, index: QModelIndex) -> None:
        lead_id = index.data(ID_ROLE)
        if lead_id is not None:
            self.openLead.emit(lead_id)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """Claim, give out and open the selected leads."""
        menu = QMenu(self)
        menu.setObjectName("poolMenu")
        menu.addAction(self.claim_action)
        assign = menu.addMenu(self.tr("Assign to"))
        assign.setObjectName("poolMenuAssign")
        for user in self._users:
            action = assign.addAction(user.name)
            action.setObjectName(f"poolMenuAssign_{user.id}")
            action.triggered.connect(lambda _c=False, u=user: self.assign_selected(u.id, u.name))
        assign.setEnabled(not assign.isEmpty())
        menu.addAction(self.tr("Distribute now"), self.distribute_selected).setObjectName(
            "poolMenuDistribute"
        )
        menu.addSeparator()
        menu.addAction(self.tr("Open"), self._open_current).setObjectName("poolMenuOpen")
        return menu

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.openLead.emit(ids[0])

    # the actions ------------------------------------------------------------------------
    def _clear_banners(self) -> None:
        self.notice.hide()
        self.message.hide()

    def claim_selected(self) -> None:
        self._clear_banners()
        self.pool_actions.claim(self.selected_ids())

    def assign_selected(self, owner: uuid.UUID, name: str) -> None:
        self._clear_banners()
        self.pool_actions.assign(self.selected_ids(), owner, name)

    def distribute_selected(self) -> None:
        self._clear_banners()
        self.pool_actions.distribute(self.selected_ids())

    def release_claims_of(self, rep: uuid.UUID, name: str) -> None:
        self._clear_banners()
        self.pool_actions.release_all(rep, name)
