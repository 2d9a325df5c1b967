from __future__ import annotations

import pytest

from leaddesk.domain.bidi import (
    LRI,
    PDI,
    isolate_code,
    mark_edits,
    shown_position,
    without_isolates,
)

ARABIC = (
    "مرحبًا {{ lead.first_name }}، {% if x %}نعم{% endif %} {{ product|default('منتجنا', true) }}"
)


def apply(shown: str, edits: list[tuple[int, str | None]]) -> str:
    for position, mark in edits:  # last first, as an editor applies them
        shown = (
            shown[:position] + shown[position + 1 :]
            if mark is None
            else (shown[:position] + mark + shown[position:])
        )
    return shown


def test_every_piece_of_code_is_isolated_once_and_the_stored_text_is_unchanged() -> None:
    shown = isolate_code(ARABIC)
    assert shown.count(LRI) == 4 and shown.count(PDI) == 4
    assert f"{LRI}{{{{ product|default('منتجنا', true) }}}}{PDI}" in shown
    assert isolate_code(shown) == shown
    assert without_isolates(shown) == ARABIC


@pytest.mark.parametrize(
    "shown",
    [
        ARABIC,  # nothing isolated yet
        isolate_code(ARABIC) + " {{ user.name }}",  # a placeholder just typed
        isolate_code(ARABIC).replace("{{ lead.first_name }}", "{{ lead.first_na"),  # broken
        LRI + "text" + PDI + PDI,  # marks left behind
    ],
)
def test_the_edits_turn_what_is_shown_into_the_isolated_text(shown: str) -> None:
    assert apply(shown, mark_edits(shown)) == isolate_code(shown)


def test_a_stored_column_is_found_in_the_shown_text() -> None:
    shown = isolate_code("ab {{ x }} cd")
    stored = "ab {{ x }} cd".index("cd")
    assert shown[shown_position(shown, stored) :].startswith("cd")
    assert shown_position(shown, 3) == shown.index("{")
