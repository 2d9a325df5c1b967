"""The first start on a database nobody uses yet: who you are, in which language you
work, the currency of your deals and the country your numbers are dialled in. You
become the database's owner."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.config.settings import Settings
from leaddesk.domain.leads import Role
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.records import Changes, UserRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.i18n import LANGUAGES
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import language_label
from leaddesk.ui.names.regions import region_choices
from leaddesk.ui.widgets.banner import error_banner


def suggested_region_and_currency(prefs: Settings, system: QLocale) -> tuple[str, str]:
    """What the first start proposes: the saved choices, or where the computer is set
    up to be (a Polish system suggests PL and PLN) while they are still the defaults."""
    defaults = Settings()
    region, currency = prefs.default_country, prefs.currency
    if system.territory() == QLocale.Country.AnyTerritory:
        return region, currency
    if region == defaults.default_country:
        code = QLocale.territoryToCode(system.territory())
        region = code if code in phonenumbers.SUPPORTED_REGIONS else region
    if currency == defaults.currency:
        iso = system.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        currency = iso if len(iso) == 3 else currency
    return region, currency


class WelcomeDialog(QDialog):
    def __init__(self, workspace: Workspace, prefs: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to LeadDesk"))
        self.setMinimumWidth(460)
        self.ws, self.prefs = workspace, prefs
        self.user: UserRecord | None = None
        self.changes = Changes()
        intro = QLabel(
            self.tr(
                "Nobody works in this database yet. Say who you are: you become its owner, "
                "and can add the rest of the team in Settings ▸ People."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("welcomeName")
        self.email = QLineEdit(prefs.sender_email)
        self.email.setObjectName("welcomeEmail")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        current = prefs.language or QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        region, currency = suggested_region_and_currency(prefs, QLocale.system())
        self.currency = QLineEdit(currency)
        self.currency.setObjectName("welcomeCurrency")
        self.currency.setMaxLength(3)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{3}"))
        self.country = QComboBox()
        self.country.setObjectName("welcomeCountry")
        for name, code in region_choices():
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(region)))
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your email"), self.email)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Currency of your deals"), self.currency)
        form.addRow(self.tr("Country of phone numbers without a code"), self.country)
        self.problem = error_banner("welcomeProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)

    def accept(self) -> None:
        """The owner is created and the choices kept; refused, the dialog stays."""
        if len(self.currency.text()) != 3:
            self.problem.setText(self.tr("Use a three-letter currency code, such as USD."))
            self.problem.show()
            return
        try:
            result = self.ws.users.add(self.name.text(), self.email.text(), Role.OWNER)
        except ValidationError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        except LeadDeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.user, self.changes = result.value, result.changes
        p = self.prefs
        p.user_email = result.value.email
        p.language = str(self.language.currentData())
        p.currency = self.currency.text().upper()
        p.default_country = str(self.country.currentData())
        p.save()
        super().accept()
