"""What Settings ▸ Distribution reads and the small edits beside it, on every
backend: teams with their members in rotation order (renamed, switched off, a name
taken refused), people's working time and limits read back as saved, absences
listed and removed, partners listed, edited and refused when wrong."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from leaddesk.domain.rotation import AbsenceKind
from leaddesk.errors import NotFound, ValidationError
from leaddesk.services.distribution_reads import PartnerKind
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.workspace import Workspace


def test_teams_come_by_name_with_members_in_rotation_order(ws: Workspace) -> None:
    anna = ws.users.create("Anna", "anna@example.com").id
    ben = ws.users.create("Ben", "ben@example.com").id
    poland = ws.distribution.create_team("Poland", [MemberWeight(ben, 1), MemberWeight(anna, 2)])
    ws.distribution.create_team("Austria")
    teams = ws.distribution.teams()
    assert [t.name for t in teams] == ["Austria", "Poland"]
    assert teams[0].members == ()
    assert [(m.name, m.weight) for m in teams[1].members] == [("Ben", 1), ("Anna", 2)]
    changes = ws.distribution.set_members(poland, [MemberWeight(anna, 3), MemberWeight(ben, 1)])
    assert changes.reference
    assert [(m.user_id, m.weight) for m in ws.distribution.teams()[1].members] == [
        (anna, 3),
        (ben, 1),
    ]


def test_a_team_is_renamed_switched_off_and_a_taken_name_refused(ws: Workspace) -> None:
    team = ws.distribution.create_team("Poland")
    ws.distribution.create_team("Germany")
    assert ws.distribution.rename_team(team, "  Poland   North ").reference
    assert ws.distribution.set_team_active(team, False).reference
    found = {t.name: t.active for t in ws.distribution.teams()}
    assert found == {"Germany": True, "Poland North": False}
    with pytest.raises(ValidationError) as taken:
        ws.distribution.rename_team(team, "germany")
    assert taken.value.issues[0].code == "team_taken"
    with pytest.raises(ValidationError) as empty:
        ws.distribution.create_team("  ")
    assert empty.value.issues[0].code == "team_name"
    assert len(ws.distribution.teams()) == 2


def test_working_time_and_limits_read_back_as_saved(ws: Workspace) -> None:
    anna = ws.users.create("Anna", "anna@example.com").id
    gone = ws.users.create("Zed", "zed@example.com").id
    ws.users.set_active(gone, False, expected_version=None)
    fresh = ws.distribution.working_of(anna)
    assert (fresh.days, fresh.starts, fresh.zone, fresh.max_open) == (None, None, None, None)
    changes = ws.distribution.set_working(
        anna, days={3, 0, 1, 2}, starts=dt.time(8), ends=dt.time(16, 30),
        zone="Europe/Warsaw", max_open=40, max_new_per_day=5,
    )  # fmt: skip
    assert changes.users
    assert ws.distribution.set_claim_limits(anna, untouched=3, per_day=None).users
    got = ws.distribution.working_of(anna)
    assert got.days == frozenset({0, 1, 2, 3})
    assert (got.starts, got.ends, got.zone) == (dt.time(8), dt.time(16, 30), "Europe/Warsaw")
    assert (got.max_open, got.max_new_per_day) == (40, 5)
    assert (got.max_claimed_open, got.max_claims_per_day) == (3, None)
    names = [w.name for w in ws.distribution.working()]
    assert "Anna" in names and "Zed" not in names
    assert "Zed" in [w.name for w in ws.distribution.working(active_only=False)]
    with pytest.raises(ValidationError) as zone:
        ws.distribution.set_working(anna, zone="Mars/Olympus")
    assert zone.value.issues[0].code == "time_zone_unknown"
    assert ws.distribution.working_of(anna).zone == "Europe/Warsaw"  # nothing written


def test_absences_are_listed_earliest_first_and_removed(ws: Workspace) -> None:
    anna = ws.users.create("Anna", "anna@example.com").id
    ben = ws.users.create("Ben", "ben@example.com").id
    later = ws.distribution.add_absence(anna, dt.date(2026, 8, 1), dt.date(2026, 8, 14))
    sick = ws.distribution.add_absence(
        anna, dt.date(2026, 3, 2), dt.date(2026, 3, 4), AbsenceKind.SICK, "Flu"
    )
    ws.distribution.add_absence(ben, dt.date(2026, 5, 1), dt.date(2026, 5, 1))
    found = ws.distribution.absences(anna)
    assert [a.id for a in found] == [sick, later]
    assert (found[0].kind, found[0].note, found[0].ends) == (
        AbsenceKind.SICK,
        "Flu",
        dt.date(2026, 3, 4),
    )
    assert ws.distribution.remove_absence(sick).users
    assert [a.id for a in ws.distribution.absences(anna)] == [later]
    assert len(ws.distribution.absences(ben)) == 1


def test_partners_are_listed_edited_and_refused_when_wrong(ws: Workspace) -> None:
    vienna = ws.distribution.add_partner("Vienna Brokers", "broker", email="Leads@Vienna.example")
    ws.distribution.add_partner("Alpine Agents", "agent", territory="Tyrol", response_hours=24)
    listed = ws.distribution.partners()
    assert [p.name for p in listed] == ["Alpine Agents", "Vienna Brokers"]
    assert (listed[0].territory, listed[0].response_hours, listed[0].active) == ("Tyrol", 24, True)
    assert listed[1].email == "leads@vienna.example" and listed[1].response_hours == 48
    changes = ws.distribution.update_partner(
        vienna, name="Wien Resellers", kind=PartnerKind.RESELLER, territory="Austria",
        email=None, response_hours=72, active=False,
    )  # fmt: skip
    assert changes.reference
    edited = ws.distribution.partners()[1]
    assert (edited.name, edited.kind, edited.territory, edited.email) == (
        "Wien Resellers",
        "reseller",
        "Austria",
        None,
    )
    assert (edited.response_hours, edited.active) == (72, False)
    with pytest.raises(ValidationError) as wrong:
        ws.distribution.update_partner(vienna, name=" ", kind="cousin", email="not an address",
                                       response_hours=0)  # fmt: skip
    assert [i.code for i in wrong.value.issues] == [
        "partner_name",
        "partner_kind",
        "email_invalid",
        "partner_hours",
    ]
    assert ws.distribution.partners()[1].name == "Wien Resellers"
    with pytest.raises(NotFound) as gone:
        ws.distribution.update_partner(uuid.uuid4(), name="Ghost", kind="agent")
    assert gone.value.code == "missing"
