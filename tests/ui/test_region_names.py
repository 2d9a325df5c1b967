"""Country lists in the user's language: Qt names territories only in English."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCollator, QLocale

from leaddesk.ui.names.regions import region_choices, region_name


def test_polish_names_countries_in_polish_in_polish_order(polish) -> None:  # type: ignore[no-untyped-def]
    assert region_name("US") == "Stany Zjednoczone (US)"
    assert region_name("DE") == "Niemcy (DE)"
    names = [name for name, _ in region_choices()]
    assert "Polska (PL)" in names
    collator = QCollator(QLocale())
    assert all(collator.compare(a, b) <= 0 for a, b in itertools.pairwise(names))
    # Ł sorts between L and M in Polish, not after Z as its code point would
    assert names.index("Luksemburg (LU)") < names.index("Łotwa (LV)") < names.index("Malta (MT)")


def test_arabic_names_countries_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    assert region_name("EG") == "مصر (EG)"
    assert region_name("PL") == "بولندا (PL)"


def test_english_names_stay_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert region_name("PL") == "Poland (PL)"
    assert region_name("XY") == "XY"  # a code nobody names stays a code
