"""Bar charts on pyqtgraph: categories or time buckets, stacked series, a tooltip with
the exact values on every bar, a click that says which bar, numbers in the user's
language, the palette's colours, and right to left where the layout is.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from leaddesk.ui.widgets.banner import write_failed
from leaddesk.ui.widgets.buttons import menu_button


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def compact(value: float) -> str:
    """Axis numbers short enough to fit: 2.5 M, 250 k, 25."""
    size = abs(value)
    if size >= 1_000_000:
        return QCoreApplication.translate("Insights", "%1 M").replace(
            "%1", number(value / 1_000_000, 0 if size >= 10_000_000 else 1)
        )
    if size >= 10_000:
        return QCoreApplication.translate("Insights", "%1 k").replace("%1", number(value / 1000, 0))
    return number(value, 0 if size >= 10 or value == int(value) else 1)


class TextAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no types: AxisItem is Any
    """Painted straight, not replayed from a cached QPicture: a QPicture loses the
    bidirectional layout of its text, jumbling Arabic labels with numbers in them.
    What to draw is still worked out once per change (pyqtgraph then resets
    ``picture`` to None), not on every paint."""

    _specs: tuple[Any, ...] | None = None
    picture: Any  # pyqtgraph's cache slot: None when the axis changed

    def paint(self, p: QPainter, *_args: Any) -> None:
        if self.style["tickFont"]:
            p.setFont(self.style["tickFont"])
        if self.picture is None:
            self._specs = self.generateDrawSpecs(p)
            self.picture = _WORKED_OUT
        if self._specs is not None:
            self.drawPicture(p, *self._specs)


_WORKED_OUT = object()  # TextAxis.picture: the specs are current


class LocaleAxis(TextAxis):
    """Axis numbers as the user's language writes them (digits, separators), short."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [compact(v * scale) for v in values]


@dataclass(frozen=True)
class Bar:
    """One drawn bar: where it is (in the chart's values), what it says, what it is."""

    index: int  # the category
    key: object  # the series
    value: float
    tip: str
    rect: QRectF  # x, y, width, height in data coordinates


@dataclass(frozen=True)
class SeriesData:
    key: object
    label: str
    color: str
    values: Sequence[float]
    tips: Sequence[str] | None = None  # per bar; default: "label: value"


