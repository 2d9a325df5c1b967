"""What the Insights screen is about: a period (day, week, month, quarter or any range),
how its time charts are grouped, and the owner, source, campaign, product, segment."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypedDict, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QToolButton,
    QWidget,
)

from leaddesk.domain.insights import (
    Bucket,
    Period,
    PeriodKind,
    custom_period,
    default_bucket,
    period_of,
    shift,
)
from leaddesk.domain.leads import Source
from leaddesk.services.records import UserRecord
from leaddesk.ui.formatting import date_format
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.widgets.flow_layout import FlowLayout, row_of

POOL = "pool"  # the owner choice for unassigned leads


class FilterSets(TypedDict):
    """The InsightFilter's sets, by its field names."""

    owners: frozenset[uuid.UUID | None]
    sources: frozenset[str]
    campaigns: frozenset[uuid.UUID]
    products: frozenset[uuid.UUID]
    segments: frozenset[uuid.UUID]


def _date(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class InsightsFilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsFilters")
        self._period = period_of(PeriodKind.QUARTER, today)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for kind, text in (
            (PeriodKind.DAY, self.tr("Day")),
            (PeriodKind.WEEK, self.tr("Week")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.CUSTOM, self.tr("Custom range")),
        ):
            self.kind.addItem(text, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.QUARTER.value))
        self.back = QToolButton()
        self.back.setObjectName("periodBack")
        self.back.setArrowType(self._arrow(back=True))
        self.back.setToolTip(self.tr("The period before"))
        self.forward = QToolButton()
        self.forward.setObjectName("periodForward")
        self.forward.setArrowType(self._arrow(back=False))
        self.forward.setToolTip(self.tr("The period after"))
        self.first = QDateEdit()
        self.first.setObjectName("periodFirst")
        self.last = QDateEdit()
        self.last.setObjectName("periodLast")
        form = date_format()  # four-digit years: a period can span years
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(form)
        self.bucket = QComboBox()
        self.bucket.setObjectName("bucket")
        for bucket, text in (
            (Bucket.DAY, self.tr("by day")),
            (Bucket.WEEK, self.tr("by week")),
            (Bucket.MONTH, self.tr("by month")),
            (Bucket.QUARTER, self.tr("by quarter")),
        ):
            self.bucket.addItem(text, bucket.value)
        self.owner = self._combo("filterOwner", self.tr("Every owner"))
        self.source = self._combo("filterSource", self.tr("Every source"))
        for src in Source:  # until the owner's list is read (set_choices)
            self.source.addItem(source_label(src), src.value)
        self.campaign = self._combo("filterCampaign", self.tr("Every campaign"))
        self.product = self._combo("filterProduct", self.tr("Every product"))
        self.segment = self._combo("filterSegment", self.tr("Every segment"))
        lay = FlowLayout(self)  # wraps on a narrow window rather than widening it
        lay.add(row_of(self.kind, self.back, self.first, QLabel("–"), self.last, self.forward))
        lay.add(self.bucket)
        for w in (self.owner, self.source, self.campaign, self.product, self.segment):
            lay.add(w)
        self._show_period()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(1))
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._dates_edited)
        for combo in (
            self.bucket,
            self.owner,
            self.source,
            self.campaign,
            self.product,
            self.segment,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _arrow(self, *, back: bool) -> Qt.ArrowType:
        """Back points the way time runs from: left, or right in a right-to-left layout."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Qt.ArrowType.LeftArrow if back != rtl else Qt.ArrowType.RightArrow

    def _combo(self, name: str, every: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(every, None)
        return combo

    def set_choices(
        self,
        users: tuple[UserRecord, ...],
        campaigns: tuple[tuple[uuid.UUID, str], ...],
        products: tuple[tuple[uuid.UUID, str], ...],
        segments: tuple[tuple[uuid.UUID, str], ...],
        sources: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Fill the lists, keeping what is chosen where it still exists. ``sources``:
        the owner's list as (key, name), retired ones too (old leads came from them)."""
        if sources:
            kept = self.source.currentData()
            self.source.blockSignals(True)
            while self.source.count() > 1:
                self.source.removeItem(1)
            for key, name in sources:
                self.source.addItem(source_label(key, name), key)
            self.source.setCurrentIndex(max(0, self.source.findData(kept)))
            self.source.blockSignals(False)
        for combo, items in (
            (self.owner, [(u.id, u.name) for u in users]),
            (self.campaign, list(campaigns)),
            (self.product, list(products)),
            (self.segment, list(segments)),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            if combo is self.owner:
                combo.addItem(self.tr("The pool (no owner)"), POOL)
            for item_id, name in items:
                combo.addItem(name, str(item_id))  # a string: QVariant compares it by value
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    # the period -------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        self._period = period
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
        self.kind.blockSignals(False)
        self._show_period()
        self.changed.emit()

    def _kind_changed(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        if kind is PeriodKind.CUSTOM:
            self._period = custom_period(self._period.first, self._period.last)
        else:
            self._period = period_of(kind, self._period.last)
        self._show_period()
        self.changed.emit()

    def _step(self, steps: int) -> None:
        self._period = shift(self._period, steps)
        self._show_period()
        self.changed.emit()

    def _dates_edited(self) -> None:
        # toPython() is typed object; a QDate gives a datetime.date
        first = cast(dt.date, self.first.date().toPython())
        last = cast(dt.date, self.last.date().toPython())
        if (first, last) == (self._period.first, self._period.last):
            return
        self._period = custom_period(first, last)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.CUSTOM.value))
        self.kind.blockSignals(False)
        self._show_period()
        self.changed.emit()

    def _show_period(self) -> None:
        for edit, day in ((self.first, self._period.first), (self.last, self._period.last)):
            edit.blockSignals(True)
            edit.setDate(_date(day))
            edit.blockSignals(False)
        self.bucket.blockSignals(True)
        self.bucket.setCurrentIndex(self.bucket.findData(default_bucket(self._period).value))
        self.bucket.blockSignals(False)

    # the rest -----------------------------------------------------------------------
    @property
    def bucket_value(self) -> Bucket:
        return Bucket(self.bucket.currentData())

    def filters(self) -> FilterSets:
        """The InsightFilter's sets (empty: every)."""
        owner = self.owner.currentData()
        source = self.source.currentData()
        return {
            "owners": frozenset({None if owner == POOL else uuid.UUID(owner)})
            if owner
            else frozenset(),
            "sources": frozenset({str(source)}) if source else frozenset(),
            "campaigns": _one(self.campaign.currentData()),
            "products": _one(self.product.currentData()),
            "segments": _one(self.segment.currentData()),
        }


def _one(value: str | None) -> frozenset[uuid.UUID]:
    return frozenset({uuid.UUID(value)}) if value else frozenset()
