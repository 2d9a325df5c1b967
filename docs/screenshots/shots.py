"""What the screenshot scripts share: settling the event loop, writing a picture (or
failing loudly), and running a capture once per language."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from leaddesk.app import create_application
from leaddesk.ui import i18n

LANGUAGES = ("en", "ar")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(picture: QPixmap, path: Path) -> None:
    if not picture.save(str(path)):
        raise SystemExit(f"could not write {path}")


def main(capture: Callable[[str, Path, str], None]) -> None:
    """``script.py DATABASE_URL [FOLDER]``: ``capture(url, folder, language)`` per language."""
    target = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    app = create_application()
    for language in LANGUAGES:
        translators = i18n.install(app, language)
        try:
            capture(sys.argv[1], target, language)
        finally:
            for t in translators:
                app.removeTranslator(t)
        print(f"{target}/*-{language}.png")