class BarChart(QWidget):
    """Bars per category; several series stack. ``horizontal`` lays the bars down
    (the funnel, rankings). ``clicked(category index, series key)``."""

    clicked = Signal(int, object)

    def __init__(
        self,
        title: str,
        *,
        horizontal: bool = False,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name or "chart")
        self.horizontal = horizontal
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.title.setStyleSheet("font-weight: 600;")
        value_axes = ("bottom",) if horizontal else ("left", "right")
        self.plot = pg.PlotWidget(
            axisItems={
                a: (LocaleAxis if a in value_axes else TextAxis)(orientation=a)
                for a in ("left", "bottom", "right")
            }
        )
        self.plot.setMenuEnabled(False)
        # laid out by hand for right to left (below): a mirrored graphics layout would
        # put the axes on the far side of their labels
        self.plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(180)
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.hide()
        self.bars: list[Bar] = []
        self._items: list[pg.BarGraphItem] = []
        self.plot.viewport().installEventFilter(self)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.categories: list[str] = []
        self.save_button = menu_button(self.tr("Save"), "chartSave")
        self.save_button.setAutoRaise(True)
        self.save_button.setToolTip(self.tr("Save this chart as a picture"))
        menu = self.save_button.menu()
        menu.addAction(self.tr("As PNG…"), lambda: self.save_as("png"))
        menu.addAction(self.tr("As SVG…"), lambda: self.save_as("svg"))
        self.problem = QLabel()
        self.problem.setObjectName("chartProblem")
        self.problem.setStyleSheet("color: palette(highlight);")
        self.problem.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(self.problem)
        lay.addWidget(self.legend)
        lay.addWidget(self.plot, 1)
        self._style()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            self._style()  # a theme or a language switched while the screen is open

    def _style(self) -> None:
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom", "right", "top"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        item = self.plot.getPlotItem()
        item.invertX(rtl)  # categories and time run right to left in Arabic
        if self.horizontal:
            item.invertY(True)  # the first category on top
        # the names, or the values, stand where a reader of the language starts
        item.showAxis("right", rtl)
        item.showAxis("left", not rtl)

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[SeriesData],
        *,
        stacked: bool = True,
        value_text: Callable[[float], str] = number,
        legend: bool = True,
    ) -> None:
        """Draw the bars again (the chart keeps its axes, items and size)."""
        self.bars, self.categories = [], list(categories)
        self.legend.setVisible(legend and len(series) > 1)
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{s.color}">■</span>&nbsp;'
                + html.escape(s.label).replace(" ", "&nbsp;")  # a name is not split
                for s in series
            )
        )
        width = 0.8 / (1 if stacked else max(1, len(series)))
        base = [0.0] * len(categories)
        for n, ser in enumerate(series):
            offset = 0.0 if stacked else (n - (len(series) - 1) / 2) * width
            places, starts, sizes = [], [], []
            for i, value in enumerate(ser.values):
                if not value:
                    continue
                start = base[i] if stacked else 0.0
                tip = (
                    ser.tips[i]
                    if ser.tips
                    else f"{categories[i]} · {ser.label}: {value_text(value)}"
                )
                place = i + offset
                rect = (
                    QRectF(start, place - width / 2, value, width)
                    if self.horizontal
                    else QRectF(place - width / 2, start, width, value)
                )
                self.bars.append(Bar(i, ser.key, value, tip, rect))
                places.append(place)
                starts.append(start)
                sizes.append(value)
                if stacked:
                    base[i] += value
            self._series_item(n, places, starts, sizes, width, ser.color)
        for n in range(len(series), len(self._items)):
            self._series_item(n, [], [], [], width, "#000000")
        self._set_ticks()
        self.plot.getPlotItem().enableAutoRange()
        self.plot.getPlotItem().setLimits()

    def _set_ticks(self) -> None:
        """Category names on their axis; along time, only as many as fit side by side."""
        ticks = list(enumerate(self.categories))
        if not self.horizontal and ticks:
            widest = max(self.fontMetrics().horizontalAdvance(c) for c in self.categories)
            fitting = max(1, self.plot.width() // (widest + 16))
            step = -(-len(ticks) // fitting)
            ticks = ticks[::step]
        metrics = self.fontMetrics()
        if self.horizontal:  # names beside the bars: the axis as wide as the longest
            wide = max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
            for side in ("left", "right"):
                self.plot.getAxis(side).setTicks([ticks])
                self.plot.getAxis(side).setWidth(wide + 14)
        else:
            self.plot.getAxis("bottom").setTicks([ticks])
            for side in ("left", "right"):
                self.plot.getAxis(side).setWidth(metrics.horizontalAdvance("8,888 M") + 10)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_ticks()

    def _series_item(
        self,
        n: int,
        places: list[float],
        starts: list[float],
        sizes: list[float],
        width: float,
        color: str,
    ) -> None:
        """One item draws a whole series (kept and refilled on the next refresh)."""
        opts: dict[str, Any] = (
            {"x0": starts, "y": places, "width": sizes, "height": width}
            if self.horizontal
            else {"x": places, "y0": starts, "height": sizes, "width": width}
        )
        brush = pg.mkBrush(QColor(color))
        if n < len(self._items):
            self._items[n].setOpts(brush=brush, **opts)
            return
        item = pg.BarGraphItem(brush=brush, pen=pg.mkPen(None), **opts)
        self._items.append(item)
        self.plot.addItem(item)

    def bar_at(self, scene_pos: QPointF) -> Bar | None:
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        return next((b for b in self.bars if b.rect.normalized().contains(point)), None)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        bar = self.bar_at(event.scenePos())
        if bar is not None:
            event.accept()
            self.clicked.emit(bar.index, bar.key)

    def _moved(self, scene_pos: QPointF) -> None:
        over = self.bar_at(scene_pos) is not None
        if over:
            self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.plot.viewport().unsetCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The tooltip of the bar under the mouse, with its exact value."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(self.plot.mapToScene(event.pos()))
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), bar.tip, self.plot)
            return True
        return super().eventFilter(watched, event)

    def save_as(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            f"{self.objectName()}.{kind}",
            self.tr("PNG pictures (*.png)") if kind == "png" else self.tr("SVG drawings (*.svg)"),
        )
        if not path:
            return
        try:
            self.export(Path(path))
        except OSError as exc:
            self.problem.setText(write_failed(path, exc))
            self.problem.show()
        else:
            self.problem.hide()

    def export(self, path: Path) -> None:
        """PNG or SVG, by the file's ending; OSError when it cannot be written."""
        if path.suffix.lower() == ".svg":
            self._export_svg(path)
            return
        exporter = exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = max(800, int(self.plot.width() * 2))
        image = exporter.export(toBytes=True)
        if not image.save(str(path), "PNG"):
            raise OSError(self.tr("the picture could not be saved there"))

    def _export_svg(self, path: Path) -> None:
        """Drawn by Qt's SVG generator: bars and text stay vectors (pyqtgraph's own
        SVG exporter cannot read the paths of this Qt version)."""
        size = self.plot.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self.title.text())
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(self.tr("the picture could not be saved there"))
        try:
            self.plot.render(painter)
        finally:
            painter.end()
