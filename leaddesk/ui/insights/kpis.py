"""The row of key figures at the top of the Insights screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from leaddesk.services.insight_records import InsightsReport
from leaddesk.ui.insights.formats import count, duration, money, percent


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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(self.title)
        lay.addWidget(self.value)


class KpiStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        specs = (
            ("kpiLeads", self.tr("Leads created"), self.tr("Leads created in the period")),
            (
                "kpiMql",
                self.tr("Marketing-qualified"),
                self.tr("Of those, how many reached Nurturing or beyond"),
            ),
            (
                "kpiSql",
                self.tr("Sales-qualified"),
                self.tr("Of those, how many reached Qualified or beyond"),
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
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            lay.addWidget(tile, 1)

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
            self.tiles[name].value.setText(text)

    def text(self, name: str) -> str:
        return self.tiles[name].value.text()
