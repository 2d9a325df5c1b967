"""Every migration from empty to head, on every backend, matches the models."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from leaddesk.domain.board_view import CardSort
from leaddesk.errors import SchemaTooNew
from leaddesk.store import board, schema
from leaddesk.store.engine import Database, open_database
from leaddesk.store.models import Activity, Base, Lead
from leaddesk.store.types import UTCDateTime


def test_empty_to_head_matches_models(backend: str, db: Database) -> None:
    assert schema.current_revision(db) is None
    before, after = schema.upgrade(db)
    assert (before, after) == (None, schema.head_revision())
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": schema.include_object_for(backend)},
        )
        assert compare_metadata(ctx, Base.metadata) == []
        indexes = {i["name"] for i in inspect(conn).get_indexes("leads")}
    assert {"ix_leads_board", "ix_leads_stage_totals", "ix_leads_owner"} <= indexes
    if backend == "postgresql":
        assert "ix_leads_search_trgm" in indexes
    # a second upgrade is a no-op, and the start's shortcut knows the head
    assert after == schema.HEAD
    assert schema.upgrade(db) == (after, after)


def test_newer_database_is_refused_and_left_untouched(db: Database) -> None:
    schema.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(SchemaTooNew, match="newer LeadDesk") as info:
        schema.upgrade(db)
    assert "ffff9999" in info.value.message
    assert schema.current_revision(db) == "ffff9999"
    assert "leads" in inspect(db.engine).get_table_names()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'p.sqlite'}")
    with db.engine.connect() as conn:  # the file's mode waits for the schema check
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    schema.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    db.dispose()


def test_0002_keeps_leads_and_their_history(backend: str, db: Database) -> None:
    """Numbers become integers without losing a lead, a reference to it, or search."""
    lead_id, now = uuid.uuid4(), dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)
    stamps = {"created_at": now, "updated_at": now}
    schema.upgrade(db, "0001")
    with db.engine.begin() as conn:
        # reflected, with LeadDesk's own types where a backend cannot tell them
        meta, times = MetaData(), ("created_at", "updated_at", "stage_changed_at")
        leads = Table(
            "leads",
            meta,
            Column("id", Uuid, primary_key=True),
            *(Column(name, UTCDateTime()) for name in times),
            *(Column(name, JSON) for name in ("social_profiles", "custom_fields")),
            autoload_with=conn,
        )
        activities = Table(
            "activities",
            meta,
            Column("id", Uuid, primary_key=True),
            Column("lead_id", Uuid),
            *(Column(name, UTCDateTime()) for name in ("occurred_at", "created_at")),
            Column("details", JSON),
            autoload_with=conn,
        )
        conn.execute(
            leads.insert(),
            {
                "id": lead_id,
                "number": "L-000042",
                "first_name": "Zofia",
                "stage": "open",
                "position": "a0",
                "stage_changed_at": now,
                "score": 0,
                "search_text": "l-000042 zofia wiśniewska",
                "social_profiles": {},
                "custom_fields": {},
                "version": 1,
                **stamps,
            },
        )
        conn.execute(
            activities.insert(),
            {
                "id": uuid.uuid4(),
                "lead_id": lead_id,
                "kind": "note",
                "occurred_at": now,
                "details": {},
                "created_at": now,
            },
        )
    schema.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.execute(select(Lead.number).where(Lead.id == lead_id)).scalar() == 42
        assert conn.execute(select(func.count()).select_from(Activity)).scalar() == 1
    with Session(db.engine) as s:
        found = board.search_cards(s, ["wiśniew", "l-00004"], limit=5)
        assert [r.id for r in found] == [lead_id]
        assert board.search_cards(s, ["zo"], limit=5)[0].id == lead_id
        assert board.search_cards(s, ["wiśniewx"], limit=5) == []
    schema.downgrade(db, "0001")
    with db.engine.connect() as conn:
        number = conn.execute(text("SELECT number FROM leads")).scalar()
        assert number == "L-000042"
        assert conn.execute(text("SELECT COUNT(*) FROM activities")).scalar() == 1
    schema.upgrade(db)


def _index_columns(db: Database, name: str) -> list[str]:
    with db.engine.connect() as conn:
        found = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("leads")}
    return list(found[name])


def test_0003_puts_the_lead_number_in_the_board_indexes(db: Database) -> None:
    schema.upgrade(db, "0002")
    assert _index_columns(db, "ix_leads_board") == ["stage", "position", "id"]
    schema.upgrade(db)
    assert _index_columns(db, "ix_leads_board")[3:] == ["number", "deleted_at"]
    assert _index_columns(db, "ix_leads_stage_totals")[-1] == "number"
    schema.downgrade(db, "0002")
    assert _index_columns(db, "ix_leads_board") == ["stage", "position", "id"]
    assert "number" not in _index_columns(db, "ix_leads_stage_totals")


def test_sqlite_search_pages_read_the_board_index_alone(tmp_path: Path) -> None:
    """A search filter on a column page is checked without reading lead rows."""
    db = open_database(f"sqlite:///{tmp_path / 'plan.sqlite'}")
    try:
        schema.upgrade(db)
        with Session(db.engine) as s:
            conditions = board.text_filter(s, ["nowak"], walk_board=True)
            page = (
                select(Lead.id)
                .where(Lead.stage == "open", Lead.deleted_at.is_(None), *conditions)
                .order_by(*board.sort_keys(CardSort.MANUAL))
                .limit(24)
            )
            sql = str(page.compile(db.engine, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(r[-1] for r in s.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
        assert "USING COVERING INDEX ix_leads_board" in plan, plan
    finally:
        db.dispose()


def test_0004_adds_attachments_and_their_timeline_kind(backend: str, db: Database) -> None:
    lead_id = uuid.uuid4()
    schema.upgrade(db, "0003")
    _raw_lead(db, backend, lead_id)
    schema.upgrade(db)
    assert "attachments" in inspect(db.engine).get_table_names()

    # the kind as a plain string: the database's CHECK is what is tested
    raw = Table(
        "activities",
        MetaData(),
        Column("id", Uuid, primary_key=True),
        Column("lead_id", Uuid),
        Column("kind", String(16)),
        Column("occurred_at", UTCDateTime()),
        Column("details", JSON),
        Column("created_at", UTCDateTime()),
    )

    def add_entry(kind: str) -> None:
        with db.engine.begin() as conn:
            conn.execute(
                raw.insert(),
                {
                    "id": uuid.uuid4(),
                    "lead_id": lead_id,
                    "kind": kind,
                    "occurred_at": dt.datetime.now(dt.UTC),
                    "details": {},
                    "created_at": dt.datetime.now(dt.UTC),
                },
            )

    add_entry("attachment")
    add_entry("note")
    with pytest.raises(DBAPIError, match=r"(?i)check|constraint"):
        add_entry("bogus")
    schema.downgrade(db, "0003")
    assert "attachments" not in inspect(db.engine).get_table_names()
    with db.engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind FROM activities")).scalars().all()
    assert kinds == ["note"]
    with pytest.raises(DBAPIError, match=r"(?i)check|constraint"):
        add_entry("attachment")


def _raw_lead(db: Database, backend: str, lead_id: uuid.UUID) -> None:
    """A lead written in SQL, for revisions older than the models."""
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO leads (id, number, stage, position, stage_changed_at, score,"
                " search_text, social_profiles, custom_fields, version, created_at,"
                " updated_at) VALUES (:id, 7, 'open', 'a0', :t, 0, '', '{}', '{}', 1, :t, :t)"
            ),
            {"id": lead_id.hex if backend != "postgresql" else lead_id, "t": "2026-01-05 09:30:00"},
        )


def test_0005_fills_each_leads_next_follow_up(backend: str, db: Database) -> None:
    lead_id, at = uuid.uuid4(), dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    follow_ups = Table(
        "follow_ups",
        MetaData(),
        Column("id", Uuid, primary_key=True),
        Column("lead_id", Uuid),
        Column("due_at", UTCDateTime()),
        Column("title", String(200)),
        Column("done_at", UTCDateTime()),
        Column("created_at", UTCDateTime()),
        Column("updated_at", UTCDateTime()),
        Column("version", Integer),
    )
    schema.upgrade(db, "0004")
    _raw_lead(db, backend, lead_id)
    with db.engine.begin() as conn:
        for days, done in ((1, True), (3, False), (5, False)):
            due = at + dt.timedelta(days=days)
            conn.execute(
                follow_ups.insert(),
                {
                    "id": uuid.uuid4(),
                    "lead_id": lead_id,
                    "due_at": due,
                    "title": "x",
                    "done_at": due if done else None,
                    "created_at": at,
                    "updated_at": at,
                    "version": 1,
                },
            )
    schema.upgrade(db)
    with Session(db.engine) as s:
        found = s.execute(select(Lead.next_follow_up_at)).scalar_one()
    assert found == at + dt.timedelta(days=3)  # the soonest open one, not the done one
    schema.downgrade(db, "0004")
    assert "next_follow_up_at" not in {c["name"] for c in inspect(db.engine).get_columns("leads")}


def test_0006_indexes_the_tables_time_columns(db: Database) -> None:
    schema.upgrade(db, "0005")
    names = {i["name"] for i in inspect(db.engine).get_indexes("leads")}
    assert "ix_leads_created" not in names
    schema.upgrade(db)
    assert _index_columns(db, "ix_leads_created") == ["created_at", "number"]
    assert _index_columns(db, "ix_leads_stage_changed") == ["stage_changed_at", "number"]
    schema.downgrade(db, "0005")
    names = {i["name"] for i in inspect(db.engine).get_indexes("leads")}
    assert not names & {"ix_leads_created", "ix_leads_stage_changed"}


def test_0007_moves_template_wording_into_variants_and_fills_last_contact(
    backend: str, db: Database
) -> None:
    lead_id, template_id = uuid.uuid4(), uuid.uuid4()
    at = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    meta = MetaData()
    old_templates = Table(
        "message_templates",
        meta,
        Column("id", Uuid, primary_key=True),
        Column("name", String(160)),
        Column("channel", String(16)),
        Column("language", String(8)),
        Column("category", String(60)),
        Column("subject", String(300)),
        Column("body", String(2000)),
        Column("created_at", UTCDateTime()),
        Column("updated_at", UTCDateTime()),
        Column("version", Integer),
    )
    activities = Table(
        "activities",
        meta,
        Column("id", Uuid, primary_key=True),
        Column("lead_id", Uuid),
        Column("kind", String(16)),
        Column("occurred_at", UTCDateTime()),
        Column("created_at", UTCDateTime()),
        Column("details", JSON),
    )
    schema.upgrade(db, "0006")
    _raw_lead(db, backend, lead_id)
    with db.engine.begin() as conn:
        conn.execute(
            old_templates.insert(),
            {
                "id": template_id,
                "name": "Oferta",
                "channel": "email",
                "language": "pl",
                "category": "introduction",
                "subject": "Dzień dobry {{ lead.first_name }}",
                "body": "Treść",
                "created_at": at,
                "updated_at": at,
                "version": 3,
            },
        )
        for days, kind in ((1, "call"), (4, "whatsapp"), (9, "note"), (2, "stage_change")):
            conn.execute(
                activities.insert(),
                {
                    "id": uuid.uuid4(),
                    "lead_id": lead_id,
                    "kind": kind,
                    "occurred_at": at + dt.timedelta(days=days),
                    "created_at": at,
                    "details": {},
                },
            )
    schema.upgrade(db)
    with Session(db.engine) as s:
        assert s.execute(select(Lead.last_contacted_at)).scalar_one() == at + dt.timedelta(
            days=4
        )  # the WhatsApp message, not the later note
        variants = s.execute(
            text("SELECT template_id, label, subject, body FROM template_variants")
        ).all()
    assert len(variants) == 1
    assert tuple(variants[0])[1:] == ("A", "Dzień dobry {{ lead.first_name }}", "Treść")
    columns = {c["name"] for c in inspect(db.engine).get_columns("message_templates")}
    assert "body" not in columns and "origin" in columns
    assert {"outbox_messages", "outbox_batches"} <= set(inspect(db.engine).get_table_names())

    schema.downgrade(db, "0006")
    with db.engine.connect() as conn:
        back = conn.execute(text("SELECT subject, body FROM message_templates")).one()
    assert tuple(back) == ("Dzień dobry {{ lead.first_name }}", "Treść")
    tables = set(inspect(db.engine).get_table_names())
    assert not tables & {"template_variants", "outbox_messages", "outbox_batches"}
    assert "last_contacted_at" not in {c["name"] for c in inspect(db.engine).get_columns("leads")}
    schema.upgrade(db)  # and up again
    assert schema.is_current(db)


def test_0008_replays_stays_first_response_and_product_bits(backend: str, db: Database) -> None:
    lead_id, at = uuid.uuid4(), dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)
    day, hour = dt.timedelta(days=1), dt.timedelta(hours=1)
    meta = MetaData()
    products = Table(
        "products",
        meta,
        Column("id", Uuid, primary_key=True),
        Column("name", String(120)),
        Column("active", Boolean),
        Column("created_at", UTCDateTime()),
        Column("updated_at", UTCDateTime()),
        Column("version", Integer),
    )
    lead_products = Table(
        "lead_products", meta, Column("lead_id", Uuid), Column("product_id", Uuid)
    )
    activities = Table(
        "activities",
        meta,
        Column("id", Uuid, primary_key=True),
        Column("lead_id", Uuid),
        Column("kind", String(16)),
        Column("direction", String(16)),
        Column("occurred_at", UTCDateTime()),
        Column("created_at", UTCDateTime()),
        Column("details", JSON),
    )
    moves = (  # skips Nurturing; a win undone an hour later, then won again
        (1 * day, "open", "contacted", False),
        (3 * day, "contacted", "qualified", False),
        (6 * day, "qualified", "customer", False),
        (6 * day + hour, "customer", "qualified", True),
        (8 * day, "qualified", "customer", False),
    )
    schema.upgrade(db, "0007")
    _raw_lead(db, backend, lead_id)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE leads SET stage = 'customer'"))
        ids = [uuid.uuid4() for _ in range(3)]
        for n, product_id in enumerate(ids):
            conn.execute(
                products.insert(),
                {
                    "id": product_id,
                    "name": f"P{n}",
                    "active": True,
                    "created_at": at + n * hour,
                    "updated_at": at,
                    "version": 1,
                },
            )
        for product_id in (ids[0], ids[2]):
            conn.execute(lead_products.insert(), {"lead_id": lead_id, "product_id": product_id})
        entries = [
            (when, "stage_change", None, {"from": a, "to": b, **({"undo": True} if u else {})})
            for when, a, b, u in moves
        ] + [
            (2 * hour, "whatsapp", "inbound", {}),  # the lead wrote first: no response
            (5 * hour, "note", None, {}),
            (12 * hour, "call", "outbound", {}),  # the first response
            (2 * day, "email", "outbound", {}),
        ]
        for offset, kind, direction, details in entries:
            conn.execute(
                activities.insert(),
                {
                    "id": uuid.uuid4(),
                    "lead_id": lead_id,
                    "kind": kind,
                    "direction": direction,
                    "occurred_at": at + offset,
                    "created_at": at,
                    "details": details,
                },
            )
    schema.upgrade(db)
    with db.engine.connect() as conn:
        lead = conn.execute(
            text(
                "SELECT furthest_stage, won_at, first_response_s, product_bits, secs_open,"
                " secs_contacted, secs_nurturing, secs_qualified FROM leads"
            )
        ).one()
        stays = conn.execute(
            text("SELECT stage, seconds, undone FROM stage_visits ORDER BY entered_at")
        ).all()
        bits = dict(conn.execute(text("SELECT name, bit FROM products")).all())
    assert lead.furthest_stage == 5
    assert UTCDateTime().process_result_value(lead.won_at, db.engine.dialect) == at + 8 * day
    assert lead.first_response_s == 12 * 3600
    assert bits == {"P0": 1, "P1": 2, "P2": 4} and lead.product_bits == 1 | 4
    assert (lead.secs_open, lead.secs_contacted, lead.secs_nurturing) == (86400, 172800, None)
    assert lead.secs_qualified == int((3 * day + 2 * day - hour).total_seconds())
    assert [(s, sec, bool(u)) for s, sec, u in stays] == [
        ("open", 86400, False),
        ("contacted", 172800, False),
        ("qualified", 259200, False),
        ("customer", 3600, True),
        ("qualified", int((2 * day - hour).total_seconds()), False),
        ("customer", None, False),
    ]
    schema.downgrade(db, "0007")
    assert "stage_visits" not in inspect(db.engine).get_table_names()
    assert not {"furthest_stage", "product_bits", "secs_open"} & {
        c["name"] for c in inspect(db.engine).get_columns("leads")
    }
    schema.upgrade(db)  # and up again: the same stays
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM stage_visits")).scalar() == 6


def test_0009_drops_the_stays_stage_index_and_puts_it_back(db: Database) -> None:

    def names() -> set[str]:
        return {i["name"] for i in inspect(db.engine).get_indexes("stage_visits")}

    schema.upgrade(db, "0008")
    assert {"ix_stage_visits_stage", "ix_stage_visits_lead"} <= names()
    schema.upgrade(db)
    assert "ix_stage_visits_stage" not in names() and "ix_stage_visits_lead" in names()
    schema.downgrade(db, "0008")
    assert "ix_stage_visits_stage" in names()


def test_0010_indexes_only_the_deleted_leads_where_the_backend_can(
    backend: str, db: Database
) -> None:

    def found() -> list[list[str | None]]:
        indexes = inspect(db.engine).get_indexes("leads")
        return [i["column_names"] for i in indexes if i["name"] == "ix_leads_deleted"]

    schema.upgrade(db, "0010")
    if backend == "mysql":  # no partial indexes: a whole one misleads its planner
        assert found() == []
        return
    assert found() == [["deleted_at"]]
    if backend == "sqlite":
        with db.engine.connect() as conn:
            sql = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'ix_leads_deleted'")
            ).scalar_one()
        assert "WHERE deleted_at IS NOT NULL" in sql
    schema.downgrade(db, "0009")
    assert found() == []


def test_0011_indexes_the_contacts_and_takes_them_away_again(backend: str, db: Database) -> None:

    def found() -> dict[str, list[str | None]]:
        indexes = inspect(db.engine).get_indexes("leads")
        return {i["name"]: i["column_names"] for i in indexes if i["name"].startswith("ix_leads_")}

    schema.upgrade(db, "0011")
    assert found()["ix_leads_email"] == ["email"]
    assert found()["ix_leads_phone"] == ["phone"]
    assert found()["ix_leads_whatsapp"] == ["whatsapp"]
    schema.downgrade(db, "0010")
    assert not {"ix_leads_email", "ix_leads_phone", "ix_leads_whatsapp"} & set(found())


def test_0011_lowers_the_stored_addresses(backend: str, db: Database) -> None:
    import uuid as _uuid

    import sqlalchemy as sa

    from leaddesk.store.types import UTCDateTime

    schema.upgrade(db, "0010")
    # a lead saved before 0011, with the capitals its address was typed with (written
    # with the columns 0010 has: the services write today's)
    old = sa.table(
        "leads",
        *(sa.column(n, t) for n, t in (
            ("id", sa.Uuid()), ("number", sa.Integer()), ("created_at", UTCDateTime()),
            ("updated_at", UTCDateTime()), ("version", sa.Integer()),
            ("position", sa.String()), ("stage", sa.String()),
            ("stage_changed_at", UTCDateTime()), ("score", sa.Integer()),
            ("search_text", sa.String()), ("furthest_stage", sa.Integer()),
            ("product_bits", sa.BigInteger()), ("social_profiles", sa.JSON()),
            ("custom_fields", sa.JSON()), ("first_name", sa.String()), ("email", sa.String()),
        )),
    )  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    with db.engine.begin() as conn:
        conn.execute(
            old.insert().values(
                id=_uuid.uuid4(), number=1, created_at=now, updated_at=now, version=1,
                position="a0", stage="open", stage_changed_at=now, score=0, search_text="",
                furthest_stage=0, product_bits=0, social_profiles={}, custom_fields={},
                first_name="Ola", email="ola@example.pl",
            )
        )  # fmt: skip
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE leads SET email = 'Ola.Nowak@Example.PL'"))
    schema.upgrade(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT email FROM leads")).scalar_one() == "ola.nowak@example.pl"


def test_0012_rewords_only_untouched_arabic_introductions(backend: str, db: Database) -> None:
    from importlib import import_module

    from leaddesk.services.workspace import open_workspace

    m = import_module("leaddesk.store.migrations.versions.0012_arabic_introduction_wording")
    schema.upgrade(db, "0011")
    ws = open_workspace(db.url.render_as_string(hide_password=False), upgrade=False)
    try:
        ws.templates.install_defaults()
    finally:
        ws.close()
    edited = "مرحبًا من فريقنا"
    with db.engine.begin() as conn:  # as 0011's databases hold them: shipped, and one edited
        conn.execute(
            text("UPDATE template_variants SET subject = :s WHERE subject LIKE :like"),
            {"s": m.BEFORE, "like": "نقدّم لكم%"},
        )
        ids = (
            conn.execute(
                text("SELECT id FROM template_variants WHERE subject = :s ORDER BY id"),
                {"s": m.BEFORE},
            )
            .scalars()
            .all()
        )
        assert ids
        conn.execute(
            text("UPDATE template_variants SET subject = :s WHERE id = :i"),
            {"s": edited, "i": ids[0]},
        )
    schema.upgrade(db)

    def subjects() -> list[str]:
        with db.engine.connect() as conn:
            return sorted(
                conn.execute(
                    text(
                        "SELECT subject FROM template_variants"
                        " WHERE subject LIKE :a OR subject = :e"
                    ),
                    {"a": "نقدّم لكم%", "e": edited},
                ).scalars()
            )

    assert subjects() == sorted([edited] + [m.AFTER] * (len(ids) - 1))
    schema.downgrade(db, "0011")
    assert subjects() == sorted([edited] + [m.BEFORE] * (len(ids) - 1))
