"""Cyclic garbage is collected in the GUI thread, even when a worker allocates."""

from __future__ import annotations

import gc
import threading

from leaddesk.app import create_application
from leaddesk.ui.gui_gc import GuiThreadCollector


class _Cycle:
    died_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.died_in.append(threading.current_thread().name)


def test_a_worker_that_allocates_never_runs_the_collector(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = create_application()
    assert len(app.findChildren(GuiThreadCollector)) == 1
    assert not gc.isenabled()
    _Cycle.died_in.clear()
    for _ in range(50):
        _Cycle()

    kept: list[list[int]] = []

    def allocate() -> None:  # enough to have triggered every generation had gc been on
        kept.extend([i] for i in range(300_000))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert "worker" not in _Cycle.died_in
    qtbot.waitUntil(lambda: len(_Cycle.died_in) == 50, timeout=10_000)
    assert set(_Cycle.died_in) == {threading.main_thread().name}
    assert len(kept) == 300_000
