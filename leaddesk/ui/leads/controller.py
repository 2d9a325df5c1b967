"""What the Leads screen does, apart from how it looks: the query it shows, loading and
sorting, bulk writes with undo, and patching rows when anything changed anywhere.

It works on the table model only, so tests drive it without painting.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from leaddesk.domain.lead_table import AnyColumn, TableSort
from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.records import Changes, LeadRow
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.lead_columns import cell_text
from leaddesk.ui.widgets.lead_dialogs import MoveAnswers
from leaddesk.ui.widgets.lead_table_model import BLOCK, LeadTableModel


class LeadsView(Protocol):
    """What the controller needs of the screen."""

    def query(self) -> TableQuery: ...

    def rows_in_view(self) -> tuple[int, int]: ...


# more changed leads than this and the block in view is read again instead of each row
PATCH_LIMIT = 500


def _block_offsets(first: int, last: int) -> list[int]:
    return list(range(first // BLOCK * BLOCK, last // BLOCK * BLOCK + 1, BLOCK))


class _Deleted(QUndoCommand):
    """Soft-deleting leads; undo restores them."""

    def __init__(self, controller: LeadsController, ids: list[uuid.UUID], text: str) -> None:
        super().__init__(text)
        self.controller, self.ids = controller, ids

    def redo(self) -> None:
        me = self.controller.me
        self.controller.write(lambda ws: ws.leads.delete_many(self.ids, user_id=me))

    def undo(self) -> None:
        me = self.controller.me
        self.controller.write(lambda ws: ws.leads.restore_many(self.ids, user_id=me))


class LeadsController(QObject):
    changed = Signal(object)  # Changes written from the table
    failed = Signal(object)  # LeadDeskError or text: why something was refused
    loaded = Signal()  # the rows or their count are new (the view updates its tools)

    def __init__(self, workspace: Workspace, view: LeadsView, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.view = view
        self.me: uuid.UUID | None = None
        self.sort = TableSort()
        self.model = LeadTableModel(self)
        self.undo_stack = QUndoStack(self)
        self.shown: TableQuery | None = None  # the query the rows come from

    # loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and read the first rows of what the view asks for."""
        q = self.view.query()
        try:
            total, first = self.ws.table.open(q, first=BLOCK)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        self.model.reset(total, first, lambda offset, limit: self._fetch(q, offset, limit))
        self.shown = q
        self.loaded.emit()

    def sort_by(self, column: AnyColumn, descending: bool) -> bool:
        """A header click (Qt asks twice for one click; the second is a no-op).
        True when the rows were read again in the new order."""
        sort = TableSort(column, descending)
        if sort == self.sort and self.shown is not None and self.shown.sort == sort:
            return False
        self.sort = sort
        if self.shown is None:
            self.reload()
            return True
        # the same rows in another order: the count stands, only the first page is asked
        q = replace(self.shown, sort=sort)
        try:
            first = self.ws.table.page(q, offset=0, limit=BLOCK)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return False
        self.model.reset(self.model.total, first, lambda o, n: self._fetch(q, o, n))
        self.shown = q
        self.loaded.emit()
        return True

    def _fetch(self, q: TableQuery, offset: int, limit: int) -> list[LeadRow]:
        try:
            return self.ws.table.page(q, offset=offset, limit=limit)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return []

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.undo_stack.clear()

    # what changed elsewhere (or here) -------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Bring the rows up to date with ``changes``, wherever they were made.

        Rows whose leads changed are read again under the table's filter; when they
        stay in the list with the same sort value, they are redrawn where they stand.
        When a lead came, went or sorts elsewhere now, the count and the block in
        view are read again instead.
        """
        q = self.shown
        if q is None or not changes.leads:
            return
        if len(changes.leads) > PATCH_LIMIT:  # an import, a bulk action: read what is in view
            self.requery_in_view(q)
            return
        held = self.model.held()
        try:
            fresh = self.ws.table.matching(q, sorted(changes.leads))
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        column = q.sort.column
        moved = any(
            (i in held) != (i in fresh)
            or (i in held and cell_text(held[i], column) != cell_text(fresh[i], column))
            for i in changes.leads
        )
        if moved:
            self.requery_in_view(q)
        else:
            self.model.replace(fresh)

    def requery_in_view(self, q: TableQuery) -> None:
        first, last = self.view.rows_in_view()
        try:
            total, blocks = self.ws.table.blocks(q, _block_offsets(first, last), limit=BLOCK)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        self.model.requery(total, blocks)
        self.loaded.emit()

    # writing ------------------------------------------------------------------------
    def write(self, act: Callable[[Workspace], Changes]) -> bool:
        """Run a write, say what went wrong, show it here and tell the others."""
        try:
            changes = act(self.ws)
        except ValidationError as exc:
            self.failed.emit(error_text(exc))
            return False
        except LeadDeskError as exc:
            self.failed.emit(exc)
            if self.shown is not None:
                self.requery_in_view(self.shown)
            return False
        self.apply_changes(changes)
        self.changed.emit(changes)
        return True

    def assign(self, ids: Sequence[uuid.UUID], owner: uuid.UUID | None) -> bool:
        return self.write(lambda ws: ws.pipeline.assign_many(ids, owner, user_id=self.me))

    def move(self, ids: Sequence[uuid.UUID], stage: Stage, answers: MoveAnswers) -> bool:
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

        return self.write(move)

    def retag(self, ids: Sequence[uuid.UUID], tag: str, *, add: bool) -> bool:
        if add:
            return self.write(lambda ws: ws.leads.retag(ids, add=[tag]))
        return self.write(lambda ws: ws.leads.retag(ids, remove=[tag]))

    def delete(self, ids: list[uuid.UUID], text: str) -> None:
        """Soft-delete, on the undo stack (Edit ▸ Undo brings them back)."""
        self.undo_stack.push(_Deleted(self, ids, text))
