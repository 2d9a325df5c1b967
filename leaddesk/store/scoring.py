"""Scoring's SQL: the rules and thresholds, the facts a score is worked out from (a
batch of leads at a time), and writing scores back.

Scores are written with plain UPDATEs that leave a lead's version alone: a score is
worked out, not edited, so a form open on the lead must not see it as a conflict.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    String,
    Table,
    Uuid,
    bindparam,
    func,
    insert,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.scoring import (
    Engagement,
    Event,
    FitOperator,
    LeadFacts,
    RuleGroup,
    ScoreRule,
    Thresholds,
)
from leaddesk.domain.scoring_reads import SCORED_KINDS, Reads
from leaddesk.store.models import Activity, Campaign, Lead, Product, Segment, lead_products
from leaddesk.store.models_scoring import ScoreRuleRow, ScoreWalk, ScoringSettings
from leaddesk.store.scoring_defaults import WALK_ID

DEFAULT_THRESHOLDS = Thresholds()


def rule_of(row: ScoreRuleRow) -> ScoreRule:
    return ScoreRule(
        id=str(row.id),
        name=row.name,
        group=RuleGroup(row.rule_group),
        points=row.points,
        field=row.field,
        operator=FitOperator(row.operator) if row.operator else None,
        values=tuple(row.rule_values or ()),
        activity_kind=ActivityKind(row.activity_kind) if row.activity_kind else None,
        tag=row.tag,
        engagement=Engagement(row.engagement) if row.engagement else None,
        last_n=row.last_n,
        per_occurrence=row.per_occurrence,
        cap=row.cap,
        half_life_days=row.half_life_days,
    )


def rule_rows(s: Session) -> list[ScoreRuleRow]:
    stmt = (
        select(ScoreRuleRow)
        .where(ScoreRuleRow.retired_at.is_(None))
        .order_by(ScoreRuleRow.position, ScoreRuleRow.id)
    )
    return list(s.scalars(stmt))


def active_rules(s: Session) -> list[ScoreRule]:
    return [rule_of(r) for r in rule_rows(s)]


def settings(s: Session, *, lock: bool = False) -> ScoringSettings:
    """The one settings row (made with the defaults if a database lacks it)."""
    stmt = select(ScoringSettings).limit(1)
    if lock:
        stmt = stmt.with_for_update()
    row = s.scalars(stmt).first()
    if row is None:
        row = ScoringSettings(
            mql=DEFAULT_THRESHOLDS.mql, sql=DEFAULT_THRESHOLDS.sql, rules_version=1
        )
        row.model_excluded = []
        s.add(row)
        s.flush()
    return row


_RULES: dict[tuple[object, ...], list[ScoreRule]] = {}


def scoring_now(s: Session) -> tuple[list[ScoreRule], Thresholds, int]:
    """The active rules, thresholds and rules version, the settings row shared until
    the caller commits: a rules change waits for scores worked out with the old rules
    (a lead created meanwhile would otherwise slip past the walk of the new ones). The
    rules are kept per version (every change of them raises it; emptying a database
    puts the installed row back, whose time tells it apart), so scoring one lead reads
    one small row, not the rules."""
    found = s.execute(
        select(
            ScoringSettings.id,
            ScoringSettings.mql,
            ScoringSettings.sql,
            ScoringSettings.rules_version,
            ScoringSettings.updated_at,
        )
        .limit(1)
        .with_for_update(read=True)
    ).first()
    if found is None:
        made = settings(s)
        return active_rules(s), Thresholds(made.mql, made.sql), made.rules_version
    key = (str(s.get_bind().engine.url), found.id, found.rules_version, found.updated_at)
    rules = _RULES.get(key)
    if rules is None:
        if len(_RULES) > 32:
            _RULES.clear()
        rules = _RULES[key] = active_rules(s)
    return list(rules), Thresholds(found.mql, found.sql), found.rules_version


def thresholds(s: Session) -> tuple[Thresholds, int]:
    """As ``scoring_now``, the settings row shared until the caller commits."""
    row = s.scalars(select(ScoringSettings).limit(1).with_for_update(read=True)).first()
    row = row or settings(s)
    return Thresholds(row.mql, row.sql), row.rules_version


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


UUIDS = postgresql.ARRAY(Uuid)


def pg_array(values: Iterable[object]) -> str:
    """A PostgreSQL array literal of uuids, numbers, times and plain words (None is
    NULL), made in one join: the driver checks every element of a list it is given
    for quoting, which for a batch's arrays costs more than the statement."""
    return "{" + ",".join("NULL" if v is None else _element(v) for v in values) + "}"


