"""Settings ▸ Web forms: a form is made, edited, given a new token and retired; its
snippet carries its address and secret and is copied as it is shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from leaddesk.config.settings import Settings
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings.web_forms import WebFormsPanel


def _panel(qtbot, ws: Workspace, qsettings: QSettings, prefs: Settings) -> WebFormsPanel:  # type: ignore[no-untyped-def]
    w = MainWindow(ws, lambda url: open_workspace(url), qsettings, prefs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_screen("settings")
    panel = w.settings_screen.web_forms
    assert panel is not None
    w.settings_screen.tabs.setCurrentWidget(panel)
    return panel


def test_a_form_is_made_and_its_snippet_has_key_and_token(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, qsettings, english, qtmodeltester
) -> None:
    prefs = Settings()
    panel = _panel(qtbot, sqlite_ws, qsettings, prefs)
    qtmodeltester.check(panel.model)
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    editor.name.setText("Contact us")
    for name, box in editor.fields.items():
        box.setChecked(name in ("first_name", "email", "phone", "notes"))
    editor.source.setCurrentIndex(editor.source.findData("web_form"))
    editor.redirect.setText("https://acme.example/thanks")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    (form,) = sqlite_ws.web_forms.list()
    assert form.key == "contact-us" and form.fields == ("first_name", "email", "phone", "notes")
    assert form.source == "web_form" and form.redirect_url == "https://acme.example/thanks"
    qtbot.waitUntil(lambda: editor.form is not None and editor.form.id == form.id)
    snippet = editor.snippet.toPlainText()
    assert 'action="http://127.0.0.1:8765/f/contact-us"' in snippet
    assert form.token in snippet and editor.token.text() == form.token
    assert 'type="email"' in snippet and 'type="tel"' in snippet
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == snippet

    # the site's address changed: the snippet follows
    panel.base_url.setText("https://leads.acme.example")
    panel.base_url.editingFinished.emit()
    assert prefs.capture_base_url == "https://leads.acme.example"
    assert 'action="https://leads.acme.example/f/contact-us"' in editor.snippet.toPlainText()

    qtbot.mouseClick(editor.new_token_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.token.text() not in ("", form.token))
    renewed = sqlite_ws.web_forms.get(form.id)
    assert renewed.token == editor.token.text() and renewed.token in editor.snippet.toPlainText()
    assert form.token not in editor.snippet.toPlainText()

    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sqlite_ws.web_forms.get(form.id).retired)
    assert panel.retire_button.text() == "Bring back"


def test_a_form_without_a_name_field_is_refused_beside_the_form(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, qsettings, english
) -> None:
    panel = _panel(qtbot, sqlite_ws, qsettings, Settings())
    editor = panel.editor
    panel.new_form()
    editor.name.setText("Only company")
    for name, box in editor.fields.items():
        box.setChecked(name == "company")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.problem.isHidden()
    assert "name" in editor.problem.text() and "email" in editor.problem.text().lower()
    assert sqlite_ws.web_forms.list() == [] and editor.name.text() == "Only company"


def test_the_page_mirrors_in_arabic(qtbot, sqlite_ws: Workspace, qsettings, arabic) -> None:  # type: ignore[no-untyped-def]
    form = sqlite_ws.web_forms.create("اتصل بنا", ["first_name", "phone"])
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        panel = _panel(qtbot, sqlite_ws, qsettings, Settings())
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        panel.select(form.id)
        assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # the addresses and the HTML stay left to right inside the mirrored page
        assert panel.editor.snippet.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert panel.editor.key.text() == "form"  # an Arabic name has no a-z key
        assert 'action="http://127.0.0.1:8765/f/form"' in panel.editor.snippet.toPlainText()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_timeline_says_which_form_a_lead_came_through(sqlite_ws: Workspace, english) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.lead.timeline import headline

    form = sqlite_ws.web_forms.create("Spring <b>fair</b>", ["first_name", "email", "notes"])
    fields = {"first_name": "Ala", "email": "ala@x.pl", "notes": "<script>x</script>"}
    first = sqlite_ws.capture.submit(form.key, form.token, fields)
    sqlite_ws.capture.submit(form.key, form.token, fields)
    entries = [e for e in sqlite_ws.activities.timeline(first.lead_id) if e.details.get("event")]
    lines = [headline(e) for e in entries]
    assert any("Came in through the web form" in t and "Spring <b>fair</b>" in t for t in lines)
    assert any("Sent the web form" in t and "again" in t for t in lines)
    web = next(e for e in entries if e.details.get("event") == "web_form")
    assert web.body is not None and "notes: <script>x</script>" in web.body
