"""How the Insights screen writes its numbers, in the user's language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.ui.formatting import format_money, format_percent

percent = format_percent


def count(value: int) -> str:
    return QLocale().toString(int(value))


def money(value: Decimal | float | None, currency: str) -> str:
    if value is None:
        return "–"
    return format_money(Decimal(str(value)), currency)


def duration(seconds: float | None) -> str:
    """Minutes, hours or days, whichever reads best."""
    if seconds is None:
        return "–"
    locale = QLocale()
    if seconds < 3600:
        return QCoreApplication.translate("Insights", "%1 min").replace(
            "%1", locale.toString(seconds / 60, "f", 0)
        )
    if seconds < 2 * 86400:
        return QCoreApplication.translate("Insights", "%1 h").replace(
            "%1", locale.toString(seconds / 3600, "f", 1)
        )
    return days(seconds / 86400)


def days(value: float | None) -> str:
    if value is None:
        return "–"
    return QCoreApplication.translate("Insights", "%1 d").replace(
        "%1", QLocale().toString(value, "f", 1)
    )


def ratio(value: float | None) -> str:
    """Return on investment as a percentage of what was spent (100 % doubled the money)."""
    return format_percent(value, 0)
