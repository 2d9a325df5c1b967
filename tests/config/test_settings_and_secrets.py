from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from leaddesk.config import secrets
from leaddesk.config.settings import Settings, default_database_path, resolve_db_url


def test_settings_live_in_the_isolated_config_folder(isolated_home: Path) -> None:
    s = Settings.load()
    assert s.db_url is None
    s.db_url, s.language = "postgresql://maria@db/leaddesk", "pl"
    s.save()
    assert str(Settings.path()).startswith(str(isolated_home))
    assert Settings.load().language == "pl"


def test_database_choice_order(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    saved = Settings(db_url="sqlite:///saved.sqlite")
    assert resolve_db_url(None, Settings()) == f"sqlite:///{default_database_path()}"
    assert resolve_db_url(None, saved) == "sqlite:///saved.sqlite"
    monkeypatch.setenv("LEADDESK_DB_URL", "sqlite:///env.sqlite")
    assert resolve_db_url(None, saved) == "sqlite:///env.sqlite"
    assert resolve_db_url("sqlite:///cli.sqlite", saved) == "sqlite:///cli.sqlite"


def test_without_a_keyring_passwords_are_asked_never_stored() -> None:
    url = make_url("postgresql+psycopg://maria:s3cret@db.example.com/leaddesk")
    assert secrets.store_password(url) is False  # the test backend has no keyring
    bare = make_url(secrets.strip_password(url))
    assert bare.password is None and "s3cret" not in secrets.strip_password(url)
    assert secrets.with_password(bare).password is None  # nothing kept: tried without


@pytest.mark.parametrize("text", ["[]", "null", '"en"', "3", "{not json"])
def test_a_settings_file_that_is_not_an_object_gives_the_defaults(text: str) -> None:
    path = Settings.path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    assert Settings.load() == Settings()
