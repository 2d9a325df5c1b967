"""Undo and redo of board moves: a thin adapter over the move service's own undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import MoveResult

Reverse = Callable[[Sequence[MoveResult]], list[MoveResult]]


class MoveCommand(QUndoCommand):
    """Pushed after the move was saved; undo and redo each save the reversal.

    Undoing a move returns a move (the reversal), so redo is undoing the undo.
    If the database refuses (someone changed the lead meanwhile), the command
    reports why and drops out of the stack instead of pretending.
    """

    def __init__(
        self,
        text: str,
        results: Sequence[MoveResult],
        reverse: Reverse,
        applied: Callable[[list[MoveResult]], None],
        failed: Callable[[LeadDeskError], None],
    ) -> None:
        super().__init__(text)
        self._results = list(results)
        self._reverse, self._applied, self._failed = reverse, applied, failed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the move is already saved
            self._pushed = True
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def _flip(self) -> None:
        try:
            self._results = self._reverse(self._results)
        except LeadDeskError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._applied(self._results)
