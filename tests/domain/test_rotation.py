"""Rotation: weighted round robin within ±1 of the weights over 10,000 turns, reps
skipped for being inactive, away, off their days or hours (in their time zone) or at
capacity, and everyone skipped leaving the lead to the pool with the reasons."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from leaddesk.domain.rotation import (
    Absence,
    AbsenceKind,
    Rep,
    Skip,
    SkipReason,
    WorkingTime,
    day_began,
    next_turn,
    skipped,
)

# a Wednesday, 10:00 in Warsaw
NOW = dt.datetime(2026, 12, 9, 9, 0, tzinfo=dt.UTC)


def _run(reps: list[Rep], turns: int, now: dt.datetime = NOW) -> Counter[str]:
    credits: dict[str, int] = {}
    got: Counter[str] = Counter()
    for _ in range(turns):
        turn = next_turn(reps, credits, now)
        assert turn.chosen is not None
        credits.update(turn.credits)
        got[turn.chosen] += 1
    return got


@pytest.mark.parametrize("weights", [(2, 1), (3, 2, 1), (1, 1, 1, 1), (5, 1, 1)])
def test_shares_stay_within_one_lead_of_the_weights_over_10000(weights: tuple[int, ...]) -> None:
    reps = [Rep(f"r{i}", f"Rep {i}", weight=w) for i, w in enumerate(weights)]
    total = sum(weights)
    credits: dict[str, int] = {}
    got: Counter[str] = Counter()
    for n in range(1, 10_001):
        turn = next_turn(reps, credits, NOW)
        assert turn.chosen is not None
        credits.update(turn.credits)
        got[turn.chosen] += 1
        for rep in reps:  # at every step, not only at the end
            assert abs(got[rep.user_id] - n * rep.weight / total) <= 1
    assert sum(got.values()) == 10_000


def test_a_senior_takes_two_for_one_interleaved_not_in_bursts() -> None:
    reps = [Rep("senior", "Senior", weight=2), Rep("junior", "Junior")]
    credits: dict[str, int] = {}
    order = []
    for _ in range(6):
        turn = next_turn(reps, credits, NOW)
        credits.update(turn.credits)
        order.append(turn.chosen)
    assert order == ["senior", "junior", "senior"] * 2


def test_a_rep_back_from_holiday_gets_no_burst_of_catch_up_leads() -> None:
    away = Absence(dt.date(2026, 12, 1), dt.date(2026, 12, 9))
    anna, tomasz = Rep("anna", "Anna"), Rep("tomasz", "Tomasz", absences=(away,))
    credits: dict[str, int] = {}
    for _ in range(10):  # Tomasz away: Anna takes all ten, Tomasz banks nothing
        turn = next_turn([anna, tomasz], credits, NOW)
        credits.update(turn.credits)
        assert turn.chosen == "anna"
        assert [(r.user_id, s.reason) for r, s in turn.skips] == [("tomasz", SkipReason.ABSENT)]
    back = NOW + dt.timedelta(days=1)
    order = []
    for _ in range(4):
        turn = next_turn([anna, tomasz], credits, back)
        credits.update(turn.credits)
        order.append(turn.chosen)
    assert sorted(Counter(order).values()) == [2, 2]


def test_everyone_skipped_leaves_nobody_chosen_with_every_reason() -> None:
    reps = [
        Rep("a", "A", active=False),
        Rep(
            "b",
            "B",
            absences=(Absence(dt.date(2026, 12, 7), dt.date(2026, 12, 12), AbsenceKind.SICK),),
        ),
        Rep("c", "C", max_open=25, open_leads=25),
        Rep("d", "D", max_new_per_day=5, new_today=5),
    ]
    turn = next_turn(reps, {}, NOW)
    assert turn.chosen is None and turn.credits == {}
    assert [(r.user_id, s) for r, s in turn.skips] == [
        ("a", Skip(SkipReason.INACTIVE)),
        ("b", Skip(SkipReason.ABSENT, until=dt.date(2026, 12, 12), kind=AbsenceKind.SICK)),
        ("c", Skip(SkipReason.FULL, limit=25)),
        ("d", Skip(SkipReason.FULL_TODAY, limit=5)),
    ]


def test_working_days_and_hours_are_the_reps_own_time_zone() -> None:
    office = WorkingTime(frozenset(range(5)), dt.time(9), dt.time(17), "Europe/Warsaw")
    riyadh = WorkingTime(frozenset({6, 0, 1, 2, 3}), dt.time(8), dt.time(16), "Asia/Riyadh")
    warsaw_rep, riyadh_rep = Rep("w", "W", working=office), Rep("r", "R", working=riyadh)
    assert skipped(warsaw_rep, NOW) is None  # 10:00 in Warsaw
    assert skipped(riyadh_rep, NOW) is None  # 12:00 in Riyadh, a Wednesday
    evening = dt.datetime(2026, 12, 9, 16, 30, tzinfo=dt.UTC)  # 17:30 / 19:30
    assert skipped(warsaw_rep, evening) == Skip(SkipReason.OFF_HOURS)
    friday = dt.datetime(2026, 12, 11, 9, 0, tzinfo=dt.UTC)  # Riyadh's weekend
    assert skipped(riyadh_rep, friday) == Skip(SkipReason.DAY_OFF)
    assert skipped(warsaw_rep, friday) is None
    # a night shift belongs to the day it started on
    night = Rep("n", "N", working=WorkingTime(frozenset({4}), dt.time(22), dt.time(6), "UTC"))
    assert skipped(night, dt.datetime(2026, 12, 12, 3, 0, tzinfo=dt.UTC)) is None  # Sat 03:00
    assert skipped(night, dt.datetime(2026, 12, 13, 3, 0, tzinfo=dt.UTC)) == Skip(
        SkipReason.DAY_OFF
    )
    assert skipped(night, dt.datetime(2026, 12, 11, 12, 0, tzinfo=dt.UTC)) == Skip(
        SkipReason.OFF_HOURS
    )


def test_an_absence_counts_in_the_reps_days_and_runs_into_the_next() -> None:
    holiday = Absence(dt.date(2026, 12, 8), dt.date(2026, 12, 9))
    sick = Absence(dt.date(2026, 12, 10), dt.date(2026, 12, 14), AbsenceKind.SICK)
    rep = Rep("t", "Tomasz", absences=(sick, holiday), working=WorkingTime(zone="Asia/Tokyo"))
    # 23:30 UTC on the 9th is already the 10th in Tokyo: sick, back after the 14th
    late = dt.datetime(2026, 12, 9, 23, 30, tzinfo=dt.UTC)
    assert skipped(rep, late) == Skip(SkipReason.ABSENT, dt.date(2026, 12, 14), AbsenceKind.SICK)
    # on holiday, and away until the sick leave that follows it ends
    assert skipped(rep, NOW) == Skip(SkipReason.ABSENT, dt.date(2026, 12, 14), AbsenceKind.HOLIDAY)
    assert skipped(rep, dt.datetime(2026, 12, 15, 3, tzinfo=dt.UTC)) is None


def test_today_begins_at_midnight_where_the_rep_works() -> None:
    began = day_began(WorkingTime(zone="Europe/Warsaw"), NOW)
    assert began == dt.datetime(2026, 12, 8, 23, 0, tzinfo=dt.UTC)


def test_an_unknown_time_zone_reads_as_utc_and_weight_zero_never_gets_a_lead() -> None:
    rep = Rep("x", "X", working=WorkingTime(zone="Mars/Olympus"))
    assert skipped(rep, NOW) is None
    got = _run([Rep("a", "A"), Rep("z", "Zero", weight=0)], 50)
    assert got == Counter({"a": 50})
