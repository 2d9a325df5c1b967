"""Buttons the screens' tool rows are made of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMenu, QPushButton, QStyle, QToolButton


def push_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class MenuButton(QToolButton):
    """A tool button whose menu arrow has room of its own: Qt's size leaves none for an
    instant-popup button's arrow, which then covers the end of a longer (Polish) word."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def menu_button(text: str, name: str) -> QToolButton:
    """A button that opens its menu at once (fill it through ``.menu()``)."""
    button = MenuButton()
    button.setObjectName(name)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(QMenu(button))
    return button
