"""The Insights screen: key figures, the funnel, where leads come from and what they
become, pipeline and won value, time in stage, reps, and the closed loop of campaign
cost against revenue; a click on a bar lists the leads behind it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.insights import (
    InsightFilter,
)
from leaddesk.errors import LeadDeskError
from leaddesk.services.insight_records import InsightsReport
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import date_text
from leaddesk.ui.insights.charts import BarChart
from leaddesk.ui.insights.drill import LeadsBehindDialog
from leaddesk.ui.insights.filter_bar import InsightsFilterBar
from leaddesk.ui.insights.kpis import KpiStrip
from leaddesk.ui.insights.partners_table import partner_rows, partner_table
from leaddesk.ui.insights.presenter import Drill, ReportPresenter, label_of
from leaddesk.ui.insights.refresher import Refresher, Request
from leaddesk.ui.insights.report_pdf import write_pdf
from leaddesk.ui.insights.tables import FigureTable, loop_table, outcome_table, rep_table
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.time_zone import system_tzinfo
from leaddesk.ui.widgets.banner import error_banner, write_failed
from leaddesk.ui.widgets.buttons import menu_button, push_button

DEBOUNCE_MS = 200


class InsightsScreen(QWidget):
    openLead = Signal(object)
    state: QLabel  # the refresher's lambda below names it before it is made
    refreshed = Signal(object)  # the InsightsReport shown
    dataShown = Signal()  # the figures asked for last are on the screen (for --screenshot)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        zone: dt.tzinfo | None = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsScreen")
        self.ws, self._settings = workspace, settings
        self.zone = zone or system_tzinfo()
        self._today = today or (lambda: dt.datetime.now(self.zone).date())
        self.report: InsightsReport | None = None
        self.last_drill: LeadsBehindDialog | None = None
        self._stale = True
        self.refresher = Refresher(lambda: self.ws, self)
        self.refresher.started.connect(lambda: self.state.setText(self.tr("Working out…")))
        self.refresher.finished.connect(self.show_report)
        self.refresher.failed.connect(self.show_error)
        self.refresher.failed.connect(lambda _m: self.dataShown.emit())  # the error is shown
        self.presenter = ReportPresenter(self.zone, self)

        head = QLabel(self.tr("Insights"))
        head.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.state = QLabel()
        self.state.setObjectName("insightsState")
        self.state.setStyleSheet("color: palette(placeholder-text);")
        self.export_button = menu_button(self.tr("Export"), "insightsExport")
        menu = self.export_button.menu()
        menu.addAction(self.tr("Report as PDF…"), self.export_pdf).setObjectName("exportPdf")
        menu.addAction(self.tr("Charts as PNG…"), lambda: self.export_charts("png"))
        menu.addAction(self.tr("Charts as SVG…"), lambda: self.export_charts("svg"))
        menu.addAction(self.tr("Tables as CSV…"), self.export_tables).setObjectName("exportCsv")
        self.refresh_button = push_button(self.tr("Refresh"), "insightsRefresh", self.refresh)
        top = QHBoxLayout()
        top.addWidget(head)
        top.addWidget(self.state, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        self.filters = InsightsFilterBar(self._today())
        self.message = error_banner("insightsMessage")
        self.kpis = KpiStrip()

        self.funnel = BarChart(
            self.tr("Funnel: leads that reached each stage"), horizontal=True, name="funnelChart"
        )
        self.created = BarChart(self.tr("Leads created, by source"), name="createdChart")
        self.pipeline = BarChart(
            self.tr("Pipeline value by stage, today"), horizontal=True, name="pipelineChart"
        )
        self.won = BarChart(self.tr("Won value"), name="wonChart")
        self.stage_time = BarChart(
            self.tr("Days in each stage"), horizontal=True, name="stageTimeChart"
        )
        self.conversion_charts = {
            key: BarChart(title, horizontal=True, name=f"conversion{key.title()}")
            for key, title in (
                ("source", self.tr("Conversion by source")),
                ("campaign", self.tr("Conversion by campaign")),
                ("product", self.tr("Conversion by product")),
                ("segment", self.tr("Conversion by segment")),
            )
        }
        self.charts = [
            self.funnel,
            self.created,
            self.pipeline,
            self.won,
            self.stage_time,
            *self.conversion_charts.values(),
        ]
        p = self.presenter
        for chart, clicked in (
            (self.funnel, p.funnel_clicked),
            (self.created, p.created_clicked),
            (self.pipeline, p.pipeline_clicked),
            (self.won, p.won_clicked),
        ):
            chart.clicked.connect(lambda i, k, c=clicked: self._drill(lambda r: c(r, i, k)))
        for name, chart in self.conversion_charts.items():
            chart.clicked.connect(
                lambda i, _k, n=name: self._drill(lambda r: p.conversion_clicked(r, n, i))
            )

        currency = lambda: self.report.currency if self.report else self.ws.ctx.currency  # noqa: E731
        self.tables: dict[str, FigureTable[Any]] = {
            "reps": rep_table(self),
            "partners": partner_table(currency, self),
            "campaigns": loop_table(self.tr("Campaign"), currency, self),
            "sources": loop_table(self.tr("Source"), currency, self, targets=True),
            "by-source": outcome_table(self.tr("Source"), currency, self),
            "by-campaign": outcome_table(self.tr("Campaign"), currency, self),
            "by-product": outcome_table(self.tr("Product"), currency, self),
            "by-segment": outcome_table(self.tr("Segment"), currency, self),
        }
        self.table_tabs = QTabWidget()
        self.table_tabs.setObjectName("insightsTables")
        titles = {
            "reps": self.tr("Reps"),
            "partners": self.tr("Partners"),
            "campaigns": self.tr("Campaigns: cost and return"),
            "sources": self.tr("Sources: cost and return"),
            "by-source": self.tr("By source"),
            "by-campaign": self.tr("By campaign"),
            "by-product": self.tr("By product"),
            "by-segment": self.tr("By segment"),
        }
        for key, model in self.tables.items():
            view = QTableView()
            view.setObjectName(f"table_{key}")
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.setMinimumHeight(220)
            self.table_tabs.addTab(view, titles[key])

        conversions = QTabWidget()
        conversions.setObjectName("conversionTabs")
        for key, chart in self.conversion_charts.items():
            conversions.addTab(chart, titles[f"by-{key}"])
        grid = QGridLayout()
        grid.addWidget(self.funnel, 0, 0)
        grid.addWidget(self.created, 0, 1)
        grid.addWidget(conversions, 1, 0)
        grid.addWidget(self.pipeline, 1, 1)
        grid.addWidget(self.won, 2, 0)
        grid.addWidget(self.stage_time, 2, 1)
        for row in range(3):
            grid.setRowMinimumHeight(row, 260)
        self.content = QWidget()
        self.content.setObjectName("insightsContent")
        clay = QVBoxLayout(self.content)
        clay.addWidget(self.kpis)
        clay.addLayout(grid)
        clay.addWidget(self.table_tabs)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.filters)
        lay.addWidget(self.message)
        lay.addWidget(scroll, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.filters.changed.connect(self._debounce.start)
        self._choices_stale = True

    # loading --------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._choices_stale = True
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def set_user(self, _me: uuid.UUID | None) -> None:
        """The figures are the team's, whoever looks."""

    def note_changes(self, changes: Changes) -> None:
        """The figures may be out of date: worked out again shortly if shown, else when
        next shown."""
        if changes.reference:
            self._choices_stale = True  # the owner's sources: the list is filled again
        if not (changes.leads or changes.stages or changes.timelines or changes.reference):
            return
        self._stale = True
        if self.isVisible():
            self.state.setText(self.tr("Figures changed; working them out again…"))
            self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def data_shown(self) -> bool:
        """No figures are being worked out or waiting to be."""
        return not (self._stale or self.refresher.busy or self._debounce.isActive())

    def current_filter(self) -> InsightFilter:
        start, end = self.filters.period.utc_range(self.zone)
        return InsightFilter(start, end, **self.filters.filters())

    def refresh(self) -> None:
        """Work the figures out again, off the GUI thread."""
        if self._choices_stale:
            try:
                c = self.ws.leads.form_choices()
                sources = tuple((r.key, r.name) for r in self.ws.sources.all())
            except LeadDeskError as exc:
                self.show_error(error_text(exc))
                return
            self.filters.set_choices(c.users, c.campaigns, c.products, c.segments, sources)
            self._choices_stale = False
        self._stale = False
        self.refresher.request(
            Request(
                self.filters.period,
                self.current_filter(),
                self.filters.bucket_value,
                self.zone,
            )
        )

    def show_error(self, text: str) -> None:
        self.state.clear()
        self.message.setText(text)
        self.message.show()

    # showing --------------------------------------------------------------------------
    def show_report(self, r: InsightsReport) -> None:
        self.report = r
        self.message.hide()
        locale = QLocale()
        self.state.setText(
            self.tr("%1 to %2 · worked out in %3 ms")
            .replace("%1", date_text(r.period.first))
            .replace("%2", date_text(r.period.last))
            .replace("%3", locale.toString(round(r.seconds * 1000)))
        )
        self.kpis.show_report(r)
        p = self.presenter
        for chart, bars in (
            (self.funnel, p.funnel(r)),
            (self.created, p.created(r)),
            (self.pipeline, p.pipeline(r)),
            (self.won, p.won(r)),
            (self.stage_time, p.stage_time(r)),
            *((c, p.conversion(r.conversions[n])) for n, c in self.conversion_charts.items()),
        ):
            chart.set_bars(
                bars.labels,
                bars.series,
                stacked=bars.stacked,
                value_text=bars.value_text,
                legend=bars.legend,
            )
        self.tables["reps"].reset(list(r.reps))
        self.tables["partners"].reset(partner_rows(self.ws, r.period, self.zone, self.show_error))
        self.tables["campaigns"].reset(list(r.loop_campaigns))
        self.tables["sources"].reset(
            [replace(row, label=label_of(row.key, row.label)) for row in r.loop_sources]
        )
        for name in ("source", "campaign", "product", "segment"):
            self.tables[f"by-{name}"].reset(
                [replace(o, label=label_of(o.key, o.label)) for o in r.conversions[name]]
            )
        self.refreshed.emit(r)
        if self.data_shown():
            self.dataShown.emit()

    # drilling down -----------------------------------------------------------------------
    def _drill(self, behind: Callable[[InsightsReport], Drill]) -> None:
        """List the leads behind a clicked bar (double-click one to open it)."""
        if self.report is None:
            return
        selection, title = behind(self.report)
        try:
            ids = self.ws.insights.lead_ids(self.current_filter(), selection)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        dialog = LeadsBehindDialog(self.ws, ids, title, self)
        dialog.openLead.connect(self.openLead.emit)
        dialog.show()
        self.last_drill = dialog

    # exporting -----------------------------------------------------------------------------
    def export_pdf(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), "insights.pdf", self.tr("PDF files (*.pdf)")
            )
        if not path:
            return False
        try:
            write_pdf(Path(path), self.content, self.tr("LeadDesk insights"), self.state.text())
        except OSError as exc:
            self.show_error(write_failed(path, exc))
            return False
        return True

    def export_charts(self, kind: str, folder: str | None = None) -> list[Path]:
        parts = [(f"{c.objectName()}.{kind}", c.export) for c in self.charts]
        return self._export_into(folder, self.tr("Save the charts in"), parts)

    def export_tables(self, folder: str | None = None) -> list[Path]:
        parts = [(f"{key}.csv", model.export) for key, model in self.tables.items()]
        return self._export_into(folder, self.tr("Save the tables in"), parts)

    def _export_into(
        self, folder: str | None, ask: str, parts: Sequence[tuple[str, Callable[[Path], object]]]
    ) -> list[Path]:
        """Each part as a file in ``folder`` (asked for when not given); the files written
        before one that cannot be are kept, and the screen says which folder failed."""
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, ask)
        if not folder:
            return []
        written = []
        try:
            for name, write in parts:
                path = Path(folder) / name
                write(path)
                written.append(path)
        except OSError as exc:
            self.show_error(write_failed(folder, exc))
        return written

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresher.stop()
        super().closeEvent(event)
