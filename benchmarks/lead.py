"""Suite `lead`: a lead's record and the leads table on a large database, offscreen.

lead_open_ms: LeadWindow for a lead with 10,000 activities built, shown, until its
timeline and form have painted (median of 5; lead_open_first_ms: the first).
save_ms: an edited field saved (the write, the refreshed form and timeline,
repainted; median of 20; save_settled_ms: until the event loop has also painted and
read again what the save changed, median of 20). table_open_ms: the Leads screen
built, shown, until the table has painted (median of 3). table_sort_ms: a header
click until the table has repainted, for every sortable column both ways (median;
table_sort_max_ms: the slowest). table_scroll_ms: a page down the table, repainted
(mean of 100).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import func, select

from benchmarks.board import _Painted, _rss_mb
from benchmarks.foundation import _p
from benchmarks.seeding import ensure_seeded
from leaddesk.domain.lead_table import COLUMNS, UNSORTABLE
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store import bulk
from leaddesk.store.models import Activity, Lead
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.leads.screen import LeadsScreen

BUSY = 10_000  # activities on the lead that is opened


def _busy_lead(ws: Workspace) -> uuid.UUID:
    """The lead with the most activities, topped up to BUSY."""
    with ws.ctx.db.engine.connect() as conn:
        lead_id, n = conn.execute(
            select(Activity.lead_id, func.count())
            .join(Lead, Lead.id == Activity.lead_id)
            .where(Lead.deleted_at.is_(None))
            .group_by(Activity.lead_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    if n < BUSY:
        start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        kinds = ("call", "email", "note", "whatsapp", "meeting")
        rows = [
            {
                "id": uuid.uuid4(),
                "lead_id": lead_id,
                "kind": kinds[i % len(kinds)],
                "direction": "outbound" if i % len(kinds) in (0, 1, 3) else None,
                "subject": f"Entry {i}",
                "body": "Talked about the offer and the next steps." if i % 3 else None,
                "occurred_at": start + dt.timedelta(hours=5 * i),
                "user_id": None,
                "outcome": "talked" if i % len(kinds) == 0 else None,
                "details": {},
                "created_at": start,
            }
            for i in range(BUSY - n)
        ]
        with ws.ctx.db.writer().begin() as conn:
            bulk.insert_rows(conn, "activities", rows)
        print(f"  gave one lead {BUSY} activities", file=sys.stderr)
    return lead_id


def _prepare(url: str, leads: int) -> uuid.UUID:
    ensure_seeded(url, leads)
    ws = open_workspace(url)
    try:
        return _busy_lead(ws)
    finally:
        ws.close()


def _until_painted(app: QApplication, widgets: list[QWidget]) -> None:
    painted = _Painted()
    for w in widgets:
        w.installEventFilter(painted)
    while len(painted.seen) < len(widgets):
        app.processEvents()
    for w in widgets:
        w.removeEventFilter(painted)


def run(url: str, leads: int) -> dict[str, Any]:
    lead_id = _prepare(url, leads)
    app = QApplication.instance() or QApplication([])
    ws = open_workspace(url)
    # a throwaway file: QSettings saves by writing a copy and renaming it over the
    # original, which would turn /dev/null into a plain file
    scratch = tempfile.TemporaryDirectory()
    settings = QSettings(os.path.join(scratch.name, "bench.ini"), QSettings.Format.IniFormat)
    try:
        opens = []
        for _ in range(5):
            t = time.perf_counter()
            window = LeadWindow(ws, lead_id)
            window.show()
            _until_painted(app, [window.timeline.view.viewport(), window.form])
            opens.append((time.perf_counter() - t) * 1000)
            loaded = window.timeline.model.rowCount()
            if len(opens) < 5:
                window.close()
                window.deleteLater()
                app.processEvents()
        print(f"  lead open {opens} ms ({loaded} entries loaded)", file=sys.stderr)

        city = window.form.editors["city"]
        assert isinstance(city, QLineEdit)
        saves = []
        for i in range(22):
            city.setText(f"Kraków {i}")
            t = time.perf_counter()
            assert window.save(), window.message.text()
            window.timeline.view.viewport().repaint()
            window.form.repaint()
            if i >= 2:
                saves.append((time.perf_counter() - t) * 1000)
        # as the app's event loop goes on: what the save marked changed is painted, and
        # whatever it emptied is read again (the code before the change dispatcher emptied
        # the timeline on every save, which made the forced repaint above cheap)
        settled = []
        for i in range(22):
            city.setText(f"Gdańsk {i}")
            t = time.perf_counter()
            assert window.save(), window.message.text()
            for _ in range(3):
                app.processEvents()
            assert window.timeline.model.rowCount() > 0
            if i >= 2:
                settled.append((time.perf_counter() - t) * 1000)
        window.close()
        print(f"  save p50 {statistics.median(saves):.1f} ms", file=sys.stderr)

        table_opens = []
        for _ in range(3):
            t = time.perf_counter()
            screen = LeadsScreen(ws, (dict, lambda v: None), settings)
            screen.resize(1600, 900)
            screen.show()  # a shown screen reads its table
            _until_painted(app, [screen.table.viewport()])
            table_opens.append((time.perf_counter() - t) * 1000)
            if len(table_opens) < 3:
                screen.close()
                screen.deleteLater()
                app.processEvents()
        print(f"  table open {table_opens} ms", file=sys.stderr)

        sorts: dict[str, float] = {}
        for i, column in enumerate(COLUMNS):
            if column in UNSORTABLE:
                continue
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                t = time.perf_counter()
                screen.table.sortByColumn(i, order)
                screen.table.viewport().repaint()
                key = f"{column.value}{'' if order == Qt.SortOrder.AscendingOrder else ' desc'}"
                sorts[key] = (time.perf_counter() - t) * 1000
        slowest = max(sorts, key=sorts.__getitem__)
        print(f"  sorts: slowest {slowest} {sorts[slowest]:.0f} ms", file=sys.stderr)

        bar = screen.table.verticalScrollBar()
        steps = []
        for _ in range(100):
            t = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            screen.table.viewport().repaint()
            steps.append((time.perf_counter() - t) * 1000)
        rss = _rss_mb()
        screen.close()
        return {
            "backend": ws.backend,
            "leads": leads,
            "timeline_entries": BUSY,
            "lead_open_ms": round(statistics.median(opens), 1),
            "lead_open_first_ms": round(opens[0], 1),
            "save_ms": round(statistics.median(saves), 2),
            "save_p95_ms": round(_p(saves, 0.95), 2),
            "save_settled_ms": round(statistics.median(settled), 2),
            "table_open_ms": round(statistics.median(table_opens), 1),
            "table_open_first_ms": round(table_opens[0], 1),
            "table_sort_ms": round(statistics.median(sorts.values()), 1),
            "table_sort_max_ms": round(sorts[slowest], 1),
            "table_sort_slowest": slowest,
            "table_scroll_ms": round(statistics.mean(steps), 2),
            "rss_mb": round(rss, 1),
        }
    finally:
        ws.close()
