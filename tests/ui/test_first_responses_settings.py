"""Settings ▸ First responses: the owner picks a template for a source, and the next
lead from it finds its answer in the outbox."""

from __future__ import annotations

from leaddesk.config.settings import Settings
from leaddesk.domain.activities import Channel
from leaddesk.services.workspace import Workspace
from leaddesk.ui.settings.first_responses import RuleDialog
from leaddesk.ui.settings.screen import SettingsScreen


def test_a_rule_added_in_settings_answers_the_next_lead(
    qtbot, qtmodeltester, sqlite_ws: Workspace, english
) -> None:  # type: ignore[no-untyped-def]
    prefs = Settings(sender_name="Maria Nowak", sender_email="maria@example.com")
    screen = SettingsScreen(prefs, workspace=lambda: sqlite_ws)
    qtbot.addWidget(screen)
    panel = screen.first_responses
    assert panel is not None and panel.model.rowCount() == 0
    ask: RuleDialog = panel.dialog(None)
    ask.source.setCurrentIndex(ask.source.findData("source:web_form"))
    email_templates = [
        i for i in range(ask.template.count()) if ask.template.itemData(i)[1] is Channel.EMAIL
    ]
    ask.template.setCurrentIndex(email_templates[0])
    assert ask.sender_address.text() == "maria@example.com"  # this person's mailbox
    ask.sender_address.clear()
    ask.accept()
    assert ask.problem.isVisibleTo(ask) and "address" in ask.problem.text()  # stays, says why
    ask.sender_address.setText("sales@example.com")
    ask.delay.setValue(15)
    ask.accept()
    assert ask.result() == ask.DialogCode.Accepted
    panel.reload()
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)
    row = [panel.model.index(0, c).data() for c in range(5)]
    assert (
        row[0] == "Web form"
        and row[3] == "15 min"
        and row[4].strip("\u2066\u2069") == ("sales@example.com")
    )
    sqlite_ws.leads.create({"first_name": "Tom", "email": "tom@example.com", "source": "web_form"})
    (queued,) = sqlite_ws.outbox.messages(limit=5)
    assert queued.recipient == "tom@example.com" and queued.not_before is not None
