"""partner links: the secret that signs partners' accept and return links, where
the links point, and the address the notices go from

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08

One new table; its one row is written the first time a notice is queued (a fresh
random secret), so a restored or wiped database never shares an old one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_links",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.Column("base_url", sa.String(300), nullable=True),
        sa.Column("sender", sa.String(254), nullable=True),
        sa.Column("sender_name", sa.String(160), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_partner_links"),
    )


def downgrade() -> None:
    op.drop_table("partner_links")
