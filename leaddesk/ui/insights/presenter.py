"""What the Insights screen shows, worked out from a report without painting: each
chart's bars, labels and tooltips, and which leads a click on a bar lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QObject

from leaddesk.domain.insights import WON_ORDER, Bucket, Selection, bucket_bounds
from leaddesk.domain.stages import Stage
from leaddesk.services.insight_records import InsightsReport, Outcome
from leaddesk.ui.formatting import date_text, qt_date
from leaddesk.ui.insights.charts import SeriesData, number
from leaddesk.ui.insights.formats import count, days, money, percent
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import STAGE_COLORS, stage_label

SOURCE_COLORS = (
    "#5B8DEF", "#3DAA6D", "#F2A541", "#9B7BE0", "#E8715A", "#3FB6C8", "#C9566B", "#8A94A6",
    "#B8860B", "#2E8B57", "#708090",
)  # fmt: skip
WON_COLOR = STAGE_COLORS[Stage.CUSTOMER]

Drill = tuple[Selection, str]  # the leads behind a bar, and the list's title


@dataclass(frozen=True)
class Bars:
    """One chart's contents, as ``BarChart.set_bars`` takes them."""

    labels: Sequence[str]
    series: Sequence[SeriesData]
    stacked: bool = True
    value_text: Callable[[float], str] = field(default=number)
    legend: bool = True


def label_of(key: object, label: str) -> str:
    if isinstance(key, str):  # only sources are keyed by text
        return source_label(key, label or None)
    return label or ""


