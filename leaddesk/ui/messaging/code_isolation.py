"""Template code shown left-to-right inside right-to-left text, in the editors.

The isolate marks (domain/bidi.py) are added when a text is shown and whenever a
placeholder is completed or broken, as part of the edit that did it (one undo step),
and are stripped from everything that is read back.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from leaddesk.domain.bidi import isolate_code, mark_edits, shown_position, without_isolates

TextEdit = QLineEdit | QPlainTextEdit


def show_text(edit: TextEdit, text: str) -> None:
    if isinstance(edit, QLineEdit):
        edit.setText(isolate_code(text))
    else:
        edit.setPlainText(isolate_code(text))


def stored_text(edit: TextEdit) -> str:
    return without_isolates(edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText())


def tidy(edit: TextEdit) -> None:
    """Add or remove the marks the last edits made necessary; the cursor stays put."""
    if isinstance(edit, QLineEdit):
        shown = edit.text()
        if mark_edits(shown):
            stored_cursor = len(without_isolates(shown[: edit.cursorPosition()]))
            edit.setText(isolate_code(shown))
            edit.setCursorPosition(shown_position(edit.text(), stored_cursor))
        return
    edits = mark_edits(edit.toPlainText())
    if not edits:
        return
    cursor = QTextCursor(edit.document())
    cursor.joinPreviousEditBlock()  # undone together with the typing that caused it
    for position, mark in edits:
        cursor.setPosition(position)
        if mark is None:
            cursor.deleteChar()
        else:
            cursor.insertText(mark)
    cursor.endEditBlock()


def place_cursor(edit: QPlainTextEdit, line: int, column: int) -> None:
    """Put the cursor at a problem's stored line and column (1-based)."""
    block = edit.document().findBlockByLineNumber(line - 1)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + shown_position(block.text(), column - 1))
    edit.setTextCursor(cursor)
