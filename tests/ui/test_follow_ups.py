"""The Follow-ups screen and the reminder that a follow-up fell due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from leaddesk.domain.agenda import Bucket
from leaddesk.services.workspace import Workspace
from leaddesk.ui.app_icon import app_icon
from leaddesk.ui.follow_ups.notifier import FollowUpNotifier
from leaddesk.ui.follow_ups.screen import FollowUpsScreen
from leaddesk.ui.widgets.lead_dialogs import CompleteFollowUpDialog

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def team(sqlite_ws: Workspace):  # type: ignore[no-untyped-def]
    ann = sqlite_ws.users.create("Ann", "ann@example.com")
    bob = sqlite_ws.users.create("Bob", "bob@example.com")
    jan = sqlite_ws.leads.create({"first_name": "Jan", "last_name": "Nowak", "owner_id": ann.id})
    now = dt.datetime.now(dt.UTC)
    f = sqlite_ws.follow_ups.schedule
    f(jan.value.id, now - 3 * HOUR, "Overdue call", assignee_id=ann.id)
    f(jan.value.id, now - 2 * HOUR, "Bob's overdue", assignee_id=bob.id)
    f(jan.value.id, now + 30 * 24 * HOUR, "Quarterly check", assignee_id=ann.id)
    return sqlite_ws, ann, bob, jan.value


@pytest.fixture
def screen(qtbot, team, qsettings, english) -> Iterator[FollowUpsScreen]:  # type: ignore[no-untyped-def]
    ws, ann, _bob, _jan = team
    s = FollowUpsScreen(ws, qsettings)
    qtbot.addWidget(s)
    s.set_user(ann.id)
    s.show()
    yield s


def titles(screen: FollowUpsScreen) -> list[str]:
    m = screen.model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def test_buckets_scope_and_opening_a_lead(screen: FollowUpsScreen, team, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ws, _ann, _bob, jan = team
    assert screen.tabs.tabText(0) == "Overdue (1)"
    assert screen.tabs.tabText(2) == "Upcoming (1)"
    assert titles(screen) == ["Overdue call"]
    assert screen.model.index(0, 2).data() == f"Jan Nowak · {jan.number}"
    assert screen.model.index(0, 0).data(0x9).name() == "#c0392b"  # ForegroundRole: overdue
    screen.scope.setCurrentIndex(screen.scope.findData("everyone"))
    assert titles(screen) == ["Overdue call", "Bob's overdue"]
    assert screen.tabs.tabText(0) == "Overdue (2)"
    assert screen.model.index(1, 4).data() == "Bob"
    screen.show_bucket(Bucket.UPCOMING)
    assert titles(screen) == ["Quarterly check"]
    with qtbot.waitSignal(screen.openLead) as opened:
        screen.table.activated.emit(screen.model.index(0, 1))
    assert opened.args == [jan.id]


def test_completing_from_the_screen(screen: FollowUpsScreen, team) -> None:  # type: ignore[no-untyped-def]
    ws, _ann, _bob, jan = team
    screen.table.selectRow(0)
    assert screen.done_button.isEnabled()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompleteFollowUpDialog)
        dialog.outcome.setPlainText("No answer, texted instead")
        dialog.accept()

    QTimer.singleShot(0, fill)
    screen.complete_current()
    assert titles(screen) == []
    assert screen.tabs.tabText(0) == "Overdue (0)"
    done = ws.activities.timeline(jan.id)[0]
    assert (done.subject, done.body) == ("Overdue call", "No answer, texted instead")


def test_calendar_export_of_the_scope(screen: FollowUpsScreen, tmp_path: Path) -> None:
    path = screen.export_calendar(str(tmp_path / "mine.ics"))
    assert path is not None
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    summaries = sorted(str(e["summary"]).split(" – ")[0] for e in cal.walk("VEVENT"))
    assert summaries == ["Overdue call", "Quarterly check"]  # Ann's only
    failed = screen.export_calendar(str(tmp_path / "missing" / "x.ics"))
    assert failed is None and screen.message.isVisible()
    assert "Cannot write" in screen.message.text()


class Tray(QSystemTrayIcon):
    def __init__(self) -> None:
        super().__init__(app_icon())
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, text: str, *args: object) -> None:  # type: ignore[override]
        self.messages.append((title, text))
        super().showMessage(title, text, *args)  # type: ignore[arg-type]


def test_a_follow_up_falling_due_raises_a_notification(team, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, ann, _bob, jan = team
    clock = [dt.datetime.now(dt.UTC)]
    tray = Tray()
    notifier = FollowUpNotifier(lambda: ws, lambda: ann.id, tray, clock=lambda: clock[0])
    with qtbot.waitSignal(notifier.summed_up) as summary:
        notifier.start()
    assert summary.args == [1]
    assert tray.messages == [("LeadDesk", "1 follow-up overdue.")]
    assert notifier.timer.isActive()

    ws.follow_ups.schedule(jan.id, clock[0] + dt.timedelta(seconds=10), "Send contract")
    ws.follow_ups.schedule(jan.id, clock[0] + 2 * HOUR, "Later")
    assert notifier.check() == []  # not due yet
    clock[0] += dt.timedelta(seconds=30)
    with qtbot.waitSignal(notifier.notified) as due:
        notifier.check()
    (item,) = due.args[0]
    assert item.follow_up.title == "Send contract"
    title, text = tray.messages[-1]
    assert title == "1 follow-up due"
    # the title and the name keep their own direction (an Arabic title, a Latin name)
    assert text.startswith("\u2068Send contract\u2069 – \u2068Jan Nowak\u2069, ")
    clock[0] += dt.timedelta(seconds=30)
    assert notifier.check() == []  # announced once
    assert len(tray.messages) == 2
    notifier.timer.stop()
