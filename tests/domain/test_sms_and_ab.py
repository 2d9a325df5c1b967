"""SMS segments and the variant statistics, against hand-computed figures."""

from __future__ import annotations

import math
import random

import pytest

from leaddesk.domain.ab_test import Proportion, compare
from leaddesk.domain.outbox import deal_variants, language_for_country
from leaddesk.domain.sms import Encoding, sms_length


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("", Encoding.GSM7, 0, 0),
        ("a" * 160, Encoding.GSM7, 160, 1),
        ("a" * 161, Encoding.GSM7, 161, 2),
        ("a" * 306, Encoding.GSM7, 306, 2),
        ("a" * 307, Encoding.GSM7, 307, 3),
        ("€" * 80, Encoding.GSM7, 160, 1),  # extension characters take two septets
        ("a" * 152 + "€" + "a" * 10, Encoding.GSM7, 164, 2),  # the € is not split
        ("Dzien dobry", Encoding.GSM7, 11, 1),
        ("Dzień dobry", Encoding.UCS2, 11, 1),  # one Polish letter makes it UCS-2
        ("م" * 70, Encoding.UCS2, 70, 1),
        ("م" * 71, Encoding.UCS2, 71, 2),
        ("م" * 134, Encoding.UCS2, 134, 2),
        ("م" * 135, Encoding.UCS2, 135, 3),
        ("🙂" * 35, Encoding.UCS2, 70, 1),  # an emoji is two UTF-16 units
        ("a" * 66 + "🙂" + "é" * 0 + "ą", Encoding.UCS2, 69, 1),
    ],
)
def test_sms_length(text: str, encoding: Encoding, units: int, segments: int) -> None:
    got = sms_length(text)
    assert (got.encoding, got.units, got.segments) == (encoding, units, segments)


def test_a_surrogate_pair_is_never_split_across_parts() -> None:
    got = sms_length("a" * 66 + "🙂" + "a" * 10)  # the emoji would straddle 67
    assert got.segments == 2 and got.left == 67 - 12


def test_two_variants_hand_computed() -> None:
    # A: 30 replies of 200, B: 50 of 200. Pooled p = 80/400 = 0.2,
    # se = sqrt(0.2 * 0.8 * (1/200 + 1/200)) = 0.04, z = (0.15 - 0.25) / 0.04 = -2.5,
    # two-sided p = erfc(2.5 / sqrt 2) = 0.012419...
    c = compare([Proportion("A", 200, 30), Proportion("B", 200, 50)])
    assert c is not None and c.test == "z"
    assert c.statistic == pytest.approx(-2.5)
    assert c.p_value == pytest.approx(math.erfc(2.5 / math.sqrt(2)))
    assert c.p_value == pytest.approx(0.012419, abs=1e-6)
    assert c.significant and not c.small_sample


def test_not_significant_and_degenerate_cases() -> None:
    c = compare([Proportion("A", 100, 10), Proportion("B", 100, 12)])
    assert c is not None and not c.significant  # z = -0.45, p = 0.65
    assert c.p_value == pytest.approx(0.6514, abs=1e-3)
    assert compare([Proportion("A", 100, 10)]) is None
    assert compare([Proportion("A", 10, 0), Proportion("B", 10, 0)]) is None
    assert compare([Proportion("A", 0, 0), Proportion("B", 10, 3)]) is None
    small = compare([Proportion("A", 8, 1), Proportion("B", 8, 4)])
    assert small is not None and small.small_sample


def test_three_variants_chi_square_hand_computed() -> None:
    # replies 30/200, 50/200, 10/100: pooled 90/500 = 0.18; expected replies 36, 36, 18,
    # non-replies 164, 164, 82. chi2 = 36/36 + 196/36 + 64/18 + 36/164 + 196/164 + 64/82
    c = compare([Proportion("A", 200, 30), Proportion("B", 200, 50), Proportion("C", 100, 10)])
    expected = 36 / 36 + 196 / 36 + 64 / 18 + 36 / 164 + 196 / 164 + 64 / 82
    assert c is not None and c.test == "chi2" and c.df == 2
    assert c.statistic == pytest.approx(expected)
    assert c.p_value == pytest.approx(math.exp(-expected / 2))  # chi2 with 2 df
    two = compare([Proportion("A", 200, 30), Proportion("B", 200, 50)])
    assert two is not None  # for two variants chi-square and z agree: chi2 = z^2
    assert two.statistic**2 == pytest.approx(6.25)


def test_variants_are_dealt_evenly_in_random_order() -> None:
    dealt = deal_variants(["A", "B", "C"], 1000, random.Random(7))
    counts = {label: dealt.count(label) for label in "ABC"}
    assert max(counts.values()) - min(counts.values()) <= 1
    assert dealt[:30] != ["A", "B", "C"] * 10  # shuffled, not round robin
    assert deal_variants(["A", "B"], 5, random.Random(7)) == deal_variants(
        ["A", "B"], 5, random.Random(7)
    )


def test_language_by_country() -> None:
    assert language_for_country("PL") == "pl"
    assert language_for_country("sa") == "ar" and language_for_country("EG") == "ar"
    assert language_for_country("US") == "en"
    assert language_for_country(None, "pl") == "pl"
