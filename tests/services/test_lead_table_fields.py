"""Custom fields as columns of the leads table: each row carries its values, and the
table sorts by any field the way its kind reads (numbers as numbers, dates as dates,
empty values last either way), on every backend."""

from __future__ import annotations

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.lead_table import FieldColumn, TableSort
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.workspace import Workspace

VALUES = [  # (first name, employees, met on, visited)
    ("Ala", 9, "2026-03-01", True),
    ("Bartek", 10, "2025-12-31", False),
    ("Celina", 2.5, None, True),
    ("Darek", None, "2026-01-15", None),
    ("Ewa", 100, "2024-07-04", False),
]


def _names(ws: Workspace, column: FieldColumn, *, descending: bool) -> list[str]:
    q = TableQuery(sort=TableSort(column, descending))
    return [r.name for r in ws.table.page(q, offset=0, limit=50)]


def test_rows_carry_custom_values_and_sort_by_each_kind(ws: Workspace) -> None:
    ws.custom_fields.create("Employees", FieldKind.NUMBER)
    ws.custom_fields.create("Met on", FieldKind.DATE)
    ws.custom_fields.create("Visited", FieldKind.YES_NO)
    for name, employees, met, visited in VALUES:
        values = {"employees": employees, "met_on": met, "visited": visited}
        ws.leads.create({"first_name": name, "custom_fields": values})

    rows = {r.name: r for r in ws.table.page(TableQuery(), offset=0, limit=50)}
    assert rows["Celina"].custom == {"employees": 2.5, "visited": True}
    assert rows["Darek"].custom == {"met_on": "2026-01-15"}

    employees = FieldColumn("employees", FieldKind.NUMBER, "Employees")
    # 9 before 10 (a text sort would put "10" and "100" first), the empty one last
    assert _names(ws, employees, descending=False) == ["Celina", "Ala", "Bartek", "Ewa", "Darek"]
    assert _names(ws, employees, descending=True) == ["Ewa", "Bartek", "Ala", "Celina", "Darek"]
    met = FieldColumn("met_on", FieldKind.DATE, "Met on")
    assert _names(ws, met, descending=False) == ["Ewa", "Bartek", "Darek", "Ala", "Celina"]
    visited = FieldColumn("visited", FieldKind.YES_NO, "Visited")
    ordered = _names(ws, visited, descending=True)
    assert set(ordered[:2]) == {"Ala", "Celina"} and set(ordered[2:4]) == {"Bartek", "Ewa"}
    assert ordered[-1] == "Darek"  # no answer is not "no"

    # pages of a custom sort never overlap or skip (the lead number breaks ties)
    q = TableQuery(sort=TableSort(visited, False))
    paged = [r.name for o in range(0, 5, 2) for r in ws.table.page(q, offset=o, limit=2)]
    assert sorted(paged) == sorted(v[0] for v in VALUES)
