"""A database the app cannot use is refused at the start in a message naming it,
never with a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk import app as leaddesk_app
from leaddesk.config.settings import Settings
from leaddesk.ui import i18n
from tests.support.sqlite_files import file_at, leftovers, read_only, sha256


def test_the_app_names_a_read_only_file_at_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    path = file_at(tmp_path / "shared.sqlite", "0011")
    before = sha256(path)
    read_only(monkeypatch, path)
    shown: list[str] = []
    monkeypatch.setattr(
        leaddesk_app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )

    def opened(*_args: object) -> None:  # instead of a window and app.exec() for ever
        raise AssertionError("the read-only file was opened")

    monkeypatch.setattr(leaddesk_app, "MainWindow", opened)
    settings = Settings(smtp_host="127.0.0.1", sender_email="me@example.com")  # email set up
    try:
        assert leaddesk_app.run_app(f"sqlite:///{path}", settings, lang="en") == 2
    finally:
        for t in getattr(qapp, "_leaddesk_translators", []):
            qapp.removeTranslator(t)
        i18n.install(qapp, "en")
    assert len(shown) == 1 and str(path) in shown[0] and "read-only" in shown[0]
    assert leftovers(path) == [] and sha256(path) == before
    assert not Settings.path().exists()  # nothing remembered of a database not opened
