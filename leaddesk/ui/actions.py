"""Menu actions declared once, outside the main window (napari's Action idea).

Texts are functions so they are translated when the menus are built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str  # "file", "edit", "help"
    text: Callable[[], str]
    slot: str  # the window's method to call
    shortcut: QKeySequence.StandardKey | str | None = None


def menu_title(menu: str) -> str:
    titles = {
        "file": QCoreApplication.translate("Menu", "&File"),
        "edit": QCoreApplication.translate("Menu", "&Edit"),
        "view": QCoreApplication.translate("Menu", "&View"),
        "help": QCoreApplication.translate("Menu", "&Help"),
    }
    return titles[menu]


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.new",
        "file",
        lambda: QCoreApplication.translate("Menu", "&New database…"),
        "new_database",
        QKeySequence.StandardKey.New,
    ),
    ActionSpec(
        "file.open",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Open database file…"),
        "open_database_file",
        QKeySequence.StandardKey.Open,
    ),
    ActionSpec(
        "file.connect",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Connect to server…"),
        "connect_to_server",
    ),
    ActionSpec(
        "file.quit",
        "file",
        lambda: QCoreApplication.translate("Menu", "&Quit"),
        "close",
        QKeySequence.StandardKey.Quit,
    ),
    ActionSpec(
        "help.about",
        "help",
        lambda: QCoreApplication.translate("Menu", "&About LeadDesk"),
        "show_about",
    ),
)


def build_menus(
    window: QMainWindow,
    specs: tuple[ActionSpec, ...] = ACTIONS,
) -> dict[str, QAction]:
    """Create menus and actions on ``window``; returns the actions by id."""
    menus: dict[str, QMenu] = {}
    actions: dict[str, QAction] = {}
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(menu_title(spec.menu))
        action = QAction(spec.text(), window)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(getattr(window, spec.slot))
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions
