"""Settings ▸ Sources and Settings ▸ Custom fields: the owner's lists, edited in place,
refusals shown as sentences, and the rest of the window told."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.config.settings import Settings
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings.custom_fields import FieldDialog
from leaddesk.ui.settings.sources import RETIRED


def _window(qtbot, ws: Workspace, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ws, open_workspace, qsettings, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_screen("settings")
    return w


def _plain(text: str) -> str:
    """Without the isolation marks around names (they keep Arabic text in order)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _names(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_sources_are_added_renamed_reordered_and_retired(
    qtbot, sqlite_ws: Workspace, qsettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    sqlite_ws.leads.create({"first_name": "Ewa", "source": "referral"})
    w = _window(qtbot, sqlite_ws, qsettings)
    panel = w.settings_screen.sources
    assert panel is not None
    w.settings_screen.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10)
    qtmodeltester.check(panel.model)
    referral = _names(panel.model).index("Referral")
    assert panel.model.index(referral, 1).data() == "LeadDesk's"
    assert panel.model.index(referral, 2).data() == "1"
    panel.table.selectRow(referral)
    assert not panel.rename_button.isEnabled()  # named by the app in each language

    with qtbot.waitSignal(panel.changed) as sent:
        panel.add_source("Trade fair")
    assert sent.args[0].reference
    assert _names(panel.model)[-1] == "Trade fair"
    assert panel.selected() is not None and panel.selected().key == "trade_fair"
    assert panel.model.index(10, 1).data() == "The team's"
    panel.rename_selected("Trade fair 2027")
    panel.move_selected(-1)
    assert _names(panel.model)[-2] == "Trade fair 2027"
    assert [k for k, _n in sqlite_ws.leads.form_choices().sources][-2] == "trade_fair"
    assert panel.down_button.isEnabled()  # not the last row any more
    panel.toggle_selected()
    row = _names(panel.model).index("Trade fair 2027")
    assert panel.model.index(row, 3).data() == "Retired"
    assert panel.model.index(row, 0).data(9) == RETIRED  # greyed (ForegroundRole)
    assert panel.retire_button.text() == "Restore"
    assert "trade_fair" not in [k for k, _n in sqlite_ws.leads.form_choices().sources]
    # the board's and the form's lists follow at once
    assert "trade_fair" not in [k for k, _n in w.board._choices.sources]

    panel.add_source("referral")
    assert panel.message.isVisible()
    assert _plain(panel.message.text()) == "There is a source named Referral already."
    panel.add_source("Trade Fair")  # the retired one comes back, not a second one
    assert [k for k, _n in sqlite_ws.leads.form_choices().sources].count("trade_fair") == 1
    assert panel.model.rowCount() == 11
    assert not panel.message.isVisible()
    w.close()


def test_custom_fields_are_added_edited_and_refused_with_a_sentence(
    qtbot, sqlite_ws: Workspace, qsettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, sqlite_ws, qsettings)
    panel = w.settings_screen.fields
    assert panel is not None
    w.settings_screen.tabs.setCurrentWidget(panel)
    qtmodeltester.check(panel.model)

    def fill(name: str, kind: FieldKind, choices: str = "") -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FieldDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FieldDialog)
        dialog.name.setText(name)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
        assert dialog.choices.isVisibleTo(dialog) == (kind is FieldKind.CHOICE)
        dialog.choices.setPlainText(choices)
        dialog.accept()
        if dialog.isVisible():
            seen.append(dialog.problem.text())
            dialog.reject()

    seen: list[str] = []
    QTimer.singleShot(0, lambda: fill("Budget band", FieldKind.CHOICE, "Small\nLarge\n\n"))
    with qtbot.waitSignal(panel.changed):
        panel.add_field()
    assert panel.model.rowCount() == 1
    assert [panel.model.index(0, c).data() for c in range(4)] == [
        "Budget band",
        "Choice",
        "Small, Large",
        "In use",
    ]
    QTimer.singleShot(0, lambda: fill("Gift", FieldKind.CHOICE))
    panel.add_field()
    assert seen == ["Choices: A choice field needs at least one choice."]

    lead = sqlite_ws.leads.create({"first_name": "Ewa"}).value
    sqlite_ws.leads.update(
        lead.id, {"custom_fields": {"budget_band": "Large"}}, expected_version=lead.version
    )
    panel.table.selectRow(0)
    QTimer.singleShot(0, lambda: fill("Budget band", FieldKind.NUMBER))
    panel.edit_selected()
    assert _plain(seen[-1]) == (
        'Lead L-000001 holds "Large" in Budget band, which a field of this kind cannot '
        "hold; change that lead first."
    )
    assert panel.model.index(0, 1).data() == "Choice"  # nothing was changed
    QTimer.singleShot(0, lambda: fill("Budget", FieldKind.CHOICE, "Small\nLarge\nHuge"))
    panel.edit_selected()
    assert panel.model.index(0, 0).data() == "Budget"
    assert panel.model.index(0, 2).data() == "Small, Large, Huge"
    panel.toggle_selected()
    assert panel.model.index(0, 3).data() == "Retired"
    assert sqlite_ws.custom_fields.all() == []
    panel.toggle_selected()
    assert [f.name for f in sqlite_ws.custom_fields.all()] == ["Budget"]
    w.close()


def test_insights_lists_the_owners_sources_and_follows_changes(
    qtbot, sqlite_ws: Workspace, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, sqlite_ws, qsettings)
    panel = w.settings_screen.sources
    assert panel is not None
    panel.add_source("Trade fair")
    w.show_screen("insights")
    combo = w.insights.filters.source
    qtbot.waitUntil(lambda: combo.findData("trade_fair") > 0)
    assert combo.itemText(combo.findData("trade_fair")) == "Trade fair"
    w.show_screen("settings")
    panel.add_source("Billboard")
    w.show_screen("insights")
    qtbot.waitUntil(lambda: combo.findData("billboard") > 0)
    qtbot.waitUntil(w.insights.data_shown)
    w.close()


def test_a_sources_targets_are_set_and_shown(
    qtbot, sqlite_ws: Workspace, qsettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, sqlite_ws, qsettings)
    panel = w.settings_screen.sources
    assert panel is not None
    w.settings_screen.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10)
    row = _names(panel.model).index("Web form")
    panel.table.selectRow(row)
    assert panel.targets_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        panel.edit_targets_of_selected((90, 4))
    qtmodeltester.check(panel.model)
    assert panel.model.index(row, 4).data() == "1 h 30 min"
    assert panel.model.index(row, 5).data() == "4 h"
    record = next(s for s in sqlite_ws.sources.all() if s.key == "web_form")
    assert (record.response_minutes, record.claim_hours) == (90, 4)
    panel.edit_targets_of_selected((None, None))
    assert panel.model.index(row, 4).data() == "" and panel.model.index(row, 5).data() == ""
    panel.edit_targets_of_selected((0, 10_000))  # beyond two weeks: refused, said
    assert panel.message.isVisible() and "A claim lasts 1 to 336 hours" in panel.message.text()
    w.close()
