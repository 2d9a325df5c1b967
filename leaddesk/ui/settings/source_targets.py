"""The targets of one source: within how long a new lead from it must first be
contacted (working minutes of whoever has it), and how long a claim of one of its
leads from the pool lasts without a contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.claims import DEFAULT_CLAIM_HOURS
from leaddesk.domain.response_targets import MAX_TARGET_MINUTES
from leaddesk.services.sources import MAX_CLAIM_HOURS, SourceRecord
from leaddesk.ui.formatting import number
from leaddesk.ui.names.sources import source_label


def target_text(minutes: int | None) -> str:
    """ "45 min", "2 h", "1 h 30 min", or empty when there is no target."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("Sources", "%1 min").replace("%1", number(rest))
    if not rest:
        return QCoreApplication.translate("Sources", "%1 h").replace("%1", number(hours))
    return (
        QCoreApplication.translate("Sources", "%1 h %2 min")
        .replace("%1", number(hours))
        .replace("%2", number(rest))
    )


class SourceTargetsDialog(QDialog):
    def __init__(self, source: SourceRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceTargetsDialog")
        self.setWindowTitle(
            self.tr("Targets of %1").replace("%1", source_label(source.key, source.name))
        )
        self.response = QSpinBox()
        self.response.setObjectName("responseMinutes")
        self.response.setRange(0, MAX_TARGET_MINUTES)
        self.response.setSingleStep(15)
        self.response.setSuffix(self.tr(" min"))
        self.response.setSpecialValueText(self.tr("No target"))
        self.response.setValue(source.response_minutes or 0)
        self.claim = QSpinBox()
        self.claim.setObjectName("claimHours")
        self.claim.setRange(0, MAX_CLAIM_HOURS)
        self.claim.setSuffix(self.tr(" h"))
        self.claim.setSpecialValueText(
            self.tr("As usual (%1 h)").replace("%1", str(DEFAULT_CLAIM_HOURS))
        )
        self.claim.setValue(source.claim_hours or 0)
        note = QLabel(
            self.tr(
                "A new lead from this source past its first-contact target is flagged on "
                "its card and in the pool, and its owner is told. The time counts in the "
                "working hours of whoever has the lead."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("First contact within"), self.response)
        form.addRow(self.tr("A claim lasts"), self.claim)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def values(self) -> tuple[int | None, int | None]:
        """(response minutes, claim hours), None where left at none / the default."""
        return self.response.value() or None, self.claim.value() or None
