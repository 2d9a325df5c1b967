"""Merging duplicate leads and taking merges back, on every backend."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import Table, select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.stages import Stage
from leaddesk.errors import ConflictError, RuleViolation
from leaddesk.services.records import LeadRecord
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Base, Product
from leaddesk.store.models_capture import LeadMerge
from leaddesk.store.session import transaction
from tests.services.messaging_support import SENDER, default_template

LATER = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
# the rows a merge may touch, by the column naming their lead
DUMPED = {
    "leads": "id",
    "activities": "lead_id",
    "follow_ups": "lead_id",
    "attachments": "lead_id",
    "outbox_messages": "lead_id",
    "lead_tags": "lead_id",
    "lead_products": "lead_id",
    "stage_visits": "lead_id",
}


def dump(ws: Workspace, ids: list[uuid.UUID]) -> dict[str, list[dict[str, Any]]]:
    """Every affected row, all columns but updated_at and version; the merge's and the
    unmerge's own timeline entries left out (they say what happened)."""
    out = {}
    with ws.ctx.db.engine.connect() as conn:
        for name, key in DUMPED.items():
            t: Table = Base.metadata.tables[name]
            rows = [
                {k: v for k, v in r._mapping.items() if k not in ("updated_at", "version")}
                for r in conn.execute(select(t).where(t.c[key].in_(ids)))
            ]
            if name == "activities":
                rows = [r for r in rows if r["details"].get("event") not in ("merge", "unmerge")]
            out[name] = sorted(rows, key=lambda r: str(sorted(r.items())))
    return out


def product(ws: Workspace, name: str, bit: int) -> uuid.UUID:
    with transaction(ws.ctx.db) as s:
        p = Product(name=name, bit=bit)
        s.add(p)
        s.flush()
        return p.id


def two_annas(ws: Workspace) -> tuple[LeadRecord, LeadRecord]:
    """Anna entered twice: the first worked on (five calls), the second with more."""
    kept = ws.leads.create(
        {"first_name": "Anna", "last_name": "Nowak", "company": "Acme", "tags": ["vip"]}
    ).value
    for subject in ("first", "second", "third", "fourth", "fifth"):
        ws.activities.log(kept.id, ActivityKind.CALL, subject=subject, direction="outbound")
    p1, p2 = product(ws, "Consulting", 1), product(ws, "Training", 2)
    other = ws.leads.create(
        {
            "first_name": "Anna",
            "last_name": "Nowak",
            "company": "ACME Sp. z o.o.",
            "email": "anna@acme.pl",
            "tags": ["fair", "vip"],
            "product_ids": [p1, p2],
            "custom_fields": {},
        }
    ).value
    ws.leads.update(kept.id, {"product_ids": [p1]}, expected_version=None)
    return ws.leads.get(kept.id), other


def test_merge_moves_everything_and_unmerge_puts_every_row_back(ws: Workspace) -> None:
    rep = ws.users.create("Maria Nowak", "maria@example.com")
    kept, other = two_annas(ws)
    ws.activities.log(other.id, ActivityKind.NOTE, subject="met at the fair")
    follow = ws.follow_ups.schedule(other.id, LATER, "Send the offer").value
    ws.attachments.add(other.id, "offer.txt", b"the offer", limit_bytes=1 << 20)
    ws.messaging.queue(
        [other.id], default_template(ws, "meeting_request/email/en").id, user_id=rep.id,
        sender=SENDER,
    )  # fmt: skip
    ids = [kept.id, other.id]
    before = dump(ws, ids)
    other_entries = {r["id"] for r in before["activities"] if r["lead_id"] == other.id}

    plan = ws.merges.plan([other.id, kept.id])
    assert plan.kept_id == kept.id  # more timeline entries
    assert [lead.id for lead in plan.leads] == ids
    email = next(f for f in plan.fields if f.key == "email")
    assert email.values == (None, "anna@acme.pl") and email.differs
    choices = plan.suggested()
    assert choices["email"] == other.id and choices["first_name"] == kept.id
    result = ws.merges.merge(
        kept.id, [other.id], choices, user_id=rep.id, expected_versions=plan.versions
    )
    assert {kept.id, other.id} <= result.changes.leads

    now = ws.leads.get(kept.id)
    assert now.email == "anna@acme.pl" and now.company == "Acme"
    assert now.tags == ("fair", "vip") and len(now.product_ids) == 2
    after = dump(ws, ids)
    moved = [r for r in after["activities"] if r["id"] in other_entries]
    assert moved and all(r["lead_id"] == kept.id for r in moved)
    for table in ("follow_ups", "attachments", "outbox_messages"):
        assert [r["lead_id"] for r in after[table]] == [kept.id], table
    kept_row = next(r for r in after["leads"] if r["id"] == kept.id)
    assert kept_row["product_bits"] == 3 and kept_row["next_follow_up_at"] == follow.due_at
    assert "anna@acme.pl" in kept_row["search_text"]
    other_row = next(r for r in after["leads"] if r["id"] == other.id)
    assert other_row["deleted_at"] is not None  # soft-deleted, still there
    assert after["stage_visits"] == before["stage_visits"]  # stays are never moved
    assert [c.id for c in ws.leads.search("nowak")] == [kept.id]
    board = ws.board.board()
    assert [c.id for c in board.column(Stage.OPEN).cards] == [kept.id]
    entry = ws.activities.timeline(kept.id, limit=1)[0]
    assert entry.details["event"] == "merge" and entry.details["merged"] == [other.number]
    assert [m.id for m in ws.merges.merges_of(kept.id)] == [result.value]

    undone = ws.merges.unmerge(result.value, user_id=rep.id)
    assert undone.value == ()
    assert dump(ws, ids) == before
    assert {c.id for c in ws.leads.search("nowak")} == set(ids)
    assert ws.merges.merges_of(kept.id)[0].undone_at is not None
    with pytest.raises(RuleViolation) as refused:
        ws.merges.unmerge(result.value)
    assert refused.value.code == "merge_undone_already"
    assert refused.value.params["label"] == f"{kept.number} Anna Nowak"