def _element(value: object) -> str:
    if isinstance(value, dt.datetime):
        return f'"{value.isoformat(sep=" ")}"'
    text_ = str(value)
    if not text_.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"not a plain array element: {text_!r}")
    return text_


def among(column: Any, ids: Sequence[uuid.UUID], backend: str) -> Any:
    """``column IN ids``; on PostgreSQL ``IN (SELECT unnest(array))``, one parameter
    instead of thousands (the driver spends longer parsing a 5,000-placeholder
    statement than the server spends running it), joined rather than ``= ANY(array)``,
    which a plan that scans the table tests element by element against every row."""
    if backend == "postgresql":
        array = sql_cast(bindparam(None, pg_array(ids), type_=String), UUIDS)
        return column.in_(select(func.unnest(array)))
    return column.in_(ids)


def facts(
    s: Session,
    lead_ids: Sequence[uuid.UUID],
    *,
    with_events: bool = True,
    needs: Reads | None = None,
    lock: bool = False,
) -> dict[uuid.UUID, tuple[LeadFacts, Held]]:
    """Each live lead's fields and timeline as scoring reads them, with what it holds.
    ``needs``: only what those rules read (None: everything); the events come from
    ix_activities_scored alone. ``lock``: hold the leads first, in id order (on
    PostgreSQL by the same statement that reads them)."""
    if not lead_ids:
        return {}
    ids = list(lead_ids)
    want = needs.fields if needs is not None else None
    kinds = (needs.kinds if needs is not None else SCORED_KINDS) if with_events else frozenset()
    fields = [c for c in LEAD_FIELDS if want is None or c in want]
    columns: list[Any] = [
        _raw(Lead.id),
        Lead.score,
        Lead.qualification,
        _raw(Lead.mql_at),
        _raw(Lead.sql_at),
        _raw(Lead.score_valid_until),
        *(getattr(Lead, c) for c in fields),
    ]
    stmt = select(*columns)
    if want is None or "custom" in {f.split(":")[0] for f in want}:
        stmt = stmt.add_columns(Lead.custom_fields)
        fields.append("custom_fields")
    for name, model, key in (("segment", Segment, Lead.segment_id),
                             ("campaign", Campaign, Lead.campaign_id)):  # fmt: skip
        if want is None or name in want:
            stmt = stmt.add_columns(model.name.label(name)).outerjoin(model, model.id == key)
            fields.append(name)
    # Core statements on the connection: the ORM's result handling of 100,000 rows
    # and 800,000 timeline entries cost more than reading them
    conn = s.connection()
    backend = conn.dialect.name
    stmt = stmt.where(among(Lead.id, ids, backend), Lead.deleted_at.is_(None))
    if lock and backend == "postgresql":  # the newest version of each row, once held
        stmt = stmt.order_by(Lead.id).with_for_update(of=Lead)
    elif lock and backend != "sqlite":  # MariaDB has no FOR UPDATE OF: the leads alone
        lock_leads(s, ids)
    rows = conn.execute(stmt).all()
    products: dict[Any, list[str]] = defaultdict(list)
    if want is None or "product" in want:
        for lead_id, name in conn.execute(
            select(_raw(lead_products.c.lead_id), Product.name)
            .join(Product, Product.id == lead_products.c.product_id)
            .where(among(lead_products.c.lead_id, ids, backend))
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
            ).where(among(Activity.lead_id, ids, backend), Activity.kind.in_(sorted(kinds)))
        )
        direction_of = DIRECTION_OF.get
        for lead_id, kind, at, direction, tag, outcome in found.all():  # not row by row
            events[lead_id].append(
                Event(KIND_OF[kind], read_at(at), direction_of(direction), tag, outcome)
            )
    out: dict[uuid.UUID, tuple[LeadFacts, Held]] = {}
    # the driver's text back to the ids asked for (cheaper than parsing each one)
    asked = {} if backend == "postgresql" else {i.hex: i for i in ids}
    for r in rows:
        raw, score, qualification, mql_at, sql_at, valid_until, *values = r
        given: dict[str, object] = dict(zip(fields, values, strict=True))
        custom: Any = given.pop("custom_fields", None) or {}
        if isinstance(custom, str):  # a coerced JSON column on some drivers
            custom = json.loads(custom)
        if want is None or "product" in want:
            given["product"] = tuple(products.get(raw, ()))
        for key, value in custom.items():
            given[f"custom:{key}"] = value
        held = Held(score, qualification, _when(mql_at), _when(sql_at), _when(valid_until))
        out[asked.get(raw) or _uuid(raw)] = (LeadFacts(given, tuple(events.get(raw, ()))), held)
    return out


