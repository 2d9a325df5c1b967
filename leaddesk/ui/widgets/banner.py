"""The strips a screen shows above its content: a refusal, or a notice of something
that happened meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def _banner(name: str, colours: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"{colours} border-radius: 6px; padding: 6px 10px;")
    label.hide()
    return label


def error_banner(name: str) -> QLabel:
    """A hidden, word-wrapped strip in the refusal colours; show it with setText/show."""
    return _banner(name, "background: #FDECEA; color: #7A1E14; border: 1px solid #F5C2BC;")


def notice_banner(name: str) -> QLabel:
    """The same strip in calm colours, for news rather than refusals."""
    return _banner(name, "background: #FFF6DD; color: #5C4400; border: 1px solid #F0D78C;")


def write_failed(path: str, exc: OSError) -> str:
    """Why a file could not be written, naming it."""
    return (
        QCoreApplication.translate("Files", "Cannot write %1: %2")
        .replace("%1", path)
        .replace("%2", exc.strerror or str(exc))
    )
