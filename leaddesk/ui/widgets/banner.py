"""The message strip a screen shows above its content when something was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def error_banner(name: str) -> QLabel:
    """A hidden, word-wrapped strip in the refusal colours; show it with setText/show."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(
        "background: #FDECEA; color: #7A1E14; border: 1px solid #F5C2BC;"
        " border-radius: 6px; padding: 6px 10px;"
    )
    label.hide()
    return label


def write_failed(path: str, exc: OSError) -> str:
    """Why a file could not be written, naming it."""
    return (
        QCoreApplication.translate("Files", "Cannot write %1: %2")
        .replace("%1", path)
        .replace("%2", exc.strerror or str(exc))
    )
