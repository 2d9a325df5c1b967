"""The file step: which file, what kind, and how it is read (encoding, delimiter,
sheet) with its first rows shown raw, read again whenever a choice changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from leaddesk.errors import LeadDeskError
from leaddesk.ui.formatting import isolated, left_to_right
from leaddesk.ui.imports.raw_model import TextTableModel
from leaddesk.ui.imports.state import WizardState
from leaddesk.ui.names.errors import error_text

SHOWN_ROWS = 20
DELIMITERS = (",", ";", "\t", "|")


class FilePage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.setObjectName("importFilePage")
        self.state = state
        self.setTitle(self.tr("The file"))
        self.setSubTitle(
            self.tr("Check that the first rows look right; if letters are garbled, try "
                    "another encoding.")
        )  # fmt: skip
        self.file_label = QLabel()
        self.file_label.setObjectName("importFileName")
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("chooseImportFile")
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("importFileKind")
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("importDelimiter")
        for d in DELIMITERS:
            self.delimiter.addItem(self._delimiter_label(d), d)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_label)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        form.addRow(self.tr("Sheet:"), self.sheet)
        self._form = form
        self.error = QLabel()
        self.error.setObjectName("importFileError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.rows = TextTableModel()
        self.table = QTableView()
        self.table.setObjectName("importRawRows")
        self.table.setModel(self.rows)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.encoding.activated.connect(self._encoding_chosen)
        self.delimiter.activated.connect(self._delimiter_chosen)
        self.sheet.activated.connect(self._sheet_chosen)

    def _delimiter_label(self, d: str) -> str:
        labels = {
            ",": self.tr("Comma (,)"),
            ";": self.tr("Semicolon (;)"),
            "\t": self.tr("Tab"),
            "|": self.tr("Vertical bar (|)"),
        }
        return labels[d]

    def _encoding_label(self, codec: str) -> str:
        labels = {
            "utf-8": self.tr("Unicode (UTF-8)"),
            "utf-8-sig": self.tr("Unicode (UTF-8 with BOM)"),
            "utf-16": self.tr("Unicode (UTF-16)"),
            "utf-16-le": self.tr("Unicode (UTF-16 LE)"),
            "utf-16-be": self.tr("Unicode (UTF-16 BE)"),
            "utf-32": self.tr("Unicode (UTF-32)"),
            "cp1250": self.tr("Central European (Windows-1250)"),
            "iso8859-2": self.tr("Central European (ISO-8859-2)"),
            "cp1252": self.tr("Western (Windows-1252)"),
            "cp1256": self.tr("Arabic (Windows-1256)"),
            "latin-1": self.tr("Western (ISO-8859-1)"),
        }
        return labels.get(codec, codec)

    def _kind_label(self, kind: str) -> str:
        labels = {
            "csv": self.tr("Text table (CSV/TSV)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "vcf": self.tr("Contacts (vCard)"),
        }
        return labels.get(kind, kind)

    # --- choices -----------------------------------------------------------------
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import leads"),
            "",
            self.tr("Lead files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.state.path = path
        self.state.encoding = self.state.delimiter = self.state.sheet = None
        self.state.columns = {}
        self.reload()

    def _encoding_chosen(self, i: int) -> None:
        self.state.encoding = self.encoding.itemData(i)
        self.reload()

    def _delimiter_chosen(self, i: int) -> None:
        self.state.delimiter = self.delimiter.itemData(i)
        self.reload()

    def _sheet_chosen(self, i: int) -> None:
        self.state.sheet = self.sheet.itemData(i)
        self.reload()

    def reload(self) -> None:
        """Read the file again with the choices made; an error is shown in its place."""
        path = self.state.path
        self.file_label.setText(left_to_right(str(path)) if path else self.tr("No file chosen"))
        self.error.clear()
        try:
            peek = self.state.read()
        except LeadDeskError as exc:
            self.state.file = None
            self.error.setText(error_text(exc))
            self.rows.show((), ())
            self.kind_label.clear()
            for combo in (self.encoding, self.delimiter, self.sheet):
                combo.setEnabled(False)
            self.completeChanged.emit()
            return
        self.kind_label.setText(self._kind_label(peek.kind))
        self.encoding.clear()
        for codec in peek.encodings or ((peek.encoding,) if peek.encoding else ()):
            self.encoding.addItem(self._encoding_label(codec), codec)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(peek.encoding)))
        self.encoding.setEnabled(peek.kind == "csv")
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(peek.delimiter)))
        self.delimiter.setEnabled(peek.kind == "csv")
        self.sheet.clear()
        for name in peek.sheets:
            self.sheet.addItem(isolated(name), name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(peek.sheet)))
        self.sheet.setEnabled(peek.kind == "xlsx")
        for widget, shown in (
            (self.encoding, peek.kind != "xlsx"),
            (self.delimiter, peek.kind == "csv"),
            (self.sheet, peek.kind == "xlsx"),
        ):
            self._form.setRowVisible(widget, shown)
        self.rows.show(peek.headers, peek.rows[:SHOWN_ROWS])
        self.table.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.state.file is not None
