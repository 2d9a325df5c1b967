"""The board's filter bar: search as you type, narrowing choices, sort, saved views."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.board_view import (
    BoardFilter,
    CardSort,
    FollowUpDue,
    OwnerScope,
    QualifiedFilter,
    SavedView,
)
from leaddesk.services.board import FilterChoices
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.widgets.custom_filter import CustomFieldFilter
from leaddesk.ui.widgets.flow_layout import FlowLayout, row_of

ViewStore = tuple[Callable[[], dict[str, SavedView]], Callable[[dict[str, SavedView]], None]]


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, views: ViewStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._load_views, self._save_views = views
        self._quiet = False

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, company, email, phone…"))
        self.search.setMinimumWidth(260)
        self.owner = self._combo(
            "ownerFilter",
            [
                (self.tr("Everyone's leads"), OwnerScope.EVERYONE),
                (self.tr("My leads"), OwnerScope.MINE),
                (self.tr("Unassigned pool"), OwnerScope.POOL),
            ],
        )
        self.sort = self._combo(
            "sortOrder",
            [
                (self.tr("Manual order"), CardSort.MANUAL),
                (self.tr("Score"), CardSort.SCORE),
                (self.tr("Deal value"), CardSort.DEAL_VALUE),
                (self.tr("Next follow-up"), CardSort.FOLLOW_UP),
                (self.tr("Days in stage"), CardSort.AGE),
                (self.tr("Most likely to convert"), CardSort.PROBABILITY),
            ],
        )
        self.views = QComboBox()
        self.views.setObjectName("savedViews")
        self.views.setMinimumWidth(140)
        self.save_view = QToolButton()
        self.save_view.setObjectName("saveView")
        self.save_view.setText(self.tr("Save view…"))
        self.delete_view = QToolButton()
        self.delete_view.setObjectName("deleteView")
        self.delete_view.setText(self.tr("Delete view"))
        self.clear = QToolButton()
        self.clear.setObjectName("clearFilters")
        self.clear.setText(self.tr("Clear filters"))

        self.source = self._combo("sourceFilter", [(self.tr("Any source"), None)])
        self.campaign = self._combo("campaignFilter", [(self.tr("Any campaign"), None)])
        self.product = self._combo("productFilter", [(self.tr("Any product"), None)])
        self.tag = self._combo("tagFilter", [(self.tr("Any tag"), None)])
        # a custom field: its list ("customFilter") and the picked one's range or text
        self.custom_field = CustomFieldFilter()
        self.custom = self.custom_field.combo
        self.score_min = self._spin("scoreMin")
        self.score_max = self._spin("scoreMax")
        self.score_max.setValue(100)
        self.qualified = self._combo(
            "qualifiedFilter",
            [
                (self.tr("Any qualification"), QualifiedFilter.ANY),
                (self.tr("MQL"), QualifiedFilter.MQL),
                (self.tr("SQL"), QualifiedFilter.SQL),
                (self.tr("MQL or SQL"), QualifiedFilter.EITHER),
            ],
        )
        self.qualified.setToolTip(self.tr("Leads by the scoring thresholds they have reached"))
        self.follow_up = self._combo(
            "followUpFilter",
            [
                (self.tr("Any follow-up"), FollowUpDue.ANY),
                (self.tr("Overdue"), FollowUpDue.OVERDUE),
                (self.tr("Due today"), FollowUpDue.TODAY),
                (self.tr("Due this week"), FollowUpDue.WEEK),
                (self.tr("Nothing planned"), FollowUpDue.NONE),
            ],
        )

        # two rows that wrap when the window is narrow (a laptop, longer Polish words)
        top = self._top = FlowLayout()
        top.add(self.search, stretch=True)
        top.add(self.owner)
        self.sort_row = row_of(QLabel(self.tr("Sort:")), self.sort)
        top.add(self.sort_row)
        top.add(row_of(QLabel(self.tr("View:")), self.views, self.save_view, self.delete_view))
        second = FlowLayout()
        for w in (self.source, self.campaign, self.product, self.tag, self.custom_field):
            second.add(w)
        second.add(row_of(QLabel(self.tr("Score")), self.score_min, QLabel("–"), self.score_max))
        second.add(self.qualified)
        second.add(self.follow_up)
        second.add(self.clear)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 2)
        lay.setSpacing(4)
        lay.addLayout(top)
        lay.addLayout(second)

        self.search.textChanged.connect(self._emit)
        for combo in (
            self.owner,
            self.sort,
            self.source,
            self.campaign,
            self.product,
            self.tag,
            self.follow_up,
            self.qualified,
        ):
            combo.currentIndexChanged.connect(self._emit)
        self.custom_field.changed.connect(self._emit)
        self.score_min.valueChanged.connect(self._emit)
        self.score_max.valueChanged.connect(self._emit)
        self.views.activated.connect(self._apply_view)
        self.save_view.clicked.connect(self._ask_view_name)
        self.delete_view.clicked.connect(self._delete_current_view)
        self.clear.clicked.connect(self.clear_filters)
        self._fill_views()

    # widgets -----------------------------------------------------------------
    def add_leading(self, widget: QWidget) -> None:
        """A screen's own control at the start of the first row (the board's New lead)."""
        self._top.insert(0, widget)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 100)
        return spin

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists from the open database, keeping what is picked if it still exists."""
        with self._silenced():
            self._refill(self.source, [(source_label(k, n), k) for k, n in choices.sources])
            # ids as text: Qt cannot compare Python objects when looking an item up
            self._refill(self.campaign, [(n, str(i)) for i, n in choices.campaigns])
            self._refill(self.product, [(n, str(i)) for i, n in choices.products])
            self._refill(self.tag, [(t, t) for t in choices.tags])
            self.custom_field.set_fields(choices.fields)

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        keep = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)

    # reading and writing the filter ------------------------------------------------
    def current(self) -> tuple[BoardFilter, CardSort]:
        # Qt hands enum members back as plain strings: make them members again
        low, high = self.score_min.value(), self.score_max.value()
        source = self.source.currentData()
        flt = BoardFilter(
            text=self.search.text(),
            owner=OwnerScope(self.owner.currentData()),
            source=str(source) if source is not None else None,
            campaign_id=_uuid(self.campaign.currentData()),
            product_id=_uuid(self.product.currentData()),
            tag=self.tag.currentData(),
            score_min=low or None,
            score_max=high if high < 100 else None,
            follow_up=FollowUpDue(self.follow_up.currentData()),
            qualified=QualifiedFilter(self.qualified.currentData()),
        )
        return flt.with_(**self.custom_field.parts()), CardSort(self.sort.currentData())

    def set_current(self, flt: BoardFilter, sort: CardSort) -> None:
        with self._silenced():
            self.search.setText(flt.text)
            for combo, value in (
                (self.owner, flt.owner),
                (self.sort, sort),
                (self.source, flt.source),
                (self.campaign, str(flt.campaign_id) if flt.campaign_id else None),
                (self.product, str(flt.product_id) if flt.product_id else None),
                (self.tag, flt.tag),
                (self.follow_up, flt.follow_up),
                (self.qualified, flt.qualified),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.custom_field.set_current(flt)
            self.score_min.setValue(flt.score_min or 0)
            self.score_max.setValue(100 if flt.score_max is None else flt.score_max)
        self.changed.emit()

    def clear_filters(self) -> None:
        self.set_current(BoardFilter(), self.sort.currentData())

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def _silenced(self) -> _Quiet:
        return _Quiet(self)

    # saved views -------------------------------------------------------------
    def _fill_views(self, select: str | None = None) -> None:
        self.views.clear()
        self.views.addItem(self.tr("(unsaved)"), None)
        for name in sorted(self._load_views(), key=str.casefold):
            self.views.addItem(name, name)
        self.views.setCurrentIndex(max(0, self.views.findData(select)) if select else 0)
        self.delete_view.setEnabled(self.views.currentData() is not None)

    def save_current_view(self, name: str) -> None:
        views = self._load_views()
        flt, sort = self.current()
        views[name] = SavedView(name, flt, sort)
        self._save_views(views)
        self._fill_views(select=name)

    def _ask_view_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        if ok and name.strip():
            self.save_current_view(name.strip())

    def _apply_view(self, index: int) -> None:
        name = self.views.itemData(index)
        self.delete_view.setEnabled(name is not None)
        view = self._load_views().get(name) if name else None
        if view is not None:
            self.set_current(view.filter, view.sort)

    def _delete_current_view(self) -> None:
        name = self.views.currentData()
        views = self._load_views()
        if name in views:
            del views[name]
            self._save_views(views)
        self._fill_views()


def _uuid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


class _Quiet:
    """Change several widgets, then announce the change once."""

    def __init__(self, bar: FilterBar) -> None:
        self.bar = bar

    def __enter__(self) -> None:
        self.bar._quiet = True

    def __exit__(self, *exc: object) -> None:
        self.bar._quiet = False
