"""Placeholders in Arabic template text read left to right in the editor, the values
in the preview are isolated, and nothing of it is saved or sent."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from leaddesk.domain.bidi import FSI, LRI, PDI
from leaddesk.services.workspace import Workspace
from leaddesk.ui.messaging.templates_screen import TemplatesScreen

CODE = "{{ product|default('منتجنا', true) }}"


def arabic_intro(qtbot, ws: Workspace, qsettings: QSettings) -> TemplatesScreen:  # type: ignore[no-untyped-def]
    ws.users.create("Maria Nowak", "maria@example.com")
    s = TemplatesScreen(ws, qsettings)
    qtbot.addWidget(s)
    s.show()
    for row in range(s.model.rowCount()):
        if s.model.record(row).origin == "introduction/email/ar":
            s.list.selectRow(row)
    assert s.editor.record is not None and s.editor.record.origin == "introduction/email/ar"
    return s


def test_each_placeholder_is_isolated_on_screen_and_saved_without_marks(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    s = arabic_intro(qtbot, sqlite_ws, qsettings)
    editor = s.editor
    stored = editor.record.variants[0].body  # type: ignore[union-attr]
    assert CODE in stored and LRI not in stored
    shown = editor.body.toPlainText()
    assert f"{LRI}{CODE}{PDI}" in shown
    assert shown.count(LRI) == stored.count("{{") + stored.count("{%")
    assert f"{LRI}{{{{" in editor.subject.text()

    cursor = editor.body.textCursor()  # typing a new placeholder at the end
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.insertPlainText("\nشكرًا {{ user.name }}")
    qtbot.waitUntil(lambda: editor.body.toPlainText().endswith(f"{LRI}{{{{ user.name }}}}{PDI}"))
    assert editor.body.textCursor().atEnd()  # the cursor stayed after what was typed
    editor.body.undo()  # one undo takes the typing and its marks
    assert editor.body.toPlainText() == shown

    editor.body.redo()
    assert s.save()
    saved = next(t for t in sqlite_ws.templates.list() if t.origin == "introduction/email/ar")
    body = saved.variants[0].body
    assert body.endswith("\nشكرًا {{ user.name }}")
    assert not set(body) & {LRI, PDI, FSI} and not set(saved.variants[0].subject or "") & {LRI}


def test_the_preview_isolates_each_value_and_counts_without_the_marks(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    s = arabic_intro(qtbot, sqlite_ws, qsettings)
    preview = s.editor.preview
    text = preview.body.toPlainText()
    assert f"{FSI}منتجنا{PDI}" in text  # the product's default, isolated
    marks = text.count(FSI) + text.count(PDI)
    assert marks and f"{len(text) - marks}" in preview.length.text().replace(",", "")
