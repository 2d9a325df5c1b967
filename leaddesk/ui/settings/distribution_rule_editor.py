"""One assignment rule's editor: its conditions (all must hold; none: every lead),
each a field, an operator and its values, and where the matching leads go (a rep,
a team's rotation, a partner, the pool, or nobody).

A rule has a handful of conditions, so each is a row of its own widgets. What needs
the database (does the chosen team exist?) is checked when the list is saved, and
told beside the rule there; what the dialog can see (a value missing) is told here,
with the dialog kept open and nothing lost.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.response_targets import MAX_TARGET_MINUTES
from leaddesk.services.distribution_setup import NEEDS_TARGET, NEEDS_VALUES
from leaddesk.ui.formatting import number
from leaddesk.ui.names.distribution import conditions_text, target_label
from leaddesk.ui.names.scoring import operator_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button

# (id, name) of the reps, teams and partners a rule may name, by target
Choices = Mapping[Target, Sequence[tuple[str, str]]]


class ConditionRow(QWidget):
    """Field, operator and values of one condition, with a button to drop it."""

    removed = Signal(object)  # this row

    def __init__(
        self,
        fields: Sequence[tuple[str, str]],
        condition: Condition | None,
        value_labels: Mapping[str, str],
        parent: QWidget,
    ) -> None:
        """``value_labels``: stored values by how they are shown (a source's key by
        its name), so a value typed as shown is kept as stored."""
        super().__init__(parent)
        self._labels = dict(value_labels)
        self.field = QComboBox()
        self.field.setObjectName("conditionField")
        for key, label in fields:
            self.field.addItem(label, key)
        self.operator = QComboBox()
        self.operator.setObjectName("conditionOperator")
        for op in Operator:
            self.operator.addItem(operator_label(op), op.value)
        self.values = QLineEdit()
        self.values.setObjectName("conditionValues")
        self.low, self.high = QLineEdit(), QLineEdit()
        self.low.setPlaceholderText(self.tr("no lowest"))
        self.high.setPlaceholderText(self.tr("no highest"))
        self.to = QLabel(self.tr("to"))
        drop = push_button(self.tr("Remove"), "removeCondition", lambda: self.removed.emit(self))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.field, self.operator, self.values, self.low, self.to, self.high):
            lay.addWidget(w)
        lay.addWidget(drop)
        c = condition or Condition("country", Operator.EQUALS)
        found = self.field.findData(c.field)
        if found < 0:  # a field no longer offered (a retired custom field) stays readable
            self.field.addItem(c.field, c.field)
            found = self.field.count() - 1
        self.field.setCurrentIndex(found)
        self.operator.setCurrentIndex(self.operator.findData(c.operator.value))
        if c.operator is Operator.RANGE:
            low, high = (*c.values, "", "")[:2]
            self.low.setText(low)
            self.high.setText(high)
        else:
            self.values.setText(", ".join(self._labels.get(v, v) for v in c.values))
        self.operator.currentIndexChanged.connect(lambda _i: self._adapt())
        self._adapt()

    def chosen_operator(self) -> Operator:
        return Operator(self.operator.currentData())

    def _adapt(self) -> None:
        op = self.chosen_operator()
        self.values.setVisible(op in NEEDS_VALUES and op is not Operator.RANGE)
        for w in (self.low, self.to, self.high):
            w.setVisible(op is Operator.RANGE)
        self.values.setPlaceholderText(
            self.tr("Values, separated by commas") if op is Operator.ONE_OF else ""
        )

    def condition(self) -> Condition:
        op = self.chosen_operator()
        if op is Operator.RANGE:
            values: tuple[str, ...] = (self.low.text().strip(), self.high.text().strip())
        elif op in NEEDS_VALUES:
            text = self.values.text()
            # either comma: "a, b" or the Arabic "أ، ب"
            parts = re.split("[,،]", text) if op is Operator.ONE_OF else [text]
            by_label = {label.casefold(): key for key, label in self._labels.items()}
            typed = [p.strip() for p in parts if p.strip()]
            values = tuple(by_label.get(p.casefold(), p) for p in typed)
        else:
            values = ()
        return Condition(str(self.field.currentData()), op, values)


class AssignmentRuleDialog(QDialog):
    def __init__(
        self,
        rule: AssignmentRule | None,
        fields: Sequence[tuple[str, str]],
        choices: Choices,
        custom_names: Mapping[str, str],
        value_labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``fields``: (key, label) of every field a condition may read; ``choices``:
        the reps, teams and partners a rule may send to."""
        super().__init__(parent)
        self.setObjectName("assignmentRuleDialog")
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("Add a rule"))
        self.setMinimumWidth(560)
        self._id = rule.id if rule else str(uuid.uuid4())
        self._fields = list(fields)
        self._choices = choices
        self._custom = custom_names
        self._labels = value_labels
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setObjectName("ruleName")
        self.name.setMaxLength(120)
        self.rows: list[ConditionRow] = []
        self.conditions_box = QVBoxLayout()
        self.none_label = QLabel(self.tr("No condition: the rule takes every lead."))
        self.none_label.setStyleSheet("color: palette(placeholder-text);")
        self.conditions_box.addWidget(self.none_label)
        add = push_button(self.tr("Add a condition"), "addCondition", lambda: self.add_condition())
        self.target = QComboBox()
        self.target.setObjectName("ruleTarget")
        for t in Target:
            self.target.addItem(target_label(t), t.value)
        self.target_id = QComboBox()
        self.target_id.setObjectName("ruleTargetId")
        self.response = QSpinBox()
        self.response.setObjectName("ruleResponseMinutes")
        self.response.setRange(0, MAX_TARGET_MINUTES)
        self.response.setSingleStep(15)
        self.response.setSuffix(self.tr(" min"))
        self.response.setSpecialValueText(self.tr("The source's target"))
        self.response.setToolTip(
            self.tr(
                "Within how many working minutes of its owner the first contact is due; "
                "a lead past it is flagged and its owner told."
            )
        )
        self.response.setValue((rule.response_minutes or 0) if rule else 0)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("ruleActive")
        self.problem = error_banner("ruleProblem")
        conditions = QVBoxLayout()
        conditions.addLayout(self.conditions_box)
        conditions.addWidget(add, 0, Qt.AlignmentFlag.AlignLeading)
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("All of these hold"), conditions)
        form.addRow(self.tr("Send to"), self.target)
        form.addRow(self.tr("Who"), self.target_id)
        form.addRow(self.tr("First contact within"), self.response)
        form.addRow(self.tr("Name"), self.name)
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
        for c in rule.conditions if rule else ():
            self.add_condition(c)
        target = rule.target if rule else Target.TEAM
        self.target.setCurrentIndex(self.target.findData(target.value))
        self._fill_choices(rule.target_id if rule else None)
        self.active.setChecked(rule.active if rule else True)
        self.target.currentIndexChanged.connect(lambda _i: self._fill_choices(None))
        self.result_rule: AssignmentRule | None = None

    def add_condition(self, condition: Condition | None = None) -> ConditionRow:
        row = ConditionRow(self._fields, condition, self._labels, self)
        row.removed.connect(self._drop)
        self.rows.append(row)
        self.conditions_box.addWidget(row)
        self.none_label.hide()
        return row

    def _drop(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.none_label.setVisible(not self.rows)

    def chosen_target(self) -> Target:
        return Target(self.target.currentData())

    def _fill_choices(self, chosen: str | None) -> None:
        target = self.chosen_target()
        self.target_id.clear()
        for key, name in self._choices.get(target, ()):
            self.target_id.addItem(name, key)
        if chosen is not None:
            self.target_id.setCurrentIndex(max(0, self.target_id.findData(chosen)))
        self.form.setRowVisible(self.target_id, target in NEEDS_TARGET)

    def rule(self) -> AssignmentRule:
        """The rule as edited; an empty name becomes its conditions in words."""
        target = self.chosen_target()
        chosen = self.target_id.currentData() if target in NEEDS_TARGET else None
        conditions = tuple(r.condition() for r in self.rows)
        name = self.name.text().strip()
        if not name:
            shown = conditions_text(conditions, self._custom, self._labels)
            name = without_isolates(shown)[:120]
        return AssignmentRule(
            self._id, name, target, str(chosen) if chosen else None, conditions,
            self.active.isChecked(), self.response.value() or None,
        )  # fmt: skip

    def accept(self) -> None:
        rule = self.rule()
        missing = [
            n + 1
            for n, c in enumerate(rule.conditions)
            if c.operator in NEEDS_VALUES and not any(v.strip() for v in c.values)
        ]
        if missing:
            self.problem.setText(
                self.tr("Condition %1 needs a value.").replace("%1", number(missing[0]))
            )
            self.problem.show()
            return
        self.result_rule = rule
        super().accept()
