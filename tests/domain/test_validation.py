from decimal import Decimal

import pytest

from leaddesk.domain.stages import Stage
from leaddesk.domain.validation import clean_lead, format_phone, normalize_phone
from leaddesk.errors import ValidationError


def test_clean_lead_normalises_phone_email_and_money() -> None:
    out = clean_lead(
        {
            "first_name": " Jan ",
            "phone": "601 234 567",
            "email": "jan@Example.COM",
            "deal_value": "1200.5",
            "currency": "pln",
            "stage": "Qualified",
            "country": "pl",
        },
        default_region="PL",
    )
    assert out["first_name"] == "Jan"
    assert out["phone"] == "+48601234567"
    assert out["email"] == "jan@example.com"
    assert out["deal_value"] == Decimal("1200.50")
    assert out["currency"] == "PLN"
    assert out["stage"] is Stage.QUALIFIED
    assert out["country"] == "PL"


def test_every_bad_field_is_named() -> None:
    with pytest.raises(ValidationError) as info:
        clean_lead(
            {
                "first_name": "",
                "last_name": " ",
                "deal_value": "-5",
                "stage": "won",
                "email": "not-an-email",
                "phone": "12",
                "score": 140,
            }
        )
    assert info.value.fields() == {"first_name", "deal_value", "stage", "email", "phone", "score"}
    assert "cannot be negative" in str(info.value)


def test_partial_update_checks_only_given_fields_but_keeps_a_name() -> None:
    assert clean_lead({"company": "ACME"}, partial=True) == {"company": "ACME"}
    with pytest.raises(ValidationError, match="first_name"):
        clean_lead({"first_name": "", "last_name": ""}, partial=True)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="'colour' is not a lead field"):
        clean_lead({"first_name": "A", "colour": "red"})


def test_arabic_and_polish_names_pass_untouched() -> None:
    out = clean_lead({"first_name": "محمد", "last_name": "Wiśniewski"})
    assert (out["first_name"], out["last_name"]) == ("محمد", "Wiśniewski")


def test_a_number_without_country_code_is_the_leads_countrys() -> None:
    # the app's default is US, the lead is in Poland: a Polish mobile, as typed there
    out = clean_lead({"first_name": "Ola", "country": "pl", "phone": "601 234 567"})
    assert out["phone"] == "+48601234567"
    with pytest.raises(ValidationError):  # no country given: the default country's rules
        clean_lead({"first_name": "Ola", "phone": "601 234 567"}, default_region="US")


def test_a_number_is_shown_as_its_own_country_writes_it() -> None:
    assert format_phone("+48601234567", "PL") == "601 234 567"
    assert format_phone("+447912431480", "gb") == "07912 431480"
    assert format_phone("+48601234567", "GB") == "+48 601 234 567"  # a foreign number
    assert format_phone("+48601234567") == "+48 601 234 567"  # no country known
    assert format_phone("not a number", "PL") == "not a number"
    # what is shown reads back as the same number in that country
    assert normalize_phone(format_phone("+447912431480", "GB"), "GB") == "+447912431480"
