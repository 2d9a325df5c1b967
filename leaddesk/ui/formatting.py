"""Numbers and money in the user's language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def format_money(value: Decimal, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), currency, 0)
