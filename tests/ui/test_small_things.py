"""The small things a team hits on day one: a logged call updates the header and can be
incoming, a reason is never ": details", a win worth nothing is asked twice, Ctrl+F."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.lead.log_dialog import LogActivityDialog
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.widgets.lead_dialogs import DealValueDialog, ReasonDialog


def test_an_incoming_call_logged_updates_the_header(qtbot, sqlite_ws: Workspace, english) -> None:  # type: ignore[no-untyped-def]
    lead = sqlite_ws.leads.create({"first_name": "Jan"}).value
    window = LeadWindow(sqlite_ws, lead.id)
    qtbot.addWidget(window)
    window.show()
    assert window.header.last_contact.text() == "Not contacted yet"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogActivityDialog)
        dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.INBOUND.value))
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.log(ActivityKind.CALL)
    assert window.header.last_contact.text().startswith("Last contact:")
    (call,) = sqlite_ws.activities.timeline(lead.id, kinds=[ActivityKind.CALL])
    assert call.direction is Direction.INBOUND


def test_a_reason_with_only_details_is_the_details(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    ask = ReasonDialog(Stage.DISQUALIFIED, 1)
    qtbot.addWidget(ask)
    assert not ask.ok_button.isEnabled()
    ask.details.setText("Wants a product we do not make")
    assert ask.ok_button.isEnabled() and ask.reason() == "Wants a product we do not make"
    ask.choice.setCurrentIndex(ask.choice.findData("No budget"))
    assert ask.reason() == "No budget: Wants a product we do not make"


def test_a_win_worth_nothing_is_asked_again(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    ask = DealValueDialog("Jan", None, "PLN")
    qtbot.addWidget(ask)
    ask.show()
    answers: list[QMessageBox.StandardButton] = [
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    ]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        box.button(answers.pop(0)).click()

    QTimer.singleShot(0, answer)
    ask.accept()  # "No": the dialog stays for the value to be typed
    assert ask.isVisible() and ask.result() == 0
    QTimer.singleShot(0, answer)
    ask.accept()  # "Yes": won without a value, as confirmed
    assert not ask.isVisible() and ask.result() == 1
    ask2 = DealValueDialog("Ola", None, "PLN")
    qtbot.addWidget(ask2)
    ask2.amount.setValue(1200)
    ask2.accept()  # a value: no second question
    assert ask2.result() == 1


def test_ctrl_f_goes_to_the_search_of_the_screen_in_front(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    find = w.actions_by_id["edit.find"]
    assert find.shortcut().toString() == "Ctrl+F"
    find.trigger()  # what Ctrl+F does (offscreen windows are not always the active one)
    assert w.focusWidget() is w.board.filter_bar.search
    w.show_screen("leads")
    find.trigger()
    assert w.focusWidget() is w.leads.filters.search
