"""Every limit the domain checks fits the column it guards, so a value the domain lets
through is never cut or refused by a database (MariaDB and PostgreSQL refuse, SQLite
keeps anything: the three would disagree)."""

from __future__ import annotations

from sqlalchemy import Enum, String

from leaddesk.domain.text_rules import LIMITS
from leaddesk.domain.validation import MAX_TEXT
from leaddesk.store.models import Base


def _length(table: str, column: str) -> int | None:
    kind = Base.metadata.tables[table].c[column].type
    return kind.length if isinstance(kind, String) else None


def test_every_checked_limit_fits_its_column() -> None:
    checked = {f"leads.{name}": limit for name, limit in MAX_TEXT.items()} | LIMITS
    for where, limit in checked.items():
        length = _length(*where.split("."))
        assert length is None or limit <= length, (where, limit, length)


def test_every_short_text_column_of_a_lead_is_checked() -> None:
    # written by LeadDesk, never typed (qualification: from the score)
    derived = {"search_text", "position", "number", "qualification"}
    lead = Base.metadata.tables["leads"]
    typed = {
        c.name
        for c in lead.c
        if isinstance(c.type, String)
        and not isinstance(c.type, Enum)  # checked against its values
        and c.type.length
        and c.name not in derived
    }
    # email, phones, currency and source have their own checks (address, E.164, ISO
    # code, a source's key)
    assert typed - set(MAX_TEXT) <= {"email", "phone", "whatsapp", "currency", "source"}, typed
