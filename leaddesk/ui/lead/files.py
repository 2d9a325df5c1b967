"""A lead's attachments as the user handles them: pick or drop files, open one."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices

from leaddesk.errors import FieldIssue, LeadDeskError, ValidationError
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text


def refusal_text(issue: FieldIssue) -> str:
    """Why a file was not attached, in the user's language."""
    if issue.code == "file_too_large":
        locale = QLocale()
        return (
            QCoreApplication.translate(
                "Attachments",
                "%1 is %2; files above %3 are refused. The limit can be changed in Settings.",
            )
            .replace("%1", str(issue.params["name"]))
            .replace("%2", locale.formattedDataSize(int(str(issue.params["size"]))))
            .replace("%3", locale.formattedDataSize(int(str(issue.params["limit"]))))
        )
    return issue.message


def open_attachment(ws: Workspace, attachment_id: uuid.UUID) -> Path:
    """Copy the file out (checked against its SHA-256) and hand it to the system's viewer."""
    found, data = ws.attachments.content(attachment_id)
    folder = Path(tempfile.gettempdir()) / "leaddesk-files" / found.id.hex
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / found.name  # the name was cleaned of any path when it was stored
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def attach_files(
    ws: Workspace, lead_id: uuid.UUID, paths: list[Path], limit_bytes: int, me: uuid.UUID | None
) -> tuple[Changes, list[str]]:
    """Attach each file; what was saved, and why each refused one was (the rest are kept)."""
    refused: list[str] = []
    changes = Changes()
    for path in paths:
        try:
            changes |= ws.attachments.add_file(
                lead_id, path, limit_bytes=limit_bytes, user_id=me
            ).changes
        except ValidationError as exc:
            refused += [refusal_text(i) for i in exc.issues]
        except LeadDeskError as exc:
            refused.append(error_text(exc))
    return changes, refused
