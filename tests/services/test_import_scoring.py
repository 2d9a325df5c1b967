"""Imported leads scored by the rules in their chunk's transaction, on every backend:
new leads from their own row (fields and event columns), updated leads rescored, the
same numbers a rescore gives; and a chunk that fails leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import FitOperator, RuleGroup, ScoreRule, Thresholds
from leaddesk.services import import_writes
from leaddesk.services.imports import ImportOptions
from leaddesk.services.scoring import QUALIFIED_EVENT, rescore_in
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Activity, ImportBatch, Lead
from leaddesk.store.models_scoring import ScoreDue
from leaddesk.store.session import transaction

WEBINAR = (dt.date.today() - dt.timedelta(days=10)).isoformat()
FILE = (
    "First Name,Last Name,Email,Country,Company,Created Time,Webinar attended,"
    "Requested a quote,Downloaded guide,Score\r\n"
    f"Anna,Kowalska,anna@acme.pl,Polska,Acme,,{WEBINAR},yes,,99\r\n"
    'John,Smith,john@globex.com,USA,Globex,"15 Apr, 2021 00:03:00",,no,true,99\r\n'
    "Ewa,Nowak,ewa@initech.pl,PL,,,,,,\r\n"
    "Omar,Haddad,omar@example.sa,Saudi Arabia,,,soon,,,\r\n"
)


def _rules(ws: Workspace) -> None:
    rules, _ = ws.scoring.rules()
    poland = ScoreRule("pl", "In Poland", RuleGroup.FIT, 30, field="country",
                       operator=FitOperator.EQUALS, values=("PL",))  # fmt: skip
    company = ScoreRule("co", "Company given", RuleGroup.FIT, 10, field="company",
                        operator=FitOperator.IS_GIVEN)  # fmt: skip
    ws.scoring.save([*rules, poland, company], Thresholds(mql=30, sql=75))


def _leads(ws: Workspace) -> dict[str, Lead]:
    with transaction(ws.ctx.db, write=False) as s:
        return {lead.email: lead for lead in s.scalars(select(Lead))}


def _file(tmp_path: Path, text: str = FILE) -> Path:
    path = tmp_path / "leads.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_new_leads_are_scored_as_a_rescore_would(ws: Workspace, tmp_path: Path) -> None:
    _rules(ws)
    report = ws.imports.run(_file(tmp_path))
    assert (report.created, report.rejected) == (4, 0)
    # "soon" is no date: a warning, and the row is saved without that event
    assert [w.code for w in report.warnings] == ["event_invalid"]
    leads = _leads(ws)
    for lead in leads.values():
        total, thresholds = ws.scoring.breakdown(lead.id)
        assert lead.score == total.total, lead.email
        assert lead.qualification == total.qualification(thresholds).value
    assert not ws.scoring.rescore_all().leads  # scored with the rules: a rescore moves none
    anna, john = leads["anna@acme.pl"], leads["john@globex.com"]
    # a quote (50, today), a webinar ten days ago, Poland (30), a company (10): SQL
    assert anna.qualification == "sql" and anna.sql_at is not None and anna.mql_at is not None
    assert anna.score != 99 and john.score != 99  # a score column is not copied
    # a company (10) and the guide on its created day in 2021 (faded): below MQL
    assert john.qualification == "none" and john.mql_at is None
    assert leads["ewa@initech.pl"].qualification == "mql"
    with transaction(ws.ctx.db, write=False) as s:
        events = {
            (a.lead_id, a.tag, a.occurred_at.date().isoformat())
            for a in s.scalars(select(Activity).where(Activity.kind == ActivityKind.EVENT))
        }
        crossings = [
            (a.lead_id, a.details["level"])
            for a in s.scalars(select(Activity).where(Activity.kind == ActivityKind.SYSTEM))
            if a.details.get("event") == QUALIFIED_EVENT
        ]
    assert events == {
        (anna.id, "webinar", WEBINAR),
        # yes: at the lead's created time (the import's, or the file's)
        (anna.id, "quote_request", anna.created_at.date().isoformat()),
        (john.id, "user_guide", "2021-04-15"),
    }
    assert sorted(crossings, key=str) == sorted(
        [(anna.id, "sql"), (leads["ewa@initech.pl"].id, "mql")], key=str
    )
    # a rescore of every imported lead gives the same (only a fading score's
    # bound moves, with the moment it is worked out at)
    due = _due(ws)
    assert anna.id in due and john.id in due  # their actions' points fade
    assert leads["ewa@initech.pl"].id not in due  # fit alone: it cannot
    with transaction(ws.ctx.db) as s:
        rescore_in(s, ws.ctx, [lead.id for lead in leads.values()], with_probability=False)
    rescored = _leads(ws)
    for email, lead in leads.items():
        again = rescored[email]
        assert (again.score, again.qualification) == (lead.score, lead.qualification)
        assert (again.mql_at, again.sql_at) == (lead.mql_at, lead.sql_at)
    assert _due(ws).keys() == due.keys()


def _due(ws: Workspace) -> dict[uuid.UUID, dt.datetime]:
    """Each lead's fading bound (score_due)."""
    with transaction(ws.ctx.db, write=False) as s:
        return {i: at for i, at in s.execute(select(ScoreDue.lead_id, ScoreDue.due_at))}


def test_an_updated_lead_is_rescored_in_the_import(ws: Workspace, tmp_path: Path) -> None:
    _rules(ws)
    lead = ws.leads.create({"first_name": "Anna", "last_name": "Kowalska",
                            "email": "anna@acme.pl"}).value  # fmt: skip
    assert lead.score == 0
    path = _file(tmp_path, "Email,Country,Company\r\nanna@acme.pl,PL,Acme\r\n")
    report = ws.imports.run(path, ImportOptions(on_duplicate="update"))
    assert (report.updated, report.created) == (1, 0)
    after = _leads(ws)["anna@acme.pl"]
    total, _ = ws.scoring.breakdown(lead.id)
    assert after.score == total.total == 40 and after.qualification == "mql"


def test_counts_are_those_of_the_rows(ws: Workspace, tmp_path: Path) -> None:
    ws.leads.create({"first_name": "Ewa", "last_name": "Nowak", "email": "ewa@initech.pl"})
    text = FILE + "Broken,Row,not-an-email,PL,,,,,,\r\n"
    report = ws.imports.run(_file(tmp_path, text))
    assert (report.rows, report.created, report.duplicates, report.rejected) == (5, 3, 1, 1)


def test_a_failing_chunk_leaves_nothing_half_written(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(import_writes.q, "record_rejects", broken)
    with pytest.raises(RuntimeError, match="disk is full"):
        ws.imports.run(_file(tmp_path))
    with transaction(ws.ctx.db, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Lead)) == 0
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
        batch = s.scalars(select(ImportBatch)).one()
        assert (batch.rows_read, batch.created, batch.status) == (0, 0, "running")
    monkeypatch.undo()
    # the search index's trigger is back: a lead made by hand is found, and the import
    # resumes from the start
    made = ws.leads.create({"first_name": "Zofia", "last_name": "Searchable"}).value
    assert [r.id for r in ws.leads.search("searchable")] == [made.id]
    again = ws.imports.run(_file(tmp_path))
    assert again.created == 4 and again.resumed_after == 0
    assert {r.id for r in ws.leads.search("kowalska")} == {_leads(ws)["anna@acme.pl"].id}
    assert isinstance(made.id, uuid.UUID)
