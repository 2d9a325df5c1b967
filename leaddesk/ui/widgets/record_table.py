"""The read-only, one-row-at-a-time table the Settings lists share (people, sources,
custom fields, web forms, first responses), made one way so they behave alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(model: QAbstractItemModel, name: str, *, stretch: int | None = None) -> QTableView:
    """A table over ``model`` selecting whole rows, one at a time, not editable in place.
    ``stretch``: the one column that takes the spare width (the others fit their
    contents); None: every column shares it."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def select_row(table: QTableView, row: int) -> None:
    """``row`` selected and current. ``QTableView.selectRow`` finds its column at the
    viewport's far edge in a right-to-left layout, and selects nothing while the table
    has not been laid out yet (a tab not shown); the selection model does not."""
    model = table.model()
    if not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)
