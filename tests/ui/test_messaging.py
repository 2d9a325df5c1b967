"""The Templates and Outbox screens, sending from a lead and from the leads table to a
real SMTP server, WhatsApp confirmations and the email settings."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from leaddesk.config.settings import Settings
from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.mime import Mailbox
from leaddesk.domain.outbox import MessageStatus
from leaddesk.services.smtp import SmtpTransport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.timeline import ENTRY_ROLE
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.messaging.manual_dialog import ManualSendDialog
from leaddesk.ui.messaging.outbox_screen import OutboxScreen
from leaddesk.ui.messaging.send_dialog import SendDialog
from leaddesk.ui.messaging.templates_screen import TemplatesScreen
from leaddesk.ui.settings.screen import SettingsScreen
from tests.support.smtp_server import SmtpServer

SENDER = Mailbox("Maria Nowak", "maria@example.com")


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None], seen: list[str]) -> QTimer:
    """Do ``act`` to the next modal dialog of ``kind`` once it is up (a QTimer polls)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            seen.append(type(dialog).__name__)
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


@pytest.fixture
def team(sqlite_ws: Workspace):  # type: ignore[no-untyped-def]
    me = sqlite_ws.users.create("Maria Nowak", "maria@example.com")
    leads = [
        sqlite_ws.leads.create(
            {
                "first_name": n,
                "last_name": "Kowalska",
                "email": f"{n.lower()}@example.pl",
                "country": "PL",
                "phone": "+48601234567",
            },
            user_id=me.id,
        ).value
        for n in ("Zofia", "Anna", "Ewa")
    ]
    return me, leads


def screen(qtbot, ws: Workspace, qsettings: QSettings) -> TemplatesScreen:  # type: ignore[no-untyped-def]
    s = TemplatesScreen(ws, qsettings)
    qtbot.addWidget(s)
    s.resize(1300, 800)
    s.show()
    return s


def select(s: TemplatesScreen, origin: str) -> None:
    for row in range(s.model.rowCount()):
        if s.model.record(row).origin == origin:
            s.list.selectRow(row)
            return
    raise AssertionError(origin)


