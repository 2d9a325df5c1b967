"""Where LeadDesk's shipped resources are: inside the package when installed from a
wheel, beside it in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource(*parts: str) -> Path:
    for root in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _PACKAGE.parent.joinpath("resources", *parts)
