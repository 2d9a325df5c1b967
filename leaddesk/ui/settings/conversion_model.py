"""Settings ▸ Conversion model: how well the model in use predicts (measured on closed
leads it never saw), its reliability, its strongest weights, what it left out and why,
the fields the owner keeps out of it, and Train now (off the GUI thread, with
progress and Cancel; the model in use stays until a new one passes its check)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError
from leaddesk.services.conversion_records import ModelReport
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import datetime_text, format_percent, number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.model import column_label
from leaddesk.ui.settings.conversion_tables import ExcludedModel, WeightsModel
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.worker import BackgroundJob

if TYPE_CHECKING:
    from leaddesk.ui.settings.reliability_chart import ReliabilityChart


def _decimal(value: object, digits: int = 2) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value or 0.0), "f", digits)  # type: ignore[arg-type]


class ConversionModelPanel(QWidget):
    changed = Signal(object)  # Changes: probabilities written, fields kept out
    reported = Signal()  # the report is shown (for screenshots and tests)

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversionModelPanel")
        self._ws = workspace
        self.report: ModelReport | None = None
        self.job: BackgroundJob[ModelReport | None] = BackgroundJob(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._trained)
        self.job.failed.connect(self._refused)

        self.status = QLabel()
        self.status.setObjectName("modelStatus")
        self.status.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("modelFigures")
        self.figures.setWordWrap(True)
        self.refusal = error_banner("modelRefusal")
        self.train_button = push_button(self.tr("Train now"), "trainModel", self.train)
        self.cancel_button = push_button(self.tr("Cancel"), "cancelTraining", self.job.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()

        self.weights = WeightsModel(self)
        self.weights_view = QTableView()
        self.weights_view.setObjectName("modelWeights")
        self.weights_view.setModel(self.weights)
        self.weights_view.verticalHeader().hide()
        header = self.weights_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.dropped = QLabel()
        self.dropped.setObjectName("modelDropped")
        self.dropped.setWordWrap(True)
        self.excluded = ExcludedModel(self)
        self.excluded_view = QTableView()
        self.excluded_view.setObjectName("modelExcluded")
        self.excluded_view.setModel(self.excluded)
        self.excluded_view.verticalHeader().hide()
        self.excluded_view.horizontalHeader().setStretchLastSection(True)
        self.excluded_view.setMaximumWidth(340)  # names of fields: the weights need the room
        self.save_excluded = push_button(
            self.tr("Keep these out from the next training"), "saveExcluded", self.keep_out
        )

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.train_button)
        weights = QGroupBox(self.tr("What weighs most"))
        wl = QVBoxLayout(weights)
        wl.addWidget(self.weights_view)
        wl.addWidget(self.dropped)
        out = QGroupBox(self.tr("Fields kept out of the model"))
        out.setMaximumWidth(360)
        ol = QVBoxLayout(out)
        why_out = QLabel(
            self.tr("A field filled in only after a lead closed teaches the model the answer.")
        )
        why_out.setWordWrap(True)
        ol.addWidget(why_out)
        ol.addWidget(self.excluded_view)
        ol.addWidget(self.save_excluded)
        sides = QHBoxLayout()
        sides.addWidget(weights, 1)
        sides.addWidget(out)
        self.figures_column = QVBoxLayout()
        self.figures_column.addWidget(self.figures)
        self.figures_column.addStretch(1)
        self.measured = QHBoxLayout()
        self.measured.addLayout(self.figures_column, 1)
        self.reliability: ReliabilityChart | None = None  # made with the first report
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(self.measured)
        lay.addWidget(self.refusal)
        lay.addLayout(sides, 1)
        self._stale = True

    # reading ---------------------------------------------------------------------
    @property
    def stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def note_changes(self, changes: Changes) -> None:
        if changes.reference:  # custom fields: new inputs, new names
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._stale = False
        try:
            ws = self._ws()
            self.report = ws.conversion.report()
            refused = ws.conversion.last_refusal()
            columns = [c for c, _kind in ws.conversion.columns()]
            out = ws.conversion.excluded()
            names = {f.key: f.name for f in ws.custom_fields.all()}
        except LeadDeskError as exc:
            self.refusal.setText(error_text(exc))
            self.refusal.show()
            return
        self.excluded.set_columns(columns, out, names)
        self._show(self.report, refused, names)
        self.reported.emit()

    def _show(
        self, report: ModelReport | None, refused: dict[str, Any] | None, names: dict[str, str]
    ) -> None:
        self.refusal.setVisible(refused is not None)
        if refused is not None:
            self.refusal.setText(self._refusal_text(refused))
        if report is None:
            self.status.setText(
                self.tr(
                    "No model yet. Train one when the team has closed enough leads: it learns "
                    "from leads that became customers and those that did not."
                )
            )
            self.figures.clear()
            if self.reliability is not None:
                self.reliability.hide()
                self.reliability.caption.hide()
            self.weights.set_rows([], names)
            self.dropped.clear()
            return
        m = report.metrics
        self.status.setText(
            self.tr("In use since %1, trained on %2 closed leads.")
            .replace("%1", datetime_text(report.trained_at))
            .replace("%2", number(report.rows_used))
        )
        self.figures.setText(
            self.tr(
                "On %1 closed leads it never saw: ROC AUC %2 (1 is perfect, 0.5 a coin), "
                "Brier score %3 (0 is perfect; always guessing the average gives %4), "
                "right %5 of the time at a cut-off of %6. Predicted and observed rates "
                "differ by %7 on average."
            )
            .replace("%1", number(int(m.get("n_test") or 0)))
            .replace("%2", _decimal(m.get("auc")))
            .replace("%3", _decimal(m.get("brier"), 3))
            .replace("%4", _decimal(m.get("brier_base_rate"), 3))
            .replace("%5", format_percent(float(m.get("accuracy") or 0.0), 0))
            .replace("%6", format_percent(float(m.get("cutoff") or 0.5), 0))
            .replace("%7", format_percent(float(m.get("calibration_error") or 0.0), 1))
        )
        self._show_reliability(m.get("reliability") or [])
        self.weights.set_rows(report.strongest, names)
        dropped = [
            self.tr("%1 (%2)")
            .replace("%1", column_label(str(d.get("column")), names))
            .replace("%2", self._why(str(d.get("why"))))
            for d in report.dropped
            if d.get("why") in ("leak", "excluded")  # a constant column says nothing
        ]
        self.dropped.setText(
            self.tr("Left out: %1").replace("%1", ", ".join(dropped)) if dropped else ""
        )

    def _show_reliability(self, bins: list[dict[str, Any]]) -> None:
        if self.reliability is None:
            from leaddesk.ui.settings.reliability_chart import ReliabilityChart

            self.reliability = ReliabilityChart(self)
            self.reliability.setFixedSize(360, 250)
            self.figures_column.insertWidget(1, self.reliability.caption)
            self.measured.addWidget(self.reliability)
        self.reliability.set_bins(bins)
        self.reliability.show()
        self.reliability.caption.show()

    def _why(self, why: str) -> str:
        if why == "leak":
            return self.tr("known only after the outcome")
        if why == "excluded":
            return self.tr("kept out by you")
        if why == "constant":
            return self.tr("the same for every lead")
        return why

    def _refusal_text(self, refused: dict[str, Any]) -> str:
        err = LeadDeskError(
            str(refused.get("message") or ""),
            code=str(refused.get("code") or "model_refused"),
            params=dict(refused.get("params") or {}),
        )
        return self.tr("The last training was not kept: %1").replace("%1", error_text(err))

    # training ----------------------------------------------------------------------
    def train(self) -> bool:
        try:
            ws = self._ws()
        except LeadDeskError:
            return False
        started = self.job.start(
            lambda progress, cancelled: ws.conversion.train(
                lambda _step, fraction: progress(int(fraction * 100), 100), cancelled
            )
        )
        if started:
            self.train_button.setEnabled(False)
            self.cancel_button.show()
            self.progress.setValue(0)
            self.progress.show()
        return started

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _finish(self) -> None:
        self.train_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def _trained(self, report: object) -> None:
        self._finish()
        if report is not None:  # probabilities of the open leads were written
            self.changed.emit(Changes(reference=True))
        self.reload()

    def _refused(self, exc: object) -> None:
        self._finish()
        self.reload()
        if not isinstance(exc, LeadDeskError):
            self.refusal.setText(str(exc))
            self.refusal.show()

    def keep_out(self) -> None:
        try:
            changes = self._ws().conversion.set_excluded(sorted(self.excluded.out))
        except LeadDeskError as exc:
            self.refusal.setText(error_text(exc))
            self.refusal.show()
            return
        self.changed.emit(changes)

    def stop_work(self) -> None:
        self.job.stop()
