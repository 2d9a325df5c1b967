"""Settings ▸ Distribution ▸ Teams: the teams a rule can send leads to, and each
team's members in rotation order with their weight (a senior of weight 2 takes two
leads for each one of a weight-1 colleague's).

The members are edited here and saved together (the service keeps the rotation's
credits of those who stay, so reordering does not restart it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.distribution_reads import MemberRecord, TeamRecord
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import number
from leaddesk.ui.names.distribution import issues_text
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table, select_row
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#95A5A6")


class TeamsModel(RecordTableModel[TeamRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Team"), self.tr("Members"), self.tr("State")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("Active") if t.active else self.tr("Off")
            return (t.name, number(len(t.members)), state)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not t.active:
            return GREY
        return None


class MembersModel(RecordTableModel[MemberRecord]):
    """A team's members as edited, in rotation order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Member"), self.tr("Weight")], parent)

    def members(self) -> list[MemberRecord]:
        return list(self._rows)

    def add(self, member: MemberRecord) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(member)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def set_weight(self, row: int, weight: int) -> None:
        self._rows[row] = replace(self._rows[row], weight=weight)
        self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def can_move(self, row: int, step: int) -> bool:
        return 0 <= row < len(self._rows) and 0 <= row + step < len(self._rows)

    def move(self, row: int, step: int) -> int:
        if not self.can_move(row, step):
            return row
        other = row + step
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), other + 1 if step > 0 else other)
        self._rows[row], self._rows[other] = self._rows[other], self._rows[row]
        self.endMoveRows()
        return other

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return m.name if index.column() == 0 else number(m.weight)
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None


