"""The scoring a new database starts with, put back when a database is emptied.

Migration 0015 installs the handbook's rules and thresholds with fixed ids and
times; emptying a database (a new demo, a test's clean start on a shared server)
must leave it as a new one would be, not with the last owner's rules.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Connection, delete, insert

from leaddesk.domain.scoring import Thresholds, default_rules
from leaddesk.store.models_scoring import ScoreRuleRow, ScoreWalk, ScoringSettings

# as in migrations 0015 and 0017: the same ids and times in every database
INSTALLED = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
SETTINGS_ID = uuid.uuid5(uuid.NAMESPACE_URL, "leaddesk:scoring-settings")
WALK_ID = 1


def rule_id(tag: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"leaddesk:score-rule:{tag}")


def restore_default_scoring(conn: Connection) -> None:
    """Replace every rule and the thresholds with the ones a new database has."""
    conn.execute(delete(ScoreRuleRow))
    conn.execute(delete(ScoringSettings))
    conn.execute(delete(ScoreWalk))
    tracked = {"created_at": INSTALLED, "updated_at": INSTALLED, "version": 1}
    rows = [
        {
            "id": rule_id(rule.tag or rule.id),
            **tracked,
            "position": i,
            "name": rule.name,
            "rule_group": rule.group.value,
            "points": rule.points,
            "field": rule.field,
            "operator": rule.operator.value if rule.operator else None,
            "rule_values": list(rule.values),
            "activity_kind": rule.activity_kind.value if rule.activity_kind else None,
            "tag": rule.tag,
            "engagement": rule.engagement.value if rule.engagement else None,
            "last_n": rule.last_n,
            "per_occurrence": rule.per_occurrence,
            "cap": rule.cap,
            "half_life_days": rule.half_life_days,
            "retired_at": None,
        }
        for i, rule in enumerate(default_rules())
    ]
    conn.execute(insert(ScoreRuleRow), rows)
    defaults = Thresholds()
    conn.execute(
        insert(ScoringSettings),
        [{"id": SETTINGS_ID, **tracked, "mql": defaults.mql, "sql": defaults.sql,
          "rules_version": 1, "model_excluded": []}],
    )  # fmt: skip
    # an emptied database has no lead to walk through the installed rules
    conn.execute(insert(ScoreWalk), [{"id": WALK_ID, "rules_version": 1, "done": True}])
