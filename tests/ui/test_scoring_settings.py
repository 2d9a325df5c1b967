"""Settings ▸ Scoring: the owner's point rules in three groups, a rule added through
its editor, the counts it would change worked out in the background before saving,
a save that rescores every lead in the background, and refusals shown beside what
they name with nothing saved."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.config.settings import Settings
from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.scoring import Engagement, FitOperator, RuleGroup, ScoreRule, Thresholds
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.screenshot import show_view
from leaddesk.ui.settings.scoring import ScoringPanel
from leaddesk.ui.settings.scoring_model import REFUSED
from leaddesk.ui.settings.scoring_rule_editor import RuleDialog
from leaddesk.ui.worker import BackgroundJob, Stopped


def _window(qtbot, ws: Workspace, qsettings: QSettings) -> tuple[MainWindow, ScoringPanel]:  # type: ignore[no-untyped-def]
    w = MainWindow(ws, open_workspace, qsettings, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    show_view(w, "settings-scoring")
    panel = w.settings_screen.scoring
    assert panel is not None and w.settings_screen.tabs.currentWidget() is panel
    return w, panel


def _close(w: MainWindow, panel: ScoringPanel) -> None:
    w.close()  # stops what the panel runs in the background
    assert not panel.rescorer.running and not panel.counter.job.running


def _cells(panel: ScoringPanel, column: int) -> list[str]:
    m = panel.model
    return [without_isolates(m.index(r, column).data()) for r in range(m.rowCount())]


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _leads(ws: Workspace) -> dict[str, object]:
    """Acme and Cole asked for a quote (50: MQL), Eden came to a webinar (20)."""
    made = {}
    for name, company, tag in (
        ("Acme", "Acme", "quote_request"),
        ("Beta", "Beta", None),
        ("Cole", None, "quote_request"),
        ("Dorn", None, None),
        ("Eden", "Eden Ltd", "webinar"),
    ):
        lead = ws.leads.create({"first_name": name, "company": company}).value
        if tag:
            ws.activities.log(lead.id, ActivityKind.EVENT, tag=tag)
        made[name] = lead.id
    return made


def test_the_panel_lists_the_handbook_rules_in_their_group(
    qtbot, sqlite_ws: Workspace, qsettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    w, panel = _window(qtbot, sqlite_ws, qsettings)
    qtmodeltester.check(panel.model)
    assert _cells(panel, 0) == [
        "Visited the solutions page",
        "Downloaded the user guide",
        "Attended a webinar",
        "Requested a quote",
    ]
    assert set(_cells(panel, 1)) == {"Behaviour"}
    assert _cells(panel, 3) == ["+5", "+10", "+20", "+50"]
    assert _cells(panel, 4) == ["Once"] * 4
    assert (panel.mql.value(), panel.sql.value()) == (30, 75)
    assert not panel.save_button.isEnabled()  # nothing edited yet
    panel.table.selectRow(0)
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    panel.move_selected(1)
    assert _cells(panel, 0)[:2] == ["Downloaded the user guide", "Visited the solutions page"]
    assert panel.save_button.isEnabled() and panel.revert_button.isEnabled()
    panel.reload()
    assert _cells(panel, 0)[0] == "Visited the solutions page"
    qtbot.waitUntil(panel.counted, timeout=10_000)
    _close(w, panel)


def test_a_fit_rule_added_in_the_editor_is_previewed_saved_and_rescores_the_leads(
    qtbot, sqlite_ws: Workspace, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    ids = _leads(sqlite_ws)
    w, panel = _window(qtbot, sqlite_ws, qsettings)
    seen = []
    panel.previewed.connect(seen.append)  # the first count starts a moment after showing
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert (seen[0].mql_now, seen[0].sql_now) == (2, 0)

    def fill() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RuleDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RuleDialog)
        dialog.group.setCurrentIndex(dialog.group.findData(RuleGroup.FIT.value))
        dialog.field.setCurrentIndex(dialog.field.findData("company"))
        dialog.operator.setCurrentIndex(dialog.operator.findData(FitOperator.IS_GIVEN.value))
        dialog.points.setValue(30)
        # a fit rule holds or not: no counting again, no fading, no activity
        assert dialog.field.isVisibleTo(dialog) and not dialog.kind.isVisibleTo(dialog)
        assert not dialog.per_occurrence.isVisibleTo(dialog)
        assert not dialog.half_life.isVisibleTo(dialog)
        assert not dialog.values.isVisibleTo(dialog)  # "is given" needs no value
        dialog.accept()  # no name typed: the condition in words names it

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(panel.previewed, timeout=10_000) as shown:
        panel.add_rule()
    assert _cells(panel, 0)[0] == "Company is given"  # the fit group comes first
    assert _cells(panel, 1)[0] == "Fit" and _cells(panel, 3)[0] == "+30"
    assert _cells(panel, 5)[0] == "–"  # a fit does not fade
    p = shown.args[0]
    # Acme 80 (SQL); Beta 30, Cole 50, Eden 50 (MQL); Dorn 0
    assert (p.leads, p.mql_now, p.sql_now, p.mql_after, p.sql_after) == (5, 2, 0, 3, 1)
    assert panel.preview_line.text().startswith(
        "Now: 2 MQL, 0 SQL · With these rules: 3 MQL, 1 SQL (of 5 lead"
    )
    assert sqlite_ws.leads.get(ids["Beta"]).score == 0  # nothing written yet

    sent = []
    panel.changed.connect(sent.append)
    with qtbot.waitSignal(panel.rescored, timeout=20_000) as done:
        assert panel.save()
        assert panel.rescorer.running and panel.progress.isVisibleTo(panel)
    rules, thresholds = sqlite_ws.scoring.rules()
    first = rules[0]
    assert (first.name, first.field, first.operator, first.points) == (
        "Company is given",
        "company",
        FitOperator.IS_GIVEN,
        30,
    )
    assert len(rules) == 5 and thresholds == Thresholds(30, 75)
    scores = {name: sqlite_ws.leads.get(i).score for name, i in ids.items()}
    assert scores == {"Acme": 80, "Beta": 30, "Cole": 50, "Dorn": 0, "Eden": 50}
    assert sent[0].reference  # the rules, published first
    assert ids["Beta"] in done.args[0].leads and any(ids["Beta"] in c.leads for c in sent)
    assert not panel.progress.isVisibleTo(panel)
    assert panel.status.text() == "Every lead is scored with the saved rules."
    assert not panel.save_button.isEnabled()  # what is shown is what is saved
    _close(w, panel)


def test_a_refused_threshold_or_rule_is_shown_beside_it_and_nothing_is_saved(
    qtbot, sqlite_ws: Workspace, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    w, panel = _window(qtbot, sqlite_ws, qsettings)
    panel.mql.setValue(80)  # above SQL's 75
    assert not panel.save()
    assert panel.threshold_problem.isVisibleTo(panel)
    assert panel.threshold_problem.text().startswith(
        "The MQL threshold must be above 0 and below the SQL threshold"
    )
    assert not panel.message.isVisibleTo(panel)  # no rule was refused
    assert sqlite_ws.scoring.rules()[1] == Thresholds(30, 75)

    panel.mql.setValue(30)
    assert not panel.threshold_problem.isVisibleTo(panel)  # an edit clears it
    half = ScoreRule("x", "Half a rule", RuleGroup.FIT, 10, field="job_title",
                     operator=FitOperator.CONTAINS)  # fmt: skip
    row = panel.model.add(half)
    assert row == 0
    assert not panel.save()
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == REFUSED
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert panel.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "This condition needs a value."
    )
    assert _plain(panel.message.text()) == "Rule 1 (Half a rule): This condition needs a value."
    assert [r.name for r in sqlite_ws.scoring.rules()[0]] == [
        "Visited the solutions page",
        "Downloaded the user guide",
        "Attended a webinar",
        "Requested a quote",
    ]
    qtbot.waitUntil(panel.counted, timeout=10_000)
    _close(w, panel)


def test_the_editor_follows_the_group_and_keeps_values_as_stored(
    qtbot, sqlite_ws: Workspace, english
) -> None:  # type: ignore[no-untyped-def]
    sqlite_ws.custom_fields.create("Employees", FieldKind.NUMBER)
    panel = ScoringPanel(lambda: sqlite_ws)
    qtbot.addWidget(panel)
    dialog = panel.rule_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.field.findData("custom:employees") >= 0
    assert dialog.field.itemText(dialog.field.findData("custom:employees")) == "Employees"
    dialog.field.setCurrentIndex(dialog.field.findData("source"))
    dialog.operator.setCurrentIndex(dialog.operator.findData(FitOperator.ONE_OF.value))
    dialog.values.setText("Referral, Trade fair")
    rule = dialog.rule()
    assert rule.values == ("referral", "Trade fair")  # LeadDesk's source by its key
    assert rule.name == "Source is one of Referral, Trade fair"

    dialog.group.setCurrentIndex(dialog.group.findData(RuleGroup.BEHAVIOUR.value))
    assert dialog.kind.isVisibleTo(dialog) and dialog.tag.isVisibleTo(dialog)
    assert not dialog.field.isVisibleTo(dialog)
    dialog.tag.setEditText("Trade fair visit")
    dialog.per_occurrence.setChecked(True)
    dialog.cap.setValue(40)
    dialog.points.setValue(15)
    rule = dialog.rule()
    assert (rule.activity_kind, rule.tag, rule.per_occurrence, rule.cap) == (
        ActivityKind.EVENT,
        "trade_fair_visit",
        True,
        40,
    )
    assert rule.half_life_days == 90.0 and rule.field is None
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.MEETING.value))
    assert not dialog.tag.isVisibleTo(dialog) and dialog.rule().tag is None

    dialog.group.setCurrentIndex(dialog.group.findData(RuleGroup.ENGAGEMENT.value))
    dialog.engagement.setCurrentIndex(dialog.engagement.findData(Engagement.NO_ANSWER.value))
    assert dialog.last_n.isVisibleTo(dialog) and not dialog.per_occurrence.isVisibleTo(dialog)
    dialog.last_n.setValue(4)
    dialog.points.setValue(-20)
    rule = dialog.rule()
    assert (rule.engagement, rule.last_n, rule.points, rule.per_occurrence) == (
        Engagement.NO_ANSWER,
        4,
        -20,
        False,
    )
    assert rule.name == "No answer to the last 4 contacts"
    dialog.points.setValue(0)
    dialog.accept()
    assert dialog.result_rule is None  # refused: the dialog stays, nothing handed back
    assert dialog.problem.text() == "Points must be between −1,000 and 1,000, and not 0."
    panel.stop_work()


def test_only_the_latest_edit_is_counted(qtbot, sqlite_ws: Workspace, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    _leads(sqlite_ws)
    w, panel = _window(qtbot, sqlite_ws, qsettings)
    seen = []
    panel.previewed.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    for value in (10, 20, 60):  # faster than the count waits for
        panel.mql.setValue(value)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    # quotes at 50 are below an MQL of 60: nobody is MQL under the last edit
    assert (seen[-1].mql_after, seen[-1].sql_after) == (0, 0)
    assert w.settings_screen.data_shown()
    _close(w, panel)


def test_a_count_under_way_is_cancelled_by_the_next_edit(
    qtbot, sqlite_ws: Workspace, qsettings, english, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    real = sqlite_ws.scoring.preview
    asked: list[Thresholds] = []

    def slow(rules, thresholds, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        asked.append(thresholds)
        if len(asked) == 1:  # the first count goes on until it is cancelled
            while not cancelled():
                threading.Event().wait(0.01)
            return None
        return real(rules, thresholds, progress, cancelled)

    monkeypatch.setattr(sqlite_ws.scoring, "preview", slow)
    w, panel = _window(qtbot, sqlite_ws, qsettings)
    seen = []
    panel.previewed.connect(seen.append)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert panel.counter.job.running
    panel.mql.setValue(40)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert asked == [Thresholds(30, 75), Thresholds(40, 75)]
    assert not panel.counter.job.running and panel.counted()
    _close(w, panel)


def test_a_background_job_reports_and_stops_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    job: BackgroundJob[int] = BackgroundJob()
    going = threading.Event()

    def work(progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        progress(1, 3)
        going.set()
        while not cancelled():
            going.wait(0.01)
        raise Stopped

    with qtbot.waitSignal(job.finished, timeout=5_000) as stopped:
        assert job.start(work)
        assert not job.start(work)  # one at a time
        going.wait(5)
        job.cancel()
    assert stopped.args == [None] and not job.running
    with qtbot.waitSignal(job.failed, timeout=5_000) as failed:
        job.start(lambda _p, _c: 1 // 0)
    assert isinstance(failed.args[0], ZeroDivisionError)
    with qtbot.waitSignal(job.finished, timeout=5_000) as finished:
        job.start(lambda _p, _c: 42)
    assert finished.args == [42]


def test_the_panel_is_laid_out_right_to_left_in_arabic(
    qtbot, sqlite_ws: Workspace, qsettings, arabic
) -> None:  # type: ignore[no-untyped-def]
    w, panel = _window(qtbot, sqlite_ws, qsettings)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(panel.counted, timeout=10_000)
    _close(w, panel)


@pytest.mark.parametrize("points", [7, -7])
def test_points_keep_their_sign(points: int, english) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.names.scoring import points_text

    # the sign kept before the digits in a right-to-left sentence: a left-to-right isolate
    assert points_text(points) == "\u2066" + ("+7" if points > 0 else "−7") + "\u2069"
