"""The facts a score is worked out from, read a batch of leads at a time: each lead's
fields and its timeline's scored actions, with the score it holds now.

A batch is a list of leads (those an edit touched, those whose score faded), or the
next stretch of a rescore's walk through the leads in id order, read by range: the
walk's leads and their actions are then found from the primary key and
ix_activities_scored alone (MariaDB, which cannot lock only the leads of a join,
holds the stretch first and reads it by its ids).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, exists, select, type_coerce
from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.scoring import Event, LeadFacts
from leaddesk.domain.scoring_reads import SCORED_KINDS, Reads
from leaddesk.store.id_arrays import among
from leaddesk.store.models import Activity, Campaign, Lead, Product, Segment, lead_products
from leaddesk.store.models_scoring import ScoreDue


@dataclass(frozen=True)
class Held:
    """What a lead holds now, to tell what a new score changes."""

    score: int
    qualification: str
    mql_at: dt.datetime | None
    sql_at: dt.datetime | None
    valid_until: dt.datetime | None


# the lead's fields a fit rule may name, and where they come from
LEAD_FIELDS = ("company", "job_title", "city", "country", "deal_value", "source")
KIND_OF = {k.value: k for k in ActivityKind}
DIRECTION_OF = {d.value: d for d in Direction}


def _raw(column: Any) -> Any:
    """``column`` as the driver hands it back: the batch's rows are converted here, a
    value at a time where it matters, instead of by the result machinery."""
    return type_coerce(column, String)


def _when(value: Any) -> dt.datetime | None:
    """As types.UTCDateTime reads a value back."""
    if value is None:
        return None
    when: dt.datetime = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _same(value: Any) -> Any:
    return value


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


@dataclass(frozen=True)
class Walked:
    """The walk's next stretch: at most ``limit`` live leads after ``after`` (all
    from the first when None), in id order."""

    after: uuid.UUID | None
    limit: int


Found = dict[uuid.UUID, tuple[LeadFacts, Held]]


def facts(
    s: Session,
    which: Sequence[uuid.UUID] | Walked,
    *,
    with_events: bool = True,
    needs: Reads | None = None,
    lock: bool = False,
) -> Found:
    """Each live lead's fields and timeline as scoring reads them, with what it
    holds (for a walk in the database's id order). ``needs``: only what those rules read (None:
    everything); the events come from ix_activities_scored alone. ``lock``: hold the
    leads first, in id order (on PostgreSQL by the same statement that reads them)."""
    if not isinstance(which, Walked) and not which:
        return {}
    conn = s.connection()  # Core on the connection: the ORM's result handling of
    backend = conn.dialect.name  # 5,000 leads and their actions costs more than reading
    ids = None if isinstance(which, Walked) else list(which)
    if lock and backend not in ("postgresql", "sqlite"):  # MariaDB: no FOR UPDATE OF
        ids = lock_leads(s, which)
    want = needs.fields if needs is not None else None
    kinds = (needs.kinds if needs is not None else SCORED_KINDS) if with_events else frozenset()
    fields = [c for c in LEAD_FIELDS if want is None or c in want]
    stmt = select(
        _raw(Lead.id),
        Lead.score,
        Lead.qualification,
        _raw(Lead.mql_at),
        _raw(Lead.sql_at),
        _raw(ScoreDue.due_at),
        *(getattr(Lead, c) for c in fields),
    ).outerjoin(ScoreDue, ScoreDue.lead_id == Lead.id)
    if want is None or "custom" in {f.split(":")[0] for f in want}:
        stmt = stmt.add_columns(Lead.custom_fields)
        fields.append("custom_fields")
    for name, model, on in (("segment", Segment, Lead.segment_id),
                            ("campaign", Campaign, Lead.campaign_id)):  # fmt: skip
        if want is None or name in want:
            stmt = stmt.add_columns(model.name.label(name)).outerjoin(model, model.id == on)
            fields.append(name)
    stmt = stmt.where(Lead.deleted_at.is_(None))
    if ids is not None:
        stmt = stmt.where(among(Lead.id, ids, backend))
        if isinstance(which, Walked):  # MariaDB's held stretch: read back in its order
            stmt = stmt.order_by(Lead.id)
    else:
        assert isinstance(which, Walked)
        stmt = stmt.order_by(Lead.id).limit(which.limit)
        if which.after is not None:
            stmt = stmt.where(Lead.id > which.after)
    if lock and backend == "postgresql":  # the newest version of each row, once held
        stmt = (stmt if ids is None else stmt.order_by(Lead.id)).with_for_update(of=Lead)
    rows = conn.execute(stmt).all()
    if not rows:
        return {}
    # the driver's text back to the ids asked for (cheaper than parsing each one)
    asked = {i.hex: i for i in ids} if ids is not None and backend != "postgresql" else {}
    keys = [asked.get(r[0]) or _uuid(r[0]) for r in rows]

    def of_batch(column: Any) -> Any:
        """``column`` (a lead id) among the batch's leads: by range for a walk."""
        if ids is not None:
            return among(column, ids, backend)
        assert isinstance(which, Walked)
        last = column <= keys[-1]
        return last if which.after is None else and_(column > which.after, last)

    products: dict[Any, list[str]] = defaultdict(list)
    if want is None or "product" in want:
        for lead_id, name in conn.execute(
            select(_raw(lead_products.c.lead_id), Product.name)
            .join(Product, Product.id == lead_products.c.product_id)
            .where(of_batch(lead_products.c.lead_id))
        ):
            products[lead_id].append(name)
    events: dict[Any, list[Event]] = defaultdict(list)
    if kinds:
        at_column: Any = _raw(Activity.occurred_at)
        read_at: Any = _when
        if backend == "sqlite":  # ISO text: read with its offset, in C
            at_column, read_at = at_column + "+00:00", dt.datetime.fromisoformat
        elif backend == "postgresql":  # aware already (compared, never shown)
            read_at = _same
        found = conn.execute(
            select(
                _raw(Activity.lead_id),
                _raw(Activity.kind),
                at_column,
                _raw(Activity.direction),
                Activity.tag,
                Activity.outcome,
            ).where(of_batch(Activity.lead_id), Activity.kind.in_(sorted(kinds)))
        )
        direction_of = DIRECTION_OF.get
        for lead_id, kind, at, direction, tag, outcome in found.all():  # not row by row
            events[lead_id].append(
                Event(KIND_OF[kind], read_at(at), direction_of(direction), tag, outcome)
            )
    out: Found = {}
    with_products = want is None or "product" in want
    for key, r in zip(keys, rows, strict=True):
        raw, score, qualification, mql_at, sql_at, valid_until, *values = r
        given: dict[str, object] = dict(zip(fields, values, strict=True))
        custom: Any = given.pop("custom_fields", None) or {}
        if isinstance(custom, str):  # a coerced JSON column on some drivers
            custom = json.loads(custom)
        if with_products:
            given["product"] = tuple(products.get(raw, ()))
        for name, value in custom.items():
            given[f"custom:{name}"] = value
        held = Held(score, qualification, _when(mql_at), _when(sql_at), _when(valid_until))
        out[key] = (LeadFacts(given, tuple(events.get(raw, ()))), held)
    return out


