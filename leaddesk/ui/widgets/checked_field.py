"""A form field with the reason it was refused right beneath it (hidden while fine)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def checked_field(name: str, editor: QWidget, *, left_to_right: bool) -> tuple[QWidget, QLabel]:
    """The editor named ``name`` and its error line, stacked; ``left_to_right`` for what
    reads left to right in any language ("+48 601…" must not read "601… 48+" in Arabic)."""
    editor.setObjectName(name)
    if left_to_right:
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    error = QLabel()
    error.setObjectName(f"{name}_error")
    error.setStyleSheet("color: #C0392B;")
    error.setWordWrap(True)
    error.hide()
    holder = QWidget()
    col = QVBoxLayout(holder)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(1)
    col.addWidget(editor)
    col.addWidget(error)
    return holder, error
