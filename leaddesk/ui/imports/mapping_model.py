"""The mapping step's table: one row per column of the file, with examples of its
values, where it goes (a lead field, a custom field, a new one, or nowhere) and, for
a new custom field, its name and kind, both editable in place."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.import_headers import EVENT_TARGETS, TARGETS
from leaddesk.domain.import_mapping import CUSTOM, IGNORE
from leaddesk.services.custom_fields import CustomFieldRecord
from leaddesk.ui.formatting import isolated
from leaddesk.ui.imports.state import NEW_FIELD, NewField, WizardState
from leaddesk.ui.imports.texts import kind_label, target_label

HEADER, EXAMPLES, TARGET, NAME, KIND = range(5)
Index = QModelIndex | QPersistentModelIndex
Suggest = Callable[[Iterable[object]], tuple[FieldKind, tuple[str, ...]]]
KINDS = (FieldKind.TEXT, FieldKind.NUMBER, FieldKind.YES_NO, FieldKind.DATE, FieldKind.CHOICE)


class MappingModel(QAbstractTableModel):
    def __init__(self, state: WizardState, suggest: Suggest) -> None:
        super().__init__()
        self.state = state
        self._suggest = suggest
        self.fields: list[CustomFieldRecord] = []
        self._headers: tuple[str, ...] = ()

    def reload(self, fields: Sequence[CustomFieldRecord]) -> None:
        """The file's columns (after the file step) and the custom fields there are."""
        self.beginResetModel()
        self.fields = list(fields)
        self._headers = self.state.file.headers if self.state.file else ()
        self.endResetModel()

    def targets(self, row: int) -> list[tuple[str, str]]:
        """(target, label) a column can go to: every lead field, a lead's action (an
        event scoring reads), every custom field, a new custom field named after the
        column, or nowhere."""
        names = {f.key: f.name for f in self.fields}
        out = [(t, target_label(t)) for t in TARGETS]
        out += [(t, target_label(t)) for t in EVENT_TARGETS]
        out += [(CUSTOM + f.key, f.name) for f in self.fields]
        out.append((NEW_FIELD + self._headers[row], self.tr("New custom field…")))
        out.append((IGNORE, target_label(IGNORE, names)))
        return out

    # --- Qt -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Column in the file"),
            self.tr("Examples"),
            self.tr("Goes to"),
            self.tr("New field's name"),
            self.tr("Kind"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        header = self._headers[index.row()]
        new = self.state.columns.get(header, "").startswith(NEW_FIELD)
        if index.column() == TARGET or (index.column() in (NAME, KIND) and new):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        header = self._headers[index.row()]
        target = self.state.columns.get(header, IGNORE)
        made = self.state.new_fields.get(header) if target.startswith(NEW_FIELD) else None
        col = index.column()
        if role == Qt.ItemDataRole.EditRole:
            if col == TARGET:
                return target
            if col == NAME and made:
                return made.name
            if col == KIND and made:
                return made.kind.value
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == HEADER:
                return header
            if col == EXAMPLES:
                # each example keeps its own direction in an Arabic table
                return " · ".join(isolated(x) for x in self.state.samples(header)[:3])
            if col == TARGET:
                return self._label(target)
            if col == NAME:
                return made.name if made else ""
            if col == KIND:
                return kind_label(made.kind) if made else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == EXAMPLES:
            return "\n".join(self.state.samples(header)[:3])
        return None

    def _label(self, target: str) -> str:
        if target.startswith(NEW_FIELD):
            return self.tr("New custom field…")
        return target_label(target, {f.key: f.name for f in self.fields})

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        header = self._headers[index.row()]
        col = index.column()
        if col == TARGET:
            target = str(value)
            if target not in {t for t, _ in self.targets(index.row())}:
                return False
            self.state.columns[header] = target
            if target.startswith(NEW_FIELD) and header not in self.state.new_fields:
                kind, choices = self._suggest(self.state.samples(header))
                self.state.new_fields[header] = NewField(header, kind, choices)
        elif col == NAME:
            self.state.new_fields[header].name = " ".join(str(value).split())
        elif col == KIND:
            try:
                kind = FieldKind(str(value))
            except ValueError:
                return False
            made = self.state.new_fields[header]
            made.kind = kind
            if kind is FieldKind.CHOICE and not made.choices:
                made.choices = (
                    self._suggest(self.state.samples(header))[1]
                    or tuple(dict.fromkeys(self.state.samples(header)))[:50]
                )
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), KIND))
        return True

    def row_of(self, header: str) -> int:
        return self._headers.index(header)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of (value, label) for the target and kind columns."""

    def __init__(self, model: MappingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() not in (TARGET, KIND):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("targetCombo" if index.column() == TARGET else "kindCombo")
        if index.column() == TARGET:
            choices = self._model.targets(index.row())
        else:
            choices = [(k.value, kind_label(k)) for k in KINDS]
        for value, label in choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        if isinstance(editor, QComboBox):
            self._model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)  # type: ignore[arg-type]
