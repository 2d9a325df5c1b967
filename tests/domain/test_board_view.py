"""What the board filter makes of what a rep types."""

from __future__ import annotations

from leaddesk.domain.board_view import BoardFilter


def test_board_search_starts_at_three_characters() -> None:
    assert BoardFilter(text="N").terms == []
    assert not BoardFilter(text="no").active
    assert BoardFilter(text="Now").terms == ["now"]
    assert BoardFilter(text="al Kowal").terms == ["al", "kowal"]
