"""One point rule's editor: what it looks at follows its group (a lead field and an
operator for fit, a kind of activity and a tag for behaviour, what the lead did for
engagement), then its points, how often it counts and how fast it fades.

The rule is checked by the same checks the service saves with, so a refusal is told
here, beside the rule, and the dialog stays open with nothing lost.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence

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

from leaddesk.domain.activities import CONTACT_KINDS, KNOWN_EVENT_TAGS, ActivityKind, event_tag
from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.scoring import Engagement, FitOperator, RuleGroup, ScoreRule, Thresholds
from leaddesk.errors import ValidationError
from leaddesk.services.scoring_rules import MAX_HALF_LIFE, MAX_POINTS, NEEDS_VALUES, check_rules
from leaddesk.ui.names.activities import kind_label, rule_name_label
from leaddesk.ui.names.scoring import (
    condition_text,
    engagement_label,
    group_label,
    issue_text,
    operator_label,
    tag_label,
)
from leaddesk.ui.settings.scoring_model import GROUPS
from leaddesk.ui.widgets.banner import error_banner

BEHAVIOUR_KINDS = (ActivityKind.EVENT, *sorted(CONTACT_KINDS))
FADE_DAYS = 90  # a new behaviour rule's half-life: last season's webinar counts half


class RuleDialog(QDialog):
    def __init__(
        self,
        rule: ScoreRule | None,
        fields: Sequence[tuple[str, str]],
        value_labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``fields``: (key, label) of every field a fit rule may read; ``value_labels``:
        stored values by how they are shown (a source's key by its name), so a value
        typed as shown is kept as stored."""
        super().__init__(parent)
        self.setObjectName("scoreRuleDialog")
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("Add a rule"))
        self.setMinimumWidth(460)
        self._id = rule.id if rule else str(uuid.uuid4())
        self._custom = {k.partition(":")[2]: label for k, label in fields if ":" in k}
        self._value_labels = dict(value_labels)
        self.name = QLineEdit(rule_name_label(rule.name) if rule else "")
        self.name.setObjectName("ruleName")
        self.name.setMaxLength(120)
        self.group = QComboBox()
        self.group.setObjectName("ruleGroup")
        for group in GROUPS:
            self.group.addItem(group_label(group), group.value)
        self.field = QComboBox()
        self.field.setObjectName("ruleField")
        for key, label in fields:
            self.field.addItem(label, key)
        self.operator = QComboBox()
        self.operator.setObjectName("ruleOperator")
        for op in FitOperator:
            self.operator.addItem(operator_label(op), op.value)
        self.values = QLineEdit()
        self.values.setObjectName("ruleValues")
        self.low, self.high = QLineEdit(), QLineEdit()
        self.low.setObjectName("ruleLowest")
        self.high.setObjectName("ruleHighest")
        self.low.setPlaceholderText(self.tr("no lowest"))
        self.high.setPlaceholderText(self.tr("no highest"))
        self.range = QWidget()
        span = QHBoxLayout(self.range)
        span.setContentsMargins(0, 0, 0, 0)
        span.addWidget(self.low)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.high)
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        for kind in BEHAVIOUR_KINDS:
            self.kind.addItem(kind_label(kind), kind.value)
        self.tag = QComboBox()
        self.tag.setObjectName("ruleTag")
        self.tag.setEditable(True)  # the team's own tags are typed
        self.tag.addItem(self.tr("(any)"), "")
        for tag in KNOWN_EVENT_TAGS:
            self.tag.addItem(tag_label(tag), tag)
        self.engagement = QComboBox()
        self.engagement.setObjectName("ruleEngagement")
        for engagement in Engagement:
            self.engagement.addItem(engagement_label(engagement), engagement.value)
        self.last_n = QSpinBox()
        self.last_n.setObjectName("ruleLastN")
        self.last_n.setRange(1, 20)
        self.points = QSpinBox()
        self.points.setObjectName("rulePoints")
        self.points.setRange(-MAX_POINTS, MAX_POINTS)
        self.points.setToolTip(self.tr("Negative points take points away."))
        self.per_occurrence = QCheckBox(self.tr("Every time it happens"))
        self.per_occurrence.setObjectName("rulePerOccurrence")
        self.cap = QSpinBox()
        self.cap.setObjectName("ruleCap")
        self.cap.setRange(0, MAX_POINTS * 20)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.fades = QCheckBox(self.tr("Points fade"))
        self.fades.setObjectName("ruleFades")
        self.half_life = QSpinBox()
        self.half_life.setObjectName("ruleHalfLife")
        self.half_life.setRange(1, int(MAX_HALF_LIFE))
        self.half_life.setSuffix(self.tr(" days"))
        self.half_life.setToolTip(self.tr("After this many days a rule's points count half."))
        self.problem = error_banner("ruleProblem")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Group"), self.group)
        self.form.addRow(self.tr("Field"), self.field)
        self.form.addRow(self.tr("Operator"), self.operator)
        self.form.addRow(self.tr("Value"), self.values)
        self.form.addRow(self.tr("Range"), self.range)
        self.form.addRow(self.tr("Activity"), self.kind)
        self.form.addRow(self.tr("Tag"), self.tag)
        self.form.addRow(self.tr("What the lead did"), self.engagement)
        self.form.addRow(self.tr("Contacts without an answer"), self.last_n)
        self.form.addRow(self.tr("Points"), self.points)
        self.form.addRow("", self.per_occurrence)
        self.form.addRow(self.tr("Up to"), self.cap)
        self.form.addRow("", self.fades)
        self.form.addRow(self.tr("Half-life"), self.half_life)
        self.form.addRow(self.tr("Name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self._load(rule)
        for combo in (self.group, self.operator, self.kind, self.engagement, self.field):
            combo.currentIndexChanged.connect(lambda _i: self._adapt())
        for box in (self.per_occurrence, self.fades):
            box.toggled.connect(lambda _on: self._adapt())
        self.tag.currentTextChanged.connect(lambda _t: self._adapt())
        self.values.textChanged.connect(lambda _t: self._adapt())
        self._adapt()
        self.result_rule: ScoreRule | None = None

    def _load(self, rule: ScoreRule | None) -> None:
        rule = rule or ScoreRule(
            self._id, "", RuleGroup.FIT, 10, field="company", operator=FitOperator.IS_GIVEN
        )
        self.group.setCurrentIndex(self.group.findData(rule.group.value))
        self.points.setValue(rule.points)
        self.field.setCurrentIndex(max(0, self.field.findData(rule.field or "company")))
        op = rule.operator or FitOperator.IS_GIVEN
        self.operator.setCurrentIndex(self.operator.findData(op.value))
        shown = [self._value_labels.get(v, v) for v in rule.values]
        if op is FitOperator.RANGE:
            low, high = (*shown, "", "")[:2]
            self.low.setText(low)
            self.high.setText(high)
        else:
            self.values.setText(self.tr(", ").join(shown))
        kind = rule.activity_kind or ActivityKind.EVENT
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        found = self.tag.findData(rule.tag or "")
        if found >= 0:
            self.tag.setCurrentIndex(found)
        else:
            self.tag.setEditText(rule.tag or "")
        self.engagement.setCurrentIndex(
            max(0, self.engagement.findData((rule.engagement or Engagement.REPLIED).value))
        )
        self.last_n.setValue(rule.last_n)
        self.per_occurrence.setChecked(rule.per_occurrence)
        self.cap.setValue(rule.cap or 0)
        fresh = not rule.name  # a new rule fades unless told otherwise
        self.fades.setChecked(bool(rule.half_life_days) or fresh)
        self.half_life.setValue(round(rule.half_life_days or FADE_DAYS))

    # what is shown follows the group ------------------------------------------------
    def chosen_group(self) -> RuleGroup:
        return RuleGroup(self.group.currentData())

    def _adapt(self) -> None:
        group = self.chosen_group()
        fit, behaviour = group is RuleGroup.FIT, group is RuleGroup.BEHAVIOUR
        op = FitOperator(self.operator.currentData())
        engaged = group is RuleGroup.ENGAGEMENT
        no_answer = Engagement(self.engagement.currentData()) is Engagement.NO_ANSWER
        counts_again = self._counts_again()
        shown = {
            self.field: fit,
            self.operator: fit,
            self.values: fit and op in NEEDS_VALUES,
            self.range: fit and op is FitOperator.RANGE,
            self.kind: behaviour,
            self.tag: self._uses_tag(),
            self.engagement: engaged,
            self.last_n: engaged and no_answer,
            self.per_occurrence: counts_again,
            self.cap: counts_again and self.per_occurrence.isChecked(),
            self.fades: not fit,
            self.half_life: not fit and self.fades.isChecked(),
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.values.setPlaceholderText(
            self.tr("Values, separated by commas") if op is FitOperator.ONE_OF else ""
        )
        self.name.setPlaceholderText(
            condition_text(self._rule(self.name.text()), self._custom, self._value_labels)
        )
        self.adjustSize()

    # the rule as edited ---------------------------------------------------------------
    def _stored(self, text: str) -> str:
        """A value typed as shown (a source by its name) as it is stored (its key)."""
        text = text.strip()
        by_label = {label.casefold(): key for key, label in self._value_labels.items()}
        return by_label.get(text.casefold(), text)

    def _fit_values(self, op: FitOperator) -> tuple[str, ...]:
        if op is FitOperator.RANGE:
            return (self.low.text().strip(), self.high.text().strip())
        if op in (FitOperator.IS_EMPTY, FitOperator.IS_GIVEN):
            return ()
        text = self.values.text()
        # either comma: "a, b" or the Arabic "أ، ب"
        parts = re.split("[,،]", text) if op is FitOperator.ONE_OF else [text]
        return tuple(self._stored(p) for p in parts if p.strip())

    def _counts_again(self) -> bool:
        """Whether the rule can count every occurrence: a fit holds or not, and "no
        answer to the last N contacts" is one state, not events."""
        group = self.chosen_group()
        if group is RuleGroup.ENGAGEMENT:
            return Engagement(self.engagement.currentData()) is not Engagement.NO_ANSWER
        return group is RuleGroup.BEHAVIOUR

    def _uses_tag(self) -> bool:
        """Only the lead's own actions carry a tag (what they did)."""
        return self.chosen_group() is RuleGroup.BEHAVIOUR and self._kind() is ActivityKind.EVENT

    def _kind(self) -> ActivityKind:
        return ActivityKind(self.kind.currentData())

    def _tag(self) -> str | None:
        index = self.tag.findText(self.tag.currentText())
        data = self.tag.itemData(index) if index >= 0 else None
        if isinstance(data, str):
            return data or None
        typed = self.tag.currentText().strip()
        return event_tag(typed) if typed else None

    def _rule(self, name: str) -> ScoreRule:
        group = self.chosen_group()
        op = FitOperator(self.operator.currentData())
        engagement = Engagement(self.engagement.currentData())
        per = self._counts_again() and self.per_occurrence.isChecked()
        fades = group is not RuleGroup.FIT and self.fades.isChecked()
        return ScoreRule(
            self._id,
            name.strip(),
            group,
            self.points.value(),
            field=self.field.currentData() if group is RuleGroup.FIT else None,
            operator=op if group is RuleGroup.FIT else None,
            values=self._fit_values(op) if group is RuleGroup.FIT else (),
            activity_kind=self._kind() if group is RuleGroup.BEHAVIOUR else None,
            tag=self._tag()
            if group is RuleGroup.BEHAVIOUR and self._kind() is ActivityKind.EVENT
            else None,
            engagement=engagement if group is RuleGroup.ENGAGEMENT else None,
            last_n=self.last_n.value(),
            per_occurrence=per,
            cap=(self.cap.value() or None) if per else None,
            half_life_days=float(self.half_life.value()) if fades else None,
        )

    def rule(self) -> ScoreRule:
        """The rule as edited; an empty name becomes the condition in words."""
        draft = self._rule(self.name.text())
        if draft.name:
            return draft
        return self._rule(without_isolates(condition_text(draft, self._custom, self._value_labels)))

    def accept(self) -> None:
        rule = self.rule()
        try:
            check_rules([rule], Thresholds())
        except ValidationError as exc:
            self.problem.setText("\n".join(issue_text(i) for i in exc.issues))
            self.problem.show()
            return
        self.result_rule = rule
        super().accept()
