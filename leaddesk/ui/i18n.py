"""Loading translations and turning the layout right-to-left where needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from leaddesk.paths import resource

LANGUAGES = ("en", "ar", "pl")
RTL = {"ar"}


def translations_dir() -> Path:
    return resource("translations")


def pick_language(requested: str | None) -> str:
    if requested:
        code = requested.split("_")[0].lower()
        if code in LANGUAGES:
            return code
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def unknown(requested: str | None) -> bool:
    """A language asked for by name that LeadDesk has no translation of."""
    if not requested:
        return False
    return requested.split("_")[0].lower() not in LANGUAGES


def current_language() -> str:
    """The language the interface was started in."""
    return QLocale().name().split("_")[0]


#: the Arabic locale that writes Western digits (0-9) with the same month names and words
WESTERN_ARABIC = "ar_AE"


def locale_for(language: str, western_digits: bool = False) -> QLocale:
    """The locale numbers and dates are written in: the language's own, or for Arabic with
    Western digits, an Arabic locale that writes them (Arabic words, 1,234.50)."""
    if language == "ar" and western_digits:
        return QLocale(WESTERN_ARABIC)
    return QLocale(language)


def install(app: QApplication, language: str, western_digits: bool = False) -> list[QTranslator]:
    """Install LeadDesk's and Qt's own translations; keep the returned objects alive."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)  # English too: it carries the plural forms
    if ours.load(str(translations_dir() / f"leaddesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(locale_for(language, western_digits))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL else Qt.LayoutDirection.LeftToRight
    )
    return installed
