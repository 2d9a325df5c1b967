"""The Insights screen's tables: the rep leaderboard, the closed loop per campaign and
per source, and each breakdown's counts; all of them export as CSV."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from leaddesk.domain.lead_table import write_csv
from leaddesk.services.insight_records import LoopRow, Outcome, RepRow
from leaddesk.ui.insights.formats import count, duration, money, percent, ratio
from leaddesk.ui.widgets.record_table_model import RecordTableModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FigureTable(RecordTableModel[R], Generic[R]):
    """Rows of one figure: each column a title and how to write a row's value."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[R], str]]], parent: QObject | None = None
    ) -> None:
        super().__init__([title for title, _cell in columns], parent)
        self._cells = [cell for _title, cell in columns]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.column()](self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return RIGHT
        return None

    def export(self, path: Path) -> int:
        """The table as CSV (UTF-8 with a byte-order mark), as it is shown."""
        rows = ([cell(r) for cell in self._cells] for r in self._rows)
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            return write_csv(out, self.headers, rows)


def rep_table(parent: QObject | None = None) -> FigureTable[RepRow]:
    return FigureTable(
        [
            (
                QCoreApplication.translate("Insights", "Rep"),
                lambda r: r.name or QCoreApplication.translate("Insights", "Pool"),
            ),
            (QCoreApplication.translate("Insights", "Leads"), lambda r: count(r.leads)),
            (
                QCoreApplication.translate("Insights", "Contacted within 24 h"),
                lambda r: count(r.fast),
            ),
            (QCoreApplication.translate("Insights", "Won"), lambda r: count(r.customers)),
            (QCoreApplication.translate("Insights", "Conversion"), lambda r: percent(r.conversion)),
            (
                QCoreApplication.translate("Insights", "Median response"),
                lambda r: duration(r.median_response_s),
            ),
            (
                QCoreApplication.translate("Insights", "Within first-contact target"),
                lambda r: percent(r.within_target),
            ),
        ],
        parent,
    )


def loop_table(
    first: str,
    currency: Callable[[], str],
    parent: QObject | None = None,
    *,
    targets: bool = False,
) -> FigureTable[LoopRow]:
    """``targets``: a column for the share contacted within the first-contact target
    (sources set targets; campaigns do not)."""
    within: list[tuple[str, Callable[[LoopRow], str]]] = [
        (
            QCoreApplication.translate("Insights", "Within first-contact target"),
            lambda r: percent(r.within_target),
        )
    ]
    return FigureTable(
        [
            (first, lambda r: r.label or QCoreApplication.translate("Insights", "None")),
            (QCoreApplication.translate("Insights", "Cost"), lambda r: money(r.cost, currency())),
            (QCoreApplication.translate("Insights", "Leads"), lambda r: count(r.leads)),
            (QCoreApplication.translate("Insights", "Qualified"), lambda r: count(r.qualified)),
            (QCoreApplication.translate("Insights", "Customers"), lambda r: count(r.customers)),
            (
                QCoreApplication.translate("Insights", "Revenue"),
                lambda r: money(r.revenue, currency()),
            ),
            (
                QCoreApplication.translate("Insights", "Cost per customer"),
                lambda r: money(r.cost_per_customer, currency()),
            ),
            (
                QCoreApplication.translate("Insights", "Return on investment"),
                lambda r: ratio(r.roi),
            ),
            *(within if targets else []),
        ],
        parent,
    )


def outcome_table(
    first: str, currency: Callable[[], str], parent: QObject | None = None
) -> FigureTable[Outcome]:
    return FigureTable(
        [
            (first, lambda r: r.label or QCoreApplication.translate("Insights", "None")),
            (QCoreApplication.translate("Insights", "Leads"), lambda r: count(r.leads)),
            (QCoreApplication.translate("Insights", "Qualified"), lambda r: count(r.qualified)),
            (QCoreApplication.translate("Insights", "Customers"), lambda r: count(r.customers)),
            (QCoreApplication.translate("Insights", "Conversion"), lambda r: percent(r.conversion)),
            (
                QCoreApplication.translate("Insights", "Revenue"),
                lambda r: money(r.revenue, currency()),
            ),
        ],
        parent,
    )
