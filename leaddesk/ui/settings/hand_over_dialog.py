"""Holiday hand-over, asked for an absence: the rep's open leads with follow-ups due
while away go to a colleague or wherever the rules send them, and (if chosen) back
to the rep when the absence is over."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.services.hand_over import HandOverPlan
from leaddesk.ui.formatting import date_text, isolated


class HandOverDialog(QDialog):
    def __init__(
        self,
        plan: HandOverPlan,
        colleagues: Sequence[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(self.tr("Hand over while away"))
        name = isolated(plan.rep_name)
        intro = QLabel(
            self.tr(
                "%Ln open lead(s) of %1 have follow-ups due from %2 to %3, while they are away.",
                "",
                len(plan.lead_ids),
            )
            .replace("%1", name)
            .replace("%2", date_text(plan.starts))
            .replace("%3", date_text(plan.ends))
        )
        intro.setWordWrap(True)
        self.by_rules = QRadioButton(self.tr("Send them where the rules say (%1 counted away)"))
        self.by_rules.setText(self.by_rules.text().replace("%1", name))
        self.to_colleague = QRadioButton(self.tr("Give them to a colleague:"))
        self.colleague = QComboBox()
        self.colleague.setObjectName("handOverColleague")
        for user_id, colleague in colleagues:
            self.colleague.addItem(colleague, user_id)
        group = QButtonGroup(self)
        group.addButton(self.by_rules)
        group.addButton(self.to_colleague)
        self.to_colleague.setChecked(bool(colleagues))
        self.by_rules.setChecked(not colleagues)
        self.to_colleague.setEnabled(bool(colleagues))
        self.to_colleague.toggled.connect(self.colleague.setEnabled)
        self.colleague.setEnabled(self.to_colleague.isChecked())
        self.give_back = QCheckBox(self.tr("Give them back to %1 after the absence"))
        self.give_back.setText(self.give_back.text().replace("%1", name))
        self.give_back.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, self.by_rules, self.to_colleague, self.colleague, self.give_back, buttons):
            lay.addWidget(w)

    def choice(self) -> tuple[uuid.UUID | None, bool]:
        """(the colleague, None for the rules; whether the leads come back)."""
        to = self.colleague.currentData() if self.to_colleague.isChecked() else None
        return to, self.give_back.isChecked()
