"""What the wizard's preview shows before anything is written: the first rows of a
file as they would be saved (each mapped column's converted value, its problems and
what becomes of the row), and the original cells of rejected rows for the
rejected-rows file.

Decided by the same ``convert_row`` and ``decide`` as the import itself, so the
preview cannot promise what the import then does differently.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from leaddesk.domain.custom_fields import field_key
from leaddesk.domain.import_mapping import IGNORE, ImportMapping, custom_name
from leaddesk.domain.import_rows import CellProblem, ConvertedRow

#: where a target's converted value is, when it is not kept under its own name
_SHOWN_AS = {
    "mobile": ("whatsapp", "phone"),
    "postal_code": ("address",),
    "region": ("address",),
}
REFS = ("owner", "campaign", "segment", "product")


@dataclass(frozen=True)
class SampleRow:
    number: int  # the row's line (CSV), row (Excel) or card (vCard)
    action: str  # "create", "update", "duplicate", "reject"
    values: dict[str, Any]  # header → the converted value the lead would get
    problems: tuple[CellProblem, ...]  # by the file's header ("" for the whole row)


def shown_values(
    row: ConvertedRow,
    headers: tuple[str, ...],
    cells: Sequence[object],
    mapping: ImportMapping,
) -> dict[str, Any]:
    """Each mapped header's value as converted (None where the cell gave nothing); a
    cell that could not be converted (or a row the checks refused) as the file has
    it, so the preview shows what is wrong."""
    out: dict[str, Any] = {}
    for i, header in enumerate(headers):
        target = mapping.target(header)
        if target == IGNORE:
            continue
        if (name := custom_name(target)) is not None:
            out[header] = row.custom.get(field_key(name))
        elif target == "full_name":
            parts = (row.values.get("first_name"), row.values.get("last_name"))
            out[header] = " ".join(p for p in parts if p) or None
        elif target in REFS:
            out[header] = row.refs.get(target)
        elif target == "created_at":
            out[header] = row.created_at
        elif target == "number":
            out[header] = row.lead_number
        elif target in _SHOWN_AS:
            out[header] = next(
                (row.values[t] for t in _SHOWN_AS[target] if row.values.get(t)), None
            )
        elif target == "source":
            out[header] = row.new_source or row.values.get("source")
        else:
            out[header] = row.values.get(target)
        raw = cells[i] if i < len(cells) else None
        if out[header] is None and raw is not None and str(raw).strip():
            out[header] = str(raw).strip()
    return out


def original_cells(
    headers: tuple[str, ...], rows: Collection[int], source_rows: Any
) -> dict[int, tuple[str, ...]]:
    """The cells of the file rows numbered in ``rows``, as text, as the file has them."""
    wanted = set(rows)
    found: dict[int, tuple[str, ...]] = {}
    if not wanted:
        return found
    last = max(wanted)
    for r in source_rows:
        if r.number in wanted:
            cells = tuple("" if c is None else str(c) for c in r.cells)
            found[r.number] = cells + ("",) * (len(headers) - len(cells))
        if r.number >= last:
            break
    return found
