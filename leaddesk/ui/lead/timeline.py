"""A lead's timeline: newest first, grouped by day, fetched a page at a time.

The model asks for the next page only when the view scrolls near the end
(canFetchMore/fetchMore), so a lead with ten thousand entries opens as fast as
one with ten.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.stages import Stage
from leaddesk.services.records import ActivityRecord
from leaddesk.ui.formatting import datetime_text, isolated, number, time_text
from leaddesk.ui.lead.score_texts import qualified_text
from leaddesk.ui.names.activities import (
    KIND_MARKS,
    event_tag_label,
    kind_color,
    kind_label,
)
from leaddesk.ui.names.assignment import assignment_text, skipped_texts
from leaddesk.ui.names.messages import skip_reason
from leaddesk.ui.names.stages import stage_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_DAY_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # the second line: the body, or who was skipped
PAGE = 100
ROW_HEIGHT = 58
DAY_HEIGHT = 28

Index = QModelIndex | QPersistentModelIndex
# (before (occurred_at, id) or None, limit) -> the next page, newest first
FetchPage = Callable[[tuple[dt.datetime, uuid.UUID] | None, int], list[ActivityRecord]]


def local_day(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


class TimelineModel(QAbstractListModel):
    def __init__(self, fetch: FetchPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[ActivityRecord] = []
        self._done = False

    def reset(self, fetch: FetchPage | None = None) -> None:
        """Start again from the newest entries (the filter changed): the first page comes
        with the reset, so the view never shows an empty list in between."""
        if fetch is not None:
            self._fetch = fetch
        self._replace(self._fetch(None, PAGE))

    def _replace(self, page: list[ActivityRecord]) -> None:
        self.beginResetModel()
        self._rows, self._done = page, len(page) < PAGE
        self.endResetModel()

    def refresh(self) -> None:
        """Show what was logged since: new entries go on top, the rest stays where it is
        (an echo of a change already shown asks one page and changes nothing)."""
        page = self._fetch(None, PAGE)
        held = [r.id for r in self._rows[: len(page)]]
        if [r.id for r in page] == held:
            return  # entries are never edited: the same ids are the same entries
        if self._rows:
            top = self._rows[0].id
            new = next((i for i, r in enumerate(page) if r.id == top), None)
            if new and [r.id for r in page[new:]] == [r.id for r in self._rows[: len(page) - new]]:
                self.beginInsertRows(QModelIndex(), 0, new - 1)
                self._rows[:0] = page[:new]
                self.endInsertRows()
                return
        self._replace(page)

    # lazy loading -------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        last = self._rows[-1] if self._rows else None
        page = self._fetch((last.occurred_at, last.id) if last else None, PAGE)
        self._done = len(page) < PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # Qt model -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == NEW_DAY_ROLE:
            row = index.row()
            return row == 0 or local_day(self._rows[row - 1].occurred_at) != local_day(
                entry.occurred_at
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " · ".join(p for p in (kind_label(entry.kind), headline(entry)) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.body or full_text(entry)
        if role == DETAIL_ROLE:
            return entry.body or " · ".join(_skips(entry))
        return None


def _skips(entry: ActivityRecord) -> list[str]:
    why = (entry.details or {}).get("why")
    return (
        skipped_texts(why)
        if entry.kind is ActivityKind.ASSIGNMENT and isinstance(why, dict)
        else []
    )


def full_text(entry: ActivityRecord) -> str:
    """The entry's whole line, with who was skipped (its tooltip)."""
    shown = " · ".join(p for p in (kind_label(entry.kind), headline(entry)) if p)
    return " · ".join([shown, *_skips(entry)])


