"""Amounts as Polish, English and Arabic users type them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from leaddesk.domain.amounts import NotAnAmount, parse_amount

POLISH = (",", "\u00a0")
ENGLISH = (".", ",")
ARABIC = ("٫", "٬")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1500,50", "1500.50"),
        ("1 500,50", "1500.50"),
        ("1\u00a0500,50", "1500.50"),
        ("1\u202f500,50", "1500.50"),
        ("1.500,50", "1500.50"),
        ("1,500.50", "1500.50"),
        ("1.500", "1500"),  # the writer's own thousands
        ("1,500", "1.5"),  # a decimal comma in Polish
        ("1.000.000", "1000000"),
        ("-12,5", "-12.5"),
        ("0,99", "0.99"),
    ],
)
def test_polish_writer(text: str, expected: str) -> None:
    assert parse_amount(text, *POLISH) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,500", "1500"),  # an English writer's thousands
        ("1.500", "1.5"),
        ("1500,50", "1500.50"),  # two decimals after a comma: a decimal in every locale
        ("16,894,300", "16894300"),
        ("1,500.50", "1500.50"),
        ("1.500,50", "1500.50"),
        ("  42 ", "42"),
        ("+7", "7"),
    ],
)
def test_english_writer(text: str, expected: str) -> None:
    assert parse_amount(text, *ENGLISH) == Decimal(expected)


def test_arabic_digits_and_separators() -> None:
    assert parse_amount("١٥٠٠٫٥٠", *ARABIC) == Decimal("1500.50")
    assert parse_amount("١٬٥٠٠٫٥٠", *ARABIC) == Decimal("1500.50")
    assert parse_amount("۱۲۳", *ARABIC) == Decimal("123")  # Persian digits too
    assert parse_amount("1500.5", *ARABIC) == Decimal("1500.5")  # Latin typed in Arabic


@pytest.mark.parametrize(
    "text",
    ["", "abc", "12a", "1,50,0.00", "1..5", ",5", "5,", "1.2.3,4,5", "12 USD", "--5", "1e5"],
)
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(NotAnAmount):
        parse_amount(text, *ENGLISH)
