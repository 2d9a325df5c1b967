"""Numbers and money in the user's language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def format_money(value: Decimal, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), currency, 0)


def format_percent(value: float | None, decimals: int = 1) -> str:
    """A share (0.25) as a percentage with the language's own sign (Arabic ٪); a dash for none."""
    if value is None:
        return "–"
    locale = QLocale()
    return locale.toString(value * 100, "f", decimals) + locale.percent()
