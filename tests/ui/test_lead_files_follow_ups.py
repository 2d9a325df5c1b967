"""The lead window's attachments and follow-ups."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from leaddesk.domain.activities import ActivityKind
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.timeline import ENTRY_ROLE
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.widgets.lead_dialogs import CompleteFollowUpDialog


@pytest.fixture
def lead(qtbot, sqlite_ws: Workspace, english) -> Iterator[LeadWindow]:  # type: ignore[no-untyped-def]
    record = sqlite_ws.leads.create({"first_name": "Hana", "last_name": "Kowalczyk"}).value
    window = LeadWindow(sqlite_ws, record.id, limit_bytes=4096)
    window.show()
    yield window
    window.close()
    window.deleteLater()


class Viewer(QObject):
    """Stands in for the system's file viewer: Qt hands it every file:// URL."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def test_a_file_over_the_limit_is_refused_and_the_others_kept(
    lead: LeadWindow, tmp_path: Path
) -> None:
    big, small = tmp_path / "scan.tiff", tmp_path / "umowa – Łódź.txt"
    big.write_bytes(b"\1" * 5000)
    small.write_bytes("zażółć gęślą jaźń".encode())
    assert not lead.attach([big, small])
    assert lead.message.isVisible()
    text = lead.message.text()
    assert "scan.tiff" in text and "refused" in text and "Settings" in text
    sizes = QLocale().formattedDataSize(5000), QLocale().formattedDataSize(4096)
    assert all(size in text for size in sizes), text
    assert [a.name for a in lead.ws.attachments.list(lead.lead_id)] == ["umowa – Łódź.txt"]

    lead.timeline.kinds.setCurrentIndex(lead.timeline.kinds.findText("File"))
    model = lead.timeline.model
    model.fetchMore()
    assert model.rowCount() == 1
    entry = model.index(0).data(ENTRY_ROLE)
    assert entry.kind is ActivityKind.ATTACHMENT
    assert model.index(0).data().startswith("File · umowa – Łódź.txt · ")

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        lead.timeline.view.activated.emit(model.index(0))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    (url,) = viewer.opened
    opened = Path(url.toLocalFile())
    assert opened.name == "umowa – Łódź.txt"
    assert hashlib.sha256(opened.read_bytes()).hexdigest() == entry.details["sha256"]


def test_completing_a_follow_up_logs_it_and_plans_the_next(lead: LeadWindow) -> None:
    assert lead.header.next_follow_up.text() == "No follow-up planned"
    assert not lead.header.complete_button.isVisible()
    due = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    lead.ws.follow_ups.schedule(lead.lead_id, due, "Send the price list")
    lead._show_follow_up()
    assert "Send the price list" in lead.header.next_follow_up.text()
    assert "(overdue)" in lead.header.next_follow_up.text()
    assert lead.header.complete_button.isVisible()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompleteFollowUpDialog)
        assert not dialog.when.isEnabled()
        dialog.outcome.setPlainText("Sent; they want a call on Friday")
        dialog.again.setChecked(True)
        dialog.findChild(QObject, "whenNextWeek").click()
        dialog.next_title.setText("Friday call")
        dialog.accept()

    QTimer.singleShot(0, fill)
    lead.complete_follow_up()
    assert "Friday call" in lead.header.next_follow_up.text()
    assert "(overdue)" not in lead.header.next_follow_up.text()
    (nxt,) = lead.ws.follow_ups.due(lead_id=lead.lead_id)
    local = nxt.due_at.astimezone()
    assert (local.hour, local.minute) == (9, 0)
    assert local.date() == (dt.datetime.now().astimezone() + dt.timedelta(days=7)).date()
    model = lead.timeline.model
    model.fetchMore()
    lines = [model.index(r).data() for r in range(model.rowCount())]
    assert any(
        "Follow-up done" in x and "Sent; they want" not in x and "Send the price list" in x
        for x in lines
    )
    assert any("Follow-up planned for" in x and "Friday call" in x for x in lines)