def test_a_stage_from_another_lead_is_a_move_made_at_merge_time(ws: Workspace) -> None:
    kept, other = two_annas(ws)
    ws.pipeline.move(other.id, Stage.QUALIFIED)
    ids = [kept.id, other.id]
    visits = dump(ws, ids)["stage_visits"]
    plan = ws.merges.plan(ids)
    choices = plan.suggested() | {"stage": other.id}
    merge_id = ws.merges.merge(kept.id, [other.id], choices, expected_versions=plan.versions).value
    assert ws.leads.get(kept.id).stage is Stage.QUALIFIED
    now = dump(ws, ids)["stage_visits"]
    assert [v for v in now if v["lead_id"] == other.id] == [
        v for v in visits if v["lead_id"] == other.id
    ]
    mine = sorted((v for v in now if v["lead_id"] == kept.id), key=lambda v: v["entered_at"])
    assert [v["stage"] for v in mine] == [Stage.OPEN, Stage.QUALIFIED]
    assert mine[0]["left_at"] is not None and mine[1]["left_at"] is None
    moves = ws.activities.timeline(kept.id, kinds=[ActivityKind.STAGE_CHANGE])
    assert moves[0].details["merge_id"] == str(merge_id)
    assert (moves[0].details["from"], moves[0].details["to"]) == ("open", "qualified")

    ws.merges.unmerge(merge_id)
    assert ws.leads.get(kept.id).stage is Stage.OPEN  # moved back, as a move
    assert ws.leads.get(other.id).stage is Stage.QUALIFIED


def test_unmerge_after_later_work_keeps_the_later_edits(ws: Workspace) -> None:
    kept, other = two_annas(ws)
    ws.leads.update(other.id, {"city": "Kraków", "job_title": "CFO"}, expected_version=None)
    plan = ws.merges.plan([kept.id, other.id])
    merge_id = ws.merges.merge(kept.id, [other.id], plan.suggested()).value
    assert ws.leads.get(kept.id).city == "Kraków"
    lead = ws.leads.get(kept.id)
    ws.leads.update(kept.id, {"email": "anna.nowak@acme.pl"}, expected_version=lead.version)
    note = ws.activities.log(kept.id, ActivityKind.NOTE, subject="after the merge").value
    later = ws.follow_ups.schedule(kept.id, LATER, "Call back").value

    undone = ws.merges.unmerge(merge_id)
    assert undone.value == ("email",)
    back = ws.leads.get(kept.id)
    assert back.email == "anna.nowak@acme.pl"  # edited since: stays
    assert (back.city, back.job_title) == (None, None)  # from the merge: taken back
    assert back.tags == ("vip",)
    entries = {a.id for a in ws.activities.timeline(kept.id)}
    assert note.id in entries
    assert [f.id for f in ws.follow_ups.due(lead_id=kept.id)] == [later.id]
    restored = ws.leads.get(other.id)
    assert (restored.city, restored.email) == ("Kraków", "anna@acme.pl")


def test_a_lead_changed_since_the_plan_refuses_the_whole_merge(ws: Workspace) -> None:
    kept, other = two_annas(ws)
    ids = [kept.id, other.id]
    plan = ws.merges.plan(ids)
    ws.leads.update(other.id, {"city": "Gdańsk"}, expected_version=None)  # someone else
    before = dump(ws, ids)
    with pytest.raises(ConflictError) as refused:
        ws.merges.merge(kept.id, [other.id], plan.suggested(), expected_versions=plan.versions)
    assert refused.value.params["label"] == f"{other.number} Anna Nowak"
    assert dump(ws, ids) == before
    with transaction(ws.ctx.db, write=False) as s:
        assert s.scalars(select(LeadMerge)).all() == []


def test_merges_that_make_no_sense_are_refused(ws: Workspace) -> None:
    kept, other = two_annas(ws)
    with pytest.raises(RuleViolation) as too_few:
        ws.merges.plan([kept.id])
    assert too_few.value.code == "merge_too_few"
    with pytest.raises(RuleViolation) as itself:
        ws.merges.merge(kept.id, [kept.id], {})
    assert itself.value.code == "merge_into_itself"
    third = ws.leads.create({"first_name": "Anna", "last_name": "Nowak"}).value
    ws.merges.merge(kept.id, [other.id], {})
    with pytest.raises(RuleViolation) as gone:
        ws.merges.merge(third.id, [other.id], {})
    assert gone.value.code == "merge_lead_gone"
    assert gone.value.params["label"] == f"{other.number} Anna Nowak"
    with pytest.raises(RuleViolation) as unknown:
        ws.merges.merge(kept.id, [third.id], {"password": kept.id})
    assert unknown.value.code == "merge_unknown_field"


def test_the_scan_reports_progress_and_stops_when_cancelled(ws: Workspace) -> None:
    from leaddesk.services.duplicates import ScanStopped

    kept, other = two_annas(ws)
    seen: list[tuple[int, int]] = []
    groups = ws.duplicates.scan(progress=lambda d, t: seen.append((d, t)))
    assert [set(g.lead_ids) for g in groups] == [{kept.id, other.id}]
    assert seen[-1][0] == seen[-1][1]
    with pytest.raises(ScanStopped):
        ws.duplicates.scan(cancelled=lambda: True)
    rows = ws.duplicates.leads([kept.id, other.id])
    assert rows[other.id].company == "ACME Sp. z o.o." and rows[kept.id].number == kept.number
