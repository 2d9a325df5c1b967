"""A stage column: a header with count and value, and a list view of cards."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.stages import Stage
from leaddesk.ui.board.card_delegate import CARD_HEIGHT, CardDelegate
from leaddesk.ui.board.column_model import ColumnModel
from leaddesk.ui.formatting import format_money, number
from leaddesk.ui.names.stages import STAGE_COLORS, stage_label
from leaddesk.ui.widgets.elided_label import ElidedLabel

COLUMN_WIDTH = 272
COLLAPSED_WIDTH = 44
# a slim, flat bar: the platform's bar (Fusion's gradients) took 2.5 ms to
# repaint each time a drop changed a column's length
SCROLL_BAR_STYLE = """
QScrollBar:vertical { width: 10px; margin: 2px; border: none; background: transparent; }
QScrollBar::handle:vertical { min-height: 32px; border-radius: 3px; background: palette(mid); }
QScrollBar::handle:vertical:hover, QScrollBar::handle:vertical:pressed {
    background: palette(dark);
}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""


class _CardViewStyle(QProxyStyle):
    """No row highlight behind a selected card: the card outlines itself."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is not QStyle.PrimitiveElement.PE_PanelItemViewRow:
            super().drawPrimitive(element, option, painter, widget)


def _card_view_style() -> QStyle:
    """One style for every card view, owned by the application so it outlives them."""
    app = QApplication.instance()
    style = app.findChild(_CardViewStyle) if app else None
    if style is None:
        style = _CardViewStyle()
        style.setParent(app)
    return style


class CardListView(QTableView):
    """Cards in a column; board-wide keys are handed up as signals.

    A one-column table rather than a QListView: a list view lays out every
    row again (asking the model for its row count per row) whenever one card
    is inserted, which took tens of milliseconds per drop on a 15,000-card
    column; a table's fixed row height makes that free.
    """

    stepColumn = Signal(int)  # -1 visual left, +1 visual right
    moveSelected = Signal(int)  # Ctrl+Shift+Left/Right, visual direction
    openCurrent = Signal()
    deleteSelected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(CARD_HEIGHT)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().setStyleSheet(SCROLL_BAR_STYLE)
        self.setStyle(_card_view_style())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        sideways: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: +1}  # key() is an int
        if key in sideways and (mods & ctrl_shift) == ctrl_shift:
            self.moveSelected.emit(sideways[key])
        elif key in sideways and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.stepColumn.emit(sideways[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openCurrent.emit()
        elif key == Qt.Key.Key_Delete:
            self.deleteSelected.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class _VerticalTitle(QWidget):
    """A collapsed column's name, read from top to bottom."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.translate(self.width() / 2 + p.fontMetrics().ascent() / 2 - 2, 8)
        p.rotate(90)
        p.drawText(QPoint(0, 0), self.text)


class StageColumn(QFrame):
    collapsedChanged = Signal(bool)
    addRequested = Signal()  # "+": a new lead in this stage

    def __init__(
        self, model: ColumnModel, delegate: CardDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        stage = model.stage
        self.model = model
        self.stage: Stage = stage
        self.setObjectName(f"column_{stage.value}")
        self.setStyleSheet(
            f"#column_{stage.value} {{ background: palette(window); border: 1px solid palette(mid);"
            f" border-top: 4px solid {STAGE_COLORS[stage]}; border-radius: 8px; }}"
        )
        self.title = ElidedLabel(stage_label(stage), min_chars=6)  # long Polish names
        self.title.setObjectName("columnTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt; border: none;")
        self.count = QLabel()
        self.count.setObjectName("columnCount")
        self.count.setStyleSheet(
            "border: none; border-radius: 9px; padding: 1px 7px; background: palette(midlight);"
        )
        self.value = ElidedLabel(min_chars=6)  # several currencies' sums
        self.value.setObjectName("columnValue")
        self.value.setStyleSheet("border: none; color: palette(placeholder-text);")
        self.toggle = QToolButton()
        self.toggle.setObjectName("collapseButton")
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Collapse or expand this column"))
        self.toggle.toggled.connect(self.set_collapsed)
        self.add = QToolButton()
        self.add.setObjectName("addLead")
        self.add.setAutoRaise(True)
        self.add.setText("+")
        self.add.setToolTip(self.tr("New lead in %1").replace("%1", stage_label(stage)))
        self.add.clicked.connect(self.addRequested)
        self.add.setVisible(not stage.is_closed)

        head = QHBoxLayout()
        head.setContentsMargins(10, 6, 4, 0)
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        head.addWidget(self.add)
        head.addWidget(self.toggle)
        self.view = CardListView()
        self.view.setObjectName(f"cards_{stage.value}")
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        self.vertical = _VerticalTitle(stage_label(stage))
        self.vertical.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        lay.addLayout(head)
        lay.addWidget(self.value)
        self.value.setContentsMargins(10, 0, 10, 4)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.vertical, 1)
        model.totalsChanged.connect(self.update_header)
        self.set_collapsed(False)

    def update_header(self) -> None:
        n = self.model.rowCount()
        self.count.setText(number(n))
        sums = sorted((c, v) for c, v in self.model.totals.items() if v)
        self.value.setText(
            " · ".join(format_money(v, c) for c, v in sums) or format_money(Decimal(0), "")
        )
        self.setToolTip(self.tr("%Ln leads", "", n))

    @property
    def collapsed(self) -> bool:
        return self.toggle.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        if self.toggle.isChecked() != collapsed:
            self.toggle.setChecked(collapsed)  # comes back here through toggled
            return
        self.view.setVisible(not collapsed)
        self.value.setVisible(not collapsed)
        self.title.setVisible(not collapsed)
        self.add.setVisible(not collapsed and not self.stage.is_closed)
        self.vertical.setVisible(collapsed)
        # Qt mirrors these brackets itself in right-to-left layouts
        self.toggle.setText("⟩" if collapsed else "⟨")
        self.setFixedWidth(COLLAPSED_WIDTH + 40 if collapsed else COLUMN_WIDTH)
        self.collapsedChanged.emit(collapsed)
