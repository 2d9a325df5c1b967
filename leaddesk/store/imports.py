"""The SQL of importing: what the database already knows (for duplicates and
look-ups), one chunk of new leads written with Core inserts, batches and undo."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from leaddesk.domain.duplicates import Contact
from leaddesk.store.bulk import (
    SEARCH_TRIGGER,
    SQLITE_BULK_CACHE_KIB,
    insert_rows,
    trigger_paused,
)
from leaddesk.store.models import (
    Campaign,
    CustomFieldDef,
    ImportBatch,
    ImportChange,
    ImportReject,
    Lead,
    LeadSource,
    Product,
    Segment,
    Tag,
    User,
    lead_products,
    lead_tags,
)

PAGE = 20_000


def known_contacts(s: Session) -> Iterator[Contact]:
    """Every live lead as the duplicate rules see it, streamed in one pass (a
    server-side cursor where the backend has one)."""
    stmt = select(
        Lead.id,
        Lead.email,
        Lead.phone,
        Lead.whatsapp,
        Lead.first_name,
        Lead.last_name,
        Lead.company,
        Lead.external_id,
    ).where(Lead.deleted_at.is_(None))
    for r in s.execute(stmt.execution_options(yield_per=PAGE)):
        yield Contact(
            r.id,
            r.email,
            tuple(p for p in (r.phone, r.whatsapp) if p),
            r.first_name,
            r.last_name,
            r.company,
            r.external_id,
        )


def ids_by_number(s: Session, numbers: Sequence[int]) -> dict[int, uuid.UUID]:
    if not numbers:
        return {}
    rows = s.execute(
        select(Lead.number, Lead.id).where(Lead.number.in_(numbers), Lead.deleted_at.is_(None))
    )
    return {r.number: r.id for r in rows}


def names(s: Session, model: Any) -> dict[str, uuid.UUID]:
    """Names folded to lower case → id, for campaigns, segments, products."""
    return {str(n).casefold(): i for i, n in s.execute(select(model.id, model.name))}


def people(s: Session) -> dict[str, uuid.UUID]:
    """Active users by lower-case email and by lower-case name."""
    out: dict[str, uuid.UUID] = {}
    for u in s.execute(select(User.id, User.name, User.email).where(User.active.is_(True))):
        out.setdefault(u.email.casefold(), u.id)
        out.setdefault(u.name.casefold(), u.id)
    return out


def source_keys(s: Session) -> set[str]:
    return set(s.scalars(select(LeadSource.key)))


def add_sources(s: Session, named: Mapping[str, str], now: dt.datetime) -> None:
    """New sources (key → name) at the end of the owner's list."""
    if not named:
        return
    last = s.scalar(select(func.max(LeadSource.position))) or 0
    for i, (key, name) in enumerate(sorted(named.items()), start=1):
        s.add(LeadSource(key=key, name=name, builtin=False, position=last + i, created_at=now))
    s.flush()


def add_named(s: Session, model: Any, new_names: Sequence[str]) -> dict[str, uuid.UUID]:
    """Campaigns or segments the file names and the database does not have yet."""
    made = {}
    for name in new_names:
        row = model(name=name)
        s.add(row)
        made[name.casefold()] = row
    s.flush()
    return {k: v.id for k, v in made.items()}


def custom_fields(s: Session) -> dict[str, CustomFieldDef]:
    return {d.key: d for d in s.scalars(select(CustomFieldDef))}


def tag_ids(s: Session, wanted: set[str]) -> dict[str, uuid.UUID]:
    """Tags by lower-case name, creating the missing ones."""
    have = {str(n).casefold(): i for i, n in s.execute(select(Tag.id, Tag.name))}
    for name in sorted(wanted):
        if name.casefold() not in have:
            tag = Tag(name=name)
            s.add(tag)
            s.flush()
            have[name.casefold()] = tag.id
    return have


