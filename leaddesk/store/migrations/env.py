"""Alembic environment: runs on the connection LeadDesk hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from leaddesk.store.models import Base
from leaddesk.store.schema import include_object_for


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object_for(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through 'leaddesk db upgrade', which opens the database.")
run(connection)
