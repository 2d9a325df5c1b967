"""Settings ▸ Distribution ▸ People: each active person's working days and hours in
their own time zone, how many leads they may hold and take, and their absences.
The rotation skips a rep outside these (and says why on the lead's timeline), so
what is set here is what a rep will see happen.

Nothing set means no limit: a rep is never skipped for a pattern nobody entered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.distribution_reads import WorkingRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import time_format, time_text
from leaddesk.ui.names.distribution import issues_text, weekday_name
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.settings.distribution_absences import AbsencesBox
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table, select_row
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
MAX_LIMIT = 10_000
Limits = tuple[int | None, int | None, int | None, int | None]


class WorkingModel(RecordTableModel[WorkingRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Person"), self.tr("Working days"), self.tr("Hours")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        w = self.record(index.row())
        if index.column() == 0:
            return w.name
        if index.column() == 1:
            if w.days is None or len(w.days) == 7:
                return self.tr("Every day")
            return self.tr(", ").join(weekday_name(d) for d in sorted(w.days))
        if w.starts is None or w.starts == w.ends:
            return self.tr("All day")
        return (
            self.tr("%1–%2")
            .replace("%1", time_text(w.starts))
            .replace("%2", time_text(w.ends or dt.time(0)))
        )


def _limit_box(name: str, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, MAX_LIMIT)
    box.setSpecialValueText(QCoreApplication.translate("Distribution", "No limit"))
    box.setToolTip(tip)
    return box


class PeopleSection(QWidget):
    changed = Signal(object)  # Changes: a person's working time, limits or absences saved

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionPeople")
        self._ws = workspace
        self.model = WorkingModel(self)
        self.table = record_table(self.model, "workingTable", stretch=1)
        self.table.setWordWrap(True)
        self.days = [QCheckBox(weekday_name(d)) for d in range(7)]
        for d, box in enumerate(self.days):
            box.setObjectName(f"workDay{d}")
        self.starts, self.ends = QTimeEdit(), QTimeEdit()
        self.starts.setObjectName("workStarts")
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(time_format())
        self.ends.setObjectName("workEnds")
        self.zone = QComboBox()
        self.zone.setObjectName("timeZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItem("")
        self.zone.addItems(sorted(available_timezones()))
        finder = QCompleter(self.zone.model(), self.zone)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(finder)
        self.max_open = _limit_box("maxOpen", self.tr("Leads in an open stage they may hold."))
        self.max_new = _limit_box("maxNewPerDay", self.tr("New leads they may be given a day."))
        self.max_claimed = _limit_box(
            "maxClaimedOpen", self.tr("Leads claimed from the pool they may hold untouched.")
        )
        self.max_claims = _limit_box("maxClaimsPerDay", self.tr("Leads they may claim a day."))
        self.save_button = push_button(self.tr("Save working time"), "saveWorking", self.save)
        self.message = error_banner("workingMessage")
        self.absences = AbsencesBox(workspace, self)
        self.absences.changed.connect(self.changed)
        self._layout()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())

    def _layout(self) -> None:
        week = QGridLayout()  # two rows: the form leaves the list of people room
        for d, box in enumerate(self.days):
            week.addWidget(box, d // 4, d % 4)
        hours = QHBoxLayout()
        hours.addWidget(self.starts)
        hours.addWidget(self.ends)
        hours.addStretch(1)
        working = QGroupBox(self.tr("Working time"))
        form = QFormLayout(working)
        form.addRow(self.tr("Working days"), week)
        form.addRow(self.tr("From – to (the same: all day)"), hours)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Most open leads"), self.max_open)
        form.addRow(self.tr("Most new leads a day"), self.max_new)
        form.addRow(self.tr("Most untouched claimed leads"), self.max_claimed)
        form.addRow(self.tr("Most claims a day"), self.max_claims)
        form.addRow("", self.save_button)
        side = QVBoxLayout()
        side.addWidget(working)
        side.addWidget(self.absences, 1)
        both = QHBoxLayout()
        both.addWidget(self.table, 1)
        both.addLayout(side, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addLayout(both, 1)

    # loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Active people as saved, the one chosen kept (edits not saved are dropped)."""
        kept = self.selected()
        try:
            people = self._ws().distribution.working()
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.model.reset(people)
        rows = [i for i, p in enumerate(people) if kept and p.user_id == kept.user_id]
        if rows or people:
            select_row(self.table, (rows or [0])[0])
        self._chosen()

    def note_changes(self) -> None:
        if not self.dirty():
            self.reload()

    def selected(self) -> WorkingRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        person = self.selected()
        for w in (*self.days, self.starts, self.ends, self.zone, self.max_open, self.max_new,
                  self.max_claimed, self.max_claims, self.save_button):  # fmt: skip
            w.setEnabled(person is not None)
        self.absences.show_person(person.user_id if person else None)
        if person is None:
            return
        days = person.days if person.days is not None else frozenset(range(7))
        for d, box in enumerate(self.days):
            box.setChecked(d in days)
        self.starts.setTime(_qtime(person.starts))
        self.ends.setTime(_qtime(person.ends if person.starts is not None else None))
        self.zone.setCurrentText(person.zone or "")
        for limit, value in (
            (self.max_open, person.max_open),
            (self.max_new, person.max_new_per_day),
            (self.max_claimed, person.max_claimed_open),
            (self.max_claims, person.max_claims_per_day),
        ):
            limit.setValue(value or 0)

    # the edits ----------------------------------------------------------------------
    def edited_days(self) -> set[int] | None:
        days = {d for d, box in enumerate(self.days) if box.isChecked()}
        return None if len(days) == 7 else days

    def edited_hours(self) -> tuple[dt.time | None, dt.time | None]:
        starts, ends = _time(self.starts.time()), _time(self.ends.time())
        return (None, None) if starts == ends else (starts, ends)

    def edited_limits(self) -> Limits:
        boxes = (self.max_open, self.max_new, self.max_claimed, self.max_claims)
        a, b, c, d = (box.value() or None for box in boxes)
        return a, b, c, d

    def dirty(self) -> bool:
        p = self.selected()
        if p is None:
            return False
        saved_days = None if p.days is None or len(p.days) == 7 else set(p.days)
        saved_hours = (None, None) if p.starts == p.ends else (p.starts, p.ends)
        limits = (p.max_open, p.max_new_per_day, p.max_claimed_open, p.max_claims_per_day)
        saved = (saved_days, saved_hours, p.zone or "", limits)
        zone = self.zone.currentText().strip()
        edited = (self.edited_days(), self.edited_hours(), zone, self.edited_limits())
        return saved != edited

    def save(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        starts, ends = self.edited_hours()
        max_open, max_new, untouched, per_day = self.edited_limits()
        zone = self.zone.currentText().strip() or None
        try:
            ws = self._ws()
            changes = ws.distribution.set_working(
                person.user_id, days=self.edited_days(), starts=starts, ends=ends, zone=zone,
                max_open=max_open, max_new_per_day=max_new,
            )  # fmt: skip
            changes |= ws.distribution.set_claim_limits(
                person.user_id, untouched=untouched, per_day=per_day
            )
        except ValidationError as exc:
            self.show_error(issues_text(exc.issues))
            return False
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self.message.hide()
        self.reload()
        self.changed.emit(changes)
        return True

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _time(t: QTime) -> dt.time:
    return dt.time(t.hour(), t.minute())


def _qtime(t: dt.time | None) -> QTime:
    return QTime(t.hour, t.minute) if t is not None else QTime(0, 0)
