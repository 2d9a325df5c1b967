"""The scores of an import's new leads, worked out from the rows themselves in the
chunk's transaction.

A new lead has nothing in the database yet but what its row gives (its fields and the
behaviour events of the file's event columns), so its score is worked out here from
the planned row, the same facts ``store.scoring.facts`` would read back, by the same
``score``; reading every new lead back to rescore it (``rescore_in``, about 2 ms a
lead) would add minutes to a file of 100,000 rows. Leads an import updates are
rescored from the database (``rescore_in``) as any edit is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import (
    Event,
    LeadFacts,
    Qualification,
    ScoreRule,
    Thresholds,
    crossed,
    score,
)
from leaddesk.services.scoring import crossing_details
from leaddesk.store import imports as q
from leaddesk.store import scoring as sq

#: the lead fields fit rules read (as ``store.scoring.facts`` does)
FIT_FIELDS = ("company", "job_title", "city", "country", "deal_value", "source")


@dataclass(frozen=True)
class ChunkScoring:
    """The rules as a chunk's transaction reads them once, and the names of the
    campaigns, segments and products its leads point at."""

    rules: list[ScoreRule]
    thresholds: Thresholds
    names: Mapping[uuid.UUID, str]

    @classmethod
    def read(cls, s: Session) -> ChunkScoring:
        thresholds, _version = sq.thresholds(s)  # shared until the chunk commits
        return cls(sq.active_rules(s), thresholds, q.names_by_id(s))


def facts_of(
    row: Mapping[str, Any],
    product_ids: Iterable[uuid.UUID],
    events: Iterable[Event],
    names: Mapping[uuid.UUID, str],
) -> LeadFacts:
    """A new lead's facts from its planned leads row, as the store would read them."""
    fields: dict[str, object] = {name: row.get(name) for name in FIT_FIELDS}
    fields["segment"] = names.get(row["segment_id"]) if row.get("segment_id") else None
    fields["campaign"] = names.get(row["campaign_id"]) if row.get("campaign_id") else None
    fields["product"] = tuple(names[p] for p in dict.fromkeys(product_ids) if p in names)
    for key, value in (row.get("custom_fields") or {}).items():
        fields[f"custom:{key}"] = value
    return LeadFacts(fields, tuple(events))


def score_new(
    row: dict[str, Any], facts: LeadFacts, scoring: ChunkScoring, now: dt.datetime
) -> dict[str, object] | None:
    """Set the new lead's score columns in ``row`` as ``rescore_in`` would write them;
    returns the details of its "Became MQL/SQL" entry when it starts above a threshold."""
    result = score(facts, scoring.rules, now)
    level = result.qualification(scoring.thresholds)
    row["score"] = result.total
    row["qualification"] = level.value
    row["mql_at"] = now if level in (Qualification.MQL, Qualification.SQL) else None
    row["sql_at"] = now if level is Qualification.SQL else None
    row["score_due_at"] = result.valid_until
    up = crossed(Qualification.NONE, level)
    return None if up is None else crossing_details(up, result)


def activity_row(
    lead_id: uuid.UUID,
    kind: ActivityKind,
    at: dt.datetime,
    user_id: uuid.UUID | None,
    now: dt.datetime,
    details: Mapping[str, object],
    tag: str | None = None,
) -> dict[str, Any]:
    """A timeline entry for a chunk's Core insert (every entry with the same keys)."""
    return {
        "id": uuid.uuid4(), "lead_id": lead_id, "kind": kind, "direction": None,
        "subject": None, "body": None, "occurred_at": at, "user_id": user_id,
        "outcome": None, "created_at": now, "details": dict(details), "tag": tag,
    }  # fmt: skip
