"""The pool read on every backend: best first (SQL, then MQL, then the rest; score;
probability; the longest waiting first), filtered like the board, and only leads
nobody owns and nobody deleted."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import update

from leaddesk.domain.board_view import BoardFilter
from leaddesk.domain.leads import Source
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Lead

DAY = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)


def _lead(ws: Workspace, name: str, *, qualification: str = "none", score: int = 0,
          probability: float | None = None, days_old: int = 0,
          source: str = Source.CALL) -> uuid.UUID:  # fmt: skip
    """A lead with the figures the pool sorts by set as scoring would have left them."""
    lead_id = ws.leads.create({"first_name": name, "source": source}).value.id
    with ws.ctx.db.engine.begin() as conn:
        conn.execute(
            update(Lead)
            .where(Lead.id == lead_id)
            .values(
                qualification=qualification,
                score=score,
                probability=probability,
                created_at=DAY - dt.timedelta(days=days_old),
            )
        )
    return lead_id


def _names(ws: Workspace, flt: BoardFilter = BoardFilter()) -> list[str]:  # noqa: B008
    return [r.name for r in ws.pool.page(flt, limit=100).rows]


def test_the_pool_is_read_best_first(ws: Workspace) -> None:
    _lead(ws, "NoneHigh", score=90)
    _lead(ws, "MqlLow", qualification="mql", score=10)
    _lead(ws, "SqlLow", qualification="sql", score=20)
    _lead(ws, "SqlHigh", qualification="sql", score=80)
    _lead(ws, "MqlLikely", qualification="mql", score=40, probability=0.9)
    _lead(ws, "MqlUnlikely", qualification="mql", score=40, probability=0.2)
    _lead(ws, "MqlUnscored", qualification="mql", score=40, days_old=30)
    _lead(ws, "OldNone", score=5, days_old=10)
    _lead(ws, "NewNone", score=5, days_old=1)
    want = ["SqlHigh", "SqlLow", "MqlLikely", "MqlUnlikely", "MqlUnscored", "MqlLow",
            "NoneHigh", "OldNone", "NewNone"]  # fmt: skip
    assert _names(ws) == want
    page = ws.pool.page(offset=2, limit=3)
    assert page.total == len(want) and [r.name for r in page.rows] == want[2:5]
    assert [r.name for r in ws.pool.rows(offset=7, limit=5)] == want[7:]
    top = ws.pool.page(limit=1).rows[0]
    assert (top.name, top.qualification, top.score) == ("SqlHigh", "sql", 80)


def test_owned_and_deleted_leads_are_not_in_the_pool(ws: Workspace) -> None:
    rep = ws.users.create("Anna Kowalska", "anna@example.com").id
    kept = _lead(ws, "Waiting")
    claimed, given, gone = (_lead(ws, n) for n in ("Claimed", "Given", "Gone"))
    ws.claims.claim([claimed], rep)
    ws.pipeline.assign(given, rep)
    ws.leads.delete(gone)
    page = ws.pool.page()
    assert [r.id for r in page.rows] == [kept] and page.total == 1
    ws.claims.return_to_pool([claimed], user_id=rep)
    assert set(_names(ws)) == {"Waiting", "Claimed"}


def test_the_pool_is_filtered_as_the_board_is(ws: Workspace) -> None:
    _lead(ws, "Zofia", source=Source.WHATSAPP, score=30)
    _lead(ws, "Marek", source=Source.CALL, score=60)
    _lead(ws, "Zenon", source=Source.WHATSAPP, score=50, qualification="mql")
    assert _names(ws, BoardFilter(source=Source.WHATSAPP)) == ["Zenon", "Zofia"]
    assert _names(ws, BoardFilter(text="zofia")) == ["Zofia"]
    assert _names(ws, BoardFilter(score_min=40)) == ["Zenon", "Marek"]
    assert ws.pool.page(BoardFilter(text="nobody-like-this")).total == 0


def test_labels_and_limits_for_a_claims_outcome(ws: Workspace) -> None:
    rep = ws.users.create("Ewa", "ewa@example.com").id
    lead = _lead(ws, "Ola")
    label = ws.pool.labels([lead])[lead]
    assert label.endswith("Ola") and label.split()[0] == ws.pool.page().rows[0].number
    assert (ws.pool.claim_limits(rep).untouched, ws.pool.claim_limits(rep).per_day) == (None, None)
    ws.distribution.set_claim_limits(rep, untouched=10, per_day=4)
    assert (ws.pool.claim_limits(rep).untouched, ws.pool.claim_limits(rep).per_day) == (10, 4)
