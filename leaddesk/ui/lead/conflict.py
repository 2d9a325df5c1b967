"""When another user saved the lead first: their value beside yours, field by field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Clash:
    """A field both versions hold differently; ``mine_first``: keep mine unless told."""

    field: str
    label: str
    mine: str
    theirs: str
    mine_first: bool


def clashes(
    original: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    labels: Mapping[str, str],
) -> list[Clash]:
    """Fields where the two versions differ, with which to keep by default.

    A field only the other user changed defaults to theirs, one only this user
    changed to mine; one both changed defaults to mine but is shown all the same.
    """
    out = []
    for name in labels:
        a, b, was = mine.get(name), theirs.get(name), original.get(name)
        if a == b:
            continue
        out.append(Clash(name, labels[name], _text(a), _text(b), mine_first=a != was))
    return out


def _text(value: Any) -> str:
    if value is None or value == () or value == {}:
        return "—"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v)
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, found: Sequence[Clash], who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self._found = list(found)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1 saved this lead after you opened it. Nothing was overwritten. "
                "Choose, for each field, the value to keep, then save."
            ).replace("%1", who)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Yours</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Theirs</b>")), 0, 2)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, clash in enumerate(self._found, start=1):
            mine = QRadioButton(clash.mine)
            mine.setObjectName(f"mine_{clash.field}")
            theirs = QRadioButton(clash.theirs)
            theirs.setObjectName(f"theirs_{clash.field}")
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            (mine if clash.mine_first else theirs).setChecked(True)
            grid.addWidget(QLabel(clash.label), row, 0)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.choices[clash.field] = (mine, theirs)
        lay.addLayout(grid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def kept_theirs(self) -> set[str]:
        """Fields whose value the user takes from the other version."""
        return {name for name, (_, theirs) in self.choices.items() if theirs.isChecked()}


def ask_which_to_keep(
    parent: QWidget,
    original: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    labels: Mapping[str, str],
) -> dict[str, Any] | None:
    """Show the fields that differ and let the user choose; the values of mine to put
    on their version (None if the user cancelled: nothing is saved, edits stay)."""
    found = clashes(original, mine, theirs, labels)
    ask = ConflictDialog(
        found, QCoreApplication.translate("ConflictDialog", "Another user"), parent
    )
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    keep_theirs = ask.kept_theirs()
    return {c.field: mine[c.field] for c in found if c.field not in keep_theirs}
