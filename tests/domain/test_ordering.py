from hypothesis import given
from hypothesis import strategies as st

from leaddesk.domain.ordering import key_between, keys_for


def test_fresh_column_keys_ascend_and_are_short() -> None:
    keys = keys_for(30000)
    assert keys == sorted(keys)
    assert len(set(keys)) == 30000
    assert max(map(len, keys)) <= 6


@given(st.lists(st.booleans(), min_size=1, max_size=200))
def test_repeated_inserts_stay_ordered(choices: list[bool]) -> None:
    """Dropping cards again and again between neighbours never needs renumbering."""
    column = keys_for(3)
    for at_front in choices:
        i = 0 if at_front else len(column) - 1
        new = (
            key_between(column[i], column[i + 1])
            if i + 1 < len(column)
            else key_between(column[i], None)
        )
        column.insert(i + 1, new)
        assert column == sorted(column)
        assert len(set(column)) == len(column)


def test_equal_neighbours_fall_back_to_after_first() -> None:
    assert key_between("a1", "a1") > "a1"
