"""The key figures at the top of the Insights screen.

The tiles flow onto a second row when the window is narrow (a 1280 px laptop in
Polish), and each is at least as wide as its figure: "144 USD" or "3,4 dnia" is
never cut, whatever the width; a long title wraps instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from leaddesk.services.insight_records import InsightsReport
from leaddesk.ui.insights.formats import count, duration, money, percent
from leaddesk.ui.widgets.flow_layout import FlowLayout

TITLE_EMS = 9  # a title wider than this many ems wraps rather than widening its tile


class _Tile(QFrame):
    def __init__(self, name: str, title: str, tip: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tip)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: palette(placeholder-text);")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self._lay = lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _width(self) -> int:
        m = self._lay.contentsMargins()
        fm = self.title.fontMetrics()
        title = min(fm.horizontalAdvance(self.title.text()), TITLE_EMS * fm.height())
        return max(title, self.value.sizeHint().width()) + m.left() + m.right()

    def sizeHint(self) -> QSize:
        width = self._width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class KpiStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        specs = (
            ("kpiLeads", self.tr("Leads created"), self.tr("Leads created in the period")),
            (
                "kpiMql",
                self.tr("Marketing-qualified"),
                self.tr("Of those, how many the scoring made marketing-qualified (MQL or SQL)"),
            ),
            (
                "kpiSql",
                self.tr("Sales-qualified"),
                self.tr("Of those, how many the scoring made sales-qualified (SQL)"),
            ),
            ("kpiCustomers", self.tr("Customers"), self.tr("Of those, how many became customers")),
            ("kpiConversion", self.tr("Conversion"), self.tr("Customers per lead created")),
            (
                "kpiResponse",
                self.tr("First response"),
                self.tr("Average time from a lead coming in to the first call, message or meeting"),
            ),
            (
                "kpiCostPerCustomer",
                self.tr("Cost per customer"),
                self.tr("What the campaigns cost in the period, per customer won"),
            ),
            ("kpiValue", self.tr("Value per customer"), self.tr("Won deal value per customer")),
        )
        self.tiles = {name: _Tile(name, title, tip) for name, title, tip in specs}
        lay = FlowLayout(self)
        for tile in self.tiles.values():
            lay.add(tile, stretch=True)

    def show_report(self, r: InsightsReport) -> None:
        k = r.kpis
        values = {
            "kpiLeads": count(k.leads),
            "kpiMql": count(k.mql),
            "kpiSql": count(k.sql),
            "kpiCustomers": count(k.customers),
            "kpiConversion": percent(k.conversion),
            "kpiResponse": duration(k.avg_response_s),
            "kpiCostPerCustomer": money(k.cost_per_customer, r.currency),
            "kpiValue": money(k.value_per_customer, r.currency),
        }
        for name, text in values.items():
            tile = self.tiles[name]
            tile.value.setText(text)
            tile.updateGeometry()  # the strip's layout keeps the tile's old width otherwise

    def text(self, name: str) -> str:
        return self.tiles[name].value.text()