def write_leads(
    s: Session,
    leads: list[dict[str, Any]],
    visits: list[dict[str, Any]],
    events: list[dict[str, Any]],
    tags: list[dict[str, Any]],
    products: list[dict[str, Any]],
) -> None:
    """One chunk of new leads with their first stays, "created" entries and links, in
    the caller's transaction (COPY on PostgreSQL, executemany elsewhere). A lead row's
    ``score_due_at`` (when fading could change its score) goes to score_due."""
    conn = s.connection()
    due = [
        {"lead_id": r["id"], "due_at": r["score_due_at"]} for r in leads if r.get("score_due_at")
    ]
    leads = [{k: v for k, v in r.items() if k != "score_due_at"} for r in leads]
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # each new lead goes into some twenty indexes at random places: with SQLite's
        # default 2 MB page cache every one is a page read and written back
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_BULK_CACHE_KIB}")
    try:
        # SQLite's search index: filled by one INSERT…SELECT for the chunk rather than
        # by the insert trigger once per lead (the trigger back in place after)
        with trigger_paused(conn, SEARCH_TRIGGER) as paused:
            insert_rows(conn, "leads", leads)
            if paused and leads:
                numbers = [r["number"] for r in leads]
                conn.exec_driver_sql(
                    "INSERT INTO leads_search(rowid, search_text) "
                    "SELECT number, search_text FROM leads WHERE number BETWEEN ? AND ?",
                    (min(numbers), max(numbers)),
                )
        insert_rows(conn, "score_due", due)
        insert_rows(conn, "stage_visits", visits)
        insert_rows(conn, "activities", events)
        if tags:
            conn.execute(insert(lead_tags), tags)
        if products:
            conn.execute(insert(lead_products), products)
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def record_changes(s: Session, batch_id: uuid.UUID, changes: list[dict[str, Any]]) -> None:
    if changes:
        s.execute(insert(ImportChange), [{"batch_id": batch_id, **c} for c in changes])


def record_rejects(s: Session, batch_id: uuid.UUID, rejects: list[dict[str, Any]]) -> None:
    if rejects:
        s.execute(insert(ImportReject), [{"batch_id": batch_id, **r} for r in rejects])


def unfinished(s: Session, sha256: str) -> ImportBatch | None:
    return s.scalar(
        select(ImportBatch)
        .where(ImportBatch.file_sha256 == sha256, ImportBatch.status == "running")
        .order_by(ImportBatch.created_at.desc())
        .limit(1)
    )


def finished(s: Session, sha256: str) -> ImportBatch | None:
    return s.scalar(
        select(ImportBatch)
        .where(ImportBatch.file_sha256 == sha256, ImportBatch.status == "done")
        .order_by(ImportBatch.created_at.desc())
        .limit(1)
    )


def batches(s: Session, limit: int) -> Sequence[ImportBatch]:
    return s.scalars(select(ImportBatch).order_by(ImportBatch.created_at.desc()).limit(limit)).all()


def rejects_of(s: Session, batch_id: uuid.UUID) -> Sequence[ImportReject]:
    return s.scalars(
        select(ImportReject).where(ImportReject.batch_id == batch_id).order_by(ImportReject.row)
    ).all()


def created_by(s: Session, batch_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        s.scalars(
            select(Lead.id).where(Lead.import_batch_id == batch_id, Lead.deleted_at.is_(None))
        )
    )


def soft_delete(s: Session, ids: Sequence[uuid.UUID], at: dt.datetime) -> None:
    for start in range(0, len(ids), 5000):
        part = ids[start : start + 5000]
        s.execute(
            update(Lead)
            .where(Lead.id.in_(part))
            .values(deleted_at=at, updated_at=at, version=Lead.version + 1)
            .execution_options(synchronize_session=False)
        )


def changes_of(s: Session, batch_id: uuid.UUID) -> Sequence[ImportChange]:
    return s.scalars(select(ImportChange).where(ImportChange.batch_id == batch_id)).all()


def forget_rejects(s: Session, batch_id: uuid.UUID) -> None:
    s.execute(delete(ImportReject).where(ImportReject.batch_id == batch_id))


def names_by_id(s: Session) -> dict[uuid.UUID, str]:
    """Every campaign's, segment's and product's name by id (what fit rules read)."""
    out: dict[uuid.UUID, str] = {}
    for model in (Campaign, Segment, Product):
        out |= {i: str(n) for i, n in s.execute(select(model.id, model.name))}
    return out
