"""First-contact targets count working minutes in the answerer's own hours."""

from __future__ import annotations

import datetime as dt

from leaddesk.domain.response_targets import due_after
from leaddesk.domain.rotation import WorkingTime

NINE_TO_FIVE = WorkingTime(
    days=frozenset(range(5)), starts=dt.time(9), ends=dt.time(17), zone="Europe/Warsaw"
)
WARSAW = NINE_TO_FIVE.tz()


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in December 2026 in Warsaw (the 7th is a Monday)."""
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=WARSAW)


def test_within_the_working_day_the_target_is_simply_added() -> None:
    assert due_after(at(8, 10), 60, NINE_TO_FIVE) == at(8, 11)


def test_a_form_at_night_is_due_an_hour_into_the_next_working_day() -> None:
    assert due_after(at(8, 22), 60, NINE_TO_FIVE) == at(9, 10)


def test_friday_evening_waits_for_monday() -> None:
    assert due_after(at(11, 16, 30), 60, NINE_TO_FIVE) == at(14, 9, 30)


def test_a_target_longer_than_a_day_spans_working_days() -> None:
    assert due_after(at(8, 9), 8 * 60 + 30, NINE_TO_FIVE) == at(9, 9, 30)


def test_without_working_hours_all_time_counts() -> None:
    start = dt.datetime(2026, 12, 12, 23, 0, tzinfo=dt.UTC)
    assert due_after(start, 90, None) == start + dt.timedelta(minutes=90)
    assert due_after(start, 90, WorkingTime()) == start + dt.timedelta(minutes=90)


def test_a_night_shift_runs_past_midnight() -> None:
    nights = WorkingTime(starts=dt.time(22), ends=dt.time(6), zone="UTC")
    start = dt.datetime(2026, 12, 8, 5, 30, tzinfo=dt.UTC)  # yesterday's shift
    assert due_after(start, 60, nights) == dt.datetime(2026, 12, 8, 22, 30, tzinfo=dt.UTC)


def test_a_pattern_with_no_working_day_counts_all_time() -> None:
    never = WorkingTime(days=frozenset(), starts=dt.time(9), ends=dt.time(17))
    start = dt.datetime(2026, 12, 8, 12, 0, tzinfo=dt.UTC)
    assert due_after(start, 30, never) == start + dt.timedelta(minutes=30)
