"""The Insights screen: figures worked out off the GUI thread and shown as the service
computed them, clicks that list the leads behind a bar, exports, right to left."""

from __future__ import annotations

import csv
import datetime as dt
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette, QPicture
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QToolTip

from leaddesk.demo import populate
from leaddesk.domain.insights import InsightFilter, PeriodKind, Selection, period_of
from leaddesk.domain.leads import Source
from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.insight_records import InsightsReport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.insights.charts import Bar, BarChart
from leaddesk.ui.insights.formats import count, percent
from leaddesk.ui.insights.screen import InsightsScreen
from leaddesk.ui.time_zone import system_zone

ANCHOR = dt.datetime(2026, 6, 20, 12, tzinfo=dt.UTC)
ZONE = dt.UTC
TODAY = ANCHOR.date()


@pytest.fixture
def screen(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english):  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 400, seed=11, anchor=ANCHOR)
    s = InsightsScreen(sqlite_ws, qsettings, zone=ZONE, today=lambda: TODAY)
    qtbot.addWidget(s)
    s.resize(1280, 900)
    with qtbot.waitSignal(s.refreshed, timeout=20_000):
        s.show()
    yield s
    s.refresher.stop()


def _expected(s: InsightsScreen) -> InsightsReport:
    period = period_of(PeriodKind.QUARTER, TODAY)
    start, end = period.utc_range(ZONE)
    return s.ws.insights.report(
        period, InsightFilter(start, end), bucket=s.filters.bucket_value, zone=ZONE
    )


def test_kpis_and_funnel_show_the_services_figures(screen: InsightsScreen) -> None:
    r, want = screen.report, _expected(screen)
    assert r is not None and r.kpis == want.kpis and r.funnel == want.funnel
    assert want.kpis.leads > 50 and want.kpis.customers > 0  # the demo fills the quarter
    assert screen.kpis.text("kpiLeads") == count(want.kpis.leads)
    assert screen.kpis.text("kpiCustomers") == count(want.kpis.customers)
    assert screen.kpis.text("kpiConversion") == percent(want.kpis.conversion)
    assert screen.kpis.text("kpiSql") == count(want.kpis.sql)
    # one bar per funnel step that has leads, with the exact count in its tooltip
    reached = [step for step in want.funnel if step.reached]
    assert len(screen.funnel.bars) == len(reached)
    for bar, step in zip(screen.funnel.bars, reached, strict=True):
        assert bar.value == step.reached
        assert f"{QLocale().toString(step.reached)} leads" in bar.tip
    assert "dropped off" in screen.funnel.bars[1].tip
    # every created bar stacks to the period's count
    total = sum(sum(v) for v in want.created.values.values())
    assert total == want.kpis.leads
    assert sum(b.value for b in screen.created.bars) == total


def test_figures_are_worked_out_off_the_gui_thread(qtbot, screen: InsightsScreen) -> None:  # type: ignore[no-untyped-def]
    threads: list[int] = []
    real = screen.ws.insights.report

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    screen.ws.insights.report = recording  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.refreshed, timeout=20_000):
        screen.refresh()
        assert screen.refresher.busy  # refresh() returned before the figures were ready
        assert screen.state.text() == "Working out…"
    assert threads and threads[0] != threading.get_ident()


def test_only_the_latest_request_is_shown(qtbot, screen: InsightsScreen) -> None:  # type: ignore[no-untyped-def]
    shown: list[InsightsReport] = []
    screen.refreshed.connect(shown.append)
    screen.refresh()
    screen.filters.source.setCurrentIndex(screen.filters.source.findData(Source.CALL.value))
    screen.refresh()
    screen.filters.source.setCurrentIndex(screen.filters.source.findData(Source.WEB_FORM.value))
    screen.refresh()
    qtbot.waitUntil(lambda: bool(shown) and not screen.refresher.busy, timeout=20_000)
    # the combo's debounced refresh, too
    qtbot.waitUntil(
        lambda: not screen._debounce.isActive() and not screen.refresher.busy, timeout=20_000
    )
    assert shown[-1].filter.sources == frozenset({Source.WEB_FORM})
    assert all(r.filter.sources != frozenset({Source.CALL}) for r in shown)  # skipped
    assert screen.kpis.text("kpiLeads") == count(shown[-1].kpis.leads)


def test_a_filter_change_refreshes_the_figures(qtbot, screen: InsightsScreen) -> None:  # type: ignore[no-untyped-def]
    owner = screen.ws.users.list()[1]
    with qtbot.waitSignal(screen.refreshed, timeout=20_000) as blocker:
        screen.filters.owner.setCurrentIndex(screen.filters.owner.findData(str(owner.id)))
    r = blocker.args[0]
    assert r.filter.owners == frozenset({owner.id})
    assert [row.name for row in r.reps] == [owner.name]
    with qtbot.waitSignal(screen.refreshed, timeout=20_000) as blocker:
        screen.filters.back.click()  # the quarter before
    assert blocker.args[0].period.last == dt.date(2026, 3, 31)


