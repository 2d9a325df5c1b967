"""The one path by which what was written reaches every screen.

Services return ``Changes`` (which leads, stages, timelines… changed). Whoever
wrote (a screen, a dialog, a lead window, a background job, and later another
user's commit or a sync) publishes them here; the dispatcher merges what arrives
within one turn of the event loop and hands it to every screen that is built and
every open lead window. Nobody may assume a change came from the window that
shows it: each receiver compares what it holds with the database and redraws
only what differs, so a writer that already showed its own change does nothing
the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from leaddesk.services.records import Changes


class Receiver(Protocol):
    """Something that shows data: it hears of every change."""

    def note_changes(self, changes: Changes) -> None: ...


class ChangeDispatcher(QObject):
    """Collects published ``Changes`` and delivers them, merged, to every receiver."""

    delivered = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = Changes()
        # a zero timer: the writer finishes (and paints) before the others redraw,
        # and what a loop of writes publishes arrives as one
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def publish(self, changes: Changes) -> None:
        if changes.empty:
            return
        self._pending |= changes
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Deliver what is waiting now (the timer does this on its own)."""
        self._timer.stop()
        changes, self._pending = self._pending, Changes()
        if not changes.empty:
            self.delivered.emit(changes)

    def discard(self) -> None:
        """Forget what waits (the database it came from was closed)."""
        self._timer.stop()
        self._pending = Changes()

    @property
    def waiting(self) -> bool:
        return not self._pending.empty

    def attach(self, receiver: Receiver, changed: SignalInstance | None = None) -> None:
        """Wire a screen both ways: what anyone writes comes in, and what it writes
        (its ``changed`` signal, if it writes) goes out.

        The connections end with the screen: Qt drops a destroyed receiver's slots.
        """
        self.delivered.connect(receiver.note_changes)
        if changed is not None:
            changed.connect(self.publish)


class DeferredChanges:
    """Changes for a screen that is not shown wait here, merged, until it is.

    A visible screen applies them at once; a hidden one would redraw for nobody,
    so it keeps them and applies them in its showEvent.
    """

    def __init__(self, widget: QWidget, apply: Callable[[Changes], None]) -> None:
        self._widget = widget
        self._apply = apply
        self._pending = Changes()

    def note(self, changes: Changes) -> None:
        self._pending |= changes
        if self._widget.isVisible():
            self.apply_now()

    def apply_now(self) -> None:
        changes, self._pending = self._pending, Changes()
        if not changes.empty:
            self._apply(changes)

    def forget(self) -> None:
        """Nothing waiting matters any more (the screen reloads everything)."""
        self._pending = Changes()

    @property
    def waiting(self) -> Changes:
        return self._pending
