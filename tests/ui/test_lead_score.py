"""A lead's score in its window: logging the lead's own action scores it at once, the
header says the score and the class, the breakdown names each rule with what faded,
and the timeline says when a threshold was crossed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.bidi import without_isolates
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.log_dialog import LogActivityDialog
from leaddesk.ui.lead.score_view import PartsModel, ScoreBreakdown
from leaddesk.ui.lead.timeline import ENTRY_ROLE, headline
from leaddesk.ui.lead.window import LeadWindow


@pytest.fixture
def window(qtbot, sqlite_ws: Workspace, english) -> Iterator[LeadWindow]:  # type: ignore[no-untyped-def]
    lead = sqlite_ws.leads.create({"first_name": "Hanna", "last_name": "Lis"}).value
    w = LeadWindow(sqlite_ws, lead.id)
    w.show()
    yield w
    w.close()
    w.deleteLater()


def _log_event(window: LeadWindow, pick: str, details: str = "") -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogActivityDialog)
        index = dialog.tag.findData(pick)
        if index >= 0:
            dialog.tag.setCurrentIndex(index)
        else:
            dialog.tag.setEditText(pick)
        dialog.subject.setText(details)
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.log(ActivityKind.EVENT)


def test_logging_the_leads_actions_scores_it_and_explains_why(qtbot, window: LeadWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.header.score.text() == "Score 0"
    _log_event(window, "webinar", "Solar basics")
    qtbot.waitUntil(lambda: window.header.score.text() == "Score 20")
    _log_event(window, "quote_request")
    qtbot.waitUntil(lambda: window.header.score.text() == "Score 70 · MQL")
    _log_event(window, "Visited the stand")  # the team's own action: logged, no points
    events = [
        e for e in window.ws.activities.timeline(window.lead_id) if e.kind is ActivityKind.EVENT
    ]
    assert [e.tag for e in events] == ["visited_the_stand", "quote_request", "webinar"]
    assert headline(events[1]).startswith("Requested a quote")

    dialog = window.header.score.open_breakdown()
    assert isinstance(dialog, ScoreBreakdown)
    rows = {dialog.model.index(r, 1).data(): without_isolates(dialog.model.index(r, 3).data())
            for r in range(dialog.model.rowCount())}  # fmt: skip
    assert rows == {"Requested a quote": "+50", "Attended a webinar": "+20"}
    assert "70 points" in dialog.summary.text() and "MQL" in dialog.summary.text()
    dialog.close()

    model = window.timeline.model
    model.fetchMore()
    entries = [model.index(r).data(ENTRY_ROLE) for r in range(model.rowCount())]
    crossing = next(e for e in entries if e is not None and e.details.get("event") == "qualified")
    assert headline(crossing) == (
        "Became MQL: 70 points: \u2068Requested a quote\u2069 \u2066+50\u2069, "
        "\u2068Attended a webinar\u2069 \u2066+20\u2069"
    )


def test_the_breakdown_shows_what_faded(qtmodeltester, sqlite_ws: Workspace, english) -> None:  # type: ignore[no-untyped-def]
    lead = sqlite_ws.leads.create({"first_name": "Old"}).value
    long_ago = sqlite_ws.ctx.clock() - dt.timedelta(days=90)  # one half-life
    sqlite_ws.activities.log(lead.id, ActivityKind.EVENT, tag="webinar", occurred_at=long_ago)
    score, thresholds = sqlite_ws.scoring.breakdown(lead.id)
    dialog = ScoreBreakdown(score, thresholds)
    assert without_isolates(dialog.model.index(0, 3).data()) == "+10"
    assert dialog.model.index(0, 4).data() == "\u2066\u221210\u2069"  # the other half has faded
    qtmodeltester.check(dialog.model)
    empty = PartsModel()
    qtmodeltester.check(empty)


def test_the_open_app_catches_up_scores_in_the_background(
    qtbot, sqlite_ws: Workspace, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.domain.scoring import FitOperator, RuleGroup, ScoreRule
    from leaddesk.domain.stages import Stage
    from leaddesk.services.workspace import open_workspace
    from leaddesk.ui.main_window import MainWindow

    lead = sqlite_ws.leads.create({"first_name": "Acme lead", "company": "Acme"}).value
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.board.models[Stage.OPEN].count == 1)
    rules, thresholds = sqlite_ws.scoring.rules()
    company = ScoreRule("c", "Company given", RuleGroup.FIT, 40, field="company",
                        operator=FitOperator.IS_GIVEN)  # fmt: skip
    sqlite_ws.scoring.save([*rules, company], thresholds)  # elsewhere: nothing rescored yet
    assert sqlite_ws.leads.get(lead.id).score == 0
    with qtbot.waitSignal(w.score_keeper.done, timeout=10_000):
        assert w.score_keeper.run_now()
    qtbot.waitUntil(lambda: w.board.models[Stage.OPEN].card_at(0).score == 40)
    card = w.board.models[Stage.OPEN].card_at(0)
    assert card.qualification == "mql"
    assert "Score 40 · MQL" in w.board.models[Stage.OPEN].index(0).data(Qt.ItemDataRole.ToolTipRole)
