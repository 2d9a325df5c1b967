"""Files kept with a lead: added under a size limit, read back checked."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from pathlib import Path

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.files import clean_file_name, size_text
from leaddesk.errors import FieldIssue, LeadDeskError, ValidationError
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.convert import attachment_record
from leaddesk.services.records import AttachmentRecord, Changes, Result
from leaddesk.store import leads as q
from leaddesk.store.attachments import get_attachment, lead_attachments
from leaddesk.store.models import Activity, Attachment
from leaddesk.store.session import retried, transaction

MIB = 1024 * 1024


class DamagedFile(LeadDeskError):
    """The stored bytes no longer match the SHA-256 taken when the file was added."""

    code = "damaged_file"


def too_large(name: str, size: int, limit_bytes: int) -> ValidationError:
    return ValidationError(
        [
            FieldIssue(
                "file",
                "file_too_large",
                f"{name} is {size_text(size)}; files above {size_text(limit_bytes)} are refused "
                "(the limit is in Settings).",
                {"name": name, "size": size, "limit": limit_bytes},
            )
        ]
    )


class AttachmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def add(
        self,
        lead_id: uuid.UUID,
        name: str,
        data: bytes,
        *,
        limit_bytes: int,
        media_type: str | None = None,
        user_id: uuid.UUID | None = None,
    ) -> Result[AttachmentRecord]:
        """Keep ``data`` with the lead and put it on the timeline, in one transaction."""
        name = clean_file_name(name)
        if len(data) > limit_bytes:
            raise too_large(name, len(data), limit_bytes)
        media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        with transaction(self.ctx.db) as s:
            if q.get_lead(s, lead_id) is None:
                raise missing("Lead", lead_id)
            now = self.ctx.clock()
            a = Attachment(
                lead_id=lead_id,
                name=name,
                media_type=media_type[:127],
                size=len(data),
                sha256=digest,
                content=data,
                user_id=user_id,
                created_at=now,
            )
            s.add(a)
            s.flush()
            s.add(
                Activity(
                    lead_id=lead_id,
                    kind=ActivityKind.ATTACHMENT,
                    occurred_at=now,
                    user_id=user_id,
                    subject=name,
                    details={
                        "attachment_id": str(a.id),
                        "size": a.size,
                        "media_type": a.media_type,
                        "sha256": digest,
                    },
                )
            )
            s.flush()
            return Result(
                attachment_record(a),
                Changes(timelines=frozenset({lead_id}), leads=frozenset({lead_id})),
            )

    def add_file(
        self,
        lead_id: uuid.UUID,
        path: Path,
        *,
        limit_bytes: int,
        user_id: uuid.UUID | None = None,
    ) -> Result[AttachmentRecord]:
        """Refuses a file over the limit from its size alone, before reading it."""
        try:
            size = path.stat().st_size
            if size > limit_bytes:
                raise too_large(clean_file_name(path.name), size, limit_bytes)
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                [FieldIssue("file", "file_unreadable", f"Cannot read {path}: {exc.strerror}.")]
            ) from exc
        return self.add(lead_id, path.name, data, limit_bytes=limit_bytes, user_id=user_id)

    def list(self, lead_id: uuid.UUID) -> list[AttachmentRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [attachment_record(a) for a in lead_attachments(s, lead_id)]

    def content(self, attachment_id: uuid.UUID) -> tuple[AttachmentRecord, bytes]:
        """The file and its bytes, refused if they no longer match their SHA-256."""
        with transaction(self.ctx.db, write=False) as s:
            a = get_attachment(s, attachment_id, with_content=True)
            if a is None:
                raise missing("Attachment", attachment_id)
            data, found = bytes(a.content), attachment_record(a)
        if hashlib.sha256(data).hexdigest() != found.sha256:
            raise DamagedFile(
                f"{found.name} is damaged: its bytes no longer match the SHA-256 "
                f"{found.sha256[:12]}… taken when it was added."
            )
        return found, data
