"""The reliability curve of the model in use: of the held-out leads it gave about 30 %,
did about 30 % become customers? One point per band of predictions (its size the
number of leads in it) against the diagonal a perfectly calibrated model follows.

pyqtgraph is imported with this module, which the model page loads only when it
first shows a report: the app's start does not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from leaddesk.ui.formatting import format_percent, number


class PercentAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """0.3 written as the user's language writes 30 %."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_percent(v * scale, 0) for v in values]


class ReliabilityChart(QWidget):
    """Predicted (across) against observed (up), both from 0 to 100 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reliabilityChart")
        self.title = QLabel(self.tr("Reliability: predicted against what happened"))
        self.title.setStyleSheet("font-weight: 600;")
        self.caption = QLabel(
            self.tr(
                "Each point is a band of leads the model never saw: across, the chance it "
                "gave them; up, the share that became customers. On the dashed line the "
                "chances are exactly right."
            )
        )
        self.caption.setObjectName("reliabilityCaption")
        self.caption.setWordWrap(True)  # the page lays it out beside the figures
        self.plot = pg.PlotWidget(
            axisItems={"left": PercentAxis(orientation="left"),
                       "bottom": PercentAxis(orientation="bottom")}
        )  # fmt: skip
        # a chance is read left to right in every language (like a thermometer)
        self.plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumSize(220, 200)
        item = self.plot.getPlotItem()
        item.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.02)
        item.setLabel("bottom", self.tr("Predicted chance"))
        item.setLabel("left", self.tr("Became customers"))
        item.showGrid(x=True, y=True, alpha=0.15)
        self.diagonal = pg.PlotDataItem([0, 1], [0, 1])
        self.curve = pg.PlotDataItem([], [], symbol="o")
        item.addItem(self.diagonal)
        item.addItem(self.curve)
        self.bins: list[dict[str, Any]] = []
        self.plot.scene().sigMouseMoved.connect(self._moved)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.plot, 1)
        self._style()

    def set_bins(self, bins: Sequence[dict[str, Any]]) -> None:
        """The bins of ``metrics["reliability"]`` (see domain.model_metrics)."""
        self.bins = [b for b in bins if b.get("count")]
        largest = max((int(b["count"]) for b in self.bins), default=1)
        self.curve.setData(
            [float(b["mean_predicted"]) for b in self.bins],
            [float(b["observed"]) for b in self.bins],
            symbolSize=[6 + 10 * (int(b["count"]) / largest) ** 0.5 for b in self.bins],
        )

    def tip(self, b: dict[str, Any]) -> str:
        return (
            self.tr("Given %1 to %2: %3 leads, on average %4; %5 became customers.")
            .replace("%1", format_percent(float(b["lo"]), 0))
            .replace("%2", format_percent(float(b["hi"]), 0))
            .replace("%3", number(int(b["count"])))
            .replace("%4", format_percent(float(b["mean_predicted"]), 0))
            .replace("%5", format_percent(float(b["observed"]), 0))
        )

    def _moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        at = view.mapSceneToView(pos)
        for b in self.bins:
            if float(b["lo"]) <= at.x() < float(b["hi"]) and 0 <= at.y() <= 1:
                QToolTip.showText(self.plot.mapToGlobal(pos.toPoint()), self.tip(b), self.plot)
                return
        QToolTip.hideText()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style()

    def _style(self) -> None:
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        mid = pal.color(QPalette.ColorRole.PlaceholderText)
        self.diagonal.setPen(pg.mkPen(mid, width=1, style=Qt.PenStyle.DashLine))
        accent = pal.color(QPalette.ColorRole.Highlight)
        self.curve.setPen(pg.mkPen(accent, width=2))
        self.curve.setSymbolBrush(pg.mkBrush(accent))
        self.curve.setSymbolPen(pg.mkPen(accent))