def test_templates_screen_checks_as_you_type_and_previews(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    s = screen(qtbot, sqlite_ws, qsettings)
    assert s.model.rowCount() == 36
    qtmodeltester.check(s.model)
    select(s, "thank_you/email/en")
    editor = s.editor
    assert editor.name.text() == "Thank-you note" and not editor.dirty
    assert "Hello Anna," in without_isolates(editor.preview.body.toPlainText())  # the sample lead
    editor.body.setPlainText("Hi {{ lead.first_name }},\nthanks from {{ user.nmae }}")
    qtbot.waitUntil(lambda: editor.problems.isVisible())
    item = editor.problems.item(0)
    assert item.text().startswith("Text, line 2, column 16: Unknown placeholder {{ user.nmae }}")
    editor.problems.itemClicked.emit(item)
    cursor = editor.body.textCursor()
    before = without_isolates(cursor.block().text()[: cursor.positionInBlock()])
    assert (cursor.blockNumber(), len(before)) == (1, 15)  # the marks shown are skipped
    assert not s.save()  # refused, nothing written
    assert "has problems" in s.message.text()
    editor.body.setPlainText("Hi {{ lead.first_name }},\nthanks from {{ user.name }}")
    qtbot.waitUntil(lambda: not editor.problems.isVisible())
    assert without_isolates(editor.preview.body.toPlainText()) == "Hi Anna,\nthanks from Maria"
    assert s.save_button.isEnabled() and editor.dirty
    assert s.save()
    saved = next(t for t in sqlite_ws.templates.list() if t.origin == "thank_you/email/en")
    assert saved.variants[0].body.endswith("{{ user.name }}") and saved.version == 2
    assert not editor.dirty and not s.save_button.isEnabled()


def test_preview_with_a_real_lead_and_its_product(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, english
) -> None:  # type: ignore[no-untyped-def]
    me, leads = team
    s = screen(qtbot, sqlite_ws, qsettings)
    s.set_user(me.id, me.name)
    select(s, "introduction/whatsapp/pl")
    found = s.editor.picker._search("Zofia")
    assert found and found[0][0] == leads[0].id
    s.editor.picker.picked.emit(leads[0].id)
    assert "Dzień dobry, tu Maria Nowak." in without_isolates(s.editor.preview.body.toPlainText())


def test_arabic_templates_preview_right_to_left_and_sms_counts_segments(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, english
) -> None:  # type: ignore[no-untyped-def]
    s = screen(qtbot, sqlite_ws, qsettings)
    select(s, "introduction/sms/ar")
    preview = s.editor.preview
    assert preview.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert (
        preview.body.document().defaultTextOption().textDirection()
        == Qt.LayoutDirection.RightToLeft
    )
    assert s.editor.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "2 SMS segments · Unicode (UCS-2)" in preview.length.text()
    select(s, "introduction/sms/pl")  # Polish SMS is written without diacritics: GSM-7
    assert "1 SMS segment · GSM-7" in preview.length.text()
    assert preview.body.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_new_template_with_two_variants_and_their_results(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, english
) -> None:  # type: ignore[no-untyped-def]
    me, leads = team
    s = screen(qtbot, sqlite_ws, qsettings)
    s.new_template(Channel.WHATSAPP)
    editor = s.editor
    editor.name.setText("Spring offer")
    editor.body.setPlainText("Hi {{ lead.first_name }}, spring prices!")
    editor.add_variant()
    assert editor.variants.count() == 2 and editor.variants.tabText(1) == "Variant B"
    editor.body.setPlainText("{{ lead.first_name }}, 10% off this spring")
    assert s.save()
    record = editor.record
    assert record is not None and [v.label for v in record.variants] == ["A", "B"]
    assert record.variant("B").body.startswith("{{ lead.first_name }}, 10%")

    queued = sqlite_ws.messaging.queue([lead.id for lead in leads], record.id, user_id=me.id)
    for row in sqlite_ws.outbox.messages(batch_id=queued.value.batch_id):
        sqlite_ws.outbox.confirm_manual(row.id, sent=True)
        sqlite_ws.activities.log(row.lead_id, ActivityKind.WHATSAPP, direction=Direction.INBOUND)
    s.tabs.setCurrentWidget(s.report)
    assert s.report.table.rowCount() == 2
    sent = sum(int(s.report.table.item(r, 2).text()) for r in range(2))
    assert s.report.table.item(1, 1).text() == "‹lead.first_name›, 10% off this spring"
    assert sent == 3
    assert s.report.replies.text().startswith("Reply rate:")
    assert "within their reply window" in s.report.note.text()


@pytest.fixture
def smtp_prefs(isolated_home: Path):  # type: ignore[no-untyped-def]
    with SmtpServer() as server:
        prefs = Settings(
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_security="none",
            sender_email=SENDER.address,
            sender_name=SENDER.name,
            user_email="maria@example.com",
        )
        prefs.save()
        yield server, prefs


@pytest.fixture
def window(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, smtp_prefs, english
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    _server, prefs = smtp_prefs
    w = MainWindow(sqlite_ws, lambda url: sqlite_ws, qsettings, prefs)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.messenger.stop_sending()
    w.messenger.sender.wait()


def test_an_email_from_the_lead_window_arrives_and_lands_on_its_timeline(
    qtbot, window: MainWindow, sqlite_ws: Workspace, team, smtp_prefs
) -> None:  # type: ignore[no-untyped-def]
    server, _prefs = smtp_prefs
    _me, leads = team
    window.open_lead(leads[0].id)
    lead_window = window._lead_windows[leads[0].id]
    seen: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, SendDialog)
        i = next(
            i for i, t in enumerate(dialog.templates) if t.origin == "meeting_request/email/pl"
        )
        dialog.template.setCurrentIndex(i)
        dialog.accept()

    keep = when_modal(SendDialog, choose, seen)
    action = next(
        a for a in lead_window.header.send_button.menu().actions() if a.objectName() == "send_email"
    )
    action.trigger()
    del keep
    assert seen == ["SendDialog"]
    qtbot.waitUntil(lambda: len(server.inbox.received) == 1, timeout=5000)
    msg = server.inbox.received[0].message
    assert msg["To"].addresses[0].addr_spec == "zofia@example.pl"
    assert msg["Subject"] == "Krótkie spotkanie w sprawie współpracy?"
    entries = sqlite_ws.activities.timeline(leads[0].id, kinds=[ActivityKind.EMAIL])
    assert len(entries) == 1 and entries[0].details["template"] == "Prośba o spotkanie"
    qtbot.waitUntil(lambda: "Last contact" in lead_window.header.last_contact.text())
    model = lead_window.timeline.model

    def kinds() -> list[ActivityKind]:
        if model.canFetchMore():
            model.fetchMore()
        return [model.index(r).data(ENTRY_ROLE).kind for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: ActivityKind.EMAIL in kinds())


def test_bulk_email_from_the_leads_table_goes_out_in_the_background(
    qtbot, window: MainWindow, sqlite_ws: Workspace, team, smtp_prefs
) -> None:  # type: ignore[no-untyped-def]
    server, _prefs = smtp_prefs
    window.show_screen("leads")
    qtbot.waitUntil(lambda: window.leads.model.total == 3)
    window.leads.table.selectAll()
    seen: list[str] = []
    keep = when_modal(SendDialog, lambda d: d.accept(), seen)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.messenger.sender.finished, timeout=10_000):
        window.leads.send_selected(Channel.EMAIL)
    del keep
    assert len(server.inbox.received) == 3
    window.show_screen("outbox")
    outbox = window.outbox
    qtbot.waitUntil(lambda: outbox.batches.rowCount() == 1)
    batch = outbox.batches.batch(0)
    assert batch.count(MessageStatus.SENT) == 3 and batch.total == 3
    progress = outbox.batches.index(0, 3).data(Qt.ItemDataRole.DisplayRole)
    assert progress == "3 of 3 sent"
    qtbot.waitUntil(lambda: outbox.messages.rowCount() == 3)
    assert outbox.messages.index(0, 2).data() == "Sent"


