"""Pipeline overview: every stage with its count and value (the full board comes
with its own issue)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from leaddesk.services.records import Board, BoardColumn
from leaddesk.ui.formatting import format_money
from leaddesk.ui.stage_names import STAGE_COLORS, stage_label


class StageTile(QFrame):
    def __init__(self, column: BoardColumn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{column.stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(170)
        color = STAGE_COLORS[column.stage]
        self.setStyleSheet(
            f"#tile_{column.stage.value} {{ border: 1px solid palette(mid); "
            f"border-top: 4px solid {color}; border-radius: 8px; background: palette(base); }}"
        )
        lay = QVBoxLayout(self)
        title = QLabel(stage_label(column.stage))
        title.setObjectName("stageTitle")
        title.setStyleSheet("font-weight: 600; font-size: 13pt;")
        count = QLabel(self.tr("%n leads", "", column.count))
        count.setObjectName("stageCount")
        value = QLabel(
            ", ".join(format_money(v, c) for c, v in sorted(column.totals.items()))
            or format_money(Decimal(0), "")
        )
        value.setObjectName("stageValue")
        value.setStyleSheet("color: palette(placeholder-text);")
        names = QLabel("\n".join(c.name for c in column.cards[:6]))
        names.setObjectName("stageNames")
        names.setAlignment(Qt.AlignmentFlag.AlignTop)
        for w in (title, count, value, names):
            lay.addWidget(w)
        lay.addStretch(1)


class BoardOverview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardOverview")
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        self._row.setSpacing(10)
        self.setWidget(self._inner)

    def show_board(self, board: Board) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for column in board.columns:
            self._row.addWidget(StageTile(column))
