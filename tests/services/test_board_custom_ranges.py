"""The board filters by a number range, a date range and text a custom field contains,
on every backend: numbers compared as numbers, both ends included, text matched in any
letter case of any alphabet with % and _ as typed, and a lead without the field (or
with a value its kind cannot read) never found."""

from __future__ import annotations

import pytest
from sqlalchemy import literal, select

from leaddesk.domain.board_view import BoardFilter
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace
from leaddesk.store import custom_filter
from leaddesk.store.session import transaction
from tests.conftest import BACKENDS


def _names(ws: Workspace, flt: BoardFilter) -> set[str]:
    found = {c.name for c in ws.board.cards(Stage.OPEN, flt)}
    assert ws.board.totals(flt)[Stage.OPEN].count == len(found)
    return found


def test_a_number_range_compares_numbers(ws: Workspace) -> None:
    ws.custom_fields.create("Employees", FieldKind.NUMBER)
    for name, employees in (("Nine", 9), ("Ten", 10), ("Half", 2.5), ("Big", 1500.5)):
        ws.leads.create({"first_name": name, "custom_fields": {"employees": employees}})
    ws.leads.create({"first_name": "Unset"})
    ws.leads.create({"first_name": "Neg", "custom_fields": {"employees": -3}})
    rng = BoardFilter(field_key="employees", field_kind="number")

    assert _names(ws, rng.with_(field_max="9")) == {"Nine", "Half", "Neg"}  # not "10" < "9"
    assert _names(ws, rng.with_(field_min="9")) == {"Nine", "Ten", "Big"}
    assert _names(ws, rng.with_(field_min="9", field_max="10")) == {"Nine", "Ten"}
    assert _names(ws, rng.with_(field_min="2.5", field_max="2.5")) == {"Half"}
    assert _names(ws, rng.with_(field_min="2.6", field_max="1500.5")) == {"Nine", "Ten", "Big"}
    assert _names(ws, rng.with_(field_min="-5", field_max="0")) == {"Neg"}
    # no end set: the field picked narrows nothing, and the lead without it is shown
    assert "Unset" in _names(ws, rng)
    assert not rng.active and rng.with_(field_min="1").active


def test_values_a_kind_cannot_read_never_match(ws: Workspace) -> None:
    """Kept as given under a key no field defines: PostgreSQL must not fail casting
    "many" to a number, MariaDB must not read true as 1 or the JSON null as "null"."""
    for name, value in (
        ("Number", 12),
        ("Text", "12"),
        ("Word", "many"),
        ("Yes", True),
        ("Null", None),
    ):
        ws.leads.create({"first_name": name, "custom_fields": {"legacy": value}})
    ws.leads.create({"first_name": "Unset"})
    legacy = BoardFilter(field_key="legacy")
    assert _names(ws, legacy.with_(field_kind="number", field_min="0")) == {"Number"}
    assert _names(ws, legacy.with_(field_kind="number", field_max="100")) == {"Number"}
    assert _names(ws, legacy.with_(field_kind="text", field_value="1")) == {"Text"}
    assert _names(ws, legacy.with_(field_kind="text", field_value="null")) == set()
    assert _names(ws, legacy.with_(field_kind="text", field_value="true")) == set()
    assert _names(ws, legacy.with_(field_kind="date", field_max="2999-12-31")) == set()


def test_a_date_range_includes_both_days(ws: Workspace) -> None:
    ws.custom_fields.create("Met on", FieldKind.DATE)
    days = {"Dec": "2025-12-31", "First": "2026-01-01", "Last": "2026-01-31", "Feb": "2026-02-01"}
    for name, day in days.items():
        ws.leads.create({"first_name": name, "custom_fields": {"met_on": day}})
    ws.leads.create({"first_name": "Unset"})
    met = BoardFilter(field_key="met_on", field_kind="date")

    january = met.with_(field_min="2026-01-01", field_max="2026-01-31")
    assert _names(ws, january) == {"First", "Last"}
    assert _names(ws, met.with_(field_min="2026-01-31")) == {"Last", "Feb"}
    assert _names(ws, met.with_(field_max="2026-01-01")) == {"Dec", "First"}
    assert _names(ws, met.with_(field_min="2026-02-02")) == set()


def test_text_contains_in_any_case_and_alphabet(ws: Workspace) -> None:
    ws.custom_fields.create("Branch", FieldKind.TEXT)
    branches = {
        "Lodz": "Łódź, ul. Piotrkowska",
        "Cairo": "القاهرة الجديدة – NEW CAIRO",
        "Sure": "100% pewne",
        "Under": "a_b",
        "Plain": "axb 100 pewne",
        "Greek": "ΑΘΗΝΑ",
    }
    for name, branch in branches.items():
        ws.leads.create({"first_name": name, "custom_fields": {"branch": branch}})
    ws.leads.create({"first_name": "Unset"})
    ws.leads.create({"first_name": "Other", "custom_fields": {"city": "Łódź"}})
    text = BoardFilter(field_key="branch", field_kind="text")

    def having(typed: str) -> set[str]:
        return _names(ws, text.with_(field_value=typed))

    assert having("łódź") == {"Lodz"}
    assert having("ŁÓDŹ") == {"Lodz"}
    assert having("PIOTRKOWSKA") == {"Lodz"}
    assert having("القاهرة") == {"Cairo"}
    assert having("الجديدة – new cairo") == {"Cairo"}
    assert having("αθηνα") == {"Greek"}
    assert having("0%") == {"Sure"}  # a typed % is a percent sign, not "anything"
    assert having("%") == {"Sure"}
    assert having("a_b") == {"Under"}  # and _ an underscore, not "any one letter"
    assert having("_") == {"Under"}
    assert having("\\") == set()
    assert having("warszawa") == set()
    assert "Unset" in having("   ")  # blank asks nothing
    assert not text.with_(field_value="  ").active and text.with_(field_value="ó").active


@pytest.mark.skipif("postgresql" not in BACKENDS, reason="PostgreSQL is not tested in this run")
@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgresql_lowers_every_letter_whatever_the_database_ctype(ws: Workspace) -> None:
    """A database created with the "C" ctype lowers only ASCII; the filter asks ICU."""
    with transaction(ws.ctx.db, write=False) as s:
        shouted = literal("ŁÓDŹ ΑΘΗΝΑ").collate("C")
        lowered = s.execute(select(custom_filter.fold(s, "postgresql", shouted))).scalar_one()
    assert lowered == "łódź αθηνα"