def test_a_wrong_password_is_explained_and_the_email_waits(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, english, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    _me, leads = team
    with SmtpServer(auth=True) as server:
        server.inbox.users["maria"] = "right"
        prefs = Settings(
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_security="none",
            smtp_user="maria",
            sender_email=SENDER.address,
            sender_name=SENDER.name,
        )
        w = MainWindow(sqlite_ws, lambda url: sqlite_ws, qsettings, prefs)
        qtbot.addWidget(w)
        w.messenger.remember_password("wrong")
        seen: list[str] = []
        keep = [
            when_modal(SendDialog, lambda d: d.accept(), seen),  # type: ignore[attr-defined]
            when_modal(QMessageBox, lambda box: box.reject(), seen),  # type: ignore[attr-defined]
        ]
        w.messenger.compose([leads[0].id], Channel.EMAIL, w)
        del keep
        assert seen == ["SendDialog", "QMessageBox"]
        box_text = w.findChild(QMessageBox, "sendFailed")
        assert box_text is None or "user name or password" in box_text.text()
        (row,) = sqlite_ws.outbox.messages()
        assert row.status is MessageStatus.QUEUED and server.inbox.received == []


def test_whatsapp_messages_open_in_the_app_and_are_logged_when_confirmed(
    qtbot, sqlite_ws: Workspace, team, english
) -> None:  # type: ignore[no-untyped-def]
    me, leads = team
    template = next(t for t in sqlite_ws.templates.list() if t.origin == "thank_you/whatsapp/pl")
    batch = sqlite_ws.messaging.queue([lead.id for lead in leads], template.id, user_id=me.id)
    opened: list[QUrl] = []
    changes: list[object] = []
    dialog = ManualSendDialog(
        sqlite_ws,
        batch_id=batch.value.batch_id,
        user_id=me.id,
        on_changes=changes.append,
        open_url=lambda url: opened.append(url) or True,
    )
    qtbot.addWidget(dialog)
    assert dialog.row is not None and dialog.open_button.text() == "Open WhatsApp"
    dialog.open_message()
    link = bytes(opened[0].toEncoded().data()).decode()
    assert link.startswith("https://wa.me/48601234567?text=Dzi%C4%99kuj%C4%99%20za%20")
    dialog.confirm(True)
    dialog.confirm(False)  # skipped: cancelled, not logged
    dialog.confirm(True)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.done_count == 2
    logged = [
        len(sqlite_ws.activities.timeline(lead.id, kinds=[ActivityKind.WHATSAPP])) for lead in leads
    ]
    assert logged == [1, 0, 1]
    counts = sqlite_ws.outbox.batch(batch.value.batch_id).counts
    assert counts == {MessageStatus.SENT: 2, MessageStatus.CANCELLED: 1}


def test_unconfirmed_email_is_resolved_from_the_outbox(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, team, smtp_prefs, english
) -> None:  # type: ignore[no-untyped-def]
    from tests.services.messaging_support import account
    from tests.services.test_outbox import Crash, crash_at

    server, prefs = smtp_prefs
    me, leads = team
    template = next(t for t in sqlite_ws.templates.list() if t.origin == "thank_you/email/en")
    sqlite_ws.messaging.queue([leads[0].id], template.id, user_id=me.id, sender=SENDER)
    transport = SmtpTransport(account(server.port))
    with pytest.raises(Crash):
        sqlite_ws.outbox.send_all(transport, observe=crash_at("accepted", 1))
    transport._drop()
    w = MainWindow(sqlite_ws, lambda url: sqlite_ws, qsettings, prefs)
    qtbot.addWidget(w)
    outbox: OutboxScreen = w.outbox
    w.show()
    w.show_screen("outbox")
    qtbot.waitUntil(lambda: outbox.messages.rowCount() == 1)
    assert outbox.batches.index(0, 6).data() == "1"  # not confirmed
    assert outbox.messages.index(0, 2).data() == "Not confirmed"
    outbox.message_view.selectRow(0)
    assert outbox.arrived_button.isEnabled() and "never sent again" in outbox.detail.text()
    outbox.arrived_button.click()
    qtbot.waitUntil(
        lambda: outbox.messages.rowCount() == 1 and outbox.messages.index(0, 2).data() == "Sent"
    )
    assert len(server.inbox.received) == 1
    assert len(sqlite_ws.activities.timeline(leads[0].id, kinds=[ActivityKind.EMAIL])) == 1


def test_email_settings_are_saved_and_the_connection_tested(qtbot, smtp_prefs, english) -> None:  # type: ignore[no-untyped-def]
    server, _ = smtp_prefs
    prefs = Settings()
    remembered: list[str | None] = []
    s = SettingsScreen(prefs, remembered.append)
    qtbot.addWidget(s)
    e = s.email
    e.host.setText("127.0.0.1")
    e.security.setCurrentIndex(e.security.findData("none"))
    e.port.setValue(server.port)
    e.sender_email.setText("not an address")
    assert not s.apply_button.isEnabled() and e.problem_label.isVisibleTo(s)
    e.sender_email.setText(SENDER.address)
    e.sender_name.setText(SENDER.name)
    e.user.setText("maria")
    e.password.setText("secret")
    assert s.apply_button.isEnabled()
    s.apply()
    saved = Settings.load()
    assert (saved.smtp_host, saved.smtp_port, saved.smtp_security) == (
        "127.0.0.1",
        server.port,
        "none",
    )
    assert saved.sender_email == SENDER.address and saved.smtp_user == "maria"
    assert remembered == ["secret"]  # no keyring in tests: kept for the session only
    assert "secret" not in Settings.path().read_text()
    e.user.setText("")  # this test server asks no password
    seen: list[str] = []
    keep = when_modal(QMessageBox, lambda box: box.accept(), seen)  # type: ignore[attr-defined]
    s.test_email()
    del keep
    assert seen == ["QMessageBox"]


def test_the_send_dialog_previews_the_first_lead_in_its_language(
    qtbot, sqlite_ws: Workspace, team, english
) -> None:  # type: ignore[no-untyped-def]
    me, leads = team
    dialog = SendDialog(
        sqlite_ws, [lead.id for lead in leads], Channel.EMAIL, me=me.id, email_ready=True
    )
    qtbot.addWidget(dialog)
    english_intro = next(
        i for i, t in enumerate(dialog.templates) if t.origin == "introduction/email/en"
    )
    dialog.template.setCurrentIndex(english_intro)
    assert dialog.windowTitle() == "Send an email to 3 leads"
    assert dialog.preview.subject.text() == "Nasza oferta dla Państwa zespołu"  # a Polish lead
    dialog.match_language.setChecked(False)
    assert dialog.preview.subject.text() == "Introducing our solution"
    unready = SendDialog(sqlite_ws, [leads[0].id], Channel.EMAIL, me=me.id, email_ready=False)
    qtbot.addWidget(unready)
    assert not unready.send_button.isEnabled() and "Settings" in unready.note.text()
    assert isinstance(uuid.uuid4(), uuid.UUID)


@pytest.mark.parametrize("language", ["pl", "ar", "en"])
def test_the_screen_opens_on_a_template_in_the_users_language(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, language: str, request
) -> None:
    request.getfixturevalue({"pl": "polish", "ar": "arabic", "en": "english"}[language])
    s = screen(qtbot, sqlite_ws, qsettings)
    assert s.model.record(0).language == "ar"  # Arabic sorts first in every language
    assert s.editor.record is not None and s.editor.record.language == language
