"""The run step: the new custom fields are created, then the import runs off the GUI
thread with a progress bar and Cancel; at the end the counts and the rejected rows.

A cancelled import keeps the whole chunks it saved and goes on from there when the
same file is imported again, which the page says."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.imports import ImportReport
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import number
from leaddesk.ui.imports.job import BackgroundJob
from leaddesk.ui.imports.raw_model import TextTableModel
from leaddesk.ui.imports.rejects_csv import reasons_by_row, write_rejects
from leaddesk.ui.imports.state import NEW_FIELD, WizardState
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.worker import run_with_progress

STEPS = 1000
SHOWN_REJECTS = 500


class RunPage(QWizardPage):
    def __init__(
        self,
        state: WizardState,
        workspace: Workspace,
        publish: Callable[[Changes], None],
        user: Callable[[], uuid.UUID | None],
        total: Callable[[], int],
    ) -> None:
        super().__init__()
        self.setObjectName("importRunPage")
        self.state, self.workspace, self.publish = state, workspace, publish
        self._user, self._total = user, total
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, STEPS)
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.setObjectName("cancelImport")
        self.save_rejects = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejects.setObjectName("saveRejects")
        self.save_rejects.clicked.connect(self.choose_rejects_file)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        rejects_row = QHBoxLayout()
        rejects_row.addWidget(self.save_rejects)
        rejects_row.addStretch(1)
        layout.addLayout(rejects_row)
        # the first rejected rows and why, so the user sees at once what to correct
        self.rejected = TextTableModel()
        self.rejected_view = QTableView()
        self.rejected_view.setObjectName("importRejected")
        self.rejected_view.setModel(self.rejected)
        self.rejected_view.setWordWrap(False)
        self.rejected_view.verticalHeader().hide()
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.rejected_view.hide()
        layout.addWidget(self.rejected_view, 1)
        layout.addStretch(0)
        self.job: BackgroundJob | None = None
        self.report: ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.save_rejects.hide()
        self.rejected_view.hide()
        self.start()

    def start(self) -> None:
        if not self._create_fields():
            self.completeChanged.emit()
            return
        path, options = self.state.path, self.state.options()
        assert path is not None
        total = max(self._total(), 1)
        self.progress.setMaximum(total)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.show()
        self.status.setText(self.tr("Importing %1…").replace("%1", path.name))
        ws, user = self.workspace, self._user()

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return ws.imports.run(
                path, options, user_id=user, progress=progress, cancelled=cancelled
            )

        self.job = BackgroundJob(work, self)
        self.job.progressed.connect(lambda f: self.progress.setValue(int(f * total)))
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.cancel.clicked.connect(self.job.cancel)
        self.job.start()
        self.completeChanged.emit()

    def _create_fields(self) -> bool:
        """The new custom fields, before the rows that fill them; the column then goes
        to the field's key, so an import cancelled half-way keeps its values."""
        for header, made in list(self.state.new_fields.items()):
            if not self.state.columns.get(header, "").startswith(NEW_FIELD):
                continue
            if not made.name.strip():
                continue
            try:
                record, changes = self.workspace.custom_fields.create(
                    made.name, made.kind, made.choices
                )
            except LeadDeskError as exc:
                self.status.setText(error_text(exc))
                self.progress.hide()
                self.cancel.hide()
                return False
            self.publish(changes)
            self.state.columns[header] = "custom:" + record.key
            del self.state.new_fields[header]
        return True

    def _done(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        self.report = result
        self.progress.hide()
        self.cancel.hide()
        self.publish(result.changes)
        text = self.tr("%1 rows: %2 new leads, %3 updated, %4 duplicates skipped, %5 rejected.")
        for i, n in enumerate(
            (result.rows, result.created, result.updated, result.duplicates, result.rejected), 1
        ):
            text = text.replace(f"%{i}", number(n))
        if result.cancelled:
            text = (
                self.tr("The import was cancelled. What it saved is kept in whole chunks; "
                        "import the same file again to go on where it stopped.")
                + "\n" + text
            )  # fmt: skip
        self.status.setText(text)
        self.save_rejects.setVisible(bool(result.rejects))
        reasons = list(reasons_by_row(result.rejects[:SHOWN_REJECTS], plain=False).items())
        self.rejected.show(
            (self.tr("Row"), self.tr("Reason")), [(number(r), why) for r, why in reasons]
        )
        self.rejected_view.resizeColumnToContents(0)
        self.rejected_view.setVisible(bool(reasons))
        self.completeChanged.emit()

    def _failed(self, error: object) -> None:
        self.progress.hide()
        self.cancel.hide()
        if (
            isinstance(error, LeadDeskError)
            and error.code == "already_imported"
            and self._ask_again(error)
        ):
            self.state.again = True
            self.start()
            return
        if isinstance(error, LeadDeskError):
            self.status.setText(error_text(error))
        elif isinstance(error, Exception):
            self.status.setText(str(error))
        self.completeChanged.emit()

    def _ask_again(self, error: LeadDeskError) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Imported already"), error_text(error),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("alreadyImported")
        again = box.addButton(self.tr("Import again anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is again

    def choose_rejects_file(self) -> None:
        assert self.state.path is not None
        name = self.state.path.with_name(self.state.path.stem + "-rejected.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(name), self.tr("CSV files (*.csv)")
        )
        if path:
            self.write_rejects(Path(path))

    def write_rejects(self, target: Path) -> int:
        """The rejected rows with their own cells, read again from the file."""
        assert self.report is not None and self.state.path is not None
        report, source, options = self.report, self.state.path, self.state.options()
        ws = self.workspace

        def work(_progress, _cancelled):  # type: ignore[no-untyped-def]
            rows = {r.row for r in report.rejects}
            headers, cells = ws.imports.original_rows(source, options, rows)
            return write_rejects(target, report.rejects, headers, cells)

        try:
            written = run_with_progress(self, self.tr("Saving the rejected rows…"), work)
        except (OSError, LeadDeskError) as exc:
            text = error_text(exc) if isinstance(exc, LeadDeskError) else str(exc)
            QMessageBox.warning(self, self.tr("Save rejected rows"), text)
            return 0
        return written or 0

    def cleanupPage(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait()

    def isComplete(self) -> bool:
        return self.report is not None and not (self.job and self.job.running)
