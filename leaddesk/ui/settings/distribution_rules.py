"""Settings ▸ Distribution ▸ Rules: the ordered assignment rules (the first that
matches a lead decides) and what happens to a lead none matches.

Nothing is written while the owner edits: the whole list and its default are saved
together, as the service checks them together. The rows are the very list saved, in
that order, so a refusal that names ``rules[i]`` is row ``i`` (and ``rules[n]``, one
past the list, is the default).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.distribution import OVERDUE, RULE_FIELDS, AssignmentRule, Target
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.distribution_setup import NEEDS_TARGET
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, number
from leaddesk.ui.i18n import LANGUAGES
from leaddesk.ui.names.distribution import (
    issue_text,
    rule_field_label,
    target_label,
)
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import language_label
from leaddesk.ui.names.scoring import CUSTOM
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.settings.distribution_rule_editor import AssignmentRuleDialog, Choices
from leaddesk.ui.settings.distribution_rules_model import CONDITIONS, NAME, AssignmentRulesModel
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table, select_row
from leaddesk.ui.widgets.rule_list import RuleListEditing

RULE_FIELD = re.compile(r"^rules\[(\d+)\]")
DEFAULT_NAME = "Default"  # as the domain names the pool's own default


class RulesSection(RuleListEditing, QWidget):
    changed = Signal(object)  # Changes: the rules saved

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionRules")
        self._ws = workspace
        self._custom: dict[str, str] = {}
        self._fields: list[tuple[str, str]] = []
        self._choices: dict[Target, list[tuple[str, str]]] = {}
        self._all_names: dict[str, str] = {}  # reps', teams' and partners' names by id
        self._sources: dict[str, str] = {}  # sources' names by key
        self._saved: tuple[list[AssignmentRule], AssignmentRule | None] = ([], None)
        self._default_id = str(uuid.uuid4())
        self._default_name = DEFAULT_NAME
        self.model = AssignmentRulesModel(
            lambda: (self._custom, self._all_names, self._sources), self
        )
        self.table = record_table(self.model, "assignmentRulesTable", stretch=CONDITIONS)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.add_button = push_button(self.tr("Add a rule…"), "addAssignmentRule", self.add_rule)
        self.edit_button = push_button(self.tr("Edit…"), "editAssignmentRule", self.edit_selected)
        self.remove_button = push_button(
            self.tr("Remove"), "removeAssignmentRule", self.remove_selected
        )
        self.up_button = push_button(self.tr("Move up"), "ruleUp", lambda: self.move_selected(-1))
        self.down_button = push_button(
            self.tr("Move down"), "ruleDown", lambda: self.move_selected(1)
        )
        self.active_button = push_button(
            self.tr("Switch off"), "toggleAssignmentRule", self.toggle_selected
        )
        self.default_target = QComboBox()
        self.default_target.setObjectName("defaultTarget")
        for t in Target:
            self.default_target.addItem(target_label(t), t.value)
        self.default_id = QComboBox()
        self.default_id.setObjectName("defaultTargetId")
        self.default_target.currentIndexChanged.connect(lambda _i: self._fill_default(None))
        self.default_id.currentIndexChanged.connect(lambda _i: self._edited())
        self.message = error_banner("distributionRulesMessage")
        self.save_button = push_button(self.tr("Save rules"), "saveAssignmentRules", self.save)
        self.revert_button = push_button(self.tr("Revert"), "revertAssignmentRules", self.reload)
        tools = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                  self.down_button, self.active_button):  # fmt: skip
            tools.addWidget(b)
        tools.addStretch(1)
        fallback = QHBoxLayout()
        fallback.addWidget(QLabel(self.tr("When no rule matches, send to")))
        fallback.addWidget(self.default_target)
        fallback.addWidget(self.default_id)
        fallback.addStretch(1)
        note = QLabel(
            self.tr(
                "The rules are read from the top for each new lead: the first whose "
                "conditions all hold decides where it goes."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.revert_button)
        bottom.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addLayout(fallback)
        lay.addWidget(note)
        lay.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """The saved rules (edits not saved are dropped)."""
        if not self._reload_names():
            return
        try:
            rules, default = self._ws().distribution.rules()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self._default_id = default.id if default is not None else str(uuid.uuid4())
        self._default_name = default.name if default is not None else DEFAULT_NAME
        # a default that says "the pool" is no default at all (saved as none)
        pool = default is not None and default.target is Target.POOL and default.active
        self._saved = (list(rules), None if pool else default)
        self.model.reset(rules)
        shown = default or AssignmentRule(self._default_id, DEFAULT_NAME, Target.POOL)
        self.default_target.blockSignals(True)
        self.default_target.setCurrentIndex(self.default_target.findData(shown.target.value))
        self.default_target.blockSignals(False)
        self._fill_default(shown.target_id)
        self.message.hide()
        self._update_buttons()

    def _reload_names(self) -> bool:
        try:
            ws = self._ws()
            fields = ws.custom_fields.all(retired=True)
            people = ws.users.list()
            teams = ws.distribution.teams()
            partners = ws.distribution.partners()
            sources = ws.sources.all()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self._custom = {f.key: f.name for f in fields}
        self._sources = {s.key: source_label(s.key, s.name) for s in sources}
        self._sources[OVERDUE] = self.tr("overdue")  # "First contact is overdue"
        self._sources |= {code: language_label(code) for code in LANGUAGES}  # "Language is Arabic"
        own = [(CUSTOM + f.key, f.name) for f in fields if not f.retired]
        # the fields read at runtime: more are being added to the rules
        self._fields = [(k, rule_field_label(k, self._custom)) for k in RULE_FIELDS] + own
        self._choices = {
            Target.REP: [(str(p.id), p.name) for p in people],
            Target.TEAM: [(str(t.id), t.name) for t in teams if t.active],
            Target.PARTNER: [(str(p.id), p.name) for p in partners if p.active],
        }
        self._all_names = {str(p.id): p.name for p in people}
        self._all_names |= {str(t.id): t.name for t in teams}
        self._all_names |= {str(p.id): p.name for p in partners}
        return True

    def choices(self) -> Choices:
        return self._choices

    def note_changes(self) -> None:
        """Teams, partners or people changed elsewhere; the rules as saved when
        nothing here is being edited."""
        if self.dirty():
            self._reload_names()
            kept = self.default_id.currentData()
            self._fill_default(kept)
            self.model.set_issues({})
        else:
            self.reload()

    # the edits ----------------------------------------------------------------------
    def edited_default(self) -> AssignmentRule | None:
        """The default as chosen (None: the pool, as with no default at all)."""
        target = Target(self.default_target.currentData())
        if target is Target.POOL:
            return None
        chosen = self.default_id.currentData() if target in NEEDS_TARGET else None
        return AssignmentRule(self._default_id, self._default_name, target,
                              str(chosen) if chosen else None)  # fmt: skip

    def dirty(self) -> bool:
        return (self.model.rules(), self.edited_default()) != self._saved

    def _fill_default(self, chosen: str | None) -> None:
        target = Target(self.default_target.currentData())
        self.default_id.blockSignals(True)
        self.default_id.clear()
        for key, name in self._choices.get(target, ()):
            self.default_id.addItem(name, key)
        if chosen is not None:
            self.default_id.setCurrentIndex(max(0, self.default_id.findData(chosen)))
        self.default_id.blockSignals(False)
        self.default_id.setVisible(target in NEEDS_TARGET)
        self._edited()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for b in (self.edit_button, self.remove_button, self.active_button):
            b.setEnabled(row >= 0)
        off = row >= 0 and not self.model.record(row).active
        self.active_button.setText(self.tr("Switch on") if off else self.tr("Switch off"))
        self.up_button.setEnabled(self.model.can_move(row, -1))
        self.down_button.setEnabled(self.model.can_move(row, 1))
        dirty = self.dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _edited(self) -> None:
        self.model.set_issues({})
        self.message.hide()
        self._update_buttons()

    def rule_dialog(self, rule: AssignmentRule | None) -> AssignmentRuleDialog:
        return AssignmentRuleDialog(
            rule, self._fields, self._choices, self._custom, self._sources, self
        )

    def toggle_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            rule = self.model.record(row)
            self._select(self.model.replace(row, replace(rule, active=not rule.active)))

    # saving -------------------------------------------------------------------------
    def save(self) -> bool:
        rules, default = self.model.rules(), self.edited_default()
        try:
            changes = self._ws().distribution.save_rules(rules, default)
        except ValidationError as exc:
            self.show_issues(exc, rules)
            return False
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self.reload()
        self.changed.emit(changes)
        return True

    def show_issues(self, exc: ValidationError, rules: list[AssignmentRule]) -> None:
        """Each refusal beside the rule it names; the list stays as edited."""
        by_row: dict[int, list[str]] = {}
        lines = []
        for issue in exc.issues:
            found = RULE_FIELD.match(issue.field)
            row = int(found.group(1)) if found else -1
            if 0 <= row < len(rules):
                by_row.setdefault(row, []).append(issue_text(issue))
                lines.append(
                    self.tr("Rule %1 (%2): %3")
                    .replace("%1", number(row + 1))
                    .replace("%2", isolated(rules[row].name))
                    .replace("%3", issue_text(issue))
                )
            elif row == len(rules):
                lines.append(self.tr("When no rule matches: %1").replace("%1", issue_text(issue)))
            else:
                lines.append(issue_text(issue))
        self.model.set_issues(by_row)
        if by_row:
            select_row(self.table, min(by_row))
        self.show_error("\n".join(lines))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
