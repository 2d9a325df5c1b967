"""Settings ▸ Distribution on every backend: a rule added through its editor with a
condition and a team, moved and saved in order; a refused rule named beside the list
with nothing lost; a team's members and weights saved; working time, limits and an
absence saved and shown; a partner added (and refused while its address is wrong);
the tab in the settings screen hears of a team made on another tab; Arabic reads
right to left with the locale's own weekday names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.config.settings import Settings
from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import RULE_FIELDS, AssignmentRule, Condition, Target
from leaddesk.domain.rotation import AbsenceKind
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.screenshot import show_view
from leaddesk.ui.settings.distribution import DistributionPanel
from leaddesk.ui.settings.distribution_partners import PartnerDialog
from leaddesk.ui.settings.distribution_rule_editor import AssignmentRuleDialog
from leaddesk.ui.settings.distribution_rules_model import REFUSED
from leaddesk.ui.widgets.record_table import select_row


def _panel(qtbot, ws: Workspace) -> DistributionPanel:  # type: ignore[no-untyped-def]
    panel = DistributionPanel(lambda: ws)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _plain(text: str) -> str:
    return without_isolates(text)


def _modal(qtbot, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def _filled(qtbot, kind: type, fill) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """``fill`` run on the dialog once it is open; a failing check closes it (so the
    test fails instead of waiting on the dialog forever) and fails the test after."""
    failed: list[BaseException] = []

    def run() -> None:
        dialog = _modal(qtbot, kind)
        try:
            fill(dialog)
        except BaseException as exc:
            failed.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)
    return failed


def test_a_rule_added_in_the_editor_is_saved_in_its_place(
    qtbot, ws: Workspace, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    rep = ws.users.create("Anna", "anna@example.com").id
    team = ws.distribution.create_team("Poland", [MemberWeight(rep, 1)])
    big = Condition("deal_value", Operator.RANGE, ("5000", ""))
    web = Condition("source", Operator.EQUALS, ("web_form",))
    ws.distribution.save_rules([AssignmentRule("a", "Big deals", Target.REP, str(rep), (big, web))])
    panel = _panel(qtbot, ws)
    rules = panel.rules
    qtmodeltester.check(rules.model)
    # a source by its name, as the owner knows it
    assert _plain(rules.model.index(0, 1).data()) == (
        "Deal value at least 5000 and Source equals Web form"
    )
    assert _plain(rules.model.index(0, 2).data()) == "Rep Anna"

    def fill(dialog: AssignmentRuleDialog) -> None:
        row = dialog.add_condition()
        keys = [row.field.itemData(i) for i in range(row.field.count())]
        assert keys[: len(RULE_FIELDS)] == list(RULE_FIELDS)  # read at runtime
        row.field.setCurrentIndex(row.field.findData("country"))
        row.operator.setCurrentIndex(row.operator.findData(Operator.ONE_OF.value))
        row.values.setText("PL, CZ")
        dialog.target.setCurrentIndex(dialog.target.findData(Target.TEAM.value))
        assert dialog.target_id.isVisibleTo(dialog)
        dialog.target_id.setCurrentIndex(dialog.target_id.findData(str(team)))
        dialog.name.setText("Central Europe")
        dialog.accept()

    failed = _filled(qtbot, AssignmentRuleDialog, fill)
    rules.add_rule()
    assert not failed, failed
    assert rules.model.rowCount() == 2 and rules.save_button.isEnabled()
    select_row(rules.table, 1)
    rules.move_selected(-1)  # first match decides: this one now goes before "Big deals"
    assert _plain(rules.model.index(0, 1).data()) == "Country is one of PL, CZ"
    assert _plain(rules.model.index(0, 2).data()) == "Team Poland (rotation)"
    editor = rules.rule_dialog(rules.model.record(1))  # shown by name, kept by key
    assert editor.rows[1].values.text() == "Web form"
    assert editor.rule() == rules.model.record(1)
    editor.deleteLater()
    sent = []
    panel.changed.connect(sent.append)
    assert rules.save()
    saved, default = ws.distribution.rules()
    assert [r.name for r in saved] == ["Central Europe", "Big deals"] and default is None
    assert (saved[0].target, saved[0].target_id) == (Target.TEAM, str(team))
    assert saved[0].conditions == (Condition("country", Operator.ONE_OF, ("PL", "CZ")),)
    assert sent and sent[0].reference
    assert not rules.save_button.isEnabled()  # what is shown is what is saved
    qtmodeltester.check(rules.model)


def test_a_refused_rule_is_named_beside_the_list_and_kept(qtbot, ws: Workspace, english) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, ws)
    rules = panel.rules

    def fill(dialog: AssignmentRuleDialog) -> None:
        dialog.target.setCurrentIndex(dialog.target.findData(Target.TEAM.value))
        assert dialog.target_id.count() == 0  # no team exists yet
        dialog.name.setText("To nobody's team")
        dialog.accept()

    failed = _filled(qtbot, AssignmentRuleDialog, fill)
    rules.add_rule()
    assert not failed, failed
    rules.default_target.setCurrentIndex(rules.default_target.findData(Target.NOBODY.value))
    assert not rules.save()
    assert rules.message.isVisibleTo(panel)
    assert _plain(rules.message.text()) == (
        "Rule 1 (To nobody's team): Choose the rep, team or partner to send leads to."
    )
    assert rules.model.rowCount() == 1 and rules.model.record(0).name == "To nobody's team"
    assert rules.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == REFUSED
    assert ws.distribution.rules() == ([], None)  # nothing saved
    rules.model.remove(0)
    assert rules.save()  # the default alone: nobody
    assert ws.distribution.rules()[1].target is Target.NOBODY
    ws.distribution.save_rules([], AssignmentRule("p", "Pool", Target.POOL))  # elsewhere
    panel.note_changes(Changes(reference=True))
    assert rules.default_target.currentData() == Target.POOL.value
    assert not rules.dirty() and not rules.save_button.isEnabled()  # the pool is no default


def test_a_team_is_made_and_its_members_weighted_and_ordered(
    qtbot, ws: Workspace, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    anna = ws.users.create("Anna", "anna@example.com").id
    ben = ws.users.create("Ben", "ben@example.com").id
    panel = _panel(qtbot, ws)
    teams = panel.teams
    teams.new_name.setText("Poland")
    assert teams.create_team()
    teams.new_name.setText("poland")
    assert not teams.create_team()  # taken, whatever its case
    assert teams.message.text() == "There is a team of that name already."
    assert teams.selected_team() is not None and teams.selected_team().name == "Poland"
    for person in (anna, ben):
        teams.person.setCurrentIndex(teams.person.findData(str(person)))
        teams.add_member()
    assert teams.person.count() == 0  # everyone is in
    select_row(teams.members_table, 0)
    teams.weight.setValue(2)  # Anna is the senior
    select_row(teams.members_table, 1)
    teams.move_member(-1)
    qtmodeltester.check(teams.members)
    qtmodeltester.check(teams.teams)
    assert teams.save_button.isEnabled()
    assert teams.save_members()
    (saved,) = ws.distribution.teams()
    assert [(m.user_id, m.weight) for m in saved.members] == [(ben, 1), (anna, 2)]
    assert teams.teams.index(0, 1).data() == "2"
    assert not teams.save_button.isEnabled()


def test_working_time_limits_and_an_absence_are_saved_and_shown(
    qtbot, ws: Workspace, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    anna = ws.users.create("Anna", "anna@example.com").id
    panel = _panel(qtbot, ws)
    people = panel.people
    qtmodeltester.check(people.model)
    row = next(r for r in range(people.model.rowCount()) if people.model.record(r).user_id == anna)
    select_row(people.table, row)
    assert people.model.index(row, 1).data() == "Every day"
    assert [b.isChecked() for b in people.days] == [True] * 7
    for d in (4, 5, 6):  # Monday to Thursday
        people.days[d].setChecked(False)
    people.starts.setTime(QTime(8, 0))
    people.ends.setTime(QTime(16, 0))
    people.zone.setCurrentText("Europe/Warsaw")
    people.max_open.setValue(30)
    people.max_claims.setValue(5)
    assert people.max_new.text() == "No limit"
    assert people.dirty()
    assert people.save()
    got = ws.distribution.working_of(anna)
    assert got.days == frozenset({0, 1, 2, 3})
    assert (got.starts, got.ends, got.zone) == (dt.time(8), dt.time(16), "Europe/Warsaw")
    assert (got.max_open, got.max_new_per_day, got.max_claims_per_day) == (30, None, 5)
    row = people.table.selectionModel().selectedRows()[0].row()
    assert people.model.record(row).user_id == anna  # still the one chosen
    assert people.model.index(row, 1).data() == "Monday, Tuesday, Wednesday, Thursday"
    assert not people.dirty()

    people.zone.setCurrentText("Mars/Olympus")
    assert not people.save()
    assert people.message.text().startswith("Choose a time zone from the list")

    away = people.absences
    away.kind.setCurrentIndex(away.kind.findData(AbsenceKind.SICK.value))
    away.starts.setDate(QDate(2026, 3, 2))
    away.ends.setDate(QDate(2026, 3, 1))
    assert not away.add()
    assert away.message.text() == "An absence ends on or after the day it starts."
    away.ends.setDate(QDate(2026, 3, 4))
    away.note.setText("Flu")
    assert away.add()
    qtmodeltester.check(away.model)
    (saved,) = ws.distribution.absences(anna)
    assert (saved.kind, saved.starts, saved.ends, saved.note) == (
        AbsenceKind.SICK,
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 4),
        "Flu",
    )
    assert away.model.rowCount() == 1 and away.model.index(0, 0).data() == "Sick leave"
    select_row(away.table, 0)
    assert away.remove_selected()
    assert away.model.rowCount() == 0 and ws.distribution.absences(anna) == []


def test_a_partner_is_added_after_its_refusal_is_fixed(
    qtbot, ws: Workspace, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, ws)
    partners = panel.partners
    seen: list[str] = []

    def fill(dialog: PartnerDialog) -> None:
        assert dialog.hours.value() == 48
        dialog.name.setText("Vienna Brokers")
        dialog.kind.setCurrentIndex(dialog.kind.findData("broker"))
        dialog.territory.setText("Austria")
        dialog.email.setText("not an address")
        dialog.accept()
        seen.append(dialog.problem.text())  # refused: the dialog stays, nothing lost
        assert dialog.isVisible() and dialog.name.text() == "Vienna Brokers"
        dialog.email.setText("leads@vienna.example")
        dialog.accept()

    failed = _filled(qtbot, PartnerDialog, fill)
    sent = []
    panel.changed.connect(sent.append)
    partners.add_partner()
    assert not failed, failed
    assert seen == ["Not a valid email address."]
    (p,) = ws.distribution.partners()
    assert (p.name, p.kind, p.territory, p.email, p.response_hours) == (
        "Vienna Brokers",
        "broker",
        "Austria",
        "leads@vienna.example",
        48,
    )
    assert partners.model.rowCount() == 1 and partners.model.index(0, 1).data() == "Broker"
    assert sent and sent[0].reference
    qtmodeltester.check(partners.model)


def test_the_settings_tab_hears_of_a_team_made_on_another_tab(
    qtbot, ws: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(ws, open_workspace, qsettings, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    show_view(w, "settings-distribution")
    panel = w.settings_screen.distribution
    assert panel is not None and w.settings_screen.tabs.currentWidget() is panel
    panel.teams.new_name.setText("Poland")
    assert panel.teams.create_team()
    # the dispatcher hands the change back to every tab: the rules now offer the team
    qtbot.waitUntil(lambda: len(panel.rules.choices()[Target.TEAM]) == 1)
    w.close()


def test_the_panel_reads_right_to_left_in_arabic(qtbot, ws: Workspace, arabic) -> None:  # type: ignore[no-untyped-def]
    ws.users.create("Anna", "anna@example.com")
    panel = DistributionPanel(lambda: ws)  # built unshown, as the settings screen builds it
    qtbot.addWidget(panel)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the first person is chosen even before the tab is laid out (right to left,
    # QTableView.selectRow would choose nobody)
    assert panel.people.selected() is not None and panel.people.max_open.isEnabled()
    monday = QLocale().dayName(1, QLocale.FormatType.LongFormat)
    assert panel.people.days[0].text() == monday and monday != "Monday"


def test_an_absence_hands_the_reps_leads_over_and_says_when_none_need_it(
    qtbot, ws: Workspace, english
) -> None:  # type: ignore[no-untyped-def]
    tomasz = ws.users.create("Tomasz", "tomasz@example.com").id
    anna = ws.users.create("Anna", "anna@example.com").id
    today = dt.date.today()
    lead = ws.leads.create({"first_name": "Due", "owner_id": tomasz}).value.id
    due = dt.datetime.combine(today + dt.timedelta(days=2), dt.time(10), dt.UTC)
    ws.follow_ups.schedule(lead, due, "Call back")
    panel = _panel(qtbot, ws)
    people = panel.people
    row = next(r for r in range(people.model.rowCount())
               if people.model.record(r).user_id == tomasz)  # fmt: skip
    select_row(people.table, row)
    away = people.absences
    away.starts.setDate(QDate(today.year, today.month, today.day).addDays(1))
    away.ends.setDate(QDate(today.year, today.month, today.day).addDays(3))
    assert away.add()
    select_row(away.table, 0)
    assert away.hand_over_button.isEnabled()
    with qtbot.waitSignal(away.changed) as sent:
        assert away.hand_over_selected((anna, True)) == 1
    assert lead in sent.args[0].leads
    assert ws.leads.get(lead).owner_id == anna
    assert away.hand_over_selected((anna, True)) == 0  # handed already
    assert away.message.text() == "No open lead has a follow-up due during this absence."
