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


def test_a_password_in_the_query_is_never_saved(servers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from leaddesk.config import secrets

    kept: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(secrets.keyring, "set_password", lambda s, a, p: kept.update({(s, a): p}))
    trusted = make_url(servers.create("postgresql"))  # postgres@127.0.0.1: any password does
    raw = (
        f"postgresql://{trusted.host}:{trusted.port}/{trusted.database}"
        f"?user={trusted.username}&password=secret&application_name=x"
    )
    settings = Settings()
    leaddesk_app.make_opener(settings, ask=False)(raw).close()
    text = Settings.path().read_text(encoding="utf-8")
    assert "secret" not in text and trusted.database in text
    assert make_url(Settings.load().db_url or "").username == trusted.username
    assert list(kept.values()) == ["secret"]  # in the keyring, for the next start
    assert Settings.path().stat().st_mode & 0o077 == 0
