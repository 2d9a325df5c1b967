"""One board column as a Qt list model over a lazily loaded window of cards.

The model knows how many cards the column has (so the scroll bar is true from
the start) but holds only a bounded, contiguous window of them; rows outside
it are fetched a chunk at a time when the view paints them. A move patches the
window in place, so a drop repaints without reloading the column.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from leaddesk.domain.stages import Stage
from leaddesk.services.records import Card
from leaddesk.ui.formatting import datetime_text, format_percent
from leaddesk.ui.names.scoring import score_button_text

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-leaddesk-cards"
FIRST_PAGE = 24  # cards fetched when a column (re)opens: a tall screen's worth
CHUNK = 120  # cards per fetch while scrolling
MAX_WINDOW = 900  # cards kept per column, however far the user scrolls

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[Card]]  # (offset, limit) -> cards


@dataclass(frozen=True)
class DraggedCard:
    id: uuid.UUID
    version: int
    stage: Stage


@dataclass(frozen=True)
class DropRequest:
    """Cards dropped on a column before ``row`` (rows as the column showed them)."""

    stage: Stage
    row: int
    cards: tuple[DraggedCard, ...]


def encode_cards(cards: Sequence[Card]) -> QMimeData:
    data = QMimeData()
    payload = [{"id": str(c.id), "version": c.version, "stage": c.stage.value} for c in cards]
    data.setData(MIME_TYPE, json.dumps(payload).encode())
    data.setText("\n".join(f"{c.number} {c.name}" for c in cards))
    return data


def decode_cards(data: QMimeData) -> tuple[DraggedCard, ...]:
    try:
        raw = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        return tuple(
            DraggedCard(uuid.UUID(c["id"]), int(c["version"]), Stage(c["stage"])) for c in raw
        )
    except (ValueError, KeyError, TypeError):
        return ()


class ColumnModel(QAbstractListModel):
    dropRequested = Signal(object)  # DropRequest
    totalsChanged = Signal()  # the count or the value sums changed

    def __init__(self, stage: Stage, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._fetch = fetch
        self._count = 0
        self.totals: dict[str, Decimal] = {}
        self._start = 0
        self._window: list[Card] = []
        # why the lead is where it is, for the tooltip: read on hover, kept per version
        self.explain: Callable[[uuid.UUID], str | None] | None = None
        self._explained: dict[tuple[uuid.UUID, int], str | None] = {}

    # loading ---------------------------------------------------------------
    def reset(
        self,
        count: int,
        totals: dict[str, Decimal],
        fetch: Fetch | None = None,
        first: Sequence[Card] = (),
    ) -> None:
        """New contents (filter, sort or database changed): forget every card held.

        ``first``: the column's top cards when the caller fetched them already.
        """
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._count, self.totals = count, dict(totals)
        self._start, self._window = 0, list(first[:count])
        self.endResetModel()
        self.totalsChanged.emit()

    @property
    def window_size(self) -> int:
        return len(self._window)

    def card_at(self, row: int) -> Card | None:
        if not 0 <= row < self._count:
            return None
        end = self._start + len(self._window)
        if not self._start <= row < end:
            self._load_around(row, end)
        i = row - self._start
        return self._window[i] if 0 <= i < len(self._window) else None

    def _load_around(self, row: int, end: int) -> None:
        if self._window and end <= row < end + CHUNK:  # scrolling down: extend
            self._window += self._fetch(end, CHUNK)
            extra = len(self._window) - MAX_WINDOW
            if extra > 0:
                del self._window[:extra]
                self._start += extra
        elif self._window and self._start - CHUNK <= row < self._start:  # scrolling up
            first = max(0, self._start - CHUNK)
            self._window = self._fetch(first, self._start - first) + self._window
            self._start = first
            del self._window[MAX_WINDOW:]
        elif not self._window and row < FIRST_PAGE:  # the top of a fresh column
            self._start = 0
            self._window = self._fetch(0, FIRST_PAGE)
        else:  # a jump: start afresh around the row
            self._start = max(0, row - CHUNK // 3)
            self._window = self._fetch(self._start, CHUNK)

    def row_of(self, lead_id: uuid.UUID) -> int | None:
        """The row of a card this model holds (a visible one always is)."""
        for i, c in enumerate(self._window):
            if c.id == lead_id:
                return self._start + i
        return None

    def held(self) -> dict[uuid.UUID, Card]:
        """The cards in memory, by lead id (the ones a change may concern)."""
        return {c.id: c for c in self._window}

    @property
    def count(self) -> int:
        return self._count

    # patching after a committed move ------------------------------------------
    def take(self, lead_id: uuid.UUID) -> Card | None:
        """Remove a card that left the column; None if this model never held it."""
        row = self.row_of(lead_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self._window.pop(row - self._start)
        self._count -= 1
        self._add_total(gone, -1)
        self.endRemoveRows()
        self.totalsChanged.emit()
        return gone

    def put(self, row: int, card: Card) -> None:
        """Insert a card that arrived at ``row`` (as the database orders it)."""
        row = max(0, min(row, self._count))
        self.beginInsertRows(QModelIndex(), row, row)
        self._count += 1
        self._add_total(card, +1)
        end = self._start + len(self._window)
        if self._start <= row <= end and self._window:
            self._window.insert(row - self._start, card)
        elif row < self._start:
            self._start += 1
        self.endInsertRows()
        self.totalsChanged.emit()

    def replace(self, card: Card) -> bool:
        """Show a held card's new state where it stands; False if it is not held."""
        row = self.row_of(card.id)
        if row is None:
            return False
        old = self._window[row - self._start]
        self._window[row - self._start] = card
        self.dataChanged.emit(self.index(row), self.index(row))
        if (old.deal_value, old.currency) != (card.deal_value, card.currency):
            self._add_total(old, -1)
            self._add_total(card, +1)
            self.totalsChanged.emit()
        return True

    def _add_total(self, card: Card, sign: int) -> None:
        if card.deal_value is None:
            return
        key = card.currency or ""
        self.totals[key] = self.totals.get(key, Decimal(0)) + sign * card.deal_value

    # Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.card_at(index.row())
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (card_tooltip(card), self._why(card)) if t)
        return None

    def _why(self, card: Card) -> str | None:
        if self.explain is None:
            return None
        key = (card.id, card.version)
        if key not in self._explained:
            if len(self._explained) > 256:
                self._explained.clear()
            self._explained[key] = self.explain(card.id)
        return self._explained[key]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        # cards are not drop targets themselves: drops land between them
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_cards([c for r in rows if (c := self.card_at(r)) is not None])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Hand the drop to the board, which saves it and then patches the models.

        Returns False so the view never removes the dragged rows itself: only a
        committed move changes what the columns show.
        """
        cards = decode_cards(data)
        if not cards or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = self._count
        self.dropRequested.emit(DropRequest(self.stage, row, cards))
        return False


def card_tooltip(card: Card) -> str:
    """The card's number and name, company, score and class, and the conversion
    model's probability when there is one."""
    lines = [f"{card.number} · {card.name}", card.company or ""]
    lines.append(score_button_text(card.score, card.qualification))
    if card.probability is not None:
        lines.append(
            QCoreApplication.translate("Board", "Likely to become a customer: %1").replace(
                "%1", format_percent(card.probability, 0)
            )
        )
    if card.response_due is not None:
        lines.append(
            QCoreApplication.translate("Board", "First contact due by %1").replace(
                "%1", datetime_text(card.response_due)
            )
        )
    return "\n".join(line for line in lines if line)
