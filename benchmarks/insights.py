"""Suite `insights`: the Insights screen on a large pipeline, offscreen.

refresh_ms: Refresh pressed until every figure is worked out (off the GUI thread), shown
and every chart has painted, for the default period (this quarter); the median of
several refreshes (refresh_p95_ms, refresh_first_ms: the first, on a cold cache).
refresh_year_ms: the same for the year so far, by month. report_ms: the service alone.
gui_stall_ms: the longest the GUI thread went without handling a timer while figures
were worked out (what a user clicking around would feel). `--db FILE` on an existing
database with that many leads skips seeding.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.board import _Painted
from benchmarks.foundation import _p
from benchmarks.seeding import ensure_seeded
from leaddesk.domain.insights import InsightFilter, PeriodKind, custom_period, period_of
from leaddesk.services.workspace import open_workspace
from leaddesk.ui.insights.screen import InsightsScreen

RUNS = 7


def _refresh(app: QApplication, screen: InsightsScreen, painted: _Painted) -> tuple[float, float]:
    """(ms until all shown and painted, longest GUI stall in ms)."""
    views = [
        chart.plot.viewport()
        for chart in screen.charts
        if chart.isVisible() and not chart.visibleRegion().isEmpty()
    ]
    done: list[bool] = []
    loop = QEventLoop()  # the GUI thread waits as app.exec() does, not polling
    screen.refreshed.connect(lambda _r: (done.append(True), loop.quit()))
    ticks = QElapsedTimer()
    stalls = [0.0]
    timer = QTimer()
    timer.setInterval(5)
    last = [0.0]

    def tick() -> None:
        now = ticks.nsecsElapsed() / 1e6
        stalls[0] = max(stalls[0], now - last[0])
        last[0] = now

    timer.timeout.connect(tick)
    ticks.start()
    timer.start()
    started = time.perf_counter()
    screen.refresh()
    if not done:
        loop.exec()
    stall = stalls[0]
    timer.stop()
    painted.seen.clear()
    while not all(id(v) in painted.seen for v in views):
        app.processEvents()
    took = (time.perf_counter() - started) * 1000
    screen.refreshed.disconnect()
    return took, stall


def run(url: str, leads: int) -> dict[str, Any]:
    ensure_seeded(url, leads)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = open_workspace(url)
    try:
        today = dt.date.today()
        screen = InsightsScreen(ws, QSettings("LeadDeskBench", "insights"))
        screen.resize(1400, 2600)  # tall enough that every chart is on screen and paints
        painted = _Painted()
        for chart in screen.charts:
            chart.plot.viewport().installEventFilter(painted)
        screen._stale = False  # the benchmark presses Refresh itself
        screen.show()
        app.processEvents()
        first, _ = _refresh(app, screen, painted)
        runs = [_refresh(app, screen, painted) for _ in range(RUNS)]
        quarter = [t for t, _s in runs]
        report = screen.report
        assert report is not None and report.kpis.leads > 0, "the quarter has no leads"
        print(
            f"  quarter: {report.kpis.leads} leads created, {report.kpis.customers} won;"
            f" refresh {statistics.median(quarter):.0f} ms",
            file=sys.stderr,
        )
        screen.filters.set_period(custom_period(today.replace(month=1, day=1), today))
        screen._debounce.stop()
        year = [_refresh(app, screen, painted)[0] for _ in range(RUNS)]
        period = period_of(PeriodKind.QUARTER, today)
        start, end = period.utc_range(screen.zone)
        service = []
        for _ in range(RUNS):
            t = time.perf_counter()
            ws.insights.report(
                period, InsightFilter(start, end), bucket=report.bucket, zone=screen.zone
            )
            service.append((time.perf_counter() - t) * 1000)
        screen.refresher.stop()
        return {
            "backend": ws.backend,
            "leads": leads,
            "period_leads": report.kpis.leads,
            "refresh_ms": round(statistics.median(quarter), 1),
            "refresh_p95_ms": round(_p(quarter, 0.95), 1),
            "refresh_first_ms": round(first, 1),
            "refresh_year_ms": round(statistics.median(year), 1),
            "report_ms": round(statistics.median(service), 1),
            "gui_stall_ms": round(max(s for _t, s in runs), 1),
        }
    finally:
        ws.close()
