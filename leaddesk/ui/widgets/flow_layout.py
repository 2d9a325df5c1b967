"""A layout that lays its items out in a row and wraps onto more rows when narrow.

Filter bars and tool rows hold more controls than fit beside each other on a 1280 px
laptop in Polish; a QHBoxLayout would make the whole window at least as wide as the
row. This one is only as wide as its widest item and asks for the height it needs at
the width it gets (height-for-width), mirrored in a right-to-left layout.
Items marked ``stretch`` share the room left over in their row (the search field).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()  # ids of the items that take the spare room
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # building ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget, *, stretch: bool = False) -> None:
        """Add ``widget``; a ``stretch`` one widens into the room left in its row."""
        self.addWidget(widget)
        if stretch:
            self._stretch.add(id(self._items[-1]))

    def insert(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.discard(id(item))
        return item

    # sizes -------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """All in one row, as it looks when there is room."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item (one per row at worst)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # placing -----------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not ((w := i.widget()) is not None and w.isHidden())]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows[-1] and used + self._gap + w > width:
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + w
            rows[-1].append(item)
        return [r for r in rows if r]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        rtl = self._direction()
        for row in self._rows(area.width()):
            height = max(i.sizeHint().height() for i in row)
            widths = self._widths(row, area.width())
            x = area.x()
            for item, w in zip(row, widths, strict=True):
                if apply:
                    h = height if self._fills_height(item) else item.sizeHint().height()
                    cell = QRect(QPoint(x, y + (height - h) // 2), QSize(w, h))
                    item.setGeometry(QStyle.visualRect(rtl, area, cell))
                x += w + self._gap
            y += height + self._gap
        return max(y - self._gap - area.y(), 0) + m.top() + m.bottom()

    def _widths(self, row: list[QLayoutItem], width: int) -> list[int]:
        """Each item's hint, squeezed to the row if one is alone, plus the spare room
        shared by the stretch items."""
        widths = [max(min(i.sizeHint().width(), width), i.minimumSize().width()) for i in row]
        spare = width - sum(widths) - self._gap * (len(row) - 1)
        growing = [n for n, i in enumerate(row) if id(i) in self._stretch]
        if spare > 0 and growing:
            share, extra = divmod(spare, len(growing))
            for k, n in enumerate(growing):
                widths[n] += share + (1 if k < extra else 0)
        return widths

    @staticmethod
    def _fills_height(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is not None and widget.sizePolicy().verticalPolicy() in (
            QSizePolicy.Policy.Expanding,
            QSizePolicy.Policy.MinimumExpanding,
        )

    def _direction(self) -> Qt.LayoutDirection:
        owner = self.parentWidget()
        return owner.layoutDirection() if owner is not None else Qt.LayoutDirection.LeftToRight


def row_of(*widgets: QWidget, spacing: int = 4) -> QWidget:
    """Widgets that belong together (a label and its field) kept on one row."""
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(spacing)
    for w in widgets:
        lay.addWidget(w)
    return box
