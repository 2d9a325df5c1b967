"""What the board does, apart from how it looks: loading the columns, saving moves,
assignments and deletions, undo, and patching the columns when anything changed.

It works on the column models only, so tests drive it without painting; the
screen asks the questions (reasons, deal values) and shows what comes back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from leaddesk.domain.board_view import BoardFilter, CardSort
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Card, Changes, MoveResult
from leaddesk.services.workspace import Workspace
from leaddesk.ui.board.column_model import FIRST_PAGE, ColumnModel, DraggedCard, DropRequest
from leaddesk.ui.board.moves import MoveCommand
from leaddesk.ui.names.assignment import assignment_text
from leaddesk.ui.names.stages import stage_label
from leaddesk.ui.widgets.lead_dialogs import MoveAnswers, PlannedFollowUp

Placement = tuple[uuid.UUID | None, uuid.UUID | None]  # (above, below) a drop
# more changed leads than this and the columns concerned are read again instead of
# asking where each card now stands (one query per card)
PATCH_LIMIT = 40


class BoardView(Protocol):
    """What the controller needs of the screen."""

    def view_filter(self) -> tuple[BoardFilter, CardSort]: ...

    def open_stages(self) -> list[Stage]: ...

    def ask_move(
        self, target: Stage, changing: int, win: tuple[str, Decimal | None, str] | None
    ) -> MoveAnswers | None: ...


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


def _sums(totals: dict[str, Decimal]) -> dict[str, Decimal]:
    return {currency: value for currency, value in totals.items() if value}


def _in_order(stages: Iterable[Stage]) -> list[Stage]:
    return sorted(set(stages), key=lambda s: s.order)


class BoardController(QObject):
    changed = Signal(object)  # Changes written from the board
    counted = Signal(int)  # leads in the database, known after an unfiltered load
    failed = Signal(object)  # LeadDeskError or text: why something was refused
    placed = Signal(list)  # cards that just arrived where they were put (to select)

    def __init__(self, workspace: Workspace, view: BoardView, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.view = view
        self.me: uuid.UUID | None = None
        self.total = 0  # leads in the database, as of the last unfiltered count
        self.undo_stack = QUndoStack(self)
        self.models = {
            stage: ColumnModel(stage, self._fetcher(stage), self) for stage in STAGE_ORDER
        }
        for model in self.models.values():
            model.dropRequested.connect(self.handle_drop)
            model.explain = self.explain
        self._shown: tuple[BoardFilter, CardSort, uuid.UUID | None] | None = None

    def explain(self, lead_id: uuid.UUID) -> str | None:
        """Why the lead is where it is (its latest assignment), for the card's tooltip."""
        try:
            why = self.ws.assignments.why(lead_id)
        except LeadDeskError:
            return None  # a tooltip is no place for a failure; the board says it elsewhere
        return assignment_text(why) if why else None

    # loading ------------------------------------------------------------------------
    def _fetcher(self, stage: Stage) -> Callable[[int, int], list[Card]]:
        flt, sort = self.view.view_filter()
        me, board = self.me, self.ws.board

        def fetch(offset: int, limit: int) -> list[Card]:
            try:
                return board.cards(stage, flt, sort, offset=offset, limit=limit, me=me)
            except LeadDeskError as exc:  # a lost connection while scrolling
                self.failed.emit(exc)
                return []

        return fetch

    def filter_changed(self) -> None:
        # typing the first letters of a word changes no search term: nothing to ask
        flt, sort = self.view.view_filter()
        if (flt.with_(text=" ".join(flt.terms)), sort, self.me) != self._shown:
            self.reload()

    def reload(self, stages: Sequence[Stage] = STAGE_ORDER) -> None:
        """Ask the database again: counts, totals, and the cards as they are now."""
        flt, sort = self.view.view_filter()
        self._shown = (flt.with_(text=" ".join(flt.terms)), sort, self.me)
        # the tops of the open columns come with the totals, in one transaction
        open_stages = set(self.view.open_stages())
        shown = [s for s in stages if s in open_stages]
        try:
            snap = self.ws.board.snapshot(flt, sort, stages=shown, first=FIRST_PAGE, me=self.me)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        totals = snap.totals
        for stage in stages:
            self.models[stage].reset(
                totals[stage].count,
                totals[stage].totals,
                self._fetcher(stage),
                snap.first.get(stage, ()),
            )
        if not flt.active:
            self.total = sum(t.count for t in totals.values())
            self.counted.emit(self.total)

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.undo_stack.clear()
        self.reload()

    def set_user(self, user_id: uuid.UUID | None) -> None:
        self.me = user_id
        self.reload()

    # what changed elsewhere (or here) ---------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Bring the columns up to date with ``changes``, wherever they were made.

        A card the board holds is compared with the database: unchanged (the board
        made the change itself, or it did not concern the card), it stays; changed,
        it moves to where the database now puts it, or leaves if the filter no
        longer shows it. A lead the board does not hold may stand beyond what a
        column has in memory, so the columns it concerns are read again.
        """
        ids = changes.leads
        if not ids:
            return
        held: dict[uuid.UUID, tuple[Stage, Card]] = {}
        for stage, model in self.models.items():
            held |= {i: (stage, c) for i, c in model.held().items() if i in ids}
        if len(ids) > PATCH_LIMIT:
            # a stage no change reached keeps its cards; the others are read again
            again = {*changes.stages, *(stage for stage, _ in held.values())}
            if again:
                self.reload(_in_order(again))
            return
        if not held:
            self._recount(changes.stages)
            return
        try:
            fresh = self.ws.board.cards_by_id(sorted(ids))
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        flt, sort = self.view.view_filter()
        unknown: set[Stage] = set()
        leaving: list[tuple[Stage, uuid.UUID]] = []
        arriving: list[tuple[int, Card]] = []
        try:
            for lead_id in sorted(ids):
                new = fresh.get(lead_id)
                if lead_id not in held:
                    # not in memory: perhaps further down a column, perhaps new to it; only
                    # the stages whose counts or order changed can show it differently
                    unknown |= set(changes.stages)
                    continue
                stage, old = held[lead_id]
                model = self.models[stage]
                if new == old:
                    continue
                row = None
                if new is not None:
                    row = self.ws.board.row_of(lead_id, new.stage, flt, sort, me=self.me)
                if new is not None and new.stage == stage and row == model.row_of(lead_id):
                    model.replace(new)  # where it was: the selection stays
                    continue
                leaving.append((stage, lead_id))
                if new is not None and row is not None:
                    arriving.append((row, new))
        except LeadDeskError as exc:
            self.failed.emit(exc)
            self.reload()
            return
        for stage, lead_id in leaving:
            self.models[stage].take(lead_id)
        for row, card in sorted(arriving, key=lambda a: a[0]):
            self.models[card.stage].put(row, card)
        if unknown:
            self._recount(unknown)
        elif (leaving or arriving) and not flt.active:
            self.total = sum(m.count for m in self.models.values())
            self.counted.emit(self.total)

    def _recount(self, stages: Iterable[Stage]) -> None:
        """Columns that leads it does not hold may have entered or left: count them,
        and read again those whose count or value sums are not what they show."""
        if not stages:
            return
        flt, _sort = self.view.view_filter()
        try:
            totals = self.ws.board.totals(flt, me=self.me)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        differ = [
            s
            for s in _in_order(stages)
            if (totals[s].count, _sums(totals[s].totals))
            != (self.models[s].count, _sums(self.models[s].totals))
        ]
        if differ:
            self.reload(differ)

    # moves ---------------------------------------------------------------------------
    def handle_drop(self, request: DropRequest) -> None:
        model = self.models[request.stage]
        moving = {c.id for c in request.cards}
        if len(request.cards) == 1 and request.cards[0].stage == request.stage:
            here = model.row_of(request.cards[0].id)
            if here is not None and request.row in (here, here + 1):
                return  # dropped where it already was
        above = below = None
        if self.view.view_filter()[1] is CardSort.MANUAL:
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
        answers = self.view.ask_move(target, len(changing), win)
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
            self.failed.emit(exc)
            self.reload(_in_order({c.stage for c in cards} | {target}))
            return False
        self.apply_moves(results, (above, below))
        self.undo_stack.push(
            MoveCommand(
                self._describe(results), results, self._reverse, self.apply_moves, self._undo_failed
            )
        )
        return True

    def _describe(self, results: Sequence[MoveResult]) -> str:
        """What Edit ▸ Undo will say."""
        target = stage_label(results[0].lead.stage)
        if len(results) == 1:
            return (
                self.tr("Move %1 to %2").replace("%1", results[0].lead.number).replace("%2", target)
            )
        return self.tr("Move %Ln leads to %1", "", len(results)).replace("%1", target)

    def _reverse(self, results: Sequence[MoveResult]) -> list[MoveResult]:
        return self.ws.pipeline.undo_moves(results, user_id=self.me)

    def _undo_failed(self, exc: LeadDeskError) -> None:
        self.failed.emit(exc)
        self.reload()

    def apply_moves(self, results: Sequence[MoveResult], placed: Placement | None = None) -> None:
        """Patch the columns after a saved move (or its undo), then tell the others.

        ``placed``: the neighbours the cards were dropped between, in a manually
        ordered column; the new rows then follow from what the column shows,
        without asking the database.
        """
        self._patch_moves(results, placed)
        changes = Changes()
        for r in results:
            changes |= r.changes
        self.changed.emit(changes)

    def _patch_moves(self, results: Sequence[MoveResult], placed: Placement | None) -> None:
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
            self.reload(_in_order(stale))
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
            flt, sort = self.view.view_filter()
            arrivals = []
            for card in cards:
                row = self.ws.board.row_of(card.id, card.stage, flt, sort, me=self.me)
                if row is not None:
                    arrivals.append((row, card))
        for row, card in sorted(arrivals, key=lambda a: a[0]):
            self.models[card.stage].put(row, card)
        self.placed.emit([card for _, card in arrivals])

    def _placed_row(self, stage: Stage, placed: Placement | None) -> int | None:
        """Where cards dropped between ``placed`` neighbours now start; None if unknown."""
        if placed is None or self.view.view_filter()[1] is not CardSort.MANUAL:
            return None
        above, below = placed
        model = self.models[stage]
        if above is not None:
            row = model.row_of(above)
            return None if row is None else row + 1
        if below is not None:
            return model.row_of(below)
        return 0  # neither: the top of the column

    # other writes ----------------------------------------------------------------------
    def _write_each(self, cards: Sequence[Card], write: Callable[[Card], Changes]) -> None:
        """One write per card until one is refused; what was written is shown and told."""
        changes = Changes()
        for card in cards:
            try:
                changes |= write(card)
            except LeadDeskError as exc:
                self.failed.emit(exc)
                break
        self.apply_changes(changes)
        self.changed.emit(changes)

    def delete(self, cards: Sequence[Card]) -> None:
        self._write_each(
            cards,
            lambda c: self.ws.leads.delete(c.id, expected_version=c.version, user_id=self.me),
        )

    def assign(self, cards: Sequence[Card], owner: uuid.UUID | None) -> None:
        self._write_each(
            cards,
            lambda c: self.ws.pipeline.assign(
                c.id, owner, user_id=self.me, expected_version=c.version
            ),
        )

    def schedule(self, card: Card, planned: PlannedFollowUp) -> None:
        self._write_each(
            [card],
            lambda c: (
                self.ws.follow_ups.schedule(
                    c.id,
                    planned.due_at,
                    planned.title,
                    notes_before=planned.notes,
                    assignee_id=c.owner_id or self.me,
                    user_id=self.me,
                ).changes
            ),
        )
