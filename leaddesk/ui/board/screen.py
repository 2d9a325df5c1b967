"""The kanban board as the user sees it: eight stage columns, the filter bar, keys,
the right-click menu and the questions a move asks. What it does lives in
``BoardController``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.board_view import BoardFilter, CardSort
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Card, Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import LeadMenuContext, lead_menu
from leaddesk.ui.board.card_delegate import CardDelegate
from leaddesk.ui.board.column import CardListView, StageColumn
from leaddesk.ui.board.column_model import CARD_ROLE, ColumnModel, DraggedCard
from leaddesk.ui.board.controller import BoardController
from leaddesk.ui.changes import DeferredChanges
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.pool.claims import PoolActions
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.filter_bar import FilterBar, ViewStore
from leaddesk.ui.widgets.lead_dialogs import MoveAnswers, MoveQuestions, plan_follow_up

MESSAGE_MS = 12_000


def _dragged(card: Card) -> DraggedCard:
    return DraggedCard(card.id, card.version, card.stage)


class BoardScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal(object)  # Changes saved from the board
    counted = Signal(int)  # leads in the database, after an unfiltered load
    sendMessage = Signal(list, object)  # lead ids, Channel: a templated message asked for
    newLead = Signal(object)  # Stage: the quick form for a new lead in it, asked for

    def __init__(
        self,
        workspace: Workspace,
        views: ViewStore,
        settings: QSettings,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self._settings = settings
        self._questions = MoveQuestions(self)
        self.filter_bar = FilterBar(views)
        self.message = error_banner("boardMessage")
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self.message.hide)
        self._menu_stage: Stage | None = None  # the column a right-click menu acts on

        self.controller = BoardController(workspace, self, self)
        self.controller.failed.connect(self.show_error)
        self.controller.placed.connect(self._select)
        self.controller.changed.connect(self.changed)
        self.controller.counted.connect(self.counted)
        self._changes = DeferredChanges(self, self.controller.apply_changes)
        # Claim and Return to pool from the right-click menu; a refusal is told here
        self.pool_actions = PoolActions(lambda: self.ws, lambda: self.me, self)
        self.pool_actions.changed.connect(self.changed)
        self.pool_actions.failed.connect(self.show_error)
        self.pool_actions.refused.connect(self.show_error)

        self._delegate = CardDelegate(now, self)
        self.columns: dict[Stage, StageColumn] = {}
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        row.setSpacing(8)
        collapsed = set(str(settings.value("board/collapsed", "") or "").split(","))
        for stage in STAGE_ORDER:
            column = StageColumn(self.models[stage], self._delegate)
            column.set_collapsed(stage.value in collapsed)
            column.collapsedChanged.connect(self._save_collapsed)
            self._keep_scroll(column)
            view = column.view
            view.stepColumn.connect(lambda d, s=stage: self.step_column(s, d))
            view.moveSelected.connect(lambda d, s=stage: self.move_selected_by(s, d))
            view.openCurrent.connect(lambda s=stage: self.open_current(s))
            view.deleteSelected.connect(lambda s=stage: self.delete_in(s))
            view.customContextMenuRequested.connect(
                lambda pos, s=stage: self.show_context_menu(s, pos)
            )
            column.addRequested.connect(lambda s=stage: self.newLead.emit(s))
            self.columns[stage] = column
            row.addWidget(column)
        row.addStretch(1)
        inner = QWidget()
        inner.setObjectName("boardColumns")
        inner.setLayout(row)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.filter_bar)
        lay.addWidget(self.message)
        lay.addWidget(self.scroll_area, 1)
        self.new_button = push_button(
            self.tr("New lead"), "newLead", lambda: self.newLead.emit(Stage.OPEN)
        )
        self.new_button.setToolTip(self.tr("A new inquiry (Ctrl+N)"))
        self.filter_bar.add_leading(self.new_button)
        self.filter_bar.changed.connect(self.controller.filter_changed)
        self._choices = workspace.board.filter_choices()
        self.filter_bar.set_choices(self._choices)
        self.controller.reload()

    # what the controller asks of the view -------------------------------------------------
    def view_filter(self) -> tuple[BoardFilter, CardSort]:
        return self.filter_bar.current()

    def open_stages(self) -> list[Stage]:
        return [s for s in STAGE_ORDER if not self.columns[s].collapsed]

    def ask_move(
        self, target: Stage, changing: int, win: tuple[str, Decimal | None, str] | None
    ) -> MoveAnswers | None:
        return self._questions.ask(self, target, changing, win)

    # the board's state, for the main window and tests -----------------------------------
    @property
    def ws(self) -> Workspace:
        return self.controller.ws

    @property
    def me(self) -> uuid.UUID | None:
        return self.controller.me

    @property
    def total(self) -> int:
        return self.controller.total

    @property
    def models(self) -> dict[Stage, ColumnModel]:
        return self.controller.models

    @property
    def undo_stack(self) -> QUndoStack:
        return self.controller.undo_stack

    def reload(self, stages: Sequence[Stage] = STAGE_ORDER) -> None:
        self._changes.forget()
        self.controller.reload(stages)

    def set_workspace(self, workspace: Workspace) -> None:
        self._changes.forget()
        self._choices = workspace.board.filter_choices()
        self.filter_bar.set_choices(self._choices)
        self.controller.set_workspace(workspace)

    def set_user(self, user_id: uuid.UUID | None) -> None:
        self._changes.forget()
        self.controller.set_user(user_id)

    def note_changes(self, changes: Changes) -> None:
        """Anything written anywhere: the columns catch up now, or when next shown."""
        # the right-click menu offers the people there are now; the filters the owner's
        # sources and custom fields as they now are
        if changes.users or changes.reference:
            try:
                self._choices = self.ws.board.filter_choices()
            except LeadDeskError as exc:
                self.show_error(exc)
            else:
                self.filter_bar.set_choices(self._choices)
        self._changes.note(changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._changes.apply_now()

    def repaint_cards(self) -> None:
        """Paint the cards again (time passed: a follow-up may be overdue now)."""
        for column in self.columns.values():
            column.view.viewport().update()

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()
        self._message_timer.start()

    def _save_collapsed(self) -> None:
        hidden = [s.value for s, c in self.columns.items() if c.collapsed]
        self._settings.setValue("board/collapsed", ",".join(hidden))

    @staticmethod
    def _keep_scroll(column: StageColumn) -> None:
        """A column read again keeps its scroll position (the rows are fetched there)."""
        bar = column.view.verticalScrollBar()
        kept: list[int] = [0]
        column.model.modelAboutToBeReset.connect(lambda: kept.__setitem__(0, bar.value()))
        column.model.modelReset.connect(lambda: bar.setValue(kept[0]))

    # moves, as the screen offers them ------------------------------------------------------
    def move_cards(
        self,
        cards: Sequence[DraggedCard],
        target: Stage,
        above: uuid.UUID | None = None,
        below: uuid.UUID | None = None,
    ) -> bool:
        return self.controller.move_cards(cards, target, above, below)

    def _select(self, cards: Sequence[Card]) -> None:
        if not cards:
            return
        stage = cards[0].stage
        view, model = self.columns[stage].view, self.models[stage]
        picked = QItemSelection()
        for card in cards:
            row = model.row_of(card.id)
            if row is not None:
                picked.select(model.index(row), model.index(row))
        if picked.isEmpty():
            return
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().select(picked, flags.ClearAndSelect | flags.Rows)
        current = picked.indexes()[-1]
        view.selectionModel().setCurrentIndex(current, flags.NoUpdate)
        view.scrollTo(current)

    # keyboard --------------------------------------------------------------------------
    def _visual_step(self, direction: int) -> int:
        return -direction if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else direction

    def selected_cards(self, stage: Stage) -> list[Card]:
        view = self.columns[stage].view
        rows = sorted(i.row() for i in view.selectionModel().selectedRows())
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        cards = [self.models[stage].card_at(r) for r in rows]
        return [c for c in cards if c is not None]

    def step_column(self, stage: Stage, direction: int) -> None:
        step = self._visual_step(direction)
        i = stage.order + step
        while 0 <= i < len(STAGE_ORDER) and self.columns[STAGE_ORDER[i]].collapsed:
            i += step
        if not 0 <= i < len(STAGE_ORDER):
            return
        here = self.columns[stage].view.currentIndex().row()
        target = self.columns[STAGE_ORDER[i]]
        self.focus_card(target.stage, min(max(here, 0), target.model.rowCount() - 1))

    def focus_card(self, stage: Stage, row: int) -> None:
        view: CardListView = self.columns[stage].view
        view.setFocus()
        if row >= 0:
            index = self.models[stage].index(row)
            view.setCurrentIndex(index)
            view.scrollTo(index)
        self.scroll_area.ensureWidgetVisible(self.columns[stage])

    def move_selected_by(self, stage: Stage, direction: int) -> None:
        """Ctrl+Shift+Left/Right: the selected cards one stage along, as the eye reads."""
        i = stage.order + self._visual_step(direction)
        if not 0 <= i < len(STAGE_ORDER):
            return
        cards = self.selected_cards(stage)
        if cards and self.move_cards([_dragged(c) for c in cards], STAGE_ORDER[i]):
            self.columns[STAGE_ORDER[i]].view.setFocus()

    def open_current(self, stage: Stage) -> None:
        view = self.columns[stage].view
        card = view.currentIndex().data(CARD_ROLE) if view.currentIndex().isValid() else None
        if card is not None:
            self.openLead.emit(card.id)

    def delete_in(self, stage: Stage) -> None:
        cards = self.selected_cards(stage)
        if not cards:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete leads"),
            self.tr("Delete %Ln lead(s)? They can be restored by an owner.", "", len(cards)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete(cards)

    # the right-click menu (LeadActionTarget: it acts on the column it was opened on) -------
    def show_context_menu(self, stage: Stage, pos: QPoint) -> None:
        view = self.columns[stage].view
        if not view.indexAt(pos).isValid():
            return
        if not view.selectionModel().isSelected(view.indexAt(pos)):
            view.setCurrentIndex(view.indexAt(pos))
        self.context_menu(stage).exec(view.viewport().mapToGlobal(pos))

    def context_menu(self, stage: Stage) -> QMenu:
        self._menu_stage = stage
        cards = self.selected_cards(stage)
        unowned = sum(1 for c in cards if c.owner_id is None)
        ctx = LeadMenuContext(len(cards), stage, self._choices.users, unowned)
        menu = lead_menu(self, self, ctx)
        menu.setObjectName("cardMenu")
        return menu

    def _menu_cards(self) -> list[Card]:
        return self.selected_cards(self._menu_stage) if self._menu_stage else []

    def open_selected(self) -> None:
        cards = self._menu_cards()
        if cards:
            self.openLead.emit(cards[0].id)

    def move_selected(self, stage: Stage) -> None:
        self.move_cards([_dragged(c) for c in self._menu_cards()], stage)

    def assign_selected(self, owner: uuid.UUID | None) -> None:
        self.controller.assign(self._menu_cards(), owner)

    def claim_selected(self) -> None:
        self.pool_actions.claim([c.id for c in self._menu_cards()])

    def return_selected(self) -> None:
        self.pool_actions.return_to_pool([c.id for c in self._menu_cards()])

    def schedule_selected(self) -> None:
        cards = self._menu_cards()
        planned = plan_follow_up(self, cards[0].name) if len(cards) == 1 else None
        if planned is not None:
            self.controller.schedule(cards[0], planned)

    def send_selected(self, channel: Channel) -> None:
        ids = [c.id for c in self._menu_cards()]
        if ids:
            self.sendMessage.emit(ids, channel)

    def delete_selected(self) -> None:
        if self._menu_stage is not None:
            self.delete_in(self._menu_stage)