def write_scores(s: Session, changed: Iterable[dict[str, Any]]) -> int:
    """``changed``: dicts of lead_id, score, valid_until, qualification, mql_at, sql_at.
    Leads in this session's identity map get the new values too, so what the caller
    returns from them is current.

    PostgreSQL gets one UPDATE … FROM unnest(arrays); the others one executemany per
    set of columns that changed (SQLite rewrites an index whenever its columns are
    SET, even to the same value: the Insights indexes carry mql_at and sql_at)."""
    rows = list(changed)
    if not rows:
        return 0
    leads = cast(Table, Lead.__table__)
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(PG_WRITE, {k: pg_array(r[k] for r in rows) for k in ("lead_id", *WRITTEN)})
    else:
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            shapes[tuple(k for k in WRITTEN if k in row["_set"])].append(row)
        for keys, group in shapes.items():
            stmt = (
                update(leads)
                .where(leads.c.id == bindparam("lead_id"))
                .values({COLUMN_OF[k]: bindparam(k) for k in keys})
            )
            params = [{"lead_id": r["lead_id"], **{k: r[k] for k in keys}} for r in group]
            conn.execute(stmt, params)
    if s.identity_map:
        for row in rows:
            lead = s.identity_map.get(s.identity_key(Lead, row["lead_id"]))
            if isinstance(lead, Lead):
                for key in WRITTEN:
                    set_committed_value(lead, COLUMN_OF[key], row[key])
    return len(rows)


def add_entries(s: Session, rows: list[dict[str, Any]]) -> None:
    """Timeline entries (all with the same keys) in one executemany."""
    if rows:
        s.connection().execute(insert(cast(Table, Activity.__table__)), rows)


# the written keys and their columns
COLUMN_OF = {
    "score": "score",
    "valid_until": "score_valid_until",
    "qualification": "qualification",
    "mql_at": "mql_at",
    "sql_at": "sql_at",
}
WRITTEN = tuple(COLUMN_OF)
PG_WRITE = text(
    "UPDATE leads AS l SET score = v.score, score_valid_until = v.valid_until, "
    "qualification = v.qualification, mql_at = v.mql_at, sql_at = v.sql_at "
    "FROM unnest(CAST(:lead_id AS uuid[]), CAST(:score AS integer[]), "
    "CAST(:valid_until AS timestamptz[]), CAST(:qualification AS varchar[]), "
    "CAST(:mql_at AS timestamptz[]), CAST(:sql_at AS timestamptz[])) "
    "AS v(id, score, valid_until, qualification, mql_at, sql_at) "
    "WHERE l.id = v.id"
)


