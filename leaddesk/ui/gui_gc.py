"""Python's cycle collector, run in the GUI thread only.

The collector runs in whichever thread happens to allocate. In a worker (sending
mail, queueing a batch, working out Insights) it would destroy the GUI's cyclic
garbage there, and Qt warns ("Timers cannot be stopped from another thread") or
crashes when a widget is destroyed outside its thread. So automatic collection is
switched off and a GUI-thread timer collects with the collector's own thresholds
(the pattern pyqtgraph ships as GarbageCollector; pyqtgraph is not loaded at start).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        young, middle, old = gc.get_count()
        if young > self._threshold[0]:
            generation = 0
            if middle > self._threshold[1]:
                generation = 2 if old > self._threshold[2] else 1
            gc.collect(generation)


def collect_in_gui_thread(app: QObject) -> None:
    """Install the collector once for ``app`` (created in the GUI thread)."""
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