class ReportPresenter(QObject):
    def __init__(self, zone: dt.tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def funnel(self, r: InsightsReport) -> Bars:
        tips = []
        for step in r.funnel:
            tip = (
                self.tr("%1: %2 leads")
                .replace("%1", stage_label(step.stage))
                .replace("%2", count(step.reached))
            )
            if step.conversion is not None:
                tip += "\n" + (
                    self.tr("%1 of the step before; %2 dropped off")
                    .replace("%1", percent(step.conversion))
                    .replace("%2", count(step.drop_off))
                )
            tips.append(tip)
        labels = [
            stage_label(s.stage)
            + (
                f"  {percent(s.conversion, 0)} (−{count(s.drop_off)})"
                if s.conversion is not None
                else ""
            )
            for s in r.funnel
        ]
        series = [
            SeriesData(
                s.stage,
                stage_label(s.stage),
                STAGE_COLORS[s.stage],
                [s.reached if j == i else 0 for j in range(len(r.funnel))],
                tips,
            )
            for i, s in enumerate(r.funnel)
        ]
        return Bars(labels, series, legend=False)

    def bucket_labels(self, r: InsightsReport, starts: tuple[dt.date, ...]) -> list[str]:
        """Short enough to stand side by side: day and month, month and year, quarter."""
        locale = QLocale()
        if r.bucket == Bucket.QUARTER:
            return [
                self.tr("Q%1 %2")
                .replace("%1", locale.toString((d.month - 1) // 3 + 1))
                .replace("%2", locale.toString(qt_date(d), "yyyy"))
                for d in starts
            ]
        form = "MMM yyyy" if r.bucket == Bucket.MONTH else "d MMM"
        return [locale.toString(qt_date(d), form) for d in starts]

    def created(self, r: InsightsReport) -> Bars:
        labels = self.bucket_labels(r, r.created.starts)
        series = [
            SeriesData(
                key,
                source_label(key) if isinstance(key, str) else self.tr("No source"),
                SOURCE_COLORS[n % len(SOURCE_COLORS)],
                values,
            )
            for n, (key, values) in enumerate(r.created.values.items())
        ]
        return Bars(labels, series)

    def pipeline(self, r: InsightsReport) -> Bars:
        labels = [stage_label(stage) for stage, _n, _v in r.pipeline]
        tips = [
            self.tr("%1: %2 leads, %3")
            .replace("%1", stage_label(stage))
            .replace("%2", count(n))
            .replace("%3", money(value, r.currency))
            for stage, n, value in r.pipeline
        ]
        series = [
            SeriesData(
                stage,
                stage_label(stage),
                STAGE_COLORS[stage],
                [float(v) if j == i else 0 for j in range(len(r.pipeline))],
                tips,
            )
            for i, (stage, _n, v) in enumerate(r.pipeline)
        ]
        return Bars(labels, series, value_text=lambda v: money(v, r.currency), legend=False)

    def won(self, r: InsightsReport) -> Bars:
        labels = self.bucket_labels(r, r.won.starts)
        tips = [
            self.tr("%1: %2 won, %3")
            .replace("%1", label)
            .replace("%2", count(int(n)))
            .replace("%3", money(v, r.currency))
            for label, n, v in zip(
                labels, r.won.values["count"], r.won.values["value"], strict=True
            )
        ]
        return Bars(
            labels,
            [SeriesData("won", self.tr("Won value"), WON_COLOR, r.won.values["value"], tips)],
        )

    def stage_time(self, r: InsightsReport) -> Bars:
        labels = [stage_label(t.stage) for t in r.time_in_stage]
        mean = [t.mean_days or 0.0 for t in r.time_in_stage]
        median = [t.median_days or 0.0 for t in r.time_in_stage]
        tips = [
            self.tr("%1: mean %2, median %3, over %4 leads")
            .replace("%1", stage_label(t.stage))
            .replace("%2", days(t.mean_days))
            .replace("%3", days(t.median_days))
            .replace("%4", count(t.stays))
            for t in r.time_in_stage
        ]
        return Bars(
            labels,
            [
                SeriesData("mean", self.tr("Mean"), "#5B8DEF", mean, tips),
                SeriesData("median", self.tr("Median"), "#F2A541", median, tips),
            ],
            stacked=False,
            value_text=days,
        )

    def conversion(self, outcomes: tuple[Outcome, ...]) -> Bars:
        shown = outcomes[:12]
        labels = [self.outcome_label(o) for o in shown]
        tips = [
            self.tr("%1: %2 of %3 leads became customers (%4)")
            .replace("%1", label)
            .replace("%2", count(o.customers))
            .replace("%3", count(o.leads))
            .replace("%4", percent(o.conversion))
            for label, o in zip(labels, shown, strict=True)
        ]
        values = [(o.conversion or 0.0) * 100 for o in shown]
        return Bars(
            labels, [SeriesData("conversion", self.tr("Conversion"), WON_COLOR, values, tips)]
        )

    def outcome_label(self, o: Outcome) -> str:
        return label_of(o.key, o.label) or self.tr("None")

    # what a click on a bar lists ---------------------------------------------------------
    def funnel_clicked(self, r: InsightsReport, index: int, _key: object) -> Drill:
        step = r.funnel[index]
        return Selection(reached=step.order), self.tr("Reached %1").replace(
            "%1", stage_label(step.stage)
        )

    def _bucket_range(self, r: InsightsReport, index: int) -> tuple[dt.datetime, dt.datetime]:
        """The UTC range of one time bar, as the figures counted it (cut to the period)."""
        return bucket_bounds(r.period, r.bucket, self.zone)[1][index]

    def _bucket_title(self, text: str, starts: tuple[dt.date, ...], index: int) -> str:
        return text.replace("%1", date_text(starts[index]))

    def created_clicked(self, r: InsightsReport, index: int, key: object) -> Drill:
        selection = Selection(
            source=key if isinstance(key, str) else None,
            without=frozenset() if isinstance(key, str) else frozenset({"source"}),
            created_between=self._bucket_range(r, index),
        )
        return selection, self._bucket_title(self.tr("Created from %1"), r.created.starts, index)

    def pipeline_clicked(self, r: InsightsReport, index: int, _key: object) -> Drill:
        stage = r.pipeline[index][0]
        return Selection(stage=stage), self.tr("In %1 today").replace("%1", stage_label(stage))

    def won_clicked(self, r: InsightsReport, index: int, _key: object) -> Drill:
        return Selection(won_between=self._bucket_range(r, index)), self._bucket_title(
            self.tr("Won from %1"), r.won.starts, index
        )

    def conversion_clicked(self, r: InsightsReport, name: str, index: int) -> Drill:
        o = r.conversions[name][index]
        if o.key is None:  # the leads without a source, campaign or segment
            selection = Selection(reached=WON_ORDER, without=frozenset({name}))
        else:
            # name is a Selection field (source, campaign, product, segment); mypy checks a
            # **dict against every field
            selection = Selection(reached=WON_ORDER, **{name: o.key})  # type: ignore[arg-type]
        return selection, self.tr("Customers: %1").replace("%1", self.outcome_label(o))
