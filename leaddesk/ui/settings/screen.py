"""The Settings screen: the preferences kept in the user's settings file."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.config.settings import Settings

# MariaDB's default max_allowed_packet is 16 MB, and a file travels in one packet
MAX_LIMIT_MB = 100


def _region_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


class SettingsScreen(QWidget):
    applied = Signal(set)  # names of the settings that changed

    def __init__(self, prefs: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self.prefs = prefs
        head = QLabel(self.tr("Settings"))
        head.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.limit = QSpinBox()
        self.limit.setObjectName("attachmentLimit")
        self.limit.setRange(1, MAX_LIMIT_MB)
        self.limit.setSuffix(self.tr(" MB"))
        self.limit.setToolTip(
            self.tr("Larger files are refused when attached to a lead, with a message saying so.")
        )
        self.country = QComboBox()
        self.country.setObjectName("defaultCountry")
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=lambda c: _region_name(c).casefold())
        for code in regions:
            self.country.addItem(_region_name(code), code)
        self.currency = QLineEdit()
        self.currency.setObjectName("defaultCurrency")
        self.currency.setMaxLength(3)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{3}"))
        form = QFormLayout()
        form.addRow(self.tr("Largest attachment"), self.limit)
        form.addRow(self.tr("Country for phone numbers without a code"), self.country)
        form.addRow(self.tr("Currency of new leads"), self.currency)
        self.note = QLabel(
            self.tr(
                "The country and currency apply to the team's database as soon as you apply "
                "them; the attachment limit applies to files added from now on."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Reset
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.reset_button = self.buttons.button(QDialogButtonBox.StandardButton.Reset)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.load)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        lay.addStretch(1)
        for signal in (
            self.limit.valueChanged,
            self.country.currentIndexChanged,
            self.currency.textChanged,
        ):
            signal.connect(self._update)
        self.load()

    def load(self) -> None:
        self.limit.setValue(max(1, min(MAX_LIMIT_MB, self.prefs.attachment_limit_mb)))
        self.country.setCurrentIndex(max(0, self.country.findData(self.prefs.default_country)))
        self.currency.setText(self.prefs.currency)
        self._update()

    def _values(self) -> dict[str, object]:
        return {
            "attachment_limit_mb": self.limit.value(),
            "default_country": self.country.currentData(),
            "currency": self.currency.text().upper(),
        }

    def _update(self) -> None:
        changed = any(getattr(self.prefs, k) != v for k, v in self._values().items())
        self.apply_button.setEnabled(changed and len(self.currency.text()) == 3)
        self.reset_button.setEnabled(changed)

    def apply(self) -> None:
        changed = {k for k, v in self._values().items() if getattr(self.prefs, k) != v}
        for name in changed:
            setattr(self.prefs, name, self._values()[name])
        self.prefs.save()
        self._update()
        if changed:
            self.applied.emit(changed)
