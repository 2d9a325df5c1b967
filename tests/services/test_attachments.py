from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.files import clean_file_name, size_text
from leaddesk.errors import ValidationError
from leaddesk.services.attachments import MIB, DamagedFile
from leaddesk.services.workspace import Workspace


def test_attachment_is_kept_whole_and_shown_on_the_timeline(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Hana"}).value
    data = bytes(range(256)) * 4096  # 1 MiB, every byte value
    added = ws.attachments.add(
        lead.id, "Oferta – Łódź.pdf", data, limit_bytes=2 * MIB, user_id=None
    ).value
    assert (added.name, added.media_type, added.size) == (
        "Oferta – Łódź.pdf",
        "application/pdf",
        MIB,
    )
    assert added.sha256 == hashlib.sha256(data).hexdigest()
    assert [a.id for a in ws.attachments.list(lead.id)] == [added.id]
    found, back = ws.attachments.content(added.id)
    assert back == data and found == added
    entry = ws.activities.timeline(lead.id, kinds=[ActivityKind.ATTACHMENT])[0]
    assert entry.subject == "Oferta – Łódź.pdf"
    assert entry.details["attachment_id"] == str(added.id)
    assert entry.details["size"] == MIB


def test_file_over_the_limit_is_refused_before_reading(ws: Workspace, tmp_path: Path) -> None:
    lead = ws.leads.create({"first_name": "Hana"}).value
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"\0" * (MIB + 1))
    with pytest.raises(ValidationError) as info:
        ws.attachments.add_file(lead.id, big, limit_bytes=MIB)
    (issue,) = info.value.issues
    assert issue.code == "file_too_large"
    assert "scan.tiff is 1.0 MB" in issue.message and "above 1.0 MB" in issue.message
    assert ws.attachments.list(lead.id) == []
    assert ws.activities.timeline(lead.id, kinds=[ActivityKind.ATTACHMENT]) == []
    missing = tmp_path / "gone.pdf"
    with pytest.raises(ValidationError, match=r"Cannot read .*gone\.pdf"):
        ws.attachments.add_file(lead.id, missing, limit_bytes=MIB)


def test_damaged_bytes_are_refused(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Hana"}).value
    added = ws.attachments.add(lead.id, "a.txt", b"hello", limit_bytes=MIB).value
    with ws.ctx.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE attachments SET content = :c WHERE name = 'a.txt'"), {"c": b"jello"}
        )
    with pytest.raises(DamagedFile, match=r"a\.txt is damaged"):
        ws.attachments.content(added.id)


def test_file_names_cannot_reach_outside_a_folder() -> None:
    assert clean_file_name("../../etc/passwd") == "passwd"
    assert clean_file_name("C:\\Users\\x\\a<b>.pdf") == "a_b_.pdf"
    assert clean_file_name("..") == "file"
    assert len(clean_file_name("x" * 300 + ".pdf")) == 255
    assert clean_file_name("x" * 300 + ".pdf").endswith(".pdf")
    assert size_text(1023) == "1023 B" and size_text(1536) == "1.5 KB"
