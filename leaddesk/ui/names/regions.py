"""Countries as the user's language names them, in the order it sorts them.

Qt can name a territory only in English (QLocale.territoryToString), which left
"United States" in a Polish or Arabic country list; Babel carries CLDR's names in
every language.
"""

from __future__ import annotations

from functools import cmp_to_key

import phonenumbers
from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCollator, QLocale


def _babel_locale() -> Locale:
    try:
        return Locale.parse(QLocale().name())
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def region_name(code: str) -> str:
    """``code`` (PL) as the interface's language names it, with the code."""
    name = _babel_locale().territories.get(code.upper())
    return f"{name} ({code})" if name else code


def region_choices() -> list[tuple[str, str]]:
    """Every region a phone number can belong to, (name, code), sorted as the
    language sorts (Ś after S in Polish, Arabic in its alphabet's order)."""
    names = [(region_name(code), code) for code in phonenumbers.SUPPORTED_REGIONS]
    collator = QCollator(QLocale())

    def order(a: tuple[str, str], b: tuple[str, str]) -> int:
        return collator.compare(a[0], b[0])

    return sorted(names, key=cmp_to_key(order))
