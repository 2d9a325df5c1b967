"""The window fits a 1280 x 720 laptop screen in every language, on every screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from leaddesk.app import create_application
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui import i18n
from leaddesk.ui.main_window import SCREENS, MainWindow

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1280, 720


@pytest.fixture(params=["en", "ar", "pl"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    translators = i18n.install(create_application(), request.param)
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)
    i18n.install(create_application(), "en")


def widest(root: QWidget) -> str:
    """The visible widgets wider than half a laptop, for the failure message."""
    found = [
        f"{w.metaObject().className()} {w.objectName() or '-'} {w.minimumSizeHint().width()}"
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.minimumSizeHint().width() > LAPTOP_WIDTH // 2
    ]
    return "; ".join(sorted(found, key=lambda t: -int(t.rsplit(" ", 1)[1]))[:8])


def test_every_screen_fits_a_laptop(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, language: str
) -> None:  # type: ignore[no-untyped-def]
    sqlite_ws.users.create("Maria Nowak", "maria@example.com")
    window = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._choose_user(window.who.findText("Maria Nowak"))
    too_big: list[str] = []
    for screen in SCREENS:
        window.show_screen(screen)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        if hint.width() > LAPTOP_WIDTH or hint.height() > LAPTOP_HEIGHT:
            too_big.append(f"{screen}: {hint.width()}×{hint.height()} ({widest(window)})")
    window.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    QApplication.processEvents()
    assert not too_big, f"{language}: " + " | ".join(too_big)
    assert window.width() <= LAPTOP_WIDTH and window.height() <= LAPTOP_HEIGHT
