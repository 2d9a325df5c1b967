"""A lead's field values as JSON and back, for what an import replaced (undo)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from leaddesk.domain.stages import Stage

_DECIMAL = frozenset({"deal_value"})
_DATE = frozenset({"birthday"})
_UUID = frozenset({"owner_id", "segment_id", "campaign_id"})


def to_json(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Decimal | uuid.UUID | dt.date | Stage):
            out[name] = str(value) if not isinstance(value, dt.date) else value.isoformat()
        else:
            out[name] = value
    return out


def from_json(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            out[name] = None
        elif name in _DECIMAL:
            out[name] = Decimal(value)
        elif name in _DATE:
            out[name] = dt.date.fromisoformat(value)
        elif name in _UUID:
            out[name] = uuid.UUID(value)
        else:
            out[name] = value
    return out
