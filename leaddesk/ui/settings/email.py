"""The Settings screen's email part: the user's own SMTP server and sender address."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from leaddesk.config.secrets import keyring_works
from leaddesk.config.settings import Settings
from leaddesk.domain.validation import normalize_email
from leaddesk.services.smtp import DEFAULT_PORTS


class EmailSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Email"))
        self.setObjectName("emailSettings")
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        self.security.addItem(self.tr("None (not encrypted)"), "none")
        self.user = QLineEdit()
        self.user.setObjectName("smtpUser")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.password_note = QLabel(
            self.tr("Kept in your system's keyring.")
            if keyring_works()
            else self.tr("No keyring works here: asked for once per session.")
        )
        self.password_note.setStyleSheet("color: palette(placeholder-text);")
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("senderName")
        self.sender_email = QLineEdit()
        self.sender_email.setObjectName("senderEmail")
        self.sender_email.setPlaceholderText("maria@example.com")
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #C0392B;")
        self.problem_label.hide()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testEmail")
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.password_note)
        form.addRow(self.tr("Your name"), self.sender_name)
        form.addRow(self.tr("Your email address"), self.sender_email)
        form.addRow("", self.problem_label)
        form.addRow("", self.test_button)
        self.security.currentIndexChanged.connect(self._default_port)

    def signals(self) -> list[SignalInstance]:
        return [
            self.host.textChanged,
            self.port.valueChanged,
            self.security.currentIndexChanged,
            self.user.textChanged,
            self.password.textChanged,
            self.sender_name.textChanged,
            self.sender_email.textChanged,
        ]

    def _default_port(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def load(self, prefs: Settings) -> None:
        self.host.setText(prefs.smtp_host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(prefs.smtp_security)))
        self.security.blockSignals(False)
        self.port.setValue(prefs.smtp_port)
        self.user.setText(prefs.smtp_user)
        self.sender_name.setText(prefs.sender_name)
        self.sender_email.setText(prefs.sender_email)
        self.password.clear()

    def values(self) -> dict[str, object]:
        return {
            "smtp_host": self.host.text().strip(),
            "smtp_port": self.port.value(),
            "smtp_security": self.security.currentData(),
            "smtp_user": self.user.text().strip(),
            "sender_name": self.sender_name.text().strip(),
            "sender_email": self.sender_email.text().strip(),
        }

    def problem(self) -> str | None:
        address = self.sender_email.text().strip()
        if address:
            try:
                normalize_email(address)
            except ValueError as exc:
                return self.tr("Your email address: %1").replace("%1", str(exc))
        if self.host.text().strip() and not address:
            return self.tr("Give your email address: messages are sent from it.")
        return None

    def show_problem(self, text: str | None) -> None:
        self.problem_label.setText(text or "")
        self.problem_label.setVisible(bool(text))
