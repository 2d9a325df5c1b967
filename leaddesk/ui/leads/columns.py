"""The leads table's columns as the user arranged them: order, widths, which are shown
and the sort, remembered between sessions; the menu that shows and hides them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from leaddesk.domain.lead_table import COLUMNS, DEFAULT_HIDDEN, Column, TableSort
from leaddesk.ui.widgets.lead_columns import column_title

# what a first-time column must show whole, in the table's font (so a phone number is
# never cut in a larger font or a longer header word)
FIRST_WIDTHS = {
    Column.NUMBER: "L-0000000",
    Column.NAME: "Magdalena Wiśniewska-Kowal",
    Column.EMAIL: "magdalena.kowalska@example.com",
    Column.PHONE: "+000 00 000 00 00",
}


class TableColumns(QObject):
    def __init__(self, table: QTableView, settings: QSettings, key: str) -> None:
        super().__init__(table)
        self.table, self._settings, self._key = table, settings, key
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._later = QTimer(self, singleShot=True, interval=500)  # while dragging a width
        self._later.timeout.connect(self.save)

    def restore(self) -> TableSort | None:
        """Put back what was saved (or the first-time layout); the saved sort, if any.

        Call before sorting is enabled; what the user changes is saved from then on."""
        header = self.table.horizontalHeader()
        state = self._settings.value(self._key)
        sort = None
        if isinstance(state, QByteArray) and header.restoreState(state):
            section = header.sortIndicatorSection()
            if 0 <= section < len(COLUMNS):
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                sort = TableSort(COLUMNS[section], descending)
        else:
            for column, sample in FIRST_WIDTHS.items():
                self.table.setColumnWidth(COLUMNS.index(column), self._width_for(column, sample))
            for column in DEFAULT_HIDDEN:
                header.hideSection(COLUMNS.index(column))
            header.setSortIndicator(COLUMNS.index(Column.NUMBER), Qt.SortOrder.DescendingOrder)
        header.sectionMoved.connect(self.save)
        header.sectionResized.connect(self._later.start)
        header.sortIndicatorChanged.connect(self.save)
        return sort

    def _width_for(self, column: Column, sample: str) -> int:
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        text = self.table.fontMetrics().horizontalAdvance(sample)
        title = self.table.horizontalHeader().sectionSizeFromContents(COLUMNS.index(column))
        return max(text + padding, title.width())

    def save(self) -> None:
        self._settings.setValue(self._key, self.table.horizontalHeader().saveState())

    def visible(self) -> list[Column]:
        """In the order the user arranged them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i] for i in logical if not header.isSectionHidden(i)]

    def set_visible(self, column: Column, visible: bool) -> None:
        if not visible and len(self.visible()) == 1:
            return  # the last column stays
        self.table.horizontalHeader().setSectionHidden(COLUMNS.index(column), not visible)
        self.save()

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(column_title(column))
            action.setObjectName(f"column_{column.value}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.table)
        self.fill_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
