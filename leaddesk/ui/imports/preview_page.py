"""The preview step (nothing is written): the first rows as they would be saved and
the counts for the whole file, worked out off the GUI thread with progress and
cancel, since a file may have a hundred thousand rows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from leaddesk.domain.import_mapping import IGNORE
from leaddesk.errors import LeadDeskError
from leaddesk.services.import_sample import SampleRow
from leaddesk.services.imports import ImportReport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import number
from leaddesk.ui.imports.job import BackgroundJob
from leaddesk.ui.imports.preview_model import PreviewModel
from leaddesk.ui.imports.state import WizardState
from leaddesk.ui.names.errors import error_text

SAMPLE = 50
STEPS = 1000


class PreviewPage(QWizardPage):
    def __init__(self, state: WizardState, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("importPreviewPage")
        self.state = state
        self.workspace = workspace
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("The first rows as they will be saved; nothing is saved yet. Coloured "
                    "cells have a problem: point at one to see it.")
        )  # fmt: skip
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.model = PreviewModel()
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("previewProgress")
        self.progress.setRange(0, STEPS)
        self.cancel = QPushButton(self.tr("Stop checking"))
        self.cancel.setObjectName("cancelPreview")
        self.counts = QLabel()
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        self.job: BackgroundJob | None = None
        self.report: ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.model.show([], {}, {})
        self.counts.setText(self.tr("Checking every row of the file…"))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.show()
        path, options = self.state.path, self.state.options(dry_run=True)
        assert path is not None
        ws = self.workspace

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            rows = ws.imports.sample(path, options, rows=SAMPLE)
            report = ws.imports.run(path, options, progress=progress, cancelled=cancelled)
            return rows, report

        self.job = BackgroundJob(work, self)
        self.job.progressed.connect(lambda f: self.progress.setValue(int(f * STEPS)))
        self.job.done.connect(self._shown)
        self.job.failed.connect(self._failed)
        self.cancel.clicked.connect(self.job.cancel)
        self.job.start()
        self.completeChanged.emit()

    def _shown(self, result: object) -> None:
        assert isinstance(result, tuple)
        rows: list[SampleRow] = result[0]
        report: ImportReport = result[1]
        self.report = report
        columns = {h: t for h, t in self.state.mapping().columns.items() if t != IGNORE}
        names = {f.key: f.name for f in self.workspace.custom_fields.all()}
        self.model.show(rows, columns, names)
        self.table.resizeColumnsToContents()
        self.progress.hide()
        self.cancel.hide()
        text = self.tr("%1 rows: %2 new leads, %3 updates, %4 duplicates skipped, %5 rejected.")
        for i, n in enumerate(
            (report.rows, report.created, report.updated, report.duplicates, report.rejected), 1
        ):
            text = text.replace(f"%{i}", number(n))
        if report.cancelled:
            text += " " + self.tr("(Stopped early: these are the rows checked so far.)")
        self.counts.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: object) -> None:
        self.progress.hide()
        self.cancel.hide()
        if isinstance(error, LeadDeskError):
            self.counts.setText(error_text(error))
        elif isinstance(error, Exception):
            self.counts.setText(str(error))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait()

    def isComplete(self) -> bool:
        return self.report is not None and not (self.job and self.job.running)
