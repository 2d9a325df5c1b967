"""First column widths that never cut their own header.

A screen picks widths that suit its data in English; a header word in Polish
("Niepotwierdzone") or a larger font can be wider than that, so each width is at
least what the header needs to show its title whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTableView


def set_first_widths(view: QTableView, widths: Iterable[int]) -> None:
    """Give ``view``'s columns these widths, widened where the header text needs it
    (call after the model is set: the header reads its titles from it)."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
