"""Screenshots of the messaging screens on the demo data, in English and Arabic.

    python docs/screenshots/messaging.py sqlite:///demo.sqlite docs/screenshots

Offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; writes templates-*.png,
template-results-*.png, outbox-*.png and send-dialog-*.png.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from shots import main, save, settle  # before leaddesk: it puts the checkout on the path

from leaddesk.config.settings import Settings
from leaddesk.domain.activities import Channel
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.workspace import open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.messaging.send_dialog import SendDialog


def capture(url: str, out: Path, lang: str) -> None:
    ws = open_workspace(url)
    with tempfile.TemporaryDirectory() as tmp:
        qsettings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        me = "omar.khalil@leaddesk.example" if lang == "ar" else "sophie.turner@leaddesk.example"
        prefs = Settings(user_email=me)
        w = MainWindow(ws, lambda u: ws, qsettings, prefs)
        w.resize(1366, 800)
        w.show()
        w.show_screen("templates")
        screen = w.templates
        origin = "introduction/email/ar" if lang == "ar" else "introduction/email/en"
        row = next(
            r for r in range(screen.model.rowCount()) if screen.model.record(r).origin == origin
        )
        screen.list.selectRow(row)
        leads = ws.table.ids(TableQuery())
        first = next(
            r
            for rows in ws.table.rows(leads[:200])
            for r in rows
            if r.email and (r.country in ("SA", "AE", "EG")) == (lang == "ar")
        )
        screen.editor.picker.picked.emit(first.id)
        settle()
        save(w.grab(), out / f"templates-{lang}.png")
        screen.tabs.setCurrentWidget(screen.report)
        settle()
        save(w.grab(), out / f"template-results-{lang}.png")
        w.show_screen("outbox")
        settle()
        w.outbox.message_view.selectRow(5)
        settle()
        save(w.grab(), out / f"outbox-{lang}.png")
        dialog = SendDialog(
            ws, leads[:40], Channel.EMAIL, me=w.board.me, email_ready=True, parent=w
        )
        dialog.show()
        settle()
        save(dialog.grab(), out / f"send-dialog-{lang}.png")
        dialog.close()
        w.close()
    ws.close()


if __name__ == "__main__":
    main(capture)