def walk(s: Session) -> ScoreWalk:
    """The rescore's progress, held until the caller commits: one app walks a batch
    at a time (others wait for it, then take the next)."""
    row = s.scalars(select(ScoreWalk).with_for_update()).first()
    if row is None:  # a database emptied by hand
        row = ScoreWalk(id=WALK_ID, rules_version=0, after_id=None, done=False)
        s.add(row)
        s.flush()
    return row


def walk_state(s: Session) -> ScoreWalk | None:
    """The walk's progress as it stands (not held)."""
    return s.scalars(select(ScoreWalk)).first()


def walk_ids(s: Session, after: uuid.UUID | None, *, limit: int) -> list[uuid.UUID]:
    """The next leads of a walk, in id order (the primary key's own order)."""
    stmt = select(Lead.id).order_by(Lead.id).limit(limit)  # deleted ones too: from the key
    if after is not None:  # alone (``facts`` leaves them out), no row read to check
        stmt = stmt.where(Lead.id > after)
    return list(s.scalars(stmt))


def count_walk_left(s: Session, after: uuid.UUID | None) -> int:
    stmt = select(func.count()).select_from(Lead).where(Lead.deleted_at.is_(None))
    if after is not None:
        stmt = stmt.where(Lead.id > after)
    return int(s.execute(stmt).scalar_one())


def faded_ids(
    s: Session, now: dt.datetime, *, limit: int, besides: Collection[uuid.UUID] = ()
) -> list[uuid.UUID]:
    """Live leads whose kept score fading has changed by ``now`` (ix_leads_score_due)."""
    if limit <= 0:
        return []
    stmt = (
        select(Lead.id)
        .where(Lead.deleted_at.is_(None), Lead.score_valid_until <= now)
        .limit(limit + len(besides))
    )
    skip = set(besides)
    return [i for i in s.scalars(stmt) if i not in skip][:limit]


def count_faded(s: Session, now: dt.datetime) -> int:
    stmt = (
        select(func.count())
        .select_from(Lead)
        .where(Lead.deleted_at.is_(None), Lead.score_valid_until <= now)
    )
    return int(s.execute(stmt).scalar_one())


def lock_leads(s: Session, lead_ids: Sequence[uuid.UUID]) -> None:
    """Hold the leads about to be rescored, in id order (so two writers never wait
    on each other in a circle), so their score and crossings are written once."""
    backend = s.get_bind().dialect.name
    stmt = select(Lead.id).where(among(Lead.id, sorted(lead_ids), backend)).order_by(Lead.id)
    s.execute(stmt.with_for_update()).all()


def all_ids(s: Session, *, after: uuid.UUID | None, limit: int) -> list[uuid.UUID]:
    """Live leads by id, a page at a time (for the preview of changed rules)."""
    stmt = select(Lead.id).order_by(Lead.id).limit(limit)  # deleted ones too: from the key
    if after is not None:  # alone (``facts`` leaves them out), no row read to check
        stmt = stmt.where(Lead.id > after)
    return list(s.scalars(stmt))


def count_levels(s: Session) -> dict[str, int]:
    """Live leads by qualification."""
    stmt = (
        select(Lead.qualification, func.count())
        .where(Lead.deleted_at.is_(None))
        .group_by(Lead.qualification)
    )
    return {str(level): int(n) for level, n in s.execute(stmt)}


def count_live(s: Session) -> int:
    stmt = select(func.count()).select_from(Lead).where(Lead.deleted_at.is_(None))
    return int(s.execute(stmt).scalar_one())


def all_rule_rows(s: Session) -> list[ScoreRuleRow]:
    """Every rule, retired ones too (the rules screen saves over the whole list)."""
    return list(s.scalars(select(ScoreRuleRow)))