def last_read(found: Found) -> uuid.UUID:
    """The last lead of a walk's stretch in the database's id order, where the next
    stretch starts (MariaDB orders uuids in its own way, not as Python does)."""
    return next(reversed(found))


def lock_leads(s: Session, which: Sequence[uuid.UUID] | Walked) -> list[uuid.UUID]:
    """Hold the leads about to be rescored, in id order (so two writers never wait
    on each other in a circle), so their score and crossings are written once; the
    ones held (a walk's: its next stretch of live leads)."""
    stmt = select(Lead.id).order_by(Lead.id)
    if isinstance(which, Walked):
        stmt = stmt.where(Lead.deleted_at.is_(None)).limit(which.limit)
        if which.after is not None:
            stmt = stmt.where(Lead.id > which.after)
    else:
        stmt = stmt.where(among(Lead.id, sorted(which), s.get_bind().dialect.name))
    return list(s.scalars(stmt.with_for_update()))


def any_live_after(s: Session, after: uuid.UUID | None) -> bool:
    """Whether a live lead comes after ``after`` in id order (a walk's stretch can
    come back short when a lead in it changed meanwhile: that is not the end)."""
    stmt = select(Lead.id).where(Lead.deleted_at.is_(None))
    if after is not None:
        stmt = stmt.where(Lead.id > after)
    return bool(s.execute(select(exists(stmt))).scalar())
