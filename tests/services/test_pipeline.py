from __future__ import annotations

import pytest

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.stages import Stage
from leaddesk.errors import ConflictError, NotFound, RuleViolation
from leaddesk.services.workspace import Workspace


def _names(ws: Workspace, stage: Stage) -> list[str]:
    return [c.name for c in ws.board.board().column(stage).cards]


def test_move_updates_lead_and_timeline_atomically(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Jan", "deal_value": 100}).value
    moved = ws.pipeline.move(lead.id, "contacted", expected_version=lead.version)
    assert moved.lead.stage is Stage.CONTACTED
    assert moved.lead.stage_changed_at >= lead.stage_changed_at
    assert moved.from_stage is Stage.OPEN
    assert moved.changes.stages == {Stage.OPEN, Stage.CONTACTED}
    entry = ws.activities.timeline(lead.id)[0]
    assert entry.kind is ActivityKind.STAGE_CHANGE
    assert entry.details == {"from": "open", "to": "contacted", "reason": None}
    board = ws.board.board()
    assert (board.column("open").count, board.column("contacted").count) == (0, 1)


def test_places_between_cards_without_renumbering(ws: Workspace) -> None:
    a, b, c = (ws.leads.create({"first_name": n}).value for n in ("A", "B", "C"))
    assert _names(ws, Stage.OPEN) == ["C", "B", "A"]  # newest on top
    ws.pipeline.move(a.id, "open", above_id=c.id)
    assert _names(ws, Stage.OPEN) == ["C", "A", "B"]
    ws.pipeline.move(c.id, "open", below_id=b.id)
    assert _names(ws, Stage.OPEN) == ["A", "C", "B"]
    ws.pipeline.move(a.id, "open", above_id=b.id)  # to the bottom
    assert _names(ws, Stage.OPEN) == ["C", "B", "A"]
    untouched = ws.leads.get(b.id)
    assert untouched.version == b.version  # neighbours were not rewritten


def test_reason_rules_and_nothing_half_applied(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Jan"}).value
    with pytest.raises(RuleViolation, match="needs a reason"):
        ws.pipeline.move(lead.id, Stage.DISQUALIFIED)
    with pytest.raises(RuleViolation, match="Only a customer"):
        ws.pipeline.move(lead.id, Stage.INACTIVE, reason="quiet")
    assert ws.leads.get(lead.id).stage is Stage.OPEN
    assert len(ws.activities.timeline(lead.id)) == 1


def test_stale_move_is_refused(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Jan"}).value
    ws.leads.update(lead.id, {"company": "X"}, expected_version=lead.version)
    with pytest.raises(ConflictError):
        ws.pipeline.move(lead.id, "qualified", expected_version=lead.version)
    assert ws.leads.get(lead.id).stage is Stage.OPEN


def test_neighbour_gone_or_elsewhere_is_named(ws: Workspace) -> None:
    a, b = (ws.leads.create({"first_name": n}).value for n in ("A", "B"))
    ws.pipeline.move(b.id, "contacted")
    with pytest.raises(RuleViolation, match="no longer in Open"):
        ws.pipeline.move(a.id, "open", above_id=b.id)
    ws.leads.delete(b.id)
    with pytest.raises(NotFound, match="no longer exists"):
        ws.pipeline.move(a.id, "contacted", above_id=b.id)


def test_undo_restores_stage_place_and_reason(ws: Workspace) -> None:
    a, _b = (ws.leads.create({"first_name": n}).value for n in ("A", "B"))
    moves = [
        ws.pipeline.move(a.id, "contacted"),
        ws.pipeline.move(a.id, "disqualified", reason="No budget"),
    ]
    undone = ws.pipeline.undo_move(moves[-1])
    assert (undone.lead.stage, undone.lead.reason) == (Stage.CONTACTED, None)
    undone = ws.pipeline.undo_move(
        moves[0].__class__(
            ws.leads.get(a.id),
            moves[0].from_stage,
            moves[0].from_position,
            moves[0].from_reason,
            moves[0].changes,
        )
    )
    assert undone.lead.stage is Stage.OPEN
    assert _names(ws, Stage.OPEN) == ["B", "A"]
    entry = ws.activities.timeline(a.id)[0]
    assert entry.details["undo"] is True and entry.details["to"] == "open"


def test_assign_release_and_claim(ws: Workspace) -> None:
    rep = ws.users.create("Sophie Turner", "sophie@example.com")
    other = ws.users.create("Omar Khalil", "omar@example.com")
    lead = ws.leads.create({"first_name": "Jan"}).value
    ws.pipeline.assign(lead.id, rep.id)
    card = ws.board.board().column("open").cards[0]
    assert (card.owner_name, card.owner_initials) == ("Sophie Turner", "ST")
    ws.pipeline.assign(lead.id, None)  # back to the pool
    assert ws.leads.get(lead.id).owner_id is None
    ws.pipeline.claim(lead.id, other.id)
    with pytest.raises(RuleViolation, match="Somebody else claimed L-000001 Jan first"):
        ws.pipeline.claim(lead.id, rep.id)
    kinds = [e.kind for e in ws.activities.timeline(lead.id)]
    assert kinds.count(ActivityKind.ASSIGNMENT) == 3
