"""A one-line label that gives up width before the window does.

Long texts (a database path in the status bar, a lead's company in a header) would
otherwise set the window's minimum width. This label shows what fits with an
ellipsis at the end of the reading direction, and the whole text as its tooltip
whenever it is cut, so nothing is hidden from the user.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, min_chars: int = 12) -> None:
        super().__init__(text, parent)
        self._min_chars = min_chars
        self._own_tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        room = self.fontMetrics().averageCharWidth() * self._min_chars
        return QSize(min(hint.width(), room), hint.height())

    def setToolTip(self, tip: str) -> None:
        """A tooltip of the caller's own, shown when the text is not cut."""
        self._own_tip = tip
        self._update_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def is_cut(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def _update_tip(self) -> None:
        tip = self.text() if self.is_cut() else self._own_tip
        if self._own_tip and tip != self._own_tip:
            tip = f"{self.text()}\n{self._own_tip}"
        QLabel.setToolTip(self, tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), self.alignment(), self.shown_text())
