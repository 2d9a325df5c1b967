"""The mapping step: where each column goes (auto-mapped, changeable), saved
mappings applied and saved, and what to do with rows that match a lead already."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated
from leaddesk.ui.imports.mapping_model import (
    EXAMPLES,
    NAME,
    TARGET,
    ChoiceDelegate,
    MappingModel,
)
from leaddesk.ui.imports.state import WizardState
from leaddesk.ui.names.errors import error_text


class MappingPage(QWizardPage):
    def __init__(self, state: WizardState, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("importMappingPage")
        self.state = state
        self.workspace = workspace
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Where each column of the file goes. Recognised columns are chosen "
                    "already; change any of them, or keep a column as a new custom field.")
        )  # fmt: skip
        self.model = MappingModel(state, workspace.custom_fields.suggest)
        self.table = QTableView()
        self.table.setObjectName("importMapping")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.saved = QComboBox()
        self.saved.setObjectName("savedMappings")
        self.saved.activated.connect(self._apply_saved)
        save = QPushButton(self.tr("Save mapping…"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self.save_mapping)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mappings:")))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(save)
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("onDuplicate")
        for value, label in (
            ("skip", self.tr("Skip them")),
            ("update", self.tr("Fill in the lead's empty fields")),
            ("overwrite", self.tr("Overwrite the lead's fields")),
            ("create", self.tr("Create a new lead anyway")),
        ):
            self.duplicates.addItem(label, value)
        self.duplicates.activated.connect(
            lambda i: setattr(self.state, "on_duplicate", self.duplicates.itemData(i))
        )
        self.threshold = QSpinBox()
        self.threshold.setObjectName("nameThreshold")
        self.threshold.setRange(50, 100)
        self.threshold.setSuffix(self.tr(" %"))
        self.threshold.setToolTip(
            self.tr("How alike two names must be for a row to count as a lead there is "
                    "already (with the same company, or no other contact details).")
        )  # fmt: skip
        self.threshold.valueChanged.connect(lambda v: setattr(self.state, "threshold", v))
        form = QFormLayout()
        form.addRow(self.tr("Rows matching a lead already:"), self.duplicates)
        form.addRow(self.tr("Names alike from:"), self.threshold)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def initializePage(self) -> None:
        self.model.reload(self.workspace.custom_fields.all())
        self._fill_saved()
        self.duplicates.setCurrentIndex(max(0, self.duplicates.findData(self.state.on_duplicate)))
        self.threshold.setValue(self.state.threshold)
        self.table.resizeColumnsToContents()
        # long examples are elided (their tooltip has them whole): the target and the
        # new field's name and kind stay in view
        self.table.setColumnWidth(EXAMPLES, min(self.table.columnWidth(EXAMPLES), 280))
        self.table.setColumnWidth(TARGET, max(self.table.columnWidth(TARGET), 200))
        self.table.setColumnWidth(NAME, max(self.table.columnWidth(NAME), 140))

    def _fill_saved(self, chosen: str | None = None) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(none)"), None)
        for name in self.workspace.mappings.names():
            self.saved.addItem(isolated(name), name)
        if chosen is not None:
            self.saved.setCurrentIndex(max(0, self.saved.findData(chosen)))

    def apply_saved(self, name: str) -> None:
        try:
            saved = self.workspace.mappings.get(name)
        except LeadDeskError as exc:
            QMessageBox.warning(self, self.tr("Saved mappings"), error_text(exc))
            return
        self.model.beginResetModel()
        self.state.apply(saved, {f.key for f in self.model.fields})
        self.model.endResetModel()
        self.saved.setCurrentIndex(max(0, self.saved.findData(name)))

    def _apply_saved(self, i: int) -> None:
        name = self.saved.itemData(i)
        if name:
            self.apply_saved(name)

    def save_mapping(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping"),
            self.tr("Name of this mapping (the same name replaces the mapping saved under it):"),
            text=self.saved.currentData() or (self.state.path.stem if self.state.path else ""),
        )
        if ok:
            self.save_as(name)

    def save_as(self, name: str) -> bool:
        try:
            self.workspace.mappings.save(name, self.state.mapping())
        except LeadDeskError as exc:
            QMessageBox.warning(self, self.tr("Save mapping"), error_text(exc))
            return False
        self._fill_saved(" ".join(name.split()))
        return True
