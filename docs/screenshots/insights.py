"""Screenshots of the Insights screen on the demo data, in English and Arabic.

    python docs/screenshots/insights.py sqlite:///demo.sqlite docs/screenshots

Offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; writes insights-*.png (the window as
it opens) and insights-report-*.png (the whole report, every chart and the tables).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from shots import main, save, settle  # before leaddesk: it puts the checkout on the path

from leaddesk.config.settings import Settings
from leaddesk.services.workspace import open_workspace
from leaddesk.ui.main_window import MainWindow


def capture(url: str, out: Path, lang: str) -> None:
    ws = open_workspace(url)
    with tempfile.TemporaryDirectory() as tmp:
        qsettings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        w = MainWindow(ws, lambda u: ws, qsettings, Settings())
        w.resize(1366, 860)
        w.show()
        shown: list[object] = []
        w.insights.refreshed.connect(shown.append)
        w.show_screen("insights")
        while not shown:
            QApplication.processEvents()
        settle()
        save(w.grab(), out / f"insights-{lang}.png")
        content = w.insights.content
        content.resize(content.width(), content.sizeHint().height())
        settle()
        save(content.grab(), out / f"insights-report-{lang}.png")
        w.close()
    ws.close()


if __name__ == "__main__":
    main(capture)
