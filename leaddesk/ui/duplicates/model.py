"""The groups a scan found, as a tree: a row per group (why, how sure), its leads below.

The scan gives only ids; a lead's number, name and the rest are read when a row is
first painted, for that group and the next ones in one query, so a scan of 100,000
leads with thousands of groups shows at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from leaddesk.domain.validation import format_phone
from leaddesk.services.duplicates import DuplicateGroup, DuplicateLead
from leaddesk.ui.duplicates.values import rules_text
from leaddesk.ui.formatting import date_text, isolated, left_to_right, number
from leaddesk.ui.names.stages import stage_label

Index = QModelIndex | QPersistentModelIndex
LEAD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
AHEAD = 100  # groups whose leads are read with the one painted
FetchLeads = Callable[[Sequence[uuid.UUID]], dict[uuid.UUID, DuplicateLead]]


def headers() -> list[str]:
    return [
        QCoreApplication.translate("Duplicates", "Number"),
        QCoreApplication.translate("Duplicates", "Name"),
        QCoreApplication.translate("Duplicates", "Company"),
        QCoreApplication.translate("Duplicates", "Email"),
        QCoreApplication.translate("Duplicates", "Phone"),
        QCoreApplication.translate("Duplicates", "Stage"),
        QCoreApplication.translate("Duplicates", "Owner"),
        QCoreApplication.translate("Duplicates", "Created"),
    ]


class GroupsModel(QAbstractItemModel):
    def __init__(self, fetch: FetchLeads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._groups: list[DuplicateGroup] = []
        self._leads: dict[uuid.UUID, DuplicateLead] = {}
        self._read: set[int] = set()  # groups whose leads were read
        self._headers = headers()

    def set_groups(self, groups: Sequence[DuplicateGroup], fetch: FetchLeads | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._groups, self._leads, self._read = list(groups), {}, set()
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup:
        return self._groups[row]

    @property
    def groups(self) -> list[DuplicateGroup]:
        return list(self._groups)

    def remove_group(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._groups[row]
        self._read = set()  # rows shift: read again as painted (the leads stay cached)
        self.endRemoveRows()

    def leads_changed(self, lead_ids: Collection[uuid.UUID]) -> None:
        """Leads changed elsewhere: read them again; a group left with fewer than two
        live leads (merged, deleted) leaves the list."""
        touched = [r for r, g in enumerate(self._groups) if set(g.lead_ids) & set(lead_ids)]
        if not touched:
            return
        ids = [i for r in touched for i in self._groups[r].lead_ids]
        fresh = self._fetch(ids)
        for i in ids:
            self._leads.pop(i, None)
        self._leads |= fresh
        for row in reversed(touched):
            g = self._groups[row]
            live = tuple(i for i in g.lead_ids if i in fresh)
            if len(live) < 2:
                self.remove_group(row)
                continue
            if live != g.lead_ids:  # the last rows go, the rest are painted anew below
                parent = self.index(row, 0)
                self.beginRemoveRows(parent, len(live), len(g.lead_ids) - 1)
                self._groups[row] = DuplicateGroup(live, g.rules, g.score)
                self.endRemoveRows()
            first = self.index(0, 0, self.index(row, 0))
            last = self.index(len(live) - 1, len(self._headers) - 1, self.index(row, 0))
            self.dataChanged.emit(first, last)

    def _lead(self, group: int, row: int) -> DuplicateLead | None:
        if group not in self._read:
            window = range(group, min(group + AHEAD, len(self._groups)))
            wanted = [
                i
                for g in window
                if g not in self._read
                for i in self._groups[g].lead_ids
                if i not in self._leads
            ]
            if wanted:
                self._leads |= self._fetch(wanted)
            self._read.update(window)
        return self._leads.get(self._groups[group].lead_ids[row])

    # Qt model -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].lead_ids)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index.row(), index.column(), role)
        group = int(index.internalId()) - 1
        if role == LEAD_ID_ROLE:
            return self._groups[group].lead_ids[index.row()]
        if role == GROUP_ROLE:
            return self._groups[group]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lead = self._lead(group, index.row())
        if lead is None:
            return "…" if index.column() == 0 else ""
        return _lead_column(lead, index.column())

    def _group_data(self, row: int, column: int, role: int) -> Any:
        g = self._groups[row]
        if role == GROUP_ROLE:
            return g
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == 0:
            return (
                QCoreApplication.translate("Duplicates", "%1 leads · %2 · score %3")
                .replace("%1", number(len(g.lead_ids)))
                .replace("%2", rules_text(g.rules))
                .replace("%3", number(g.score))
            )
        return None


def _lead_column(lead: DuplicateLead, column: int) -> str:
    return [
        lead.number,
        isolated(lead.name),
        isolated(lead.company or ""),
        left_to_right(lead.email),
        left_to_right(format_phone(lead.phone) if lead.phone else None),
        stage_label(lead.stage),
        isolated(lead.owner_name or ""),
        date_text(lead.created_at.astimezone().date()),
    ][column]
