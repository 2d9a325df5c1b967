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

from leaddesk.domain.board_view import CardSort
from leaddesk.domain.stages import Stage
from leaddesk.paths import resource
from leaddesk.ui.imports.mapping_model import TARGET
from leaddesk.ui.imports.state import NEW_FIELD
from leaddesk.ui.imports.wizard import MAPPING, PREVIEW
from leaddesk.ui.main_window import MainWindow

#: a screen whose data never comes is shot anyway, with what it has, after this long
LONGEST_WAIT_MS = 30_000


def data_shown(screen: QWidget) -> bool:
    shown: Callable[[], bool] | None = getattr(screen, "data_shown", None)
    return shown is None or shown()


#: views that are a step of the import wizard over the bundled sample file
WIZARD_VIEWS = {"import-mapping": MAPPING, "import-preview": PREVIEW}


#: the score breakdown of the open lead with the highest score, over its window
LEAD_VIEWS = ("lead-score",)

#: views that are a tab of a screen: the screen, and the tab's panel by its object name
TAB_VIEWS = {
    "settings-scoring": ("settings", "scoringPanel"),
    "settings-model": ("settings", "conversionModelPanel"),
    "settings-distribution": ("settings", "distributionPanel"),
}


def show_view(window: MainWindow, view: str | None) -> None:
    """The screen (and tab) a view names in front; a wizard view opens on the board."""
    if view in TAB_VIEWS:
        screen, tab = TAB_VIEWS[view]
        window.show_screen(screen)
        window.settings_screen.show_tab(tab)
    elif view in LEAD_VIEWS:
        window.show_screen("board")
    elif view and view not in WIZARD_VIEWS:
        window.show_screen(view)


def open_view(window: MainWindow, view: str | None) -> QWidget | None:
    """A wizard view opened in front of the shown window (None for a screen's view)."""
    if view in LEAD_VIEWS:
        return _best_lead_breakdown(window)
    step = WIZARD_VIEWS.get(view or "")
    if step is None:
        return None
    wizard = window.importer.open_wizard(resource("samples", "leads_sample.csv"))
    wizard.next()
    # the sample's visits become a new custom field, as a user would keep them
    model = wizard.mapping_page.model
    model.setData(model.index(model.row_of("Visits"), TARGET), NEW_FIELD + "Visits")
    while wizard.currentId() < step:
        wizard.next()
    return wizard


def _best_lead_breakdown(window: MainWindow) -> QWidget | None:
    cards = window.workspace.board.cards(Stage.OPEN, sort=CardSort.SCORE, limit=1)
    if not cards:
        return None
    window.open_lead(cards[0].id)
    lead_window = window.lead_windows()[-1]
    return lead_window.header.score.open_breakdown()


def shoot_when_shown(
    window: MainWindow, path: str, done: Callable[[str], None], front: QWidget | None = None
) -> None:
    """Save the window (or the dialog ``front`` of it) as ``path`` once its data is
    shown, then call ``done``."""
    taken = False
    shot = front or window

    def grab() -> None:
        nonlocal taken
        if taken or not shot.isVisible():
            return
        taken = True
        # the figures were just set: lay them out before the picture, as a paint would
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        shot.grab().save(path)
        done(path)

    def when_shown() -> None:
        screen = front or window.screen_widget()
        prepare: Callable[[], None] | None = getattr(screen, "scan_for_screenshot", None)
        if prepare is not None:
            prepare()
        if data_shown(screen):
            grab()
            return
        screen.dataShown.connect(grab)  # type: ignore[attr-defined]
        QTimer.singleShot(LONGEST_WAIT_MS, grab)

    QTimer.singleShot(0, when_shown)