def headline(entry: ActivityRecord) -> str:
    """One line saying what happened."""

    d = entry.details or {}
    if entry.kind is ActivityKind.STAGE_CHANGE:
        moved = (
            QCoreApplication.translate("Timeline", "%1 → %2")
            .replace("%1", _stage(d.get("from")))
            .replace("%2", _stage(d.get("to")))
        )
        if d.get("undo"):
            moved = QCoreApplication.translate("Timeline", "%1 (undone)").replace("%1", moved)
        return f"{moved} · {d['reason']}" if d.get("reason") else moved
    if entry.kind is ActivityKind.ASSIGNMENT:
        if isinstance(why := d.get("why"), dict):  # by a rule, a claim or an expiry
            # who was skipped is the second line (DETAIL_ROLE)
            return assignment_text({**why, "skipped": []})
        return (
            QCoreApplication.translate("Timeline", "Owner changed")
            if d.get("to")
            else QCoreApplication.translate("Timeline", "Released to the pool")
        )
    if entry.kind is ActivityKind.ATTACHMENT:
        size = QLocale().formattedDataSize(int(d.get("size") or 0))
        return f"{entry.subject or ''} · {size}"
    if entry.kind is ActivityKind.SYSTEM:
        return _system_event(entry)
    parts = []
    if entry.kind is ActivityKind.EVENT and entry.tag:
        parts.append(event_tag_label(entry.tag))
    if d.get("event") == "follow_up_done":
        parts.append(QCoreApplication.translate("Timeline", "Follow-up done"))
    if entry.direction is Direction.INBOUND:
        parts.append(QCoreApplication.translate("Timeline", "received"))
    elif entry.direction is Direction.OUTBOUND and entry.kind is not ActivityKind.CALL:
        parts.append(QCoreApplication.translate("Timeline", "sent"))
    if entry.outcome:
        parts.append(outcome_label(entry.outcome))
    if entry.subject:
        parts.append(entry.subject)
    if d.get("template"):  # sent from a template: which one, and which wording
        parts.append(
            QCoreApplication.translate("Timeline", "template %1, variant %2")
            .replace("%1", str(d["template"]))
            .replace("%2", str(d.get("variant") or "A"))
        )
    minutes = d.get("duration_min")
    if minutes:
        parts.append(
            QCoreApplication.translate("Timeline", "%1 min").replace("%1", number(minutes))
        )
    return " · ".join(parts)


def _system_event(entry: ActivityRecord) -> str:
    d = entry.details or {}
    event = d.get("event")
    if event == "created":
        return QCoreApplication.translate("Timeline", "Lead created")
    if event == "deleted":
        return QCoreApplication.translate("Timeline", "Deleted")
    if event == "restored":
        return QCoreApplication.translate("Timeline", "Restored")
    if event == "first_response_skipped":
        return QCoreApplication.translate("Timeline", "No automatic first response: %1").replace(
            "%1", skip_reason(str(d.get("reason") or ""))
        )
    if event == "web_form":
        # what was posted is the entry's body (its tooltip), kept as plain text
        text = (
            QCoreApplication.translate("Timeline", "Came in through the web form %1")
            if d.get("created")
            else QCoreApplication.translate("Timeline", "Sent the web form %1 again")
        )
        return text.replace("%1", isolated(str(d.get("form_name") or d.get("form") or "")))
    if event in ("merge", "unmerge"):
        return _merge_event(event, d)
    if event == "qualified":
        return qualified_text(d)
    if event == "response_late":
        when = ""
        if d.get("due_at"):
            when = datetime_text(dt.datetime.fromisoformat(str(d["due_at"])))
        return QCoreApplication.translate(
            "Timeline", "Past its first-contact target: the first contact was due by %1"
        ).replace("%1", when)
    if event == "follow_up_scheduled":
        when = ""
        if d.get("due_at"):
            when = datetime_text(dt.datetime.fromisoformat(str(d["due_at"])))
        return (
            QCoreApplication.translate("Timeline", "Follow-up planned for %1: %2")
            .replace("%1", when)
            .replace("%2", entry.subject or "")
        )
    return entry.subject or str(event or "")


def _merge_event(event: str, d: dict[str, Any]) -> str:
    """ "Merged L-000124 Anna Nowak (Contacted) into this lead", or its undoing."""
    numbers, names = list(d.get("merged") or []), list(d.get("names") or [])
    stages = list(d.get("stages") or [])
    leads = []
    for i, lead_number in enumerate(numbers):
        name = isolated(str(names[i])) if i < len(names) else ""
        text = f"{lead_number} {name}".strip()
        if i < len(stages):
            text = (
                QCoreApplication.translate("Timeline", "%1 (%2)")
                .replace("%1", text)
                .replace("%2", _stage(stages[i]))
            )
        leads.append(text)
    joined = ", ".join(leads)
    if event == "merge":
        return QCoreApplication.translate("Timeline", "Merged %1 into this lead").replace(
            "%1", joined
        )
    return QCoreApplication.translate("Timeline", "Unmerged %1: separate leads again").replace(
        "%1", joined
    )


