"""Each menu entry made in a loop acts on its own stage, user, channel, kind or
placeholder, not on the loop's last one."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

from leaddesk.domain.activities import LOGGABLE, ActivityKind, Channel
from leaddesk.domain.leads import Role
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.domain.templates import PLACEHOLDERS
from leaddesk.services.records import UserRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import LeadMenuContext, find_action, lead_menu
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.messaging.editor import TemplateEditor
from leaddesk.ui.messaging.templates_screen import TemplatesScreen


class Target:
    """A LeadActionTarget that notes what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, object]] = []

    def open_selected(self) -> None:
        self.asked.append(("open", None))

    def move_selected(self, stage: Stage) -> None:
        self.asked.append(("move", stage))

    def assign_selected(self, owner: uuid.UUID | None) -> None:
        self.asked.append(("assign", owner))

    def schedule_selected(self) -> None:
        self.asked.append(("schedule", None))

    def send_selected(self, channel: Channel) -> None:
        self.asked.append(("send", channel))

    def delete_selected(self) -> None:
        self.asked.append(("delete", None))


def test_the_lead_menu_moves_assigns_and_sends_to_the_entry_chosen(qapp, english) -> None:  # type: ignore[no-untyped-def]
    users = [
        UserRecord(uuid.uuid4(), name, f"{name.lower()}@example.com", Role.REP, True, 1)
        for name in ("Maria", "Jan")
    ]
    target = Target()
    parent = QWidget()
    menu = lead_menu(parent, target, LeadMenuContext(2, None, users))
    for stage in STAGE_ORDER:
        find_action(menu, f"move_{stage.value}").trigger()
    for user in users:
        action = find_action(menu, f"assign_{user.id}")
        assert action.text() == user.name
        action.trigger()
    for channel in (Channel.EMAIL, Channel.WHATSAPP, Channel.SMS):
        find_action(menu, f"send_{channel.value}").trigger()
    assert target.asked == (
        [("move", s) for s in STAGE_ORDER]
        + [("assign", u.id) for u in users]
        + [("send", c) for c in (Channel.EMAIL, Channel.WHATSAPP, Channel.SMS)]
    )


def _trigger_all(menu: QMenu) -> None:
    for action in menu.actions():
        if not action.isSeparator():
            action.trigger()


def test_the_lead_window_logs_the_kind_chosen(
    qtbot, sqlite_ws: Workspace, english, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    logged: list[ActivityKind] = []
    monkeypatch.setattr(LeadWindow, "log", lambda _self, kind: logged.append(kind))
    lead = sqlite_ws.leads.create({"first_name": "Zofia", "last_name": "Kowalska"}).value
    window = LeadWindow(sqlite_ws, lead.id)
    qtbot.addWidget(window)
    _trigger_all(window.header.log_button.menu())
    assert logged == [k for k in ActivityKind if k in LOGGABLE]


def test_templates_new_and_insert_placeholder_use_the_entry_chosen(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, english, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    made: list[Channel] = []
    inserted: list[str] = []
    monkeypatch.setattr(TemplatesScreen, "new_template", lambda _self, c: made.append(c))
    monkeypatch.setattr(TemplateEditor, "insert", lambda _self, text: inserted.append(text))
    screen = TemplatesScreen(sqlite_ws, qsettings)
    qtbot.addWidget(screen)
    _trigger_all(screen.new_button.menu())
    _trigger_all(screen.editor.insert_button.menu())
    assert made == list(Channel)
    assert inserted == [f"{{{{ {p} }}}}" for p in PLACEHOLDERS]
