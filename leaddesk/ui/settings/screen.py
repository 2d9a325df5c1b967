"""The Settings screen: the preferences kept in the user's settings file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.config.secrets import smtp_password, store_smtp_password
from leaddesk.config.settings import Settings
from leaddesk.domain.mime import Mailbox
from leaddesk.services.records import Changes
from leaddesk.services.smtp import SendFailed, SmtpAccount, SmtpTransport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.i18n import LANGUAGES, pick_language
from leaddesk.ui.names.messages import failure_text, language_label
from leaddesk.ui.names.regions import region_choices
from leaddesk.ui.settings.conversion_model import ConversionModelPanel
from leaddesk.ui.settings.custom_fields import CustomFieldsPanel
from leaddesk.ui.settings.distribution import DistributionPanel
from leaddesk.ui.settings.email import EmailSettings
from leaddesk.ui.settings.first_responses import FirstResponsesPanel
from leaddesk.ui.settings.people import PeoplePanel
from leaddesk.ui.settings.scoring import ScoringPanel
from leaddesk.ui.settings.sources import SourcesPanel
from leaddesk.ui.settings.web_forms import WebFormsPanel
from leaddesk.ui.worker import Progress, run_with_progress

# MariaDB's default max_allowed_packet is 16 MB, and a file travels in one packet
MAX_LIMIT_MB = 100


class SettingsScreen(QWidget):
    applied = Signal(set)  # names of the settings that changed
    changed = Signal(object)  # Changes written here (people)
    dataShown = Signal()  # the Scoring tab's counts are shown (for a screenshot)

    def __init__(
        self,
        prefs: Settings,
        remember_password: Callable[[str | None], None] = lambda _p: None,
        workspace: Callable[[], Workspace] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self.prefs = prefs
        self._remember_password = remember_password
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
        for name, code in region_choices():
            self.country.addItem(name, code)
        self.currency = QLineEdit()
        self.currency.setObjectName("defaultCurrency")
        self.currency.setMaxLength(3)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{3}"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The system's"), None)
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.western_digits = QCheckBox(self.tr("Western digits (0–9) in Arabic"))
        self.western_digits.setObjectName("westernDigits")
        self.western_digits.setToolTip(
            self.tr(
                "Numbers, amounts and dates in Arabic are written 0–9 instead of ٠–٩ "
                "(from the next start)."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Language (from the next start)"), self.language)
        form.addRow("", self.western_digits)
        form.addRow(self.tr("Largest attachment"), self.limit)
        form.addRow(self.tr("Country for phone numbers without a code"), self.country)
        form.addRow(self.tr("Currency of new leads"), self.currency)
        self.email = EmailSettings()
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
        general = QWidget()
        glay = QVBoxLayout(general)
        glay.addLayout(form)
        glay.addWidget(self.email)
        glay.addWidget(self.note)
        glay.addWidget(self.buttons)
        glay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(general)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(scroll, self.tr("Preferences"))
        self.people: PeoplePanel | None = None
        self.first_responses: FirstResponsesPanel | None = None
        self.web_forms: WebFormsPanel | None = None
        self.sources: SourcesPanel | None = None
        self.fields: CustomFieldsPanel | None = None
        self.scoring: ScoringPanel | None = None
        self.model: ConversionModelPanel | None = None
        self.distribution: DistributionPanel | None = None
        if workspace is not None:
            self.people = PeoplePanel(workspace)
            self.people.changed.connect(self.changed)
            self.tabs.addTab(self.people, self.tr("People"))
            self.sources = SourcesPanel(workspace)
            self.sources.changed.connect(self.changed)
            self.tabs.addTab(self.sources, self.tr("Sources"))
            self.fields = CustomFieldsPanel(workspace)
            self.fields.changed.connect(self.changed)
            self.tabs.addTab(self.fields, self.tr("Custom fields"))
            self.scoring = ScoringPanel(workspace)
            self.scoring.changed.connect(self.changed)
            self.scoring.previewed.connect(lambda _p: self.dataShown.emit())
            self.tabs.addTab(self.scoring, self.tr("Scoring"))
            self.model = ConversionModelPanel(workspace)
            self.model.changed.connect(self.changed)
            self.model.reported.connect(self.dataShown)
            self.tabs.addTab(self.model, self.tr("Conversion model"))
            self.distribution = DistributionPanel(workspace)
            self.distribution.changed.connect(self.changed)
            self.tabs.addTab(self.distribution, self.tr("Distribution"))
            self.web_forms = WebFormsPanel(workspace, prefs)
            self.tabs.addTab(self.web_forms, self.tr("Web forms"))
            self.first_responses = FirstResponsesPanel(workspace, self._mailbox)
            self.first_responses.changed.connect(self.changed)
            self.tabs.addTab(self.first_responses, self.tr("First responses"))
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.tabs, 1)
        for signal in (
            self.language.currentIndexChanged,
            self.western_digits.toggled,
            self.limit.valueChanged,
            self.country.currentIndexChanged,
            self.currency.textChanged,
            *self.email.signals(),
        ):
            signal.connect(self._update)
        self.email.test_button.clicked.connect(self.test_email)
        self.load()

    def load(self) -> None:
        self.limit.setValue(max(1, min(MAX_LIMIT_MB, self.prefs.attachment_limit_mb)))
        self.country.setCurrentIndex(max(0, self.country.findData(self.prefs.default_country)))
        self.currency.setText(self.prefs.currency)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        self.western_digits.setChecked(self.prefs.western_digits)
        self.email.load(self.prefs)
        self._update()

    def _values(self) -> dict[str, object]:
        return {
            "attachment_limit_mb": self.limit.value(),
            "default_country": self.country.currentData(),
            "currency": self.currency.text().upper(),
            "language": self.language.currentData(),
            "western_digits": self.western_digits.isChecked(),
            **self.email.values(),
        }

    def note_changes(self, changes: Changes) -> None:
        """People added or renamed elsewhere (the command line, another user)."""
        if changes.users and self.people is not None:
            self.people.reload()
        if (changes.reference or changes.users) and self.distribution is not None:
            self.distribution.note_changes(changes)
        if (changes.reference or changes.templates) and self.first_responses is not None:
            self.first_responses.reload()
        if changes.reference:
            self._reload_lists()
            if self.scoring is not None:
                self.scoring.note_changes(changes)
            if self.model is not None:
                self.model.note_changes(changes)

    def set_workspace(self) -> None:
        if self.people is not None:
            self.people.reload()
        if self.first_responses is not None:
            self.first_responses.reload()
        if self.web_forms is not None:
            self.web_forms.editor.form = None  # another database: its own forms
            self.web_forms.reload()
        if self.scoring is not None:
            self.scoring.stop_work()  # the rescore in hand was the other database's
            self.scoring.reload()
        if self.model is not None:
            self.model.stop_work()
            self.model.reload()
        if self.distribution is not None:
            self.distribution.reload()
        self._reload_lists()

    def stop_work(self) -> None:
        """Before the window closes: the background work of the panels ends first."""
        if self.scoring is not None:
            self.scoring.stop_work()
        if self.model is not None:
            self.model.stop_work()

    def data_shown(self) -> bool:
        """Whether the tab in front shows what it has to (the Scoring tab counts its
        leads in the background first)."""
        scoring, model, front = self.scoring, self.model, self.tabs.currentWidget()
        if model is not None and front is model:
            return not model.stale
        return scoring is None or front is not scoring or scoring.counted()

    def show_tab(self, name: str) -> None:
        """A tab by its panel's object name ("scoringPanel"), as a view opens it."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is not None and tab.objectName() == name:
                self.tabs.setCurrentIndex(i)

    def _reload_lists(self) -> None:
        """The sources (and their lead counts) and the custom fields, as they now stand."""
        for panel in (self.sources, self.fields):
            if panel is not None:
                panel.reload()

    def _mailbox(self) -> Mailbox | None:
        """The sender an automatic email is offered: this person's own mailbox."""
        p = self.prefs
        return Mailbox(p.sender_name, p.sender_email) if p.sender_email else None

    def _update(self) -> None:
        # the digits are Arabic's choice only: 0-9 is what English and Polish write anyway
        self.western_digits.setEnabled(pick_language(self.language.currentData()) == "ar")
        changed = any(getattr(self.prefs, k) != v for k, v in self._values().items())
        changed = changed or bool(self.email.password.text())
        problem = self.email.problem()
        self.email.show_problem(problem)
        self.apply_button.setEnabled(changed and len(self.currency.text()) == 3 and not problem)
        self.reset_button.setEnabled(changed)

    def apply(self) -> None:
        changed = {k for k, v in self._values().items() if getattr(self.prefs, k) != v}
        for name in changed:
            setattr(self.prefs, name, self._values()[name])
        self.prefs.save()
        self._keep_password()
        self._update()
        if changed:
            self.applied.emit(changed)

    def _keep_password(self) -> None:
        """In the keyring where one works; otherwise only for this session."""
        password = self.email.password.text()
        if not password:
            return
        p = self.prefs
        if p.smtp_user and store_smtp_password(p.smtp_host, p.smtp_user, password):
            self.email.password_note.setText(self.tr("The password is kept in your keyring."))
            self._remember_password(None)
        else:
            self.email.password_note.setText(
                self.tr("No keyring works here: the password is kept until LeadDesk closes.")
            )
            self._remember_password(password)
        self.email.password.clear()

    def test_email(self) -> None:
        """Connect and log in with what is typed (saved or not)."""
        values = self.email.values()
        trial = Settings(**{**asdict(self.prefs), **values})
        password = self.email.password.text() or (
            smtp_password(trial.smtp_host, trial.smtp_user) if trial.smtp_user else None
        )
        account = SmtpAccount.from_settings(trial, password or None)

        def work(_progress: Progress, _cancelled: Callable[[], bool]) -> str:
            with SmtpTransport(account) as transport:
                return transport.check()

        try:
            greeting = run_with_progress(self, self.tr("Connecting…"), work)
        except SendFailed as exc:
            QMessageBox.warning(
                self, self.tr("Email server"), failure_text(exc.failure, exc.message)
            )
            return
        if greeting is not None:
            QMessageBox.information(
                self,
                self.tr("Email server"),
                self.tr("Connected to %1 and ready to send as %2.")
                .replace("%1", account.server)
                .replace("%2", account.from_address),
            )
