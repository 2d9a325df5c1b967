"""A lead's score in its window: "Score 80 · SQL" in the header, and on a click the
breakdown: every rule that gave or took points, how often, and what has faded.

The breakdown is worked out afresh when it opens (ws.scoring.breakdown), so it is
true at that moment even if the kept score is due for its next fading step.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.scoring import Part, RuleGroup, Score, Thresholds
from leaddesk.errors import LeadDeskError
from leaddesk.services.conversion_records import Factor, LeadExplanation
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import format_percent, number
from leaddesk.ui.lead.score_texts import signed_points
from leaddesk.ui.names.activities import rule_name_label
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.model import factor_text, percent_points
from leaddesk.ui.names.scoring import group_label, qualification_label, score_button_text
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PartsModel(RecordTableModel[Part]):
    """The rules that counted: group, rule, times, points today, faded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("Group"), self.tr("Rule"), self.tr("Times"), self.tr("Points"),
                        self.tr("Faded")]  # fmt: skip

    @property
    def parts(self) -> tuple[Part, ...]:
        return tuple(self._rows)

    def set_parts(self, parts: tuple[Part, ...]) -> None:
        self.reset(sorted(parts, key=lambda p: (list(RuleGroup).index(p.group), -p.points)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        part, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column >= 2 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return group_label(part.group)
        if column == 1:
            return rule_name_label(part.name)
        if column == 2:
            return number(part.occurrences)
        if column == 3:
            return signed_points(part.points)
        if column == 4:
            faded = round(part.faded)
            return signed_points(-faded) if faded else ""
        return None


def explanation_text(explained: LeadExplanation, custom_names: dict[str, str]) -> str:
    """ "Likely to become a customer: 42 %. Raising it: Source: Referral +12 %, …" """

    def listed(factors: tuple[Factor, ...]) -> str:
        return ", ".join(
            f"{factor_text(f.column, f.value, f.missing, custom_names)} {percent_points(f.percent)}"
            for f in factors
        )

    lines = [
        QCoreApplication.translate("Score", "Likely to become a customer: %1").replace(
            "%1", format_percent(explained.probability, 0)
        )
    ]
    if explained.raising:
        lines.append(
            QCoreApplication.translate("Score", "Raising it: %1").replace(
                "%1", listed(explained.raising)
            )
        )
    if explained.lowering:
        lines.append(
            QCoreApplication.translate("Score", "Lowering it: %1").replace(
                "%1", listed(explained.lowering)
            )
        )
    return "\n".join(lines)


class ScoreBreakdown(QDialog):
    def __init__(
        self,
        score: Score,
        thresholds: Thresholds,
        parent: QWidget | None = None,
        explained: LeadExplanation | None = None,
        custom_names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scoreBreakdown")
        self.setWindowTitle(self.tr("Score"))
        self.resize(600, 340)
        level = score.qualification(thresholds)
        summary = self.tr("%1 points. MQL from %2, SQL from %3.")
        summary = (
            summary.replace("%1", number(score.total))
            .replace("%2", number(thresholds.mql))
            .replace("%3", number(thresholds.sql))
        )
        if shown := qualification_label(level):
            summary = self.tr("%1 This lead is %2.").replace("%1", summary).replace("%2", shown)
        self.summary = QLabel(summary)
        self.summary.setObjectName("scoreSummary")
        self.summary.setWordWrap(True)
        self.model = PartsModel(self)
        self.model.set_parts(score.parts)
        self.table = QTableView()
        self.table.setObjectName("scoreParts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the rule's name
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("No rule gives this lead points yet."))
        self.empty.setVisible(not score.parts)
        self.table.setVisible(bool(score.parts))
        self.likely = QLabel(
            explanation_text(explained, custom_names or {}) if explained is not None else ""
        )
        self.likely.setObjectName("conversionExplained")
        self.likely.setWordWrap(True)
        self.likely.setVisible(explained is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.likely)
        lay.addWidget(buttons)


class ScoreButton(QToolButton):
    """The header's score; a click opens the breakdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadScore")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Which rules gave these points"))
        self.workspace: Workspace | None = None
        self.lead_id: uuid.UUID | None = None
        self.clicked.connect(self.open_breakdown)

    def show_score(self, score: int, level: str, probability: float | None = None) -> None:
        text = score_button_text(score, level)
        if probability is not None:
            text = f"{text} · {format_percent(probability, 0)}"
        self.setText(text)

    def open_breakdown(self) -> ScoreBreakdown | None:
        if self.workspace is None or self.lead_id is None:
            return None
        try:
            score, thresholds = self.workspace.scoring.breakdown(self.lead_id)
            explained = self.workspace.conversion.explain(self.lead_id)
            names = {f.key: f.name for f in self.workspace.custom_fields.all()}
        except LeadDeskError as exc:
            self.setToolTip(error_text(exc))
            return None
        dialog = ScoreBreakdown(score, thresholds, self.window(), explained, names)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
