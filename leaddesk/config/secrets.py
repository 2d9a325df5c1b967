"""Database passwords: the OS keyring where one works, otherwise asked for.

There is deliberately no plain-text fallback: on a machine without a
keyring the password is asked at connect time and kept only in memory.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy.engine import URL

from leaddesk.errors import CredentialsNeeded

SERVICE = "LeadDesk database"
SMTP_SERVICE = "LeadDesk email"


def _account(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or ''}/{url.database or ''}"


def keyring_works() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def store_password(url: URL) -> bool:
    """Put the URL's password in the keyring; False if there is no usable keyring."""
    if not url.password:
        return False
    try:
        keyring.set_password(SERVICE, _account(url), str(url.password))
    except (NoKeyringError, KeyringError):
        return False
    return True


def stored_password(url: URL) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(url))
    except (NoKeyringError, KeyringError):
        return None


def with_password(url: URL) -> URL:
    """The URL ready for a first try: its own password, or the keyring's if it has one.

    Nobody is asked here: a server may need no password (trust, certificates), so the
    workspace tries first and asks only when the server refuses.
    """
    if url.get_backend_name() == "sqlite" or url.password or not url.username:
        return url
    password = stored_password(url)
    return url if password is None else url.set(password=password)


# query parameters that carry a password: libpq's and PyMySQL's, and, whatever their
# case, the spellings other drivers use; none is ever written to a file
PASSWORD_QUERY_KEYS = frozenset({"password", "passwd", "pwd"})


def strip_password(url: URL) -> str:
    """The URL as it may be written to settings: no password in its user-info nor in its
    query (URL.set() ignores None, so it cannot clear the user-info's)."""
    query = {k: v for k, v in url.query.items() if k.lower() not in PASSWORD_QUERY_KEYS}
    return url._replace(password=None).set(query=query).render_as_string(hide_password=False)


def credentials_needed(url: URL) -> CredentialsNeeded:
    return CredentialsNeeded(
        f"The server {url.host} asks for a password for {url.username}; none is in the "
        "keyring. Give it when asked, or in the URL once.",
        url_without_password=strip_password(url),
    )


def _smtp_account(host: str, user: str) -> str:
    return f"{user}@{host}"


def smtp_password(host: str, user: str) -> str | None:
    """The SMTP password kept in the keyring, if a keyring works and has it."""
    try:
        return keyring.get_password(SMTP_SERVICE, _smtp_account(host, user))
    except (NoKeyringError, KeyringError):
        return None


def store_smtp_password(host: str, user: str, password: str) -> bool:
    """False when there is no usable keyring (the password is then asked each session)."""
    try:
        keyring.set_password(SMTP_SERVICE, _smtp_account(host, user), password)
    except (NoKeyringError, KeyringError):
        return False
    return True