def is_merge(entry: ActivityRecord | None) -> bool:
    """A merge's entry, which the timeline offers to undo."""
    return (
        entry is not None
        and entry.kind is ActivityKind.SYSTEM
        and (entry.details or {}).get("event") == "merge"
        and bool((entry.details or {}).get("merge_id"))
    )


def _stage(value: object) -> str:
    try:
        return stage_label(Stage(str(value)))
    except ValueError:
        return str(value or "")


def outcome_label(outcome: str) -> str:
    labels = {
        "no_answer": QCoreApplication.translate("CallOutcome", "No answer"),
        "left_message": QCoreApplication.translate("CallOutcome", "Left a message"),
        "talked": QCoreApplication.translate("CallOutcome", "Talked"),
        "meeting_booked": QCoreApplication.translate("CallOutcome", "Meeting booked"),
    }
    return labels.get(outcome, outcome.replace("_", " "))


MIN_ROW_WIDTH = 120


class TimelineDelegate(QStyledItemDelegate):
    """A coloured mark per kind, what happened, when; a date band where a day begins."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        extra = DAY_HEIGHT if index.data(NEW_DAY_ROLE) else 0
        # as narrow as can be: the list gives each row the viewport's width, so the time
        # at the row's end is never pushed out of sight when the window is narrowed
        return QSize(MIN_ROW_WIDTH, ROW_HEIGHT + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: ActivityRecord | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        pal = option.palette
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        locale = QLocale()
        if index.data(NEW_DAY_ROLE):
            band = QRect(rect.left(), rect.top(), rect.width(), DAY_HEIGHT)
            painter.fillRect(
                band.adjusted(0, 4, 0, -2), pal.color(QPalette.ColorRole.AlternateBase)
            )
            bold = QFont(option.font)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            day = local_day(entry.occurred_at)
            day_text = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            painter.drawText(
                band.adjusted(10, 0, -10, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                day_text,
            )
            rect.setTop(rect.top() + DAY_HEIGHT)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight).lighter(180))
        mark = QRect(rect.right() - 38 if rtl else rect.left() + 10, rect.top() + 10, 28, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_color(entry.kind))
        painter.drawEllipse(mark)
        painter.setPen(QColor("white"))
        painter.setFont(option.font)
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, KIND_MARKS[entry.kind])
        text = rect.adjusted(10 if rtl else 48, 6, -48 if rtl else -10, -6)
        fm = QFontMetrics(option.font)
        shown_time = time_text(entry.occurred_at.astimezone())
        time_w = fm.horizontalAdvance(shown_time) + 8
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        line1 = QRect(text.left(), text.top(), text.width(), fm.height())
        name_rect = line1.adjusted(time_w if rtl else 0, 0, 0 if rtl else -time_w, 0)
        line = index.data(Qt.ItemDataRole.DisplayRole)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title).elidedText(line, Qt.TextElideMode.ElideRight, name_rect.width()),
        )
        painter.setFont(option.font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown_time
        )
        detail = index.data(DETAIL_ROLE)
        if detail:
            body = " ".join(str(detail).split())
            line2 = QRect(text.left(), text.top() + fm.height() + 4, text.width(), fm.height())
            painter.drawText(
                line2,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(body, Qt.TextElideMode.ElideRight, line2.width()),
            )
        painter.restore()


def kinds_menu_items() -> list[tuple[str, tuple[ActivityKind, ...]]]:
    """The timeline's filter: everything, or one kind."""
    items: list[tuple[str, tuple[ActivityKind, ...]]] = [
        (QCoreApplication.translate("Timeline", "Everything"), ())
    ]
    items += [(kind_label(k), (k,)) for k in ActivityKind]
    return items
