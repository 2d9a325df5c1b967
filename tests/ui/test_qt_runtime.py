"""Guards against known Qt binding defects on the versions we allow."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call
    (then dies with 'none_dealloc'); pyproject pins around it."""
    w = QWidget()
    for _ in range(100):
        w.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for i in range(5000):
        w.setObjectName(f"w{i % 7}")
        w.setEnabled(bool(i % 2))
    after = sys.getrefcount(None)
    assert after - before > -100, f"None lost {before - after} references"
