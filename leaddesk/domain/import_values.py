"""The values in other programs' exports, read as LeadDesk's: stages, sources, yes/no
flags, amounts and countries (dates in import_dates, names in import_names, both
re-exported here so the import wizard has one module to ask).

Each reader either gives LeadDesk's value, None where the value is empty or better
kept as the user's own (an unknown stage is asked about, an unknown source offered as
a new one), or raises ValueError naming the value, for the row's report.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.core import get_global

from leaddesk.domain.amounts import NotAnAmount, parse_amount
from leaddesk.domain.import_dates import date_order, excel_serial, parse_moment
from leaddesk.domain.import_keys import fold
from leaddesk.domain.import_names import split_full_name, tidy_name
from leaddesk.domain.import_vocab import (
    COUNTRY_ALIASES,
    HUBSPOT_SOURCES,
    NO,
    SOURCE_WORDS,
    STAGE_WORDS,
    YES,
)
from leaddesk.domain.leads import Source
from leaddesk.domain.stages import Stage

__all__ = [
    "country_code",
    "date_order",
    "excel_serial",
    "parse_amount_any",
    "parse_moment",
    "parse_yes_no",
    "source_of",
    "split_full_name",
    "stage_of",
    "tidy_name",
]

#: the languages whose country names are read (the app's)
_LANGUAGES = ("en", "pl", "ar")
#: a currency written before or after an amount: a symbol, an ISO code, a word
_SYMBOLS = "$€£¥₹₽₴₺₩₪฿₫₦₱¢﷼"
_WORDS = frozenset(("zł", "zl", "ر.س", "د.إ", "ج.م", "د.ك", "ريال", "درهم", "دينار", "جنيه"))
_CURRENCY = rf"[{_SYMBOLS}]|[^\W\d_]{{1,5}}(?:\.[^\W\d_]{{1,3}})?\.?|[A-Za-z]{{1,3}}[{_SYMBOLS}]"
_AMOUNT = re.compile(
    rf"([+\-\u2212]?)\s*({_CURRENCY})?\s*([+\-\u2212]?)\s*([\d\s\u00a0\u202f'’.,٫٬٠-٩۰-۹]+?)"
    rf"\s*({_CURRENCY})?"
)


@cache
def _stages() -> dict[str, Stage]:
    return {fold(word): stage for stage, words in STAGE_WORDS.items() for word in words}


@cache
def _sources() -> dict[str, Source]:
    return {fold(word): source for source, words in SOURCE_WORDS.items() for word in words}


def stage_of(value: str) -> Stage | None:
    """The LeadDesk stage a CRM's status or lifecycle stage means (in English, Polish or
    Arabic, LeadDesk's own names included), or None for one to ask the user about."""
    return _stages().get(fold(value))


def source_of(value: str, origin: str | None = None) -> str | None:
    """The default source a CRM's source value means, or None when it is better kept as
    a source of its own (import_vocab says which and why). ``origin`` is the program the
    file comes from, for the words it uses its own way (HubSpot's "Referrals")."""
    key = fold(value)
    if origin == "hubspot":
        hubspot = {fold(k): v for k, v in HUBSPOT_SOURCES.items()}
        if key in hubspot:
            return hubspot[key].value
    found = _sources().get(key)
    return found.value if found is not None else None


@cache
def _yes_no() -> dict[str, bool]:
    return {fold(w) or w: True for w in YES} | {fold(w) or w: False for w in NO}


def parse_yes_no(value: object) -> bool | None:
    """A flag as spreadsheets and CRMs write it (a do-not-contact column); None when empty."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        if value in (0, 1):
            return bool(value)
        raise ValueError(f"{value!r} is neither yes nor no.")
    text = str(value).strip()
    if not text:
        return None
    found = _yes_no().get(fold(text) or text)
    if found is None:
        raise ValueError(f"{value!r} is neither yes nor no.")
    return found


def parse_amount_any(value: object, *, decimal: str = ".") -> Decimal:
    """An amount in any common writing, with its currency sign or code around it;
    numbers as they are. ``decimal`` is the file's decimal separator when known (a
    Polish file's ","): it only decides 1.234 and 1,234, which can be read both ways."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount.")
    if isinstance(value, Decimal | int):
        if isinstance(value, Decimal) and not value.is_finite():
            raise ValueError(f"{value!r} is not an amount.")
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not an amount.")
        return Decimal(repr(value))  # 12.5, not 12.4999999999999982236431605997495353221893
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not an amount.")
    text = value.strip()
    negative = text.startswith("(") and text.endswith(")")  # accounting: (1,234.00)
    if negative:
        text = text[1:-1]
    found = _AMOUNT.fullmatch(text)
    if not found or (found.group(1) and found.group(3)) or (found.group(2) and found.group(5)):
        raise ValueError(f"{value!r} is not an amount.")
    if not all(_is_currency(c) for c in (found.group(2), found.group(5)) if c):
        raise ValueError(f"{value!r} is not an amount.")
    sign = found.group(1) or found.group(3)
    try:
        amount = parse_amount(found.group(4), decimal, "," if decimal == "." else ".")
    except NotAnAmount:
        raise ValueError(f"{value!r} is not an amount.") from None
    return -amount if negative or sign in ("-", "\u2212") else amount


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(Locale("en").currencies)


def _is_currency(text: str) -> bool:
    """A symbol (€, US$), an ISO 4217 code in any case (PLN, usd) or a currency's
    common word (zł, ر.س): "12 apples" is not an amount in apples."""
    word = text.casefold()
    return (
        text in _SYMBOLS
        or word.upper() in _currency_codes()
        or word in _WORDS
        or word.rstrip(".") in _WORDS
        or (text[-1] in _SYMBOLS and text[:-1].isalpha())
    )


#: territory codes that are no country (the world, the EU, Kosovo's interim code...)
_NOT_COUNTRIES = frozenset(("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK"))


def _territories(language: str) -> dict[str, str]:
    """Babel's country names in ``language``, by alpha-2 code (its regions left out)."""
    found = {str(code): str(name) for code, name in Locale(language).territories.items()}
    return {
        code: name
        for code, name in found.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


@cache
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in _LANGUAGES:
        for code, name in _territories(language).items():
            names.setdefault(fold(name), code)
    codes = set(_territories("en"))
    for alias, code in COUNTRY_ALIASES.items():
        names[fold(alias)] = code
    for code in codes:
        names[fold(code)] = code
    aliases = get_global("territory_aliases")  # CLDR's: alpha-3 codes among them
    for old, new in aliases.items() if isinstance(aliases, dict) else ():
        alpha3 = isinstance(old, str) and len(old) == 3 and old.isalpha()
        if alpha3 and isinstance(new, list) and len(new) == 1 and new[0] in codes:
            names.setdefault(fold(str(old)), str(new[0]))  # POL, USA, GBR
    return names


def country_code(value: str) -> str | None:
    """The ISO 3166 alpha-2 code of a country written as a code (PL, POL) or a name in
    English, Polish or Arabic (Poland, Polska, بولندا), or None."""
    key = fold(value)
    return _countries().get(key) if key else None
