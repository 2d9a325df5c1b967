"""People's roles as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.leads import Role


def role_label(role: Role) -> str:
    labels = {
        Role.OWNER: QCoreApplication.translate("People", "Owner"),
        Role.MANAGER: QCoreApplication.translate("People", "Manager"),
        Role.REP: QCoreApplication.translate("People", "Rep"),
    }
    return labels[role]
