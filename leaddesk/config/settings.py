"""Typed, versioned user preferences in a JSON file in the user's config folder.

Window geometry and other remembered UI state live in QSettings instead.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path

APP = "LeadDesk"
SETTINGS_VERSION = 1
ENV_DB_URL = "LEADDESK_DB_URL"


def config_dir() -> Path:
    return user_config_path(APP, appauthor=False)


def data_dir() -> Path:
    return user_data_path(APP, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "leaddesk.sqlite"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    db_url: str | None = None  # never with a password: that lives in the keyring
    language: str | None = None  # None: the system's
    western_digits: bool = False  # Arabic with 0-9 (many Arabic-speaking teams prefer them)
    default_country: str = "US"
    currency: str = "USD"
    attachment_limit_mb: int = 10  # larger files are refused with a message
    user_email: str | None = None  # who this person is among the database's users
    board_views: dict[str, dict[str, object]] = field(default_factory=dict)  # saved filters
    # email goes out through the user's own SMTP server; the password is in the keyring
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls, ssl or none
    smtp_user: str = ""
    sender_name: str = ""
    sender_email: str = ""
    # where the team's web site reaches `leaddesk capture serve` (the snippets' address)
    capture_base_url: str = "http://127.0.0.1:8765"

    @property
    def email_ready(self) -> bool:
        return bool(self.smtp_host and self.sender_email)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw: object = json.loads(cls.path().read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return cls()
        if not isinstance(raw, dict):  # JSON, but not our settings: as if unreadable
            return cls()
        raw = _upgrade(raw)
        known = {f.name for f in fields(cls)}
        # the values as the file has them (save() wrote them): not checked field by field
        values: dict[str, Any] = {k: v for k, v in raw.items() if k in known}
        return cls(**values)

    def save(self) -> None:
        """Write the file for this user alone (0600): it names the database, its login
        and the SMTP account. Replacing the file gives an older one this mode too."""
        path = self.path()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            if hasattr(os, "fchmod"):  # a .tmp left behind keeps its old mode otherwise
                os.fchmod(out.fileno(), 0o600)
            out.write(json.dumps(asdict(self), indent=2))
        os.replace(tmp, path)


def _upgrade(raw: dict[str, object]) -> dict[str, object]:
    """Settings upgrades, one step per version (none yet past version 1)."""
    raw.setdefault("version", SETTINGS_VERSION)
    return raw


def resolve_db_url(cli_url: str | None, settings: Settings) -> str:
    """Which database to open: --db, then LEADDESK_DB_URL, then the saved one, then the
    SQLite file in the user's data folder."""
    for candidate in (cli_url, os.environ.get(ENV_DB_URL), settings.db_url):
        if candidate:
            return candidate
    return f"sqlite:///{default_database_path()}"


def missing_saved_file(url: str, cli_url: str | None, settings: Settings) -> Path | None:
    """The SQLite file LeadDesk opened last and was asked to open again, when it is not
    there any more (moved, renamed, on a drive not plugged in). Opening it would quietly
    create an empty database in its place, so the caller asks or refuses instead."""
    if cli_url or os.environ.get(ENV_DB_URL) or not settings.db_url or url != settings.db_url:
        return None
    if not url.startswith("sqlite") or ":memory:" in url:
        return None
    path = Path(url.split(":///", 1)[-1]).expanduser()
    return None if path.exists() else path
