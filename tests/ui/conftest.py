from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from leaddesk.app import create_application
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui import i18n


@pytest.fixture(autouse=True, scope="session")
def _gui_thread_collector(qapp):  # type: ignore[no-untyped-def]
    """As in the app: cycles are collected in the GUI thread, never in a worker."""
    create_application()


@pytest.fixture
def sqlite_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(f"sqlite:///{tmp_path / 'ui.sqlite'}")
    yield ws
    ws.close()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _in_language(qapp, code: str):  # type: ignore[no-untyped-def]
    translators = i18n.install(create_application(), code)
    yield
    for t in translators:
        qapp.removeTranslator(t)
    i18n.install(create_application(), "en")


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    yield from _in_language(qapp, "en")


@pytest.fixture
def arabic(qapp):  # type: ignore[no-untyped-def]
    yield from _in_language(qapp, "ar")


@pytest.fixture
def polish(qapp):  # type: ignore[no-untyped-def]
    yield from _in_language(qapp, "pl")