def test_clicking_a_funnel_step_lists_the_leads_behind_it(qtbot, screen: InsightsScreen) -> None:  # type: ignore[no-untyped-def]
    r = screen.report
    assert r is not None
    step = r.funnel[3]  # Qualified
    bar = next(b for b in screen.funnel.bars if b.tip.startswith("Qualified:"))
    _click(qtbot, screen.funnel, bar)
    dialog = screen.last_drill
    assert dialog.model.rowCount() == step.reached
    assert dialog.count.text() == f"{step.reached} leads"
    want = screen.ws.insights.lead_ids(screen.current_filter(), Selection(reached=step.order))
    assert dialog.ids == want
    stages = {dialog.model.row(i).stage for i in range(dialog.model.rowCount())}
    assert Stage.OPEN not in stages and Stage.CONTACTED not in stages
    dialog.close()


def test_clicking_a_created_bar_lists_that_weeks_leads_of_that_source(
    qtbot,  # type: ignore[no-untyped-def]
    screen: InsightsScreen,
) -> None:
    r = screen.report
    assert r is not None
    source, values = max(r.created.values.items(), key=lambda kv: sum(kv[1]))
    week = max(range(len(values)), key=lambda i: values[i])
    bar = next(b for b in screen.created.bars if b.index == week and b.key == source)
    assert bar.value == values[week] and bar.tip.endswith(f": {int(values[week])}")
    _click(qtbot, screen.created, bar)
    dialog = screen.last_drill
    assert dialog.model.rowCount() == values[week]
    first = r.created.starts[week]
    for i in range(dialog.model.rowCount()):
        row = dialog.model.row(i)
        assert row.source == source
        assert first <= row.created_at.astimezone(ZONE).date() < first + dt.timedelta(days=7)
    dialog.close()


def test_clicking_the_none_bar_lists_the_customers_without_a_campaign(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    r = screen.report
    assert r is not None
    shown = r.conversions["campaign"][:12]
    index = next(i for i, o in enumerate(shown) if o.key is None)
    chart = screen.conversion_charts["campaign"]
    screen.findChild(QTabWidget, "conversionTabs").setCurrentWidget(chart)
    qtbot.waitUntil(chart.isVisible)
    screen.findChild(QScrollArea).ensureWidgetVisible(chart)  # scrolled to
    bar = next(b for b in chart.bars if b.index == index)
    # laid out and ranged: the bar's middle is in the view and on the widget
    qtbot.waitUntil(
        lambda: (
            chart.plot.getViewBox().viewRect().contains(bar.rect.center())
            and chart.plot.viewport().rect().contains(_on_screen(chart, bar))
        )
    )
    assert bar.tip.startswith("None: ")
    _click(qtbot, chart, bar)
    dialog = screen.last_drill
    assert dialog.model.rowCount() == shown[index].customers > 0
    assert dialog.windowTitle() == "Customers: None"
    want = screen.ws.insights.lead_ids(
        screen.current_filter(), Selection(reached=5, without=frozenset({"campaign"}))
    )
    assert dialog.ids == want
    dialog.close()


def test_the_no_source_bar_lists_only_the_leads_without_a_source(screen) -> None:  # type: ignore[no-untyped-def]
    r = screen.report
    assert r is not None
    totals = [sum(v[i] for v in r.created.values.values()) for i in range(len(r.created.starts))]
    week = totals.index(max(totals))
    screen.created.clicked.emit(week, None)  # what a click on a "No source" bar says
    dialog = screen.last_drill
    rows = [dialog.model.row(i) for i in range(dialog.model.rowCount())]
    assert all(row.source is None for row in rows)
    assert len(rows) == int(r.created.values.get(None, [0] * (week + 1))[week]) < totals[week]
    dialog.close()


def test_the_screen_groups_days_in_the_systems_named_zone(qtbot, sqlite_ws, qsettings) -> None:  # type: ignore[no-untyped-def]
    s = InsightsScreen(sqlite_ws, qsettings)  # a fixed UTC offset would be wrong after DST
    qtbot.addWidget(s)
    assert isinstance(s.zone, ZoneInfo) and s.zone == ZoneInfo(system_zone())


@pytest.mark.qt_log_ignore("QPdfEngine: unable to create a gradient")  # the tab bars' shading
def test_exports_write_pdf_svg_png_and_csv(screen: InsightsScreen, tmp_path: Path) -> None:
    assert screen.export_pdf(str(tmp_path / "report.pdf"))
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1
    svgs = screen.export_charts("svg", str(tmp_path))
    assert len(svgs) == len(screen.charts)
    funnel_svg = ET.parse(tmp_path / "funnelChart.svg").getroot()
    assert funnel_svg.tag.endswith("svg")
    assert "Negotiation" in (tmp_path / "funnelChart.svg").read_text(encoding="utf-8")
    pngs = screen.export_charts("png", str(tmp_path))
    image = QImage(str(pngs[0]))
    assert not image.isNull() and image.width() >= 800
    tables = screen.export_tables(str(tmp_path))
    assert {p.name for p in tables} >= {"reps.csv", "campaigns.csv", "by-source.csv"}
    with (tmp_path / "reps.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [
        "Rep", "Leads", "Contacted within 24 h", "Won", "Conversion", "Median response",
        "Within first-contact target",
    ]  # fmt: skip
    r = screen.report
    assert r is not None
    assert [row[0] for row in rows[1:]] == [rep.name or "Pool" for rep in r.reps]
    assert sum(int(row[1].replace(",", "")) for row in rows[1:]) == r.kpis.leads


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_an_export_that_cannot_be_written_says_where(screen: InsightsScreen) -> None:
    assert not screen.export_pdf("/nonexistent-folder/report.pdf")
    assert screen.message.isVisible()
    assert "/nonexistent-folder/report.pdf" in screen.message.text()
    with pytest.raises(OSError):
        screen.funnel.export(Path("/nonexistent-folder/funnel.png"))


def test_a_failure_is_shown_and_the_last_figures_stay(qtbot, screen: InsightsScreen) -> None:  # type: ignore[no-untyped-def]
    before = screen.kpis.text("kpiLeads")

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise LeadDeskError("Lost the connection to the database server at db.example.com.")

    screen.ws.insights.report = broken  # type: ignore[method-assign]
    screen.refresh()
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=20_000)
    assert "db.example.com" in screen.message.text()
    assert screen.kpis.text("kpiLeads") == before


