"""Undo a merge from the kept lead's timeline: asked first, then every merged lead is
back on the board; edits made to the kept lead since the merge are kept and named."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.duplicates.values import field_labels
from leaddesk.ui.names.errors import error_text


def ask_and_unmerge(
    parent: QWidget, ws: Workspace, merge_id: uuid.UUID, me: uuid.UUID | None
) -> tuple[Changes, str] | None:
    """The changes and what to tell the user; None if the user said no. Refusals are
    shown here, in the user's language."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UndoMerge", "Undo merge"),
        QCoreApplication.translate(
            "UndoMerge",
            "Put the merged leads back as they were before the merge? Their timeline "
            "entries, follow-ups, files and messages go back to them. What was added to "
            "this lead since the merge stays here.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        result = ws.merges.unmerge(merge_id, user_id=me)
    except LeadDeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("UndoMerge", "Undo merge"), error_text(exc)
        )
        return None
    if not result.value:
        return result.changes, QCoreApplication.translate("UndoMerge", "The merge was undone.")
    labels = field_labels()
    kept = ", ".join(labels.get(f, f.removeprefix("custom:")) for f in result.value)
    text = QCoreApplication.translate(
        "UndoMerge",
        "The merge was undone. These fields were edited after the merge, so this lead "
        "keeps the later values: %1",
    ).replace("%1", kept)
    return result.changes, text
