"""Suite `board`: the kanban screen on a large pipeline, offscreen.

open_ms: BoardScreen built until every column has painted once. drop_p50/p95_ms: a
drop event sent to a column's viewport until the move is committed and both columns
are repainted (drop_settled_p50_ms: until the dispatcher has also handed the move
back to the board, as the app's event loop does next). keystroke_ms: a key typed in
the search box until every column is repainted (keystroke_search_ms: only the keys
that changed a search term; the first letters of a word change none).
scroll_step_ms: one page down a 30,000-card column, repainted (mean over the whole
column). rss_open_mb: resident memory once the board has painted; rss_mb: after all
of that. The database is seeded in another process first (benchmarks/seeding.py), so
both are what a user's app holds.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from benchmarks.foundation import _p
from benchmarks.seeding import ensure_seeded
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import open_workspace
from leaddesk.store.models import Lead
from leaddesk.ui.board.column_model import encode_cards
from leaddesk.ui.board.screen import BoardScreen
from leaddesk.ui.changes import ChangeDispatcher

TALL = Stage.DISQUALIFIED  # gets the 30,000-card column
FOLDED_INTO_TALL = (Stage.INACTIVE, Stage.NEGOTIATION)


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(watched))
        return False


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _prepare(url: str, leads: int) -> None:
    ensure_seeded(url, leads)
    ws = open_workspace(url)
    try:
        # one column of 30,000 cards (or as near as the data gives) to scroll through
        with ws.ctx.db.writer().begin() as conn:
            conn.execute(update(Lead).where(Lead.stage.in_(FOLDED_INTO_TALL)).values(stage=TALL))
    finally:
        ws.close()


def _drop(screen: BoardScreen, stage: Stage, row: int, cards: list[Any]) -> None:
    view = screen.columns[stage].view
    rect = view.visualRect(screen.models[stage].index(row))
    point = QPoint(rect.center().x(), rect.top() + 2)
    data = encode_cards(cards)
    args = (
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, *args))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(point, *args))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(point), *args))


def run(url: str, leads: int) -> dict[str, Any]:
    _prepare(url, leads)
    app = QApplication.instance() or QApplication([])
    ws = open_workspace(url)
    # a throwaway file: QSettings saves by writing a copy and renaming it over the
    # original, which would turn /dev/null into a plain file
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(os.path.join(scratch.name, "bench.ini"), QSettings.Format.IniFormat)
    try:
        # open: construct, show, until all eight columns painted once
        painted = _Painted()
        t = time.perf_counter()
        screen = BoardScreen(ws, (dict, lambda v: None), settings)
        changes = ChangeDispatcher()  # as in the app: the board hears its own moves back
        changes.attach(screen, screen.changed)
        for column in screen.columns.values():
            column.view.viewport().installEventFilter(painted)
        screen.resize(2300, 1000)
        screen.show()
        while len(painted.seen) < len(screen.columns):
            app.processEvents()
        open_ms = (time.perf_counter() - t) * 1000
        rss_open = _rss_mb()
        print(f"  open {open_ms:.0f} ms, {rss_open:.0f} MB", file=sys.stderr)

        # drops between the working columns, each committed and repainted
        rng = random.Random(3)
        working = [Stage.OPEN, Stage.CONTACTED, Stage.NURTURING, Stage.QUALIFIED]
        drops, settled = [], []
        for i in range(210):
            source, target = rng.sample(working, 2)
            card = screen.models[source].card_at(rng.randrange(4))
            t = time.perf_counter()
            _drop(screen, target, rng.randrange(4), [card])
            screen.columns[source].view.viewport().repaint()
            screen.columns[target].view.viewport().repaint()
            repainted = time.perf_counter()
            while changes.waiting:  # the event loop hands the move to every screen
                app.processEvents()
            if i >= 10:
                drops.append((repainted - t) * 1000)
                settled.append((time.perf_counter() - t) * 1000)
        print(f"  drops p50 {statistics.median(drops):.1f} ms", file=sys.stderr)

        # search as you type: each key until every column is repainted
        # (the first letters of a word change no search term; the board then
        # asks nothing, so the keys that do change it are reported apart too)
        keys, searching = [], []
        for text in ("nowak", "anna", "ski", "4860"):
            for ch in text:
                before = screen.view_filter()[0].terms
                t = time.perf_counter()
                QTest.keyClick(screen.filter_bar.search, ch)
                for column in screen.columns.values():
                    column.view.viewport().repaint()
                keys.append((time.perf_counter() - t) * 1000)
                if screen.view_filter()[0].terms != before:
                    searching.append(keys[-1])
            screen.filter_bar.search.clear()
            for column in screen.columns.values():
                column.view.viewport().repaint()
        keystroke_ms = statistics.median(keys)

        # scroll the tall column top to bottom, a page per step
        view = screen.columns[TALL].view
        bar = view.verticalScrollBar()
        steps = []
        bar.setValue(0)
        while bar.value() < bar.maximum():
            t = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            steps.append((time.perf_counter() - t) * 1000)
        tall = screen.models[TALL]
        last = tall.card_at(tall.rowCount() - 1)
        assert last is not None, "the bottom of the tall column did not load"
        print(
            f"  scrolled {tall.rowCount()} cards in {len(steps)} steps "
            f"(window {tall.window_size} cards)",
            file=sys.stderr,
        )
        app.processEvents()
        rss = _rss_mb()
        screen.close()
        return {
            "backend": ws.backend,
            "leads": leads,
            "tall_column": tall.rowCount(),
            "open_ms": round(open_ms, 1),
            "drop_p50_ms": round(statistics.median(drops), 2),
            "drop_p95_ms": round(_p(drops, 0.95), 2),
            "drop_settled_p50_ms": round(statistics.median(settled), 2),
            "keystroke_ms": round(keystroke_ms, 1),
            "keystroke_p95_ms": round(_p(keys, 0.95), 1),
            "keystroke_search_ms": round(statistics.median(searching), 1),
            "keystroke_search_max_ms": round(max(searching), 1),
            "scroll_step_ms": round(statistics.mean(steps), 2),
            "scroll_step_p95_ms": round(_p(steps, 0.95), 2),
            "rss_open_mb": round(rss_open, 1),
            "rss_mb": round(rss, 1),
        }
    finally:
        ws.close()
