"""The owner's lists: sources and custom field definitions, with how many live leads
use each (so the editor can say what retiring one touches)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leaddesk.store.models import CustomFieldDef, Lead, LeadSource
from leaddesk.store.models_capture import ImportMapping as SavedMapping


def sources(s: Session) -> list[LeadSource]:
    return list(s.scalars(select(LeadSource).order_by(LeadSource.position, LeadSource.name)))


def source(s: Session, key: str) -> LeadSource | None:
    return s.scalar(select(LeadSource).where(LeadSource.key == key))


def source_counts(s: Session) -> dict[str, int]:
    rows = s.execute(
        select(Lead.source, func.count())
        .where(Lead.deleted_at.is_(None), Lead.source.is_not(None))
        .group_by(Lead.source)
    )
    return {str(key): int(n) for key, n in rows}


def next_source_position(s: Session) -> int:
    return int(s.scalar(select(func.coalesce(func.max(LeadSource.position), -1))) or 0) + 1


def custom_fields(s: Session) -> list[CustomFieldDef]:
    return list(
        s.scalars(select(CustomFieldDef).order_by(CustomFieldDef.position, CustomFieldDef.name))
    )


def custom_field(s: Session, key: str) -> CustomFieldDef | None:
    return s.scalar(select(CustomFieldDef).where(CustomFieldDef.key == key))


def next_field_position(s: Session) -> int:
    top = s.scalar(select(func.coalesce(func.max(CustomFieldDef.position), -1)))
    return int(top or 0) + 1


def custom_values(s: Session, key: str) -> Iterator[tuple[int, object]]:
    """(lead number, value) of every live lead holding a value for field ``key``.

    Read in Python rather than with each backend's JSON operators: a kind change is
    rare, and the three backends spell JSON paths three ways."""
    rows = s.execute(
        select(Lead.number, Lead.custom_fields).where(Lead.deleted_at.is_(None))
    ).yield_per(5000)
    for number, values in rows:
        if values and values.get(key) not in (None, ""):
            yield int(number), values[key]


def mapping_names(s: Session) -> list[str]:
    return sorted(s.scalars(select(SavedMapping.name)), key=str.casefold)


def mapping(s: Session, name: str) -> SavedMapping | None:
    return s.scalar(select(SavedMapping).where(SavedMapping.name == name))
