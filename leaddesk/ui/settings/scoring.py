"""Settings ▸ Scoring: the owner's point rules and the MQL and SQL thresholds.

Nothing is written while the owner edits: the list and the thresholds are saved
together, as the service checks them together. Meanwhile a line says how many leads
are MQL and SQL now and would be under the edited rules, worked out in the background
a moment after the last edit (a run still going when the owner edits again is
cancelled: only the latest rules are worth counting). After a save every lead is
rescored in the background with its progress shown here, so the board stays usable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.scoring import ScoreRule, Thresholds
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.records import Changes
from leaddesk.services.scoring import Preview
from leaddesk.services.scoring_rules import MAX_THRESHOLD
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.scoring import CUSTOM, FIT_FIELDS, fit_field_label, issue_text
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.settings.scoring_jobs import PreviewCounter, Rescorer
from leaddesk.ui.settings.scoring_model import CONDITION, NAME, ScoreRulesModel, in_groups
from leaddesk.ui.settings.scoring_rule_editor import RuleDialog
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.rule_list import RuleListEditing

RULE_FIELD = re.compile(r"^rules\[(\d+)\]")
REFUSED_BOX = "QSpinBox { border: 1px solid #C0392B; }"


class ScoringPanel(RuleListEditing, QWidget):
    changed = Signal(object)  # Changes: the rules saved, then the leads rescored
    previewed = Signal(object)  # Preview shown (for whoever waits for it)
    rescored = Signal(object)  # Changes of the background rescore, when it ends

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self._ws = workspace
        self._custom: dict[str, str] = {}  # custom fields' names by key
        self._active_custom: list[tuple[str, str]] = []
        self._sources: dict[str, str] = {}  # sources' names by key
        self._saved: tuple[list[ScoreRule], Thresholds] = ([], Thresholds())
        self.model = ScoreRulesModel(lambda: (self._custom, self._sources), self)
        self.table = record_table(self.model, "scoreRulesTable", stretch=CONDITION)
        # the name and the condition share the spare width: both are words of any length
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.add_button = push_button(self.tr("Add a rule…"), "addScoreRule", self.add_rule)
        self.edit_button = push_button(self.tr("Edit…"), "editScoreRule", self.edit_selected)
        self.remove_button = push_button(self.tr("Remove"), "removeScoreRule", self.remove_selected)
        self.up_button = push_button(
            self.tr("Move up"), "scoreRuleUp", lambda: self.move_selected(-1)
        )
        self.down_button = push_button(
            self.tr("Move down"), "scoreRuleDown", lambda: self.move_selected(1)
        )
        self.message = error_banner("scoringMessage")
        self.mql, self.sql = QSpinBox(), QSpinBox()
        for box, name in ((self.mql, "mqlThreshold"), (self.sql, "sqlThreshold")):
            box.setObjectName(name)
            box.setRange(0, MAX_THRESHOLD)
            box.setSuffix(self.tr(" points"))
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            box.valueChanged.connect(lambda _v: self._edited())
        self.mql.setToolTip(self.tr("Marketing-qualified: interested, needs nurturing."))
        self.sql.setToolTip(self.tr("Sales-qualified: ready to buy, needs a rep."))
        self.threshold_problem = QLabel()
        self.threshold_problem.setObjectName("thresholdProblem")
        self.threshold_problem.setWordWrap(True)
        self.threshold_problem.setStyleSheet("color: #C0392B;")
        self.threshold_problem.hide()
        self.preview_line = QLabel()
        self.preview_line.setObjectName("scoringPreview")
        self.preview_line.setWordWrap(True)
        self.preview_line.setStyleSheet("font-weight: 600;")
        self.preview_line.setToolTip(
            self.tr("How many leads are MQL and SQL now, and would be if these rules were saved.")
        )
        self.save_button = push_button(self.tr("Save and rescore"), "saveScoring", self.save)
        self.revert_button = push_button(self.tr("Revert"), "revertScoring", self.reload)
        self.progress = QProgressBar()
        self.progress.setObjectName("rescoreProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("rescoreStatus")
        self.counter = PreviewCounter(
            lambda: (self._ws(), self.model.rules(), self.edited_thresholds()), self
        )
        self.counter.started.connect(
            lambda: self.preview_line.setText(self.tr("Counting the leads under these rules…"))
        )
        self.counter.shown.connect(self._previewed)
        self.counter.failed.connect(self.preview_line.setText)
        self.rescorer = Rescorer(workspace, self)
        self.rescorer.progressed.connect(self._rescore_progressed)
        self.rescorer.part_done.connect(self._publish)
        self.rescorer.finished.connect(self._rescored)
        self.rescorer.failed.connect(self._rescore_failed)
        self._preview_stale = self._counted = False
        self._layout()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            tools.addWidget(b)
        tools.addStretch(1)
        levels = QGroupBox(self.tr("Thresholds"))
        row = QHBoxLayout(levels)
        row.addWidget(QLabel(self.tr("MQL from")))
        row.addWidget(self.mql)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("SQL from")))
        row.addWidget(self.sql)
        row.addSpacing(16)
        row.addWidget(self.threshold_problem, 1)
        row.addStretch(1)
        note = QLabel(
            self.tr(
                "Fit rules count who the lead is; behaviour rules what the lead did, and "
                "engagement rules how the lead answers. Behaviour and engagement points "
                "fade: after the half-life they count half. Saving rescores every lead."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(levels)
        lay.addWidget(self.preview_line)
        lay.addWidget(note)
        lay.addLayout(bottom)

    # loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """The saved rules and thresholds (edits not saved are dropped)."""
        self._reload_names()
        try:
            rules, thresholds = self._ws().scoring.rules()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self._saved = (in_groups(rules), thresholds)
        self.model.reset(rules)
        for box, value in ((self.mql, thresholds.mql), (self.sql, thresholds.sql)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.message.hide()
        self._show_threshold_problem(None)
        self._update_buttons()
        self._schedule_preview()

    def _reload_names(self) -> None:
        try:
            ws = self._ws()
            fields = ws.custom_fields.all(retired=True)
            sources = ws.sources.all()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self._custom = {f.key: f.name for f in fields}
        self._active_custom = [(CUSTOM + f.key, f.name) for f in fields if not f.retired]
        self._sources = {s.key: source_label(s.key, s.name) for s in sources}

    def note_changes(self, changes: Changes) -> None:
        """Custom fields or sources renamed elsewhere; the rules as saved elsewhere when
        nothing here is being edited."""
        if not changes.reference:
            return
        if self.dirty():
            self._reload_names()
            self.model.set_issues({})
        else:
            self.reload()

    def stop_work(self) -> None:
        """Before the window closes or the database changes: nothing left running."""
        self.counter.stop()
        self.rescorer.stop()
        self.progress.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale:
            self._schedule_preview()

    # the edits ----------------------------------------------------------------------
    def edited_thresholds(self) -> Thresholds:
        return Thresholds(mql=self.mql.value(), sql=self.sql.value())

    def dirty(self) -> bool:
        return (self.model.rules(), self.edited_thresholds()) != self._saved

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for b in (self.edit_button, self.remove_button):
            b.setEnabled(row >= 0)
        self.up_button.setEnabled(self.model.can_move(row, -1))
        self.down_button.setEnabled(self.model.can_move(row, 1))
        dirty = self.dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _edited(self) -> None:
        self.model.set_issues({})
        self.message.hide()
        self._show_threshold_problem(None)
        self._update_buttons()
        self._schedule_preview()

    def rule_dialog(self, rule: ScoreRule | None) -> RuleDialog:
        fields = [(key, fit_field_label(key, self._custom)) for key in FIT_FIELDS]
        return RuleDialog(rule, [*fields, *self._active_custom], self._sources, self)

    def _schedule_preview(self) -> None:
        self._counted = False
        if not self.isVisible():
            self._preview_stale = True  # counted when the owner looks
            return
        self._preview_stale = False
        self.counter.schedule()

    def counted(self) -> bool:
        """Whether the counts shown are those of the rules as edited now."""
        return self._counted

    def preview_text(self, p: Preview) -> str:
        """ "Now: 120 MQL, 40 SQL · With these rules: 150 MQL, 35 SQL" over so many leads."""
        text = self.tr(
            "Now: %1 MQL, %2 SQL · With these rules: %3 MQL, %4 SQL (of %Ln lead(s))", "", p.leads
        )
        counts = (p.mql_now, p.sql_now, p.mql_after, p.sql_after)
        for mark, value in zip(("%1", "%2", "%3", "%4"), counts, strict=True):
            text = text.replace(mark, number(value))
        return text

    def _previewed(self, result: Preview) -> None:
        self._counted = True
        self.preview_line.setText(self.preview_text(result))
        self.previewed.emit(result)

    # saving and rescoring ---------------------------------------------------------------
    def save(self) -> bool:
        rules, thresholds = self.model.rules(), self.edited_thresholds()
        try:
            changes = self._ws().scoring.save(rules, thresholds)
        except ValidationError as exc:
            self.show_issues(exc, rules)
            return False
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self.changed.emit(changes)
        self.reload()
        self.start_rescore()
        return True

    def show_issues(self, exc: ValidationError, rules: list[ScoreRule]) -> None:
        """Each refusal beside what it names: the rule's row, or the thresholds."""
        by_row: dict[int, list[str]] = {}
        lines, threshold = [], None
        for issue in exc.issues:
            found = RULE_FIELD.match(issue.field)
            if found is None:
                threshold = issue_text(issue)
                continue
            row = int(found.group(1))
            by_row.setdefault(row, []).append(issue_text(issue))
            name = rules[row].name if row < len(rules) else ""
            lines.append(
                self.tr("Rule %1 (%2): %3")
                .replace("%1", number(row + 1))
                .replace("%2", isolated(name))
                .replace("%3", issue_text(issue))
            )
        self.model.set_issues(by_row)
        if by_row:
            self.table.selectRow(min(by_row))
        self._show_threshold_problem(threshold)
        if lines:
            self.show_error("\n".join(lines))

    def _show_threshold_problem(self, text: str | None) -> None:
        self.threshold_problem.setText(text or "")
        self.threshold_problem.setVisible(text is not None)
        for box in (self.mql, self.sql):
            box.setStyleSheet(REFUSED_BOX if text is not None else "")

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def start_rescore(self) -> None:
        """Every lead scored with the saved rules, in the background."""
        self.progress.setRange(0, 0)  # busy until the first batch says how many
        self.progress.show()
        self.status.setText(self.tr("Rescoring the leads…"))
        self.rescorer.start()

    def _rescore_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.status.setText(
            self.tr("Rescoring the leads: %1 of %2")
            .replace("%1", number(done))
            .replace("%2", number(total))
        )

    def _publish(self, changes: Changes) -> None:
        if changes.leads or changes.timelines:
            self.changed.emit(changes)

    def _rescored(self, changes: Changes) -> None:
        self._publish(changes)
        self.progress.hide()
        self.status.setText(self.tr("Every lead is scored with the saved rules."))
        self._schedule_preview()  # "now" has changed
        self.rescored.emit(changes)

    def _rescore_failed(self, text: str) -> None:
        self.progress.hide()
        self.status.setText("")
        self.show_error(text)
