"""distribution: teams and their rotation, absences, working time and capacity of
each rep, partner organisations and the leads pushed to them, assignment rules,
claims from the pool, the assignment log

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-10

New tables and nullable user columns only: the leads table is left alone (the log
keeps who got a lead when; the lead keeps only its owner, as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _fk(column: str, parent: str, ondelete: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], ondelete=ondelete, name=f"fk_{table}_{column}_{parent}"
    )


def upgrade() -> None:
    op.add_column("users", sa.Column("time_zone", sa.String(64), nullable=True))
    op.add_column("users", sa.Column("work_days", sa.String(7), nullable=True))
    op.add_column("users", sa.Column("work_starts", sa.Time(), nullable=True))
    op.add_column("users", sa.Column("work_ends", sa.Time(), nullable=True))
    op.add_column("users", sa.Column("max_open_leads", sa.Integer(), nullable=True))
    op.add_column("users", sa.Column("max_new_per_day", sa.Integer(), nullable=True))
    op.add_column("users", sa.Column("max_claimed_open", sa.Integer(), nullable=True))
    op.add_column("users", sa.Column("max_claims_per_day", sa.Integer(), nullable=True))
    op.create_table(
        "teams",
        *_tracked(),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_teams"),
        sa.UniqueConstraint("name", name="uq_teams_name"),
    )
    op.create_table(
        "team_members",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("credit", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "user_id", name="pk_team_members"),
        _fk("team_id", "teams", "CASCADE", "team_members"),
        _fk("user_id", "users", "CASCADE", "team_members"),
    )
    op.create_table(
        "absences",
        *_tracked(),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_absences"),
        _fk("user_id", "users", "CASCADE", "absences"),
    )
    op.create_index("ix_absences_user", "absences", ["user_id", "ends"])
    op.create_table(
        "partners",
        *_tracked(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("territory", sa.String(200), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("contacts", sa.JSON(), nullable=False),
        sa.Column("response_hours", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_partners"),
    )
    op.create_table(
        "partner_leads",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("rule_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("pushed_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("reason", sa.String(300), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_partner_leads"),
        _fk("lead_id", "leads", "CASCADE", "partner_leads"),
        _fk("partner_id", "partners", "CASCADE", "partner_leads"),
    )
    op.create_index("ix_partner_leads_due", "partner_leads", ["state", "due_at"])
    op.create_index("ix_partner_leads_lead", "partner_leads", ["lead_id", "state"])
    op.create_index("ix_partner_leads_partner", "partner_leads", ["partner_id", "pushed_at"])
    op.create_table(
        "assignment_rules",
        *_tracked(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=True),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_assignment_rules"),
    )
    op.create_table(
        "lead_claims",
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("warned_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("lead_id", name="pk_lead_claims"),
        _fk("lead_id", "leads", "CASCADE", "lead_claims"),
        _fk("user_id", "users", "CASCADE", "lead_claims"),
    )
    op.create_index("ix_lead_claims_expires", "lead_claims", ["expires_at", "lead_id"])
    op.create_index("ix_lead_claims_user", "lead_claims", ["user_id", "claimed_at"])
    op.create_table(
        "assignments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("rule_id", sa.Uuid(), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assignments"),
        _fk("lead_id", "leads", "CASCADE", "assignments"),
    )
    op.create_index("ix_assignments_user_at", "assignments", ["user_id", "at"])
    op.create_index("ix_assignments_lead", "assignments", ["lead_id", "at"])
    op.create_index("ix_assignments_partner", "assignments", ["partner_id", "at"])


TABLES = ("assignments", "lead_claims", "partner_leads", "assignment_rules", "partners",
          "absences", "team_members", "teams")  # fmt: skip
USER_COLUMNS = ("max_claims_per_day", "max_claimed_open", "max_new_per_day", "max_open_leads",
                "work_ends", "work_starts", "work_days", "time_zone")  # fmt: skip


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
    for column in USER_COLUMNS:
        op.drop_column("users", column)