def test_tables_pass_the_model_tester(screen: InsightsScreen, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for model in screen.tables.values():
        qtmodeltester.check(model)
    assert screen.tables["reps"].rowCount() == len(screen.report.reps)  # type: ignore[union-attr]


def test_right_to_left_charts_run_from_the_right(qtbot, sqlite_ws, qsettings, arabic) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 60, seed=4, anchor=ANCHOR)
    s = InsightsScreen(sqlite_ws, qsettings, zone=ZONE, today=lambda: TODAY)
    s.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(s)
    with qtbot.waitSignal(s.refreshed, timeout=20_000):
        s.show()
    for chart in s.charts:
        item = chart.plot.getPlotItem()
        assert item.getViewBox().xInverted(), chart.objectName()
        assert item.getAxis("right").isVisible() and not item.getAxis("left").isVisible()
    assert s.funnel.title.text() == "القمع: العملاء المحتملون الذين بلغوا كل مرحلة"
    s.grab()
    for chart in s.charts:  # a QPicture replay jumbles Arabic next to digits and brackets
        for side in ("left", "bottom", "right"):
            picture = chart.plot.getAxis(side).picture
            assert not isinstance(picture, QPicture), (chart.objectName(), side)
    assert s.kpis.text("kpiLeads") == QLocale().toString(s.report.kpis.leads)  # type: ignore[union-attr]
    s.refresher.stop()


def test_stage_colours_match_the_board(screen: InsightsScreen) -> None:
    from leaddesk.ui.names.stages import STAGE_COLORS

    r = screen.report
    assert r is not None
    for item, step in zip(screen.funnel._items, r.funnel, strict=True):
        assert item.opts["brush"].color().name().lower() == STAGE_COLORS[step.stage].lower()


def test_hovering_a_bar_shows_its_exact_figures(qtbot, screen: InsightsScreen) -> None:  # type: ignore[no-untyped-def]
    bar = screen.pipeline.bars[0]
    pos = _on_screen(screen.pipeline, bar)
    viewport = screen.pipeline.plot.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == bar.tip
    assert bar.tip.startswith("Open: ") and "leads" in bar.tip


def test_dark_palette_recolours_the_charts(screen: InsightsScreen) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    screen.setPalette(dark)
    for chart in screen.charts:
        assert chart.plot.backgroundBrush().color().name() == "#1e1e1e"
        assert chart.plot.getAxis("bottom").textPen().color().name() == "#e6e6e6"


def test_chart_axis_numbers_are_short(english) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.insights.charts import compact

    assert [compact(v) for v in (0, 7.5, 950, 25_000, 2_500_000, 12_000_000)] == [
        "0", "7.5", "950", "25 k", "2.5 M", "12 M",
    ]  # fmt: skip


def _on_screen(chart: BarChart, bar: Bar) -> QPoint:
    """The middle of the bar, in the chart view's pixels."""
    middle = chart.plot.getViewBox().mapViewToScene(bar.rect.center())
    return chart.plot.mapFromScene(middle)


def _click(qtbot, chart: BarChart, bar: Bar) -> None:  # type: ignore[no-untyped-def]
    """A real click on the bar, through the chart's view."""
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=_on_screen(chart, bar))