class TeamsSection(QWidget):
    changed = Signal(object)  # Changes: a team created, renamed, switched, its members saved

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionTeams")
        self._ws = workspace
        self._people: list[tuple[uuid.UUID, str]] = []
        self._saved_members: list[MemberRecord] = []
        self.teams = TeamsModel(self)
        self.teams_table = record_table(self.teams, "teamsTable", stretch=0)
        self.members = MembersModel(self)
        self.members_table = record_table(self.members, "teamMembersTable", stretch=0)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newTeamName")
        self.new_name.setPlaceholderText(self.tr("Name of a new team"))
        self.new_name.setMaxLength(120)
        self.new_name.returnPressed.connect(self.create_team)
        self.create_button = push_button(self.tr("Create team"), "createTeam", self.create_team)
        self.rename_button = push_button(self.tr("Rename…"), "renameTeam", self.rename_selected)
        self.active_button = push_button(self.tr("Switch off"), "toggleTeam", self.toggle_selected)
        self.person = QComboBox()
        self.person.setObjectName("memberToAdd")
        self.add_button = push_button(self.tr("Add"), "addMember", self.add_member)
        self.remove_button = push_button(self.tr("Remove"), "removeMember", self.remove_member)
        self.up_button = push_button(self.tr("Move up"), "memberUp", lambda: self.move_member(-1))
        self.down_button = push_button(
            self.tr("Move down"), "memberDown", lambda: self.move_member(1)
        )
        self.weight = QSpinBox()
        self.weight.setObjectName("memberWeight")
        self.weight.setRange(1, 10)
        self.weight.setToolTip(
            self.tr("A member of weight 2 takes two leads for each one of a weight-1 colleague.")
        )
        self.weight.valueChanged.connect(self._weight_changed)
        self.save_button = push_button(self.tr("Save members"), "saveMembers", self.save_members)
        self.message = error_banner("teamsMessage")
        self._layout()
        self.teams_table.selectionModel().selectionChanged.connect(lambda *_: self._team_chosen())
        self.members_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )

    def _layout(self) -> None:
        left = QGroupBox(self.tr("Teams"))
        llay = QVBoxLayout(left)
        make = QHBoxLayout()
        make.addWidget(self.new_name, 1)
        make.addWidget(self.create_button)
        llay.addLayout(make)
        llay.addWidget(self.teams_table, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.rename_button)
        tools.addWidget(self.active_button)
        tools.addStretch(1)
        llay.addLayout(tools)
        right = QGroupBox(self.tr("Members in rotation order"))
        rlay = QVBoxLayout(right)
        adding = QHBoxLayout()
        adding.addWidget(self.person, 1)
        adding.addWidget(self.add_button)
        rlay.addLayout(adding)
        rlay.addWidget(self.members_table, 1)
        order = QHBoxLayout()
        for b in (self.remove_button, self.up_button, self.down_button):
            order.addWidget(b)
        order.addStretch(1)
        order.addWidget(QLabel(self.tr("Weight")))
        order.addWidget(self.weight)
        rlay.addLayout(order)
        rlay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeading)
        both = QHBoxLayout()
        both.addWidget(left, 2)
        both.addWidget(right, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addLayout(both, 1)

    # loading ----------------------------------------------------------------------
    def reload(self, keep: uuid.UUID | None = None) -> None:
        """The teams as saved (members not saved are dropped), ``keep`` selected."""
        kept = keep or (t.id if (t := self.selected_team()) else None)
        try:
            teams = self._ws().distribution.teams()
            self._people = [(p.id, p.name) for p in self._ws().users.list()]
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.teams.reset(teams)
        rows = [i for i, t in enumerate(teams) if t.id == kept] or ([0] if teams else [])
        if rows:
            select_row(self.teams_table, rows[0])
        self._team_chosen()

    def note_changes(self) -> None:
        if self.members.members() == self._saved_members:
            self.reload()

    def selected_team(self) -> TeamRecord | None:
        rows = self.teams_table.selectionModel().selectedRows()
        return self.teams.record(rows[0].row()) if rows else None

    def selected_member(self) -> int:
        rows = self.members_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _team_chosen(self) -> None:
        team = self.selected_team()
        self._saved_members = list(team.members) if team else []
        self.members.reset(list(self._saved_members))
        self._fill_people()
        self._update_buttons()

    def _fill_people(self) -> None:
        inside = {m.user_id for m in self.members.members()}
        self.person.clear()
        for user_id, name in self._people:
            if user_id not in inside:
                self.person.addItem(name, str(user_id))

    def _update_buttons(self) -> None:
        team, row = self.selected_team(), self.selected_member()
        for b in (self.rename_button, self.active_button, self.add_button):
            b.setEnabled(team is not None)
        self.add_button.setEnabled(team is not None and self.person.count() > 0)
        self.active_button.setText(
            self.tr("Switch on") if team is not None and not team.active else self.tr("Switch off")
        )
        self.remove_button.setEnabled(row >= 0)
        self.weight.setEnabled(row >= 0)
        if row >= 0:
            self.weight.blockSignals(True)
            self.weight.setValue(self.members.record(row).weight)
            self.weight.blockSignals(False)
        self.up_button.setEnabled(self.members.can_move(row, -1))
        self.down_button.setEnabled(self.members.can_move(row, 1))
        self.save_button.setEnabled(
            team is not None and self.members.members() != self._saved_members
        )

    # teams ------------------------------------------------------------------------
    def _write(self, work: Callable[[], object], keep: uuid.UUID | None = None) -> bool:
        try:
            found = work()
        except ValidationError as exc:
            self.show_error(issues_text(exc.issues))
            return False
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self.message.hide()
        self.reload(found if isinstance(found, uuid.UUID) else keep)
        self.changed.emit(found if isinstance(found, Changes) else Changes(reference=True))
        return True

    def create_team(self) -> bool:
        name = self.new_name.text()
        if self._write(lambda: self._ws().distribution.create_team(name)):
            self.new_name.clear()
            return True
        return False

    def rename_selected(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename team"), self.tr("Name"),
                                        text=team.name)  # fmt: skip
        if ok:
            self._write(lambda: self._ws().distribution.rename_team(team.id, name), team.id)

    def toggle_selected(self) -> None:
        team = self.selected_team()
        if team is not None:
            self._write(
                lambda: self._ws().distribution.set_team_active(team.id, not team.active), team.id
            )

    # members ----------------------------------------------------------------------
    def add_member(self) -> None:
        chosen = self.person.currentData()
        if chosen is None:
            return
        select_row(
            self.members_table,
            self.members.add(MemberRecord(uuid.UUID(chosen), self.person.currentText(), 1, True)),
        )
        self._fill_people()
        self._update_buttons()

    def remove_member(self) -> None:
        row = self.selected_member()
        if row >= 0:
            self.members.remove(row)
            self._fill_people()
            self._update_buttons()

    def move_member(self, step: int) -> None:
        row = self.selected_member()
        if self.members.can_move(row, step):
            select_row(self.members_table, self.members.move(row, step))
            self._update_buttons()

    def _weight_changed(self, weight: int) -> None:
        row = self.selected_member()
        if row >= 0:
            self.members.set_weight(row, weight)
            self._update_buttons()

    def save_members(self) -> bool:
        team = self.selected_team()
        if team is None:
            return False
        members = [MemberWeight(m.user_id, m.weight) for m in self.members.members()]
        return self._write(lambda: self._ws().distribution.set_members(team.id, members), team.id)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
