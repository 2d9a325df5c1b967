"""Settings ▸ Distribution ▸ Partners: the distributors, resellers, brokers and
agents a rule can push leads to, the address that receives them, and how long each
has to answer before the lead goes on (48 hours unless set)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.distribution_reads import MAX_RESPONSE_HOURS, PartnerKind, PartnerRecord
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, left_to_right, number
from leaddesk.ui.names.distribution import issues_text, partner_kind_label
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table, select_row
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class PartnersModel(RecordTableModel[PartnerRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [self.tr("Partner"), self.tr("Kind"), self.tr("Territory"), self.tr("Email"),
             self.tr("Answers within"), self.tr("State")],
            parent,
        )  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                p.name,
                partner_kind_label(p.kind),
                isolated(p.territory),
                left_to_right(p.email),
                self.tr("%1 h").replace("%1", number(p.response_hours)),
                self.tr("Active") if p.active else self.tr("Off"),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QColor("#95A5A6")
        return None


class PartnerDialog(QDialog):
    """A partner's name, kind, territory, address and answer time; the refusal shown
    beside the fields, with nothing typed lost."""

    def __init__(self, partner: PartnerRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("Add a partner"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(partner.name if partner else "")
        self.name.setObjectName("partnerName")
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        self.kind.setObjectName("partnerKind")
        for kind in PartnerKind:
            self.kind.addItem(partner_kind_label(kind.value), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(partner.kind if partner else "")))
        self.territory = QLineEdit((partner.territory or "") if partner else "")
        self.territory.setObjectName("partnerTerritory")
        self.email = QLineEdit((partner.email or "") if partner else "")
        self.email.setObjectName("partnerEmail")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email.setToolTip(self.tr("Leads pushed to this partner are sent here."))
        self.hours = QSpinBox()
        self.hours.setObjectName("partnerHours")
        self.hours.setRange(1, MAX_RESPONSE_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setValue(partner.response_hours if partner else 48)
        self.hours.setToolTip(
            self.tr("A lead not accepted in this time goes on to the next rules or the pool.")
        )
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("partnerActive")
        self.active.setChecked(partner.active if partner else True)
        self.active.setVisible(partner is not None)  # a new partner is active
        self.problem = error_banner("partnerProblem")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Territory"), self.territory)
        form.addRow(self.tr("Email for leads"), self.email)
        form.addRow(self.tr("Answers within"), self.hours)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.save: Callable[[], object] | None = None  # set by the section

    def accept(self) -> None:
        """Saved, or the dialog stays with the reason."""
        if self.save is not None:
            try:
                self.save()
            except ValidationError as exc:
                self.problem.setText(issues_text(exc.issues))
                self.problem.show()
                return
            except LeadDeskError as exc:
                self.problem.setText(error_text(exc))
                self.problem.show()
                return
        super().accept()


class PartnersSection(QWidget):
    changed = Signal(object)  # Changes: a partner added or edited

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionPartners")
        self._ws = workspace
        self.model = PartnersModel(self)
        self.table = record_table(self.model, "partnersTable", stretch=0)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.add_button = push_button(self.tr("Add a partner…"), "addPartner", self.add_partner)
        self.edit_button = push_button(self.tr("Edit…"), "editPartner", self.edit_selected)
        self.message = error_banner("partnersMessage")
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.edit_button)
        tools.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def reload(self) -> None:
        kept = self.selected()
        try:
            partners = self._ws().distribution.partners()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.model.reset(partners)
        for row, p in enumerate(partners):
            if kept is not None and p.id == kept.id:
                select_row(self.table, row)
        self._update_buttons()

    def selected(self) -> PartnerRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def partner_dialog(self, partner: PartnerRecord | None) -> PartnerDialog:
        ask = PartnerDialog(partner, self)

        def save() -> object:
            d = self._ws().distribution
            fields = {
                "name": ask.name.text(),
                "kind": str(ask.kind.currentData()),
                "territory": ask.territory.text(),
                "email": ask.email.text(),
                "response_hours": ask.hours.value(),
            }
            if partner is None:
                return d.add_partner(**fields)  # type: ignore[arg-type]
            return d.update_partner(partner.id, active=ask.active.isChecked(), **fields)  # type: ignore[arg-type]

        ask.save = save
        return ask

    def add_partner(self) -> None:
        if self.partner_dialog(None).exec() == QDialog.DialogCode.Accepted:
            self._done()

    def edit_selected(self) -> None:
        partner = self.selected()
        if partner is not None and (
            self.partner_dialog(partner).exec() == QDialog.DialogCode.Accepted
        ):
            self._done()

    def _done(self) -> None:
        self.message.hide()
        self.reload()
        self.changed.emit(Changes(reference=True))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
