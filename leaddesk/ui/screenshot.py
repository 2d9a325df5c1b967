"""``--screenshot``: the window is shot once the screen in front says its data is shown.

A screen that loads its data after it is shown (Insights works its figures out in the
background) has ``data_shown() -> bool`` and a ``dataShown`` signal; one that has neither
shows its data as it is shown. A screen that shows data only when asked (Duplicates
scans on a click) has ``scan_for_screenshot()``, called first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QWidget

from leaddesk.ui.main_window import MainWindow

#: a screen whose data never comes is shot anyway, with what it has, after this long
LONGEST_WAIT_MS = 30_000


def data_shown(screen: QWidget) -> bool:
    shown: Callable[[], bool] | None = getattr(screen, "data_shown", None)
    return shown is None or shown()


def shoot_when_shown(window: MainWindow, path: str, done: Callable[[str], None]) -> None:
    """Save the window as ``path`` once its screen's data is shown, then call ``done``."""
    taken = False

    def grab() -> None:
        nonlocal taken
        if taken or not window.isVisible():
            return
        taken = True
        # the figures were just set: lay them out before the picture, as a paint would
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.grab().save(path)
        done(path)

    def when_shown() -> None:
        screen = window.screen_widget()
        prepare: Callable[[], None] | None = getattr(screen, "scan_for_screenshot", None)
        if prepare is not None:
            prepare()
        if data_shown(screen):
            grab()
            return
        screen.dataShown.connect(grab)  # type: ignore[attr-defined]
        QTimer.singleShot(LONGEST_WAIT_MS, grab)

    QTimer.singleShot(0, when_shown)
