"""A place in the main window's stack for a screen built when first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyScreen(QWidget, Generic[W]):
    """Keeps a screen's imports and set-up out of the start: Insights pulls in
    pyqtgraph and numpy (about a third of a second) for a screen opened now and then."""

    def __init__(self, build: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._screen: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def screen_widget(self) -> W:
        """The screen, built now if it was not yet."""
        if self._screen is None:
            self._screen = self._build()
            self._layout.addWidget(self._screen)
            if self.isVisible():
                self._screen.show()
        return self._screen

    def built(self) -> W | None:
        """The screen if it exists: nothing to tell a screen nobody opened."""
        return self._screen

    def showEvent(self, event: QShowEvent) -> None:
        self.screen_widget()
        super().showEvent(event)
