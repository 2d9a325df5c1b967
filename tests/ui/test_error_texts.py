"""Refusals from the services reach the user in their language, naming leads by number
and name (never by id), while the English message stays for logs and the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leaddesk.domain.stages import Stage
from leaddesk.errors import ConflictError, RuleViolation
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import _sentences, error_text

ROOT = Path(__file__).resolve().parents[2]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _stale_save(ws: Workspace) -> ConflictError:
    lead = ws.leads.create({"first_name": "Anna", "last_name": "Nowak"}).value
    ws.leads.update(lead.id, {"company": "Nowak Sp."}, expected_version=lead.version)
    with pytest.raises(ConflictError) as caught:
        ws.leads.update(lead.id, {"city": "Kraków"}, expected_version=lead.version)
    return caught.value


def test_a_conflict_names_the_lead_by_number_and_name(sqlite_ws: Workspace, polish) -> None:  # type: ignore[no-untyped-def]
    exc = _stale_save(sqlite_ws)
    assert "L-000001 Anna Nowak" in exc.message and not UUID.search(exc.message)
    shown = error_text(exc)
    assert "L-000001 Anna Nowak" in shown and not UUID.search(shown)
    assert "somebody else" not in shown  # Polish, not the English of the log
    assert shown != exc.message


def test_a_pipeline_rule_is_told_in_arabic_with_the_stage_in_arabic(
    sqlite_ws: Workspace, arabic
) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.names.stages import stage_label

    lead = sqlite_ws.leads.create({"first_name": "Omar"}).value
    with pytest.raises(RuleViolation) as caught:
        sqlite_ws.pipeline.move(lead.id, Stage.INACTIVE, reason="moved away")
    exc = caught.value
    assert "Only a customer can become Inactive" in exc.message  # the log's English
    shown = error_text(exc)
    assert stage_label(Stage.OPEN) in shown and stage_label(Stage.OPEN) != "Open"
    assert not re.search(r"[A-Za-z]{3,}", shown), shown  # no English word left


def test_every_code_the_services_raise_has_a_sentence() -> None:
    raised: set[str] = set()
    for layer in ("domain", "services", "store"):
        for path in (ROOT / "leaddesk" / layer).rglob("*.py"):
            raised |= set(re.findall(r'\bcode="([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert raised, "the scan found the codes"
    assert raised - set(_sentences()) == set()


def test_what_leaddesk_has_no_words_for_falls_back_to_the_message() -> None:
    exc = RuleViolation("Something new went wrong with L-000007.", code="brand_new")
    assert error_text(exc) == exc.message


def test_a_busy_database_names_who_holds_it_in_polish(polish) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.errors import DatabaseBusy

    exc = DatabaseBusy(
        "The database /tmp/x.sqlite is busy: another LeadDesk (process 41) ...",
        code="sqlite_busy",
        params={
            "file": "/tmp/x.sqlite",
            "holders": [
                {"kind": "leaddesk", "pid": 41, "program": ""},
                {"kind": "capture", "pid": 42, "program": ""},
            ],
        },
    )
    shown = error_text(exc)
    assert "inny LeadDesk (proces 41)" in shown and "usługa przechwytywania (proces 42)" in shown
    assert "/tmp/x.sqlite" in shown and "busy" not in shown


def test_a_race_given_up_and_a_read_only_login_are_told_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.errors import DatabaseBusy, NotPermitted

    for exc in (
        DatabaseBusy("tried 5 times", code="contended", params={"attempts": 5}),
        NotPermitted("You may not change this lead", code="not_permitted_lead"),
    ):
        shown = error_text(exc)
        assert not re.search(r"[A-Za-z]{3,}", shown.replace("LeadDesk", "")), shown


def test_a_refused_training_names_the_counts_it_has_and_needs() -> None:
    from leaddesk.domain.model_train import ModelFailedCheck, TooLittleHistory

    few = TooLittleHistory(
        "Too little history…",
        params={"closed": 150, "customers": 56, "others": 94, "need_closed": 200, "need_each": 30},
    )
    shown = error_text(few)
    for number in ("150", "56", "94", "200", "30"):
        assert number in shown
    weak = ModelFailedCheck("…", params={"reason": "auc", "auc": 0.55, "auc_floor": 0.6})
    assert "0.55" in error_text(weak) and "0.6" in error_text(weak)
