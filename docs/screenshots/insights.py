"""Screenshots of the Insights screen on the demo data, in English and Arabic.

    python docs/screenshots/insights.py sqlite:///demo.sqlite docs/screenshots

Offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb; writes insights-*.png (the window as
it opens) and insights-report-*.png (the whole report, every chart and the tables).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from leaddesk.app import create_application
from leaddesk.config.settings import Settings
from leaddesk.services.workspace import open_workspace
from leaddesk.ui import i18n
from leaddesk.ui.main_window import MainWindow


def _save(picture: QPixmap, path: Path) -> None:
    if not picture.save(str(path)):
        raise SystemExit(f"could not write {path}")


def capture(url: str, out: Path, lang: str) -> None:
    app = create_application()
    translators = i18n.install(app, lang)
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
        for _ in range(5):
            QApplication.processEvents()
        _save(w.grab(), out / f"insights-{lang}.png")
        content = w.insights.content
        content.resize(content.width(), content.sizeHint().height())
        for _ in range(5):
            QApplication.processEvents()
        _save(content.grab(), out / f"insights-report-{lang}.png")
        w.close()
    ws.close()
    for t in translators:
        app.removeTranslator(t)


if __name__ == "__main__":
    target = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ar"):
        capture(sys.argv[1], target, language)
        print(target / f"insights-{language}.png", target / f"insights-report-{language}.png")
