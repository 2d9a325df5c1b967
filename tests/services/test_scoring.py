"""Scores kept true on every backend: the handbook's rules installed with the
database, a logged action rescoring its lead in the same transaction, a threshold
crossing on the timeline, rules saved and every lead rescored in batches, fading
caught up without a nightly job, and the counts a rule change would bring."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.scoring import (
    Engagement,
    FitOperator,
    Qualification,
    RuleGroup,
    ScoreRule,
    Thresholds,
)
from leaddesk.errors import ValidationError
from leaddesk.services.activities import ActivityService
from leaddesk.services.scoring import QUALIFIED_EVENT, ScoringService
from leaddesk.services.workspace import Workspace
from leaddesk.store import scoring as q
from leaddesk.store.models import Lead
from leaddesk.store.session import transaction


def _log(ws: Workspace, lead_id, tag: str, days_ago: float = 0) -> None:  # type: ignore[no-untyped-def]
    at = ws.ctx.clock() - dt.timedelta(days=days_ago)
    ws.activities.log(lead_id, ActivityKind.EVENT, tag=tag, occurred_at=at)


def test_the_handbook_rules_come_with_the_database(ws: Workspace) -> None:
    rules, thresholds = ws.scoring.rules()
    assert [(r.tag, r.points) for r in rules] == [
        ("solutions_page", 5), ("user_guide", 10), ("webinar", 20), ("quote_request", 50),
    ]  # fmt: skip
    assert thresholds == Thresholds(mql=30, sql=75)


def test_a_logged_action_rescores_the_lead_and_crossing_sql_is_on_its_timeline(
    ws: Workspace,
) -> None:
    lead = ws.leads.create({"first_name": "Hanna"}).value
    _log(ws, lead.id, "webinar")
    assert ws.leads.get(lead.id).score == 20
    _log(ws, lead.id, "user_guide")
    got = ws.leads.get(lead.id)
    assert (got.score, got.version) == (30, lead.version)  # worked out, not an edit
    result = ws.activities.log(lead.id, ActivityKind.EVENT, tag="Quote request")
    assert lead.id in result.changes.leads and lead.id in result.changes.timelines
    assert ws.leads.get(lead.id).score == 80
    crossings = [a for a in ws.activities.timeline(lead.id)
                 if a.details.get("event") == QUALIFIED_EVENT]  # fmt: skip
    assert [c.details["level"] for c in crossings] == ["sql", "mql"]  # newest first
    sql = crossings[0].details
    assert sql["total"] == 80 and sql["parts"][0] == ["Requested a quote", 50]
    score, thresholds = ws.scoring.breakdown(lead.id)
    assert score.total == 80 and score.qualification(thresholds) is Qualification.SQL
    with pytest.raises(ValidationError):
        ws.activities.log(lead.id, ActivityKind.EVENT, tag="  ")


def test_saved_rules_rescore_every_lead_in_batches_and_preview_counts_first(
    ws: Workspace,
) -> None:
    leads = [ws.leads.create({"first_name": f"L{i}", "company": "Acme" if i % 2 else None}).value
             for i in range(7)]  # fmt: skip
    for lead in leads[:3]:
        _log(ws, lead.id, "quote_request")  # 50: MQL
    rules, thresholds = ws.scoring.rules()
    company = ScoreRule("new", "Company given", RuleGroup.FIT, 30, field="company",
                        operator=FitOperator.IS_GIVEN)  # fmt: skip
    preview = ws.scoring.preview([*rules, company], thresholds)
    assert preview is not None and preview.leads == 7
    assert (preview.mql_now, preview.sql_now) == (3, 0)
    # Acme leads: 1, 3, 5 -> 30 (MQL); with a quote: 0, 2 -> 50 (MQL), 1 -> 80 (SQL)
    assert (preview.mql_after, preview.sql_after) == (4, 1)
    assert ws.leads.get(leads[5].id).score == 0  # nothing written by a preview

    changes = ws.scoring.save([*rules, company], thresholds)
    assert changes.reference
    step = ws.scoring.rescore_due(limit=4)
    assert (step.done, step.left) == (4, 3)
    ws.scoring.rescore_all()
    assert ws.scoring.rescore_due().done == 0
    assert [ws.leads.get(x.id).score for x in leads] == [50, 80, 50, 30, 0, 30, 0]
    saved, _ = ws.scoring.rules()
    assert saved[-1].name == "Company given" and saved[-1].id != "new"
    # a rule taken out of the list is retired; the leads lose its points
    ws.scoring.save(saved[:-1], Thresholds(mql=40, sql=75))
    ws.scoring.rescore_all()
    assert ws.leads.get(leads[3].id).score == 0
    assert ws.scoring.rules()[1] == Thresholds(40, 75)


def test_rules_and_thresholds_are_checked_naming_the_rule(ws: Workspace) -> None:
    rules, _ = ws.scoring.rules()
    bad = ScoreRule("x", "Half a rule", RuleGroup.FIT, 10, field="company")
    with pytest.raises(ValidationError) as refused:
        ws.scoring.save([*rules, bad], Thresholds(mql=80, sql=75))
    fields = {i.field for i in refused.value.issues}
    assert fields == {"rules[4].field", "thresholds"}
    assert "Half a rule" in str(refused.value)


def test_fading_is_caught_up_by_the_next_step_not_a_nightly_job(ws: Workspace) -> None:
    clock = {"now": dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    activities, scoring = ActivityService(ctx), ScoringService(ctx)
    lead = ws.leads.create({"first_name": "Fade"}).value
    activities.log(lead.id, ActivityKind.EVENT, tag="webinar", occurred_at=clock["now"])
    assert ws.leads.get(lead.id).score == 20
    assert scoring.rescore_due().done == 0  # nothing has faded yet
    clock["now"] += dt.timedelta(days=90)  # one half-life later
    assert scoring.rescore_due().done == 1
    assert ws.leads.get(lead.id).score == 10
    assert scoring.rescore_due().done == 0  # valid again until it fades further


def test_replies_count_for_engagement_rules(ws: Workspace) -> None:
    rules, thresholds = ws.scoring.rules()
    replied = ScoreRule("r", "Replied", RuleGroup.ENGAGEMENT, 15, engagement=Engagement.REPLIED)
    ws.scoring.save([*rules, replied], thresholds)
    lead = ws.leads.create({"first_name": "Reply"}).value
    ws.activities.log(lead.id, ActivityKind.EMAIL, direction=Direction.INBOUND, subject="Re: offer")
    assert ws.leads.get(lead.id).score == 15


def test_cli_logs_the_leads_action_and_says_the_new_score(
    ws: Workspace, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from leaddesk.cli import main

    ws.leads.create({"first_name": "Jan"})
    args = ["lead", "log", "1", "event", "--tag", "Quote request", "--db", db_url]
    assert main(args) == 0
    assert "score 50 (mql)" in capsys.readouterr().out
    assert main(["lead", "log", "1", "event", "--db", db_url]) == 2  # what did the lead do?
    assert "tag" in capsys.readouterr().err
    at = ["--at", "2026-01-05T10:00:00+00:00"]
    assert main(["lead", "log", "1", "call", "--outcome", "talked", *at, "--db", db_url]) == 0
    entries = ws.activities.timeline(ws.leads.by_number(1).id)
    call = next(e for e in entries if e.kind is ActivityKind.CALL)
    assert call.occurred_at == dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)


def test_the_walk_after_a_rules_change_passes_deleted_leads_and_ends(ws: Workspace) -> None:
    made = {(lead := ws.leads.create({"first_name": f"W{i}", "company": "Acme"}).value).id: lead
            for i in range(6)}  # fmt: skip
    with transaction(ws.ctx.db, write=False) as s:  # the database's order of ids
        leads = [made[i] for i in s.scalars(select(Lead.id).order_by(Lead.id))]
    for gone in (leads[1], leads[4], leads[5]):  # one inside the walk, two at its end
        ws.leads.delete(gone.id, expected_version=gone.version)
    rules, thresholds = ws.scoring.rules()
    company = ScoreRule("co", "Company given", RuleGroup.FIT, 30, field="company",
                        operator=FitOperator.IS_GIVEN)  # fmt: skip
    ws.scoring.save([*rules, company], thresholds)
    first = ws.scoring.rescore_due(limit=2)  # the live leads 0 and 2
    assert (first.done, first.left) == (2, 1)
    assert first.changes.leads == {leads[0].id, leads[2].id}
    last = ws.scoring.rescore_due(limit=2)  # lead 3, and only deleted ones after it
    assert (last.done, last.left, last.changes.leads) == (1, 0, {leads[3].id})
    assert ws.scoring.rescore_due(limit=2).done == 0  # the walk has ended
    with transaction(ws.ctx.db, write=False) as s:
        walk = q.walk_state(s)
        assert walk is not None and walk.done and walk.after_id == leads[3].id
    assert [ws.leads.get(x.id).score for x in (leads[0], leads[2], leads[3])] == [30, 30, 30]
