"""No form of a database password reaches the settings file, and the file is the
user's alone: a URL may carry the password in its user-info or in its query
(?password=, which libpq and PyMySQL both accept, and PyMySQL's ?passwd=)."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy.engine import make_url

from leaddesk.config import secrets
from leaddesk.config.settings import Settings
from leaddesk.store.engine import normalize_url


@pytest.mark.parametrize(
    "raw",
    [
        "postgresql+psycopg://rep1:secret@127.0.0.1/test",
        "postgresql+psycopg://127.0.0.1/test?user=rep1&password=secret",
        "postgresql+psycopg://rep1@127.0.0.1/test?password=secret&sslmode=require",
        "postgresql+psycopg://rep1:other@127.0.0.1/test?Password=secret",
        "postgresql+psycopg://127.0.0.1/test?user=rep1&PASSWORD=secret&pwd=secret",
        "mysql+pymysql://rep1:secret@db.example.com/leaddesk",
        "mysql+pymysql://rep1@db.example.com/leaddesk?passwd=secret&charset=utf8mb4",
        "mysql+pymysql://db.example.com/leaddesk?user=rep1&password=secret",
        "mariadb+pymysql://rep1@db.example.com/leaddesk?PassWd=secret&Pwd=secret",
    ],
)
def test_every_form_of_the_password_is_stripped(raw: str) -> None:
    for url in (make_url(raw), normalize_url(raw)):
        kept = secrets.strip_password(url)
        assert "secret" not in kept and "other" not in kept, kept
        again = make_url(kept)
        assert again.password is None
        assert not {k.lower() for k in again.query} & {"password", "passwd", "pwd"}
        assert again.host == url.host and again.database == url.database
    kept = make_url(secrets.strip_password(normalize_url(raw)))
    assert kept.username == "rep1"  # the keyring's account, and who is asked for
    assert {k: v for k, v in kept.query.items()} == {
        k: v for k, v in make_url(raw).query.items() if k in ("sslmode", "charset")
    }


@pytest.mark.parametrize(
    ("raw", "password"),
    [
        ("postgresql://127.0.0.1/test?user=rep1&password=secret", "secret"),
        ("postgresql://rep1:old@127.0.0.1/test?password=secret", "secret"),  # libpq: the last
        ("mysql://db/leaddesk?user=rep1&passwd=secret", "secret"),
        ("mysql://rep1:secret@db/leaddesk?passwd=other", "secret"),  # PyMySQL: passwd yields
        ("mysql://rep1:old@db/leaddesk?password=secret", "secret"),
    ],
)
def test_a_password_in_the_query_moves_to_where_the_keyring_looks(raw: str, password: str) -> None:
    url = normalize_url(raw)
    assert url.username == "rep1" and url.password == password
    assert not {k.lower() for k in url.query} & {"user", "password", "passwd"}


def test_a_query_password_goes_to_the_keyring_under_its_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(secrets.keyring, "set_password", lambda s, a, p: kept.update({(s, a): p}))
    monkeypatch.setattr(secrets.keyring, "get_password", lambda s, a: kept.get((s, a)))
    url = normalize_url("postgresql://127.0.0.1:5432/test?user=rep1&password=secret")
    assert secrets.store_password(url)
    assert kept == {(secrets.SERVICE, "rep1@127.0.0.1:5432/test"): "secret"}
    saved = normalize_url(secrets.strip_password(url))  # the next start
    assert secrets.with_password(saved).password == "secret"


def test_settings_are_written_for_the_user_alone() -> None:
    path = Settings.path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)  # as LeadDesk before wrote it
    Settings(db_url="postgresql://rep1@db/leaddesk").save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.unlink()
    old = os.umask(0o022)
    try:
        Settings().save()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Settings.load() == Settings()
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]  # no .tmp left
