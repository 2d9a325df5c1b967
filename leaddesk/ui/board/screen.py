"""The kanban board: eight stage columns, drag and drop, keys, filters, undo."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
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
from leaddesk.services.records import Card, MoveResult
from leaddesk.services.workspace import Workspace
from leaddesk.ui.board.card_delegate import CardDelegate
from leaddesk.ui.board.column import CardListView, StageColumn
from leaddesk.ui.board.column_model import (
    CARD_ROLE,
    FIRST_PAGE,
    ColumnModel,
    DraggedCard,
    DropRequest,
)
from leaddesk.ui.board.moves import MoveCommand
from leaddesk.ui.names.stages import stage_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.filter_bar import FilterBar, ViewStore
from leaddesk.ui.widgets.lead_dialogs import FollowUpDialog, MoveQuestions

MESSAGE_MS = 12_000

Placement = tuple[uuid.UUID | None, uuid.UUID | None]  # (above, below) a drop


def _moved(card: Card, result: MoveResult) -> Card:
    """The card as it stands after the move (owner and follow-ups do not change)."""
    lead = result.lead
    return replace(
        card,
        stage=lead.stage,
        position=lead.position,
        version=lead.version,
        stage_changed_at=lead.stage_changed_at,
        deal_value=lead.deal_value,
        currency=lead.currency,
    )


def _dragged(card: Card) -> DraggedCard:
    return DraggedCard(card.id, card.version, card.stage)


class BoardScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal()  # something on the board was saved
    counted = Signal(int)  # leads in the database, after an unfiltered reload
    sendMessage = Signal(list, object)  # lead ids, Channel: a templated message asked for

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
        self.ws = workspace
        self.me: uuid.UUID | None = None
        self.total = 0  # leads in the database, as of the last unfiltered reload
        self._settings = settings
        self.undo_stack = QUndoStack(self)
        self._questions = MoveQuestions(self)
        self.filter_bar = FilterBar(views)
        self.message = error_banner("boardMessage")
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self.message.hide)

        self._delegate = CardDelegate(now, self)
        self.models: dict[Stage, ColumnModel] = {}
        self.columns: dict[Stage, StageColumn] = {}
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        row.setSpacing(8)
        collapsed = set(str(settings.value("board/collapsed", "") or "").split(","))
        for stage in STAGE_ORDER:
            model = ColumnModel(stage, self._fetcher(stage), self)
            model.dropRequested.connect(self.handle_drop)
            column = StageColumn(model, self._delegate)
            column.set_collapsed(stage.value in collapsed)
            column.collapsedChanged.connect(self._save_collapsed)
            view = column.view
            view.stepColumn.connect(lambda d, s=stage: self.step_column(s, d))
            view.moveSelected.connect(lambda d, s=stage: self.move_selected(s, d))
            view.openCurrent.connect(lambda s=stage: self.open_current(s))
            view.deleteSelected.connect(lambda s=stage: self.delete_selected(s))
            view.customContextMenuRequested.connect(
                lambda pos, s=stage: self.show_context_menu(s, pos)
            )
            self.models[stage], self.columns[stage] = model, column
            row.addWidget(column)
        row.addStretch(1)
        inner = QWidget()
        inner.setObjectName("boardColumns")
        inner.setLayout(row)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.filter_bar)
        lay.addWidget(self.message)
        lay.addWidget(self.scroll, 1)
        self._shown: tuple[BoardFilter, CardSort, uuid.UUID | None] | None = None
        self.filter_bar.changed.connect(self._filter_changed)
        self._choices = self.ws.board.filter_choices()
        self.filter_bar.set_choices(self._choices)
        self.reload()

    # what the board shows ------------------------------------------------------
    @property
    def view_filter(self) -> tuple[BoardFilter, CardSort]:
        return self.filter_bar.current()

    def _fetcher(self, stage: Stage) -> Callable[[int, int], list[Card]]:
        flt, sort = self.view_filter
        me, board = self.me, self.ws.board

        def fetch(offset: int, limit: int) -> list[Card]:
            try:
                return board.cards(stage, flt, sort, offset=offset, limit=limit, me=me)
            except LeadDeskError as exc:  # a lost connection while scrolling
                self.show_error(exc)
                return []

        return fetch

    def _filter_changed(self) -> None:
        # typing the first letters of a word changes no search term: nothing to ask
        flt, sort = self.view_filter
        if (flt.with_(text=" ".join(flt.terms)), sort, self.me) != self._shown:
            self.reload()

    def reload(self, stages: Sequence[Stage] = STAGE_ORDER) -> None:
        """Ask the database again: counts, totals, and the cards as they are now."""
        flt, sort = self.view_filter
        self._shown = (flt.with_(text=" ".join(flt.terms)), sort, self.me)
        # the tops of the open columns come with the totals, in one transaction
        shown = [s for s in stages if not self.columns[s].collapsed]
        try:
            snap = self.ws.board.snapshot(flt, sort, stages=shown, first=FIRST_PAGE, me=self.me)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        totals = snap.totals
        if not flt.active:
            self.total = sum(t.count for t in totals.values())
            self.counted.emit(self.total)
        for stage in stages:
            view = self.columns[stage].view
            keep = view.verticalScrollBar().value()
            self.models[stage].reset(
                totals[stage].count,
                totals[stage].totals,
                self._fetcher(stage),
                snap.first.get(stage, ()),
            )
            view.verticalScrollBar().setValue(keep)

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.undo_stack.clear()
        self._choices = workspace.board.filter_choices()
        self.filter_bar.set_choices(self._choices)
        self.reload()

    def set_user(self, user_id: uuid.UUID | None) -> None:
        self.me = user_id
        self.reload()

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(exc if isinstance(exc, str) else exc.message)
        self.message.show()
        self._message_timer.start()

    def _save_collapsed(self) -> None:
        hidden = [s.value for s, c in self.columns.items() if c.collapsed]
        self._settings.setValue("board/collapsed", ",".join(hidden))

    # moves -----------------------------------------------------------------------
    def handle_drop(self, request: DropRequest) -> None:
        model = self.models[request.stage]
        moving = {c.id for c in request.cards}
        if len(request.cards) == 1 and request.cards[0].stage == request.stage:
            here = model.row_of(request.cards[0].id)
            if here is not None and request.row in (here, here + 1):
                return  # dropped where it already was
        above = below = None
        if self.view_filter[1] is CardSort.MANUAL:
            above = self._neighbour(model, request.row - 1, -1, moving)
            below = self._neighbour(model, request.row, +1, moving)
        self.move_cards(request.cards, request.stage, above, below)

    @staticmethod
    def _neighbour(
        model: ColumnModel, row: int, step: int, moving: set[uuid.UUID]
    ) -> uuid.UUID | None:
        while 0 <= row < model.rowCount():
            card = model.card_at(row)
            if card is not None and card.id not in moving:
                return card.id
            row += step
        return None

    def move_cards(
        self,
        cards: Sequence[DraggedCard],
        target: Stage,
        above: uuid.UUID | None = None,
        below: uuid.UUID | None = None,
    ) -> bool:
        """Save a move (asking what the target stage needs); False if it did not happen."""
        changing = [c for c in cards if c.stage != target]
        win = None
        if len(cards) == 1 and changing and target is Stage.CUSTOMER:
            card = self.ws.board.cards_by_id([cards[0].id]).get(cards[0].id)
            currency = (card.currency if card else None) or self.ws.ctx.currency
            win = (card.name if card else "", card.deal_value if card else None, currency)
        answers = self._questions.ask(self, target, len(changing), win)
        if answers is None:
            return False
        try:
            results = self.ws.pipeline.move_many(
                [(c.id, c.version) for c in cards],
                target,
                above_id=above,
                below_id=below,
                reason=answers.reason,
                user_id=self.me,
                deal_value=answers.deal_value,
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            self.reload(sorted({c.stage for c in cards} | {target}, key=lambda s: s.order))
            return False
        self.apply_moves(results, (above, below))
        self.undo_stack.push(
            MoveCommand(
                self._describe(results), results, self._reverse, self.apply_moves, self._undo_failed
            )
        )
        self.changed.emit()
        return True

    def _describe(self, results: Sequence[MoveResult]) -> str:
        """What Edit ▸ Undo will say."""
        target = stage_label(results[0].lead.stage)
        if len(results) == 1:
            return (
                self.tr("Move %1 to %2").replace("%1", results[0].lead.number).replace("%2", target)
            )
        return self.tr("Move %n leads to %1", "", len(results)).replace("%1", target)

    def _reverse(self, results: Sequence[MoveResult]) -> list[MoveResult]:
        return self.ws.pipeline.undo_moves(results, user_id=self.me)

    def _undo_failed(self, exc: LeadDeskError) -> None:
        self.show_error(exc)
        self.reload()

    def apply_moves(self, results: Sequence[MoveResult], placed: Placement | None = None) -> None:
        """Patch the columns after a saved move: out of the old place, into the new.

        ``placed``: the neighbours the cards were dropped between, in a
        manually ordered column; the new rows then follow from what the column
        shows, without asking the database.
        """
        taken: dict[uuid.UUID, Card] = {}
        stale: set[Stage] = set()
        for r in results:
            card = self.models[r.from_stage].take(r.lead.id)
            if card is None:
                stale.add(r.from_stage)
            else:
                taken[r.lead.id] = _moved(card, r)
        # a column that did not hold the card is asked again, once; it then
        # already shows the arrivals, so nothing is put into it by hand
        if stale:
            self.reload(sorted(stale, key=lambda s: s.order))
        ids = [r.lead.id for r in results]
        missing = [i for i in ids if i not in taken]
        fresh = {**taken, **(self.ws.board.cards_by_id(missing) if missing else {})}
        cards = [c for i in ids if (c := fresh.get(i)) is not None and c.stage not in stale]
        if not cards:
            return
        # a card the board did not show may not pass the filter: ask where it goes
        first = None if missing else self._placed_row(cards[0].stage, placed)
        if first is not None and all(c.stage == cards[0].stage for c in cards):
            arrivals = [(first + n, c) for n, c in enumerate(cards)]
        else:
            flt, sort = self.view_filter
            arrivals = []
            for card in cards:
                row = self.ws.board.row_of(card.id, card.stage, flt, sort, me=self.me)
                if row is not None:
                    arrivals.append((row, card))
        for row, card in sorted(arrivals, key=lambda a: a[0]):
            self.models[card.stage].put(row, card)
        self._select([card for _, card in arrivals])

    def _placed_row(self, stage: Stage, placed: Placement | None) -> int | None:
        """Where cards dropped between ``placed`` neighbours now start; None if unknown."""
        if placed is None or self.view_filter[1] is not CardSort.MANUAL:
            return None
        above, below = placed
        model = self.models[stage]
        if above is not None:
            row = model.row_of(above)
            return None if row is None else row + 1
        if below is not None:
            return model.row_of(below)
        return 0  # neither: the top of the column

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

    # keyboard --------------------------------------------------------------------
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
        self.scroll.ensureWidgetVisible(self.columns[stage])

    def move_selected(self, stage: Stage, direction: int) -> None:
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

    def delete_selected(self, stage: Stage) -> None:
        cards = self.selected_cards(stage)
        if not cards:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete leads"),
            self.tr("Delete %n lead(s)? They can be restored by an owner.", "", len(cards)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for card in cards:
            try:
                self.ws.leads.delete(card.id, expected_version=card.version, user_id=self.me)
            except LeadDeskError as exc:
                self.show_error(exc)
                break
        self.reload([stage])
        self.changed.emit()

    # context menu ------------------------------------------------------------------
    def show_context_menu(self, stage: Stage, pos: QPoint) -> None:
        view = self.columns[stage].view
        if not view.indexAt(pos).isValid():
            return
        if not view.selectionModel().isSelected(view.indexAt(pos)):
            view.setCurrentIndex(view.indexAt(pos))
        menu = self.context_menu(stage)
        menu.exec(view.viewport().mapToGlobal(pos))

    def context_menu(self, stage: Stage) -> QMenu:
        cards = self.selected_cards(stage)
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        to_stage = menu.addMenu(self.tr("Move to stage"))
        for target in STAGE_ORDER:
            action = to_stage.addAction(stage_label(target))
            action.setEnabled(target != stage)
            action.triggered.connect(
                lambda _=False, t=target: self.move_cards([_dragged(c) for c in cards], t)
            )
        assign = menu.addMenu(self.tr("Assign to"))
        for user in self._choices.users:
            action = assign.addAction(user.name)
            action.triggered.connect(lambda _=False, u=user.id: self.assign(cards, u))
        menu.addAction(self.tr("Release to pool"), lambda: self.assign(cards, None))
        follow = menu.addAction(self.tr("Schedule follow-up…"), lambda: self.schedule(cards[0]))
        follow.setEnabled(len(cards) == 1)
        send = menu.addMenu(self.tr("Send template"))
        send.setObjectName("sendMenu")
        ids = [c.id for c in cards]
        for channel, text in (
            (Channel.EMAIL, self.tr("Email…")),
            (Channel.WHATSAPP, self.tr("WhatsApp…")),
            (Channel.SMS, self.tr("SMS…")),
        ):
            send.addAction(text, lambda c=channel: self.sendMessage.emit(ids, c)).setObjectName(
                f"send_{channel.value}"
            )
        menu.addSeparator()
        menu.addAction(self.tr("Open"), lambda: self.openLead.emit(cards[0].id))
        menu.addAction(self.tr("Delete…"), lambda: self.delete_selected(stage))
        return menu

    def assign(self, cards: Sequence[Card], owner: uuid.UUID | None) -> None:
        for card in cards:
            try:
                self.ws.pipeline.assign(
                    card.id, owner, user_id=self.me, expected_version=card.version
                )
            except LeadDeskError as exc:
                self.show_error(exc)
                break
        self.reload(sorted({c.stage for c in cards}, key=lambda s: s.order))
        self.changed.emit()

    def schedule(self, card: Card) -> None:
        ask = FollowUpDialog(card.name, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.ws.follow_ups.schedule(
                card.id,
                ask.due_at(),
                ask.title.text(),
                notes_before=ask.notes.toPlainText() or None,
                assignee_id=card.owner_id or self.me,
                user_id=self.me,
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.reload([card.stage])
        self.changed.emit()
