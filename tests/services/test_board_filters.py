"""Board filters, sort orders, slices and row look-ups, checked against the records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from leaddesk.demo import populate
from leaddesk.domain.board_view import BoardFilter, CardSort, FollowUpDue, OwnerScope
from leaddesk.domain.leads import Source, search_text
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.services.records import Card, LeadRecord
from leaddesk.services.workspace import Workspace

ALL = 10_000


@pytest.fixture
def demo(ws: Workspace) -> tuple[Workspace, dict[Stage, list[Card]], dict]:  # type: ignore[type-arg]
    populate(ws, 240, seed=11)
    columns = {s: ws.board.cards(s, limit=ALL) for s in STAGE_ORDER}
    records = {c.id: ws.leads.get(c.id) for cards in columns.values() for c in cards}
    return ws, columns, records


def _expect(
    columns: dict[Stage, list[Card]],
    records: dict,  # type: ignore[type-arg]
    keep: Callable[[LeadRecord], bool],
) -> dict[Stage, int]:
    return {s: sum(1 for c in cards if keep(records[c.id])) for s, cards in columns.items()}


def test_each_filter_matches_the_leads_it_names(demo) -> None:  # type: ignore[no-untyped-def]
    ws, columns, records = demo
    choices = ws.board.filter_choices()
    me = choices.users[1].id
    some = next(r for r in records.values() if r.tags and r.product_ids and r.campaign_id)
    name_part = (some.last_name or some.company or "")[:4]
    open_by_lead: dict = {}
    for f in ws.follow_ups.due(limit=ALL):
        open_by_lead.setdefault(f.lead_id, []).append(f.due_at)
    now = dt.datetime.now(dt.UTC)

    cases: list[tuple[BoardFilter, Callable[[LeadRecord], bool]]] = [
        (BoardFilter(owner=OwnerScope.MINE), lambda r: r.owner_id == me),
        (BoardFilter(owner=OwnerScope.POOL), lambda r: r.owner_id is None),
        (BoardFilter(source=Source.WHATSAPP), lambda r: r.source == Source.WHATSAPP),
        (
            BoardFilter(campaign_id=some.campaign_id),
            lambda r: r.campaign_id == some.campaign_id,
        ),
        (
            BoardFilter(product_id=some.product_ids[0]),
            lambda r: some.product_ids[0] in r.product_ids,
        ),
        (BoardFilter(tag=some.tags[0]), lambda r: some.tags[0] in r.tags),
        (BoardFilter(score_min=40, score_max=70), lambda r: 40 <= r.score <= 70),
        (BoardFilter(follow_up=FollowUpDue.NONE), lambda r: r.id not in open_by_lead),
        (
            BoardFilter(follow_up=FollowUpDue.OVERDUE),
            lambda r: any(d < now for d in open_by_lead.get(r.id, [])),
        ),
        (
            BoardFilter(text=name_part),
            lambda r: (
                name_part.casefold()
                in search_text(r.number, r.first_name, r.last_name, r.company, r.email, r.phone)
            ),
        ),
        (
            BoardFilter(owner=OwnerScope.POOL, source=Source.CALL, score_max=2),
            lambda r: r.owner_id is None and r.source == Source.CALL and r.score <= 2,
        ),
    ]
    for flt, keep in cases:
        expected = _expect(columns, records, keep)
        assert sum(expected.values()) > 0, flt  # every case means something on this data
        totals = ws.board.totals(flt, me=me)
        assert {s: t.count for s, t in totals.items()} == expected, flt
        for stage in STAGE_ORDER:
            shown = ws.board.cards(stage, flt, me=me, limit=ALL)
            assert all(keep(records[c.id]) for c in shown), (flt, stage)
            assert len(shown) == expected[stage]
            value = sum((records[c.id].deal_value or Decimal(0) for c in shown), Decimal(0))
            assert sum(totals[stage].totals.values(), Decimal(0)) == value


def test_sort_orders(demo) -> None:  # type: ignore[no-untyped-def]
    ws, columns, _ = demo
    stage = max(columns, key=lambda s: len(columns[s]))
    manual = columns[stage]
    assert [c.position for c in manual] == sorted(c.position for c in manual)
    by_score = ws.board.cards(stage, sort=CardSort.SCORE, limit=ALL)
    assert [c.score for c in by_score] == sorted((c.score for c in manual), reverse=True)
    by_value = ws.board.cards(stage, sort=CardSort.DEAL_VALUE, limit=ALL)
    values = [c.deal_value for c in by_value]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True)
    assert values[len(known) :] == [None] * (len(values) - len(known))  # empty ones last
    by_age = ws.board.cards(stage, sort=CardSort.AGE, limit=ALL)
    assert [c.stage_changed_at for c in by_age] == sorted(c.stage_changed_at for c in manual)
    by_due = ws.board.cards(stage, sort=CardSort.FOLLOW_UP, limit=ALL)
    dues = [c.next_follow_up for c in by_due]
    planned = [d for d in dues if d is not None]
    assert planned == sorted(planned) and dues[len(planned) :] == [None] * (
        len(dues) - len(planned)
    )


@pytest.mark.parametrize("sort", list(CardSort))
def test_slices_and_rows_agree_with_the_whole_column(demo, sort: CardSort) -> None:  # type: ignore[no-untyped-def]
    ws, columns, _ = demo
    stage = max(columns, key=lambda s: len(columns[s]))
    whole = ws.board.cards(stage, sort=sort, limit=ALL)
    pieces: list[Card] = []
    while len(pieces) < len(whole):
        pieces += ws.board.cards(stage, sort=sort, offset=len(pieces), limit=7)
    assert [c.id for c in pieces] == [c.id for c in whole]
    for row in (0, 1, len(whole) // 2, len(whole) - 1):
        assert ws.board.row_of(whole[row].id, stage, sort=sort) == row
    hidden = BoardFilter(text="zzzz-nobody")
    assert ws.board.row_of(whole[0].id, stage, hidden, sort) is None
    assert (
        ws.board.row_of(whole[0].id, Stage.OPEN if stage != Stage.OPEN else Stage.CONTACTED) is None
    )


@pytest.mark.parametrize("sort", list(CardSort))
def test_snapshot_agrees_with_totals_and_slices(demo, sort: CardSort) -> None:  # type: ignore[no-untyped-def]
    ws, _, records = demo
    some = next(r for r in records.values() if r.last_name)
    for flt in (BoardFilter(), BoardFilter(text=some.last_name[:3]), BoardFilter(score_min=50)):
        open_only = [Stage.OPEN, Stage.QUALIFIED, Stage.CUSTOMER]
        snap = ws.board.snapshot(flt, sort, stages=open_only, first=5)
        assert snap.totals == ws.board.totals(flt), flt
        assert set(snap.first) == set(open_only)
        for stage in open_only:
            top = ws.board.cards(stage, flt, sort, limit=5)
            assert [c.id for c in snap.first[stage]] == [c.id for c in top], (flt, stage)


def test_saved_filter_round_trip_tolerates_junk() -> None:
    flt = BoardFilter(text="nowak", owner=OwnerScope.POOL, score_min=10, tag="vip")
    assert BoardFilter.from_json(flt.to_json()) == flt
    raw = flt.to_json() | {"owner": "martians", "score_max": "lots", "colour": "red"}
    assert BoardFilter.from_json(raw) == flt.with_(owner=OwnerScope.EVERYONE)


def test_group_move_is_all_or_nothing(ws: Workspace) -> None:
    from leaddesk.errors import ConflictError

    a, b, c = (ws.leads.create({"first_name": n}).value for n in ("Ala", "Ola", "Ela"))
    ws.pipeline.move(c.id, "contacted")
    with pytest.raises(ConflictError):
        ws.pipeline.move_many([(a.id, a.version), (b.id, b.version - 1)], "contacted")
    assert [x.name for x in ws.board.cards(Stage.CONTACTED)] == ["Ela"]
    moved = ws.pipeline.move_many(
        [(b.id, b.version), (a.id, a.version)], "contacted", above_id=c.id
    )
    assert [x.name for x in ws.board.cards(Stage.CONTACTED)] == ["Ela", "Ola", "Ala"]
    ws.pipeline.undo_moves(moved)
    assert [x.name for x in ws.board.cards(Stage.CONTACTED)] == ["Ela"]
    assert {x.name for x in ws.board.cards(Stage.OPEN)} == {"Ala", "Ola"}
