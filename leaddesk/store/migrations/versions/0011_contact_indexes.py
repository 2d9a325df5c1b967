"""indexes of the leads' email, phone and WhatsApp number

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

The New lead form warns while the rep types that a lead with the same email or phone
number exists already ("open it instead"), and the import that follows looks every
row's contacts up the same way. Without an index each look-up read every lead
(100,000 rows on every keystroke). Phones are stored in E.164; emails are stored in
lower case from now on (mail systems read an address without regard to case), and
the ones already stored are lowered here, so equality finds them. The downgrade keeps
them lowered: which letters were capitals is not kept anywhere.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_leads_email": "email",
    "ix_leads_phone": "phone",
    "ix_leads_whatsapp": "whatsapp",
}


def upgrade() -> None:
    op.execute(
        sa.text(
            # every address (MariaDB's collation finds "A" equal to "a", so no filter)
            "UPDATE leads SET email = lower(email) WHERE email IS NOT NULL"
        )
    )
    for name, column in INDEXES.items():
        op.create_index(name, "leads", [column])


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="leads")
