"""A screen whose issue has not been built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Placeholder(QWidget):
    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        head = QLabel(title)
        head.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(note)
        body.setWordWrap(True)
        body.setStyleSheet("color: palette(placeholder-text);")
        for w in (head, body):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        lay.addStretch(1)
        lay.insertStretch(0, 1)
