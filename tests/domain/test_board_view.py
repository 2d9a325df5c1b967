"""What the board filter makes of what a rep types."""

from __future__ import annotations

from leaddesk.domain.board_view import BoardFilter


def test_board_search_starts_at_three_characters() -> None:
    assert BoardFilter(text="N").terms == []
    assert not BoardFilter(text="no").active
    assert BoardFilter(text="Now").terms == ["now"]
    assert BoardFilter(text="al Kowal").terms == ["al", "kowal"]


def test_a_custom_field_range_counts_once_an_end_is_set() -> None:
    number = BoardFilter(field_key="employees", field_kind="number")
    assert not number.active  # a field picked, nothing asked of it yet
    assert number.with_(field_max="10").active
    assert not number.with_(field_min="many").active  # an end that is no number is none
    day = BoardFilter(field_key="met_on", field_kind="date", field_min="2026-01-01")
    assert day.active and day.date_range[0] is not None and day.date_range[1] is None
    text = BoardFilter(field_key="branch", field_kind="text")
    assert not text.with_(field_value=" \t").active
    assert text.with_(field_value=" łódź\x00 ").contains == "łódź"
    assert BoardFilter(field_key="band", field_kind="choice", field_value="Large").active


def test_saved_custom_field_filters_round_trip_and_bad_parts_are_dropped() -> None:
    saved = BoardFilter(field_key="employees", field_kind="number", field_min="9", field_max="10.5")
    assert BoardFilter.from_json(saved.to_json()) == saved
    day = BoardFilter(field_key="met_on", field_kind="date", field_max="2026-01-31")
    assert BoardFilter.from_json(day.to_json()) == day
    # older versions saved choice and yes/no filters without ends
    old = {"field_key": "band", "field_kind": "choice", "field_value": "Large"}
    assert BoardFilter.from_json(old) == BoardFilter(**old)
    # JSON numbers are read as their text; ends a kind cannot read are dropped alone
    mixed = {"field_key": "employees", "field_kind": "number", "field_min": 9, "field_max": "x"}
    assert BoardFilter.from_json(mixed) == BoardFilter(
        field_key="employees", field_kind="number", field_min="9"
    )
    for bad in (True, "nan", "1e999", [1], {"a": 1}):
        raw = {"field_key": "employees", "field_kind": "number", "field_min": bad}
        assert BoardFilter.from_json(raw).field_min is None
    assert BoardFilter.from_json(
        {"field_key": "met_on", "field_kind": "date", "field_min": "2026-02-30"}
    ) == BoardFilter(field_key="met_on", field_kind="date")
    # a text or choice field has no ends; a kind this version does not know, no field
    assert BoardFilter.from_json({"field_key": "b", "field_kind": "text", "field_min": "1"}) == (
        BoardFilter(field_key="b", field_kind="text")
    )
    assert BoardFilter.from_json(
        {"field_key": "x", "field_kind": "colour", "field_value": "red", "text": "Nowak"}
    ) == BoardFilter(text="Nowak")
    assert BoardFilter.from_json({"field_kind": "number", "field_min": "1"}) == BoardFilter()
