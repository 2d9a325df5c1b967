"""Reading a lead's values for the conversion model: placeholders are missing, numbers in
either decimal writing, yes/no in the app's languages, and the encoders built on them."""

from __future__ import annotations

import numpy as np
import pytest

from leaddesk.domain.model_features import (
    MISSING,
    OTHER,
    CategoryEncoder,
    FeatureKind,
    FeatureSpec,
    NumberEncoder,
    encoder_from_dict,
    fit_encoder,
)
from leaddesk.domain.model_values import category_key, is_missing, number, words, yes_no

PLACEHOLDERS = ["Select", "select", " SELECT ", "N/A", "n/a", "NA", "-", "--", "none", "None",
                "null", "NULL", "unknown", "Unknown", "?", "not provided", "Not Provided", "",
                "   ", "brak", "غير معروف"]  # fmt: skip


@pytest.mark.parametrize("value", [*PLACEHOLDERS, None, float("nan")])
def test_placeholders_and_blanks_are_missing_for_every_kind(value: object) -> None:
    assert is_missing(value)
    assert category_key(value) is None
    assert number(value) is None
    assert yes_no(value) is None
    assert words(value) == ()


@pytest.mark.parametrize("value", ["Selected", "Nairobi", "0", "No", "Other", "Noneway"])
def test_real_values_are_not_placeholders(value: str) -> None:
    assert not is_missing(value)
    assert category_key(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2,5", 2.5), ("2.5", 2.5), ("1 234,5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
     ("1,234", 1234.0), (" 12 ", 12.0), ("-3,25", -3.25), ("1e3", 1000.0), (7, 7.0),
     (0.5, 0.5)],
)  # fmt: skip
def test_numbers_in_either_decimal_writing(text: object, expected: float) -> None:
    assert number(text) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["abc", "yes", True, "12 apples", float("inf")])
def test_what_is_not_a_number_is_missing(value: object) -> None:
    assert number(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Yes", True), ("no", False), ("TRUE", True), ("false", False), ("tak", True),
     ("Nie", False), ("نعم", True), ("لا", False), ("1", True), ("0", False), (1, True),
     (0, False), (True, True), ("maybe", None), (5, None)],
)  # fmt: skip
def test_yes_no_in_the_apps_languages(value: object, expected: bool | None) -> None:
    assert yes_no(value) is expected


def test_one_source_whatever_its_case_and_spacing() -> None:
    assert category_key("Google") == category_key(" google ") == category_key("GOOGLE")
    assert category_key("Google") != category_key("Olark Chat")


def test_title_words_folded_without_stop_words() -> None:
    assert words("Head of Marketing & Sales") == ("head", "marketing", "sales")
    assert words("  Kierownik   Działu  ") == ("kierownik", "dzialu")


def test_a_category_groups_rare_levels_and_keeps_missing_apart() -> None:
    values = (
        ["Google"] * 30
        + ["google"] * 5
        + ["Reference"] * 12
        + ["bing", "testone"]
        + ["Select", None, ""]
    )
    enc = fit_encoder(FeatureSpec("Lead Source", FeatureKind.CATEGORY), values, min_count=10)
    assert isinstance(enc, CategoryEncoder)
    assert enc.labels() == ("Google", "Reference", OTHER, MISSING)
    assert enc.one("GOOGLE ") == [(0, 1.0)]
    assert enc.one("bing") == enc.one("never seen") == [(2, 1.0)]
    assert enc.one("Select") == enc.one(None) == enc.one("n/a") == [(3, 1.0)]


def test_a_number_is_imputed_flagged_standardised_and_binned() -> None:
    rng = np.random.default_rng(0)
    values: list[object] = [float(v) for v in rng.normal(100, 20, 500)] + [None, "Select", "-"]
    enc = fit_encoder(FeatureSpec("Visits", FeatureKind.NUMBER), values, min_count=10)
    assert isinstance(enc, NumberEncoder)
    assert enc.median == pytest.approx(100, abs=3) and enc.scale == pytest.approx(20, rel=0.15)
    assert len(enc.edges) == 5 and enc.width == 2 + 6
    rows, cols, data = enc.batch(values)
    z = data[cols == 0]
    assert abs(z[:500].mean()) < 0.05 and z[:500].std() == pytest.approx(1, abs=0.05)
    assert set(rows[cols == 1]) == {500, 501, 502}  # the missing flag
    assert enc.one(None) == [(0, (enc.median - enc.mean) / enc.scale), (1, 1.0)]
    assert enc.one("100,0") == enc.one(100.0)  # a decimal comma reads the same


@pytest.mark.parametrize("kind", list(FeatureKind))
def test_one_value_and_a_batch_encode_alike_and_survive_plain_data(kind: FeatureKind) -> None:
    values: list[object] = ["12", "3,5", None, "Select", "yes", "No", "Sales Manager",
                            "Marketing Manager", 7, "Student"] * 6  # fmt: skip
    enc = fit_encoder(FeatureSpec("c", kind), values, min_count=3)
    again = encoder_from_dict(enc.to_dict())
    assert again == enc
    rows, cols, data = enc.batch(values)
    for i, v in enumerate(values):
        mine = sorted(
            (int(c), float(x)) for r, c, x in zip(rows, cols, data, strict=True) if r == i
        )
        got = sorted(again.one(v))
        assert [c for c, _ in got] == [c for c, _ in mine]
        assert [x for _, x in got] == pytest.approx([x for _, x in mine], abs=1e-12)
    assert len(enc.labels()) == enc.width


def test_a_batch_tells_true_from_one_in_a_category() -> None:
    enc = fit_encoder(FeatureSpec("c", FeatureKind.CATEGORY), [True] * 5 + [1] * 5, min_count=3)
    _, cols, _ = enc.batch([True, 1, True, 1])
    assert [int(c) for c in cols] == [enc.one(True)[0][0], enc.one(1)[0][0]] * 2
    assert enc.one(True) != enc.one(1)
