from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from leaddesk.demo import populate
from leaddesk.domain.board_view import BoardFilter, OwnerScope
from leaddesk.domain.lead_table import (
    COLUMNS,
    UNSORTABLE,
    Column,
    TableScope,
    TableSort,
    safe_cell,
    write_csv,
)
from leaddesk.domain.stages import Stage
from leaddesk.errors import ConflictError
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.records import LeadRow
from leaddesk.services.workspace import Workspace

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


def _key(row: LeadRow, column: str) -> object:
    return {
        "name": row.name or None,
        "score": row.score,
        "deal_value": row.deal_value,
        "company": row.company,
        "stage_changed": row.stage_changed_at,
    }[column]


def test_every_column_pages_without_gaps_or_repeats(ws: Workspace) -> None:
    populate(ws, 45, seed=11, anchor=ANCHOR)
    total, first = ws.table.open(TableQuery(), first=10)
    assert total == 45 and len(first) == 10
    assert [r.number for r in first] == sorted((r.number for r in first), reverse=True)
    for column in COLUMNS:
        if column in UNSORTABLE:
            continue
        for descending in (False, True):
            q = TableQuery(sort=TableSort(column, descending))
            whole = ws.table.page(q, offset=0, limit=100)
            pages = [r for o in range(0, 45, 8) for r in ws.table.page(q, offset=o, limit=8)]
            assert [r.id for r in pages] == [r.id for r in whole], (column, descending)
            assert len({r.id for r in whole}) == 45
            assert ws.table.ids(q) == [r.id for r in whole]
            if column.value in ("score", "deal_value", "company", "stage_changed"):
                keys = [_key(r, column.value) for r in whole]
                present = [k for k in keys if k is not None]
                assert keys == present + [None] * (len(keys) - len(present)), column
                assert present == sorted(present, reverse=descending), column  # type: ignore[type-var]
    by_stage = ws.table.page(
        TableQuery(sort=TableSort(Column.STAGE, descending=False)), offset=0, limit=100
    )
    orders = [r.stage.order for r in by_stage]
    assert orders == sorted(orders)


def test_filters_and_stage_scope(ws: Workspace) -> None:
    summary = populate(ws, 40, seed=4, anchor=ANCHOR)
    assert summary
    rep = ws.users.list()[0]
    mine = TableQuery(filter=BoardFilter(owner=OwnerScope.MINE), me=rep.id)
    rows = ws.table.page(mine, offset=0, limit=100)
    assert rows and all(r.owner_name == rep.name for r in rows)
    scope = TableQuery(scope=TableScope(frozenset({Stage.OPEN, Stage.CUSTOMER})))
    total, rows = ws.table.open(scope, first=100)
    assert total == len(rows) and {r.stage for r in rows} <= {Stage.OPEN, Stage.CUSTOMER}
    name = rows[0].name.split()[0]
    total, found = ws.table.open(TableQuery(filter=BoardFilter(text=name)), first=100)
    assert total >= 1 and all(name.casefold() in r.name.casefold() for r in found)


def test_bulk_assign_tag_delete_and_restore(ws: Workspace) -> None:
    ann = ws.users.create("Ann", "ann@example.com")
    ids = [ws.leads.create({"first_name": f"Lead {i}", "tags": ["old"]}).value.id for i in range(4)]
    before = {i: ws.leads.get(i).version for i in ids}
    changes = ws.pipeline.assign_many(ids[:3], ann.id)
    assert changes.leads == frozenset(ids[:3])
    assert [ws.leads.get(i).owner_id for i in ids] == [ann.id] * 3 + [None]

    ws.leads.retag(ids[:2], add=["VIP", " vip "], remove=["OLD"])
    assert [ws.leads.get(i).tags for i in ids] == [("VIP",), ("VIP",), ("old",), ("old",)]
    stale = before[ids[0]]
    with pytest.raises(ConflictError):  # an open form with the old version cannot overwrite
        ws.leads.update(ids[0], {"city": "Gdańsk"}, expected_version=stale)
    rows = ws.table.page(TableQuery(), offset=0, limit=10)
    assert {r.id: r.tags for r in rows}[ids[0]] == ("VIP",)

    ws.leads.delete_many(ids[1:3])
    assert ws.table.open(TableQuery())[0] == 2
    assert [r.id for batch in ws.table.rows(ids) for r in batch] == [ids[0], ids[3]]
    ws.leads.restore_many(ids[1:3])
    assert ws.table.open(TableQuery())[0] == 4
    events = [e.details.get("event") for e in ws.activities.timeline(ids[1])]
    assert events[:2] == ["restored", "deleted"]


def test_csv_cells_cannot_be_formulas_and_keep_arabic_and_polish() -> None:
    assert [safe_cell(c) for c in ("=1+1", "+48 600", "-5", "@SUM(A1)", "\tx", "\rx")] == [
        "'=1+1",
        "'+48 600",
        "'-5",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
    ]
    assert safe_cell("Łódź") == "Łódź" and safe_cell("a=b") == "a=b"
    out = io.StringIO(newline="")
    n = write_csv(out, ["Name", "=Note"], [["محمد", '=HYPERLINK("http://x","y")'], ["Żółw", "ok"]])
    assert n == 2
    assert out.getvalue().splitlines() == [
        "Name,'=Note",
        """محمد,"'=HYPERLINK(""http://x"",""y"")\"""",
        "Żółw,ok",
    ]
    assert Decimal("1") == 1
