"""The leads table's columns as the user arranged them: order, widths, which are shown
and the sort, remembered between sessions; the menu that shows and hides them.

The arrangement is kept by column id (``column_id``), not by position: custom fields
come and go, and a field added must not shift the columns after it, nor a field
retired forget where the others were. A field's place is remembered while it is
away, so bringing it back (or opening a database that has it) puts it where it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from leaddesk.domain.lead_table import (
    DEFAULT_HIDDEN,
    AnyColumn,
    Column,
    FieldColumn,
    TableSort,
    column_id,
)
from leaddesk.ui.widgets.lead_columns import column_title
from leaddesk.ui.widgets.lead_table_model import LeadTableModel

# what a first-time column must show whole, in the table's font (so a phone number is
# never cut in a larger font or a longer header word)
FIRST_WIDTHS = {
    Column.NUMBER: "L-0000000",
    Column.NAME: "Magdalena Wiśniewska-Kowal",
    Column.EMAIL: "magdalena.kowalska@example.com",
    Column.PHONE: "+000 00 000 00 00",
}
NEWEST_FIRST = TableSort(Column.NUMBER, descending=True)


@dataclass
class Arrangement:
    """What is remembered: ids in the order shown, the hidden ones, widths, the sort."""

    order: list[str] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    widths: dict[str, int] = field(default_factory=dict)
    sort: str = Column.NUMBER.value
    descending: bool = True

    def to_json(self) -> str:
        return json.dumps(
            {
                "order": self.order,
                "hidden": sorted(self.hidden),
                "widths": self.widths,
                "sort": self.sort,
                "descending": self.descending,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Arrangement | None:
        """None for anything unreadable (then the first-time layout is used)."""
        try:
            raw: Any = json.loads(text)
            return cls(
                order=[str(i) for i in raw["order"]],
                hidden={str(i) for i in raw["hidden"]},
                widths={str(k): int(v) for k, v in raw["widths"].items()},
                sort=str(raw["sort"]),
                descending=bool(raw["descending"]),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def _with_away(present: list[str], before: list[str]) -> list[str]:
    """``present`` (the order shown now) with the ids of ``before`` that are not shown,
    each back after the column it followed."""
    out = list(present)
    for i, cid in enumerate(before):
        if cid in out:
            continue
        after = next((p for p in reversed(before[:i]) if p in out), None)
        out.insert(out.index(after) + 1 if after is not None else 0, cid)
    return out


class TableColumns(QObject):
    def __init__(
        self, table: QTableView, settings: QSettings, key: str, *, old_key: str | None = None
    ) -> None:
        """``old_key``: where an earlier version kept the header's own state (by position)."""
        super().__init__(table)
        self.table, self._settings, self._key, self._old_key = table, settings, key, old_key
        self._state: Arrangement | None = None  # None: never arranged
        self._applying = False
        # the header sorts by number only because the remembered sort's field is not
        # here (yet): saving keeps the field's sort until the user picks another
        self._standing_in = False
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._later = QTimer(self, singleShot=True, interval=500)  # while dragging a width
        self._later.timeout.connect(self.save)

    @property
    def model(self) -> LeadTableModel:
        model = self.table.model()
        assert isinstance(model, LeadTableModel)
        return model

    def _ids(self) -> list[str]:
        return [column_id(c) for c in self.model.columns]

    def restore(self) -> TableSort | None:
        """Put back what was saved (or the first-time layout); the saved sort, if any.

        Call before sorting is enabled; what the user changes is saved from then on."""
        saved = self._settings.value(self._key)
        self._state = Arrangement.from_json(saved) if isinstance(saved, str) else None
        if self._state is None:
            self._state = self._from_qt_state()  # what versions before custom columns saved
        sort = self._apply()
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(self.save)
        header.sectionResized.connect(self._later.start)
        header.sortIndicatorChanged.connect(self._sort_picked)
        return sort if self._state is not None else None

    def _from_qt_state(self) -> Arrangement | None:
        old = self._settings.value(self._old_key) if self._old_key else None
        header = self.table.horizontalHeader()
        if isinstance(old, QByteArray) and header.restoreState(old):
            return self._read()
        return None

    def set_fields(self, fields: Sequence[FieldColumn]) -> TableSort | None:
        """The custom fields there are now, as columns where the user had them (a new
        one hidden until asked for); the sort to show if it changed."""
        self._later.stop()
        self.save()  # a width still being dragged is kept
        before = self.sort()
        if not self.model.set_fields(fields):
            return None
        after = self._apply()
        return after if after != before else None

    def sort(self) -> TableSort:
        header = self.table.horizontalHeader()
        columns = self.model.columns
        section = header.sortIndicatorSection()
        if not 0 <= section < len(columns):
            return NEWEST_FIRST
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return TableSort(columns[section], descending)

    def _apply(self) -> TableSort:
        """Arrange the header as ``self._state`` says (the first-time layout if nothing
        was saved); returns the sort it shows."""
        header = self.table.horizontalHeader()
        ids = self._ids()
        state = self._state
        self._applying = True
        try:
            known = set(state.order) if state else set()
            wanted = [i for i in state.order if i in ids] if state else []
            wanted += [i for i in ids if i not in wanted]
            for visual, wanted_id in enumerate(wanted):
                header.moveSection(header.visualIndex(ids.index(wanted_id)), visual)
            for logical, column in enumerate(self.model.columns):
                cid = ids[logical]
                if state is None:
                    hidden = column in DEFAULT_HIDDEN or isinstance(column, FieldColumn)
                else:
                    hidden = cid in state.hidden or (
                        cid not in known and isinstance(column, FieldColumn)
                    )
                header.setSectionHidden(logical, hidden)
                width = state.widths.get(cid) if state else None
                if width:
                    header.resizeSection(logical, width)
                elif column in FIRST_WIDTHS and isinstance(column, Column):
                    header.resizeSection(logical, self._width_for(logical, FIRST_WIDTHS[column]))
            sort_id, descending = (state.sort, state.descending) if state else ("", True)
            self._standing_in = sort_id not in ids
            if sort_id in ids:
                logical, down = ids.index(sort_id), descending
            else:  # never sorted, or by a field not here
                logical, down = ids.index(Column.NUMBER.value), True
            order = Qt.SortOrder.DescendingOrder if down else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(logical, order)
        finally:
            self._applying = False
        return self.sort()

    def _width_for(self, logical: int, sample: str) -> int:
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        text = self.table.fontMetrics().horizontalAdvance(sample)
        title = self.table.horizontalHeader().sectionSizeFromContents(logical)
        return max(text + padding, title.width())

    def _read(self) -> Arrangement:
        """The header as it is now."""
        header = self.table.horizontalHeader()
        ids = self._ids()
        order = [ids[header.logicalIndex(v)] for v in range(header.count())]
        sort = self.sort()
        return Arrangement(
            order=order,
            hidden={ids[i] for i in range(len(ids)) if header.isSectionHidden(i)},
            widths={
                ids[i]: header.sectionSize(i)
                for i in range(len(ids))
                if not header.isSectionHidden(i)
            },
            sort=column_id(sort.column),
            descending=sort.descending,
        )

    def _sort_picked(self) -> None:
        if not self._applying:
            self._standing_in = False
            self.save()

    def save(self) -> None:
        if self._applying:
            return
        now = self._read()
        if self._state is not None and self._standing_in:
            now.sort, now.descending = self._state.sort, self._state.descending
        if self._state is not None:  # columns away for now keep their place for later
            away = [i for i in self._state.order if i not in now.order]
            now.order = _with_away(now.order, self._state.order)
            now.hidden |= {i for i in away if i in self._state.hidden}
            now.widths = {**self._state.widths, **now.widths}  # hidden ones keep theirs
        self._state = now
        self._settings.setValue(self._key, now.to_json())

    def visible(self) -> list[AnyColumn]:
        """In the order the user arranged them."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [columns[i] for i in logical if not header.isSectionHidden(i)]

    def set_visible(self, column: AnyColumn, visible: bool) -> None:
        if not visible and len(self.visible()) == 1:
            return  # the last column stays
        logical = self.model.columns.index(column)
        self.table.horizontalHeader().setSectionHidden(logical, not visible)
        if visible and self.table.horizontalHeader().sectionSize(logical) < 40:
            self.table.horizontalHeader().resizeSection(logical, 120)
        self.save()

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        columns = self.model.columns
        for i, column in enumerate(columns):
            if isinstance(column, FieldColumn) and not isinstance(columns[i - 1], FieldColumn):
                menu.addSection(self.tr("Custom fields"))
            action = menu.addAction(column_title(column))
            action.setObjectName(f"column_{column_id(column)}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.table)
        self.fill_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
