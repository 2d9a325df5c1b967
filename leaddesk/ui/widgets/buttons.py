"""Buttons the screens' tool rows are made of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QToolButton


def push_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def menu_button(text: str, name: str) -> QToolButton:
    """A button that opens its menu at once (fill it through ``.menu()``)."""
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(QMenu(button))
    return button
