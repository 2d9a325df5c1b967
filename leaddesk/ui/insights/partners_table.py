"""The Insights screen's partner report, beside the rep leaderboard: per partner, the
leads pushed to it in the period and what became of them (services.partners).

Read when the report lands rather than in the report's worker: one grouped query
over the pushes, small beside the report's, and PartnerService has its own read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from leaddesk.domain.insights import Period
from leaddesk.errors import LeadDeskError
from leaddesk.services.partners import PartnerFigures
from leaddesk.services.workspace import Workspace
from leaddesk.ui.insights.formats import count, duration, money, percent
from leaddesk.ui.insights.tables import FigureTable
from leaddesk.ui.names.errors import error_text


def won_value(r: PartnerFigures, currency: str) -> str:
    """Each currency's sum, the team's first (a partner may sell in several)."""
    if not r.won_value:
        return "–"
    keys = sorted(r.won_value, key=lambda c: (c != currency, c))
    return " · ".join(money(r.won_value[c], c or currency) for c in keys)


def hours(value: float | None) -> str:
    return duration(value * 3600 if value is not None else None)


def partner_table(
    currency: Callable[[], str], parent: QObject | None = None
) -> FigureTable[PartnerFigures]:
    return FigureTable(
        [
            (QCoreApplication.translate("Insights", "Partner"), lambda r: r.name),
            (QCoreApplication.translate("Insights", "Received"), lambda r: count(r.received)),
            (QCoreApplication.translate("Insights", "Accepted"), lambda r: count(r.accepted)),
            (QCoreApplication.translate("Insights", "Returned"), lambda r: count(r.returned)),
            (QCoreApplication.translate("Insights", "Expired"), lambda r: count(r.expired)),
            (
                QCoreApplication.translate("Insights", "Time to accept"),
                lambda r: hours(r.hours_to_accept),
            ),
            (QCoreApplication.translate("Insights", "Contacted"), lambda r: count(r.contacted)),
            (QCoreApplication.translate("Insights", "Won"), lambda r: count(r.won)),
            (
                QCoreApplication.translate("Insights", "Won value"),
                lambda r: won_value(r, currency()),
            ),
            (QCoreApplication.translate("Insights", "Conversion"), lambda r: percent(r.conversion)),
        ],
        parent,
    )


def partner_rows(
    ws: Workspace, period: Period, zone: dt.tzinfo, failed: Callable[[str], None]
) -> list[PartnerFigures]:
    """The period's figures, busiest partner first; an error is shown, not raised (the
    rest of the report stands)."""
    since, until = period.utc_range(zone)
    try:
        rows = ws.partners.report(since=since, until=until)
    except LeadDeskError as exc:
        failed(error_text(exc))
        return []
    return sorted(rows, key=lambda r: (-r.received, r.name))
