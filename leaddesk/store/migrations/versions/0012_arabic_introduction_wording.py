"""the Arabic introduction's subject no longer reads "لشركة شركة النور"

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

The shipped Arabic introduction wrote "لشركة" ("for the company") before the lead's
company, and Arabic company names usually begin with "شركة" themselves. The subject now
says "لفريق" ("for the team of"). Only copies nobody edited (still the shipped text)
are reworded; a team's own wording is theirs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BEFORE = (
    "نقدّم لكم {{ product|default('منتجنا', true) }}"
    "{% if lead.company %} لشركة {{ lead.company }}{% endif %}"
)
AFTER = (
    "نقدّم لكم {{ product|default('منتجنا', true) }}"
    "{% if lead.company %} – لفريق {{ lead.company }}{% endif %}"
)


def _reword(old: str, new: str) -> None:
    op.execute(
        sa.text("UPDATE template_variants SET subject = :new WHERE subject = :old").bindparams(
            old=old, new=new
        )
    )


def upgrade() -> None:
    _reword(BEFORE, AFTER)


def downgrade() -> None:
    _reword(AFTER, BEFORE)
