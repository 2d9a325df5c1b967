"""Scoring's SQL: the rules and thresholds, writing scores back, and the walk and
the faded scores a rescore takes (the facts a score is worked out from are read by
store.scoring_facts).

Scores are written with plain UPDATEs that leave a lead's version alone: a score is
worked out, not edited, so a form open on the lead must not see it as a conflict.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import (
    Engagement,
    FitOperator,
    RuleGroup,
    ScoreRule,
    Thresholds,
)
from leaddesk.store.id_arrays import among, pg_array
from leaddesk.store.models import Activity, Lead
from leaddesk.store.models_scoring import ScoreDue, ScoreRuleRow, ScoreWalk, ScoringSettings
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


def write_scores(s: Session, changed: Iterable[dict[str, Any]]) -> int:
    """``changed``: dicts of lead_id, score, valid_until, qualification, mql_at, sql_at
    and ``_set``, the keys that changed. Leads in this session's identity map get the
    new values too, so what the caller returns from them is current.

    The leads rows get the score and its class, score_due the fading bound (a row
    made, moved or removed). PostgreSQL gets one statement each from unnest(arrays);
    the others one executemany per set of columns that changed (SQLite rewrites an
    index whenever its columns are SET, even to the same value: the Insights indexes
    carry mql_at and sql_at)."""
    rows = list(changed)
    if not rows:
        return 0
    conn = s.connection()
    on_lead = [r for r in rows if not r["_set"] <= {"valid_until"}]
    due = [r for r in rows if "valid_until" in r["_set"]]
    if conn.dialect.name == "postgresql":
        if on_lead:
            arrays = {k: pg_array(r[k] for r in on_lead) for k in ("lead_id", *LEAD_WRITTEN)}
            conn.execute(PG_WRITE, arrays)
    else:
        leads = cast(Table, Lead.__table__)
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in on_lead:
            shapes[tuple(k for k in LEAD_WRITTEN if k in row["_set"])].append(row)
        for keys, group in shapes.items():
            stmt = (
                update(leads)
                .where(leads.c.id == bindparam("lead_id"))
                .values({k: bindparam(k) for k in keys})
            )
            params = [{"lead_id": r["lead_id"], **{k: r[k] for k in keys}} for r in group]
            conn.execute(stmt, params)
    _write_due(conn, due)
    if s.identity_map:
        for row in on_lead:
            lead = s.identity_map.get(s.identity_key(Lead, row["lead_id"]))
            if isinstance(lead, Lead):
                for key in LEAD_WRITTEN:
                    set_committed_value(lead, key, row[key])
    return len(rows)


def _write_due(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """The fading bounds of ``rows``: None removes a lead's row, a moment makes or
    moves it (an upsert: the lead is held, but a row may be there unread)."""
    gone = [r["lead_id"] for r in rows if r["valid_until"] is None]
    kept = [{"lead_id": r["lead_id"], "due_at": r["valid_until"]} for r in rows
            if r["valid_until"] is not None]  # fmt: skip
    backend = conn.dialect.name
    if gone:
        conn.execute(delete(ScoreDue).where(among(ScoreDue.lead_id, gone, backend)))
    if not kept:
        return
    if backend == "postgresql":
        conn.execute(PG_DUE, {"lead_id": pg_array(r["lead_id"] for r in kept),
                              "due_at": pg_array(r["due_at"] for r in kept)})  # fmt: skip
        return
    table = cast(Table, ScoreDue.__table__)
    if backend == "sqlite":
        lite = sqlite.insert(table)
        conn.execute(lite.on_conflict_do_update(
            index_elements=["lead_id"], set_={"due_at": lite.excluded.due_at}), kept)  # fmt: skip
    else:
        maria = mysql.insert(table)
        conn.execute(maria.on_duplicate_key_update(due_at=maria.inserted.due_at), kept)


def add_entries(s: Session, rows: list[dict[str, Any]]) -> None:
    """Timeline entries (all with the same keys) in one executemany."""
    if rows:
        s.connection().execute(insert(cast(Table, Activity.__table__)), rows)


# the score columns of a leads row (the fading bound is score_due's)
LEAD_WRITTEN = ("score", "qualification", "mql_at", "sql_at")
PG_WRITE = text(
    "UPDATE leads AS l SET score = v.score, qualification = v.qualification, "
    "mql_at = v.mql_at, sql_at = v.sql_at "
    "FROM unnest(CAST(:lead_id AS uuid[]), CAST(:score AS integer[]), "
    "CAST(:qualification AS varchar[]), CAST(:mql_at AS timestamptz[]), "
    "CAST(:sql_at AS timestamptz[])) AS v(id, score, qualification, mql_at, sql_at) "
    "WHERE l.id = v.id"
)
PG_DUE = text(
    "INSERT INTO score_due (lead_id, due_at) "
    "SELECT * FROM unnest(CAST(:lead_id AS uuid[]), CAST(:due_at AS timestamptz[])) "
    "ON CONFLICT (lead_id) DO UPDATE SET due_at = EXCLUDED.due_at"
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


def count_walk_left(s: Session, after: uuid.UUID | None) -> int:
    stmt = select(func.count()).select_from(Lead).where(Lead.deleted_at.is_(None))
    if after is not None:
        stmt = stmt.where(Lead.id > after)
    return int(s.execute(stmt).scalar_one())


def _faded(now: dt.datetime) -> Any:
    """score_due rows past ``now`` whose lead is live: read from ix_score_due_at, each
    lead looked up by its key (written as NOT EXISTS so no planner starts from the
    leads table, as SQLite did without statistics for score_due)."""
    deleted = select(Lead.id).where(Lead.id == ScoreDue.lead_id, Lead.deleted_at.is_not(None))
    return and_(ScoreDue.due_at <= now, ~deleted.exists())


def faded_ids(
    s: Session, now: dt.datetime, *, limit: int, besides: Collection[uuid.UUID] = ()
) -> list[uuid.UUID]:
    """Live leads whose kept score fading has changed by ``now``."""
    if limit <= 0:
        return []
    stmt = select(ScoreDue.lead_id).where(_faded(now)).limit(limit + len(besides))
    skip = set(besides)
    return [i for i in s.scalars(stmt) if i not in skip][:limit]


def count_faded(s: Session, now: dt.datetime) -> int:
    stmt = select(func.count()).select_from(ScoreDue).where(_faded(now))
    return int(s.execute(stmt).scalar_one())


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
