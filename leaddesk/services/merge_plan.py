"""What a merge will do, before it is done: the leads side by side, which one to keep
and which value of each field the kept lead should get.

Pure data and rules (no session): the Duplicates screen asks again with another kept
lead without another query, and the service applies the same rules it showed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from leaddesk.domain.stages import Stage

# every field of the lead form a merge lets the user choose, in the form's order;
# custom fields come after as "custom:<key>"; tags and products become the union
FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "whatsapp",
    "address",
    "city",
    "country",
    "stage",
    "owner_id",
    "deal_value",
    "currency",
    "source",
    "campaign_id",
    "segment_id",
    "score",
    "website",
    "birthday",
    "notes",
    "social_profiles",
    "external_id",
    "dnc_email",
    "dnc_phone",
    "dnc_whatsapp",
    "dnc_sms",
)
CUSTOM = "custom:"


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == {} or value is False or value == 0


@dataclass(frozen=True)
class MergeLead:
    id: uuid.UUID
    number: str
    name: str
    version: int
    stage: Stage
    created_at: dt.datetime
    timeline_entries: int
    tags: tuple[str, ...] = ()
    product_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class MergeField:
    """One field across the leads: ``values`` in the order of ``MergePlan.leads``."""

    key: str
    values: tuple[Any, ...]

    @property
    def differs(self) -> bool:
        return any(v != self.values[0] for v in self.values[1:])


@dataclass(frozen=True)
class MergePlan:
    leads: tuple[MergeLead, ...]
    kept_id: uuid.UUID  # the suggestion: most timeline entries, then the oldest
    fields: tuple[MergeField, ...]
    # names to show for ids and keys: people, campaigns, segments, products, sources
    names: dict[str, str] = field(default_factory=dict)
    custom_names: dict[str, str] = field(default_factory=dict)  # custom field key -> name

    @property
    def versions(self) -> dict[uuid.UUID, int]:
        """Each lead's version as read: the merge refuses if one changed since."""
        return {lead.id: lead.version for lead in self.leads}

    def lead(self, lead_id: uuid.UUID) -> MergeLead:
        return next(lead for lead in self.leads if lead.id == lead_id)

    def column(self, lead_id: uuid.UUID) -> int:
        return next(i for i, lead in enumerate(self.leads) if lead.id == lead_id)

    def suggested(self, kept_id: uuid.UUID | None = None) -> dict[str, uuid.UUID]:
        """For each field the lead whose value the kept lead gets: the kept lead's own,
        else the first other lead's that is not empty."""
        return suggest(self, kept_id or self.kept_id)

    @property
    def tags(self) -> tuple[str, ...]:
        """The kept lead's tags after the merge: every lead's."""
        return tuple(sorted({t for lead in self.leads for t in lead.tags}, key=str.casefold))

    @property
    def product_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(sorted({p for lead in self.leads for p in lead.product_ids}))


def suggest(plan: MergePlan, kept_id: uuid.UUID) -> dict[str, uuid.UUID]:
    kept = plan.column(kept_id)
    order = [kept] + [i for i in range(len(plan.leads)) if i != kept]
    out = {}
    for f in plan.fields:
        source = next((i for i in order if not is_empty(f.values[i])), kept)
        out[f.key] = plan.leads[source].id
    return out


def kept_first(
    counts: Mapping[uuid.UUID, int], created: Mapping[uuid.UUID, tuple[Any, int]]
) -> uuid.UUID:
    """The lead with the most timeline entries; of equals the oldest (then the lowest
    number): the one people have worked on is the one they will look for."""
    return min(created, key=lambda i: (-counts.get(i, 0), created[i]))


def order_leads(leads: Sequence[MergeLead], kept_id: uuid.UUID) -> tuple[MergeLead, ...]:
    """The kept lead first, the others oldest first."""
    rest = sorted((lead for lead in leads if lead.id != kept_id), key=lambda x: x.created_at)
    return (next(lead for lead in leads if lead.id == kept_id), *rest)
