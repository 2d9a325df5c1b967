"""Bulk writes for imports and demo data: Core inserts (COPY on PostgreSQL), not the
ORM unit of work.

A large load goes through ``bulk_load``: one transaction in which the big tables have
their secondary indexes (and SQLite's search trigger) set aside and built once at the
end, and foreign keys are checked once at the end rather than row by row, so rows may
come in any order and stream in chunks. Kept row by row, every index of a table takes
a B-tree insert at a random place per row; once the indexes outgrow the page cache,
each of those is a page read and a page written back, which is what made a seed grow
faster than its data (100,000 leads: 72 s, ten times 10,000 leads' 4.2 s).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    Enum,
    Table,
    delete,
    func,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import IntegrityError

from leaddesk.store.leads import LEAD_NUMBER
from leaddesk.store.models import Base, Counter, Lead, LeadSource
from leaddesk.store.scoring_defaults import restore_default_scoring
from leaddesk.store.types import UTCDateTime

CHUNK = 5000
# SQLite's page cache for a bulk load, in KiB (the default is 2 MB): the primary-key
# B-trees of random UUIDs take a page anywhere per row, so they should stay in memory.
# Only pages actually used are allocated.
SQLITE_BULK_CACHE_KIB = 64 * 1024
SEARCH_TRIGGER = "leads_search_ai"
# bound values in one SQLite statement (its limit is 32,766 since 3.32)
SQLITE_MAX_VALUES = 32_000

# Children first, so foreign keys never point at a row already gone.
WIPE_ORDER = (
    "first_response_sends",
    "lead_merges",
    "outbox_messages",
    "outbox_batches",
    "template_variants",
    "stage_visits",
    "attachments",
    "lead_tags",
    "lead_products",
    "activities",
    "follow_ups",
    "import_changes",
    "import_rejects",
    "score_due",
    "response_targets",
    "hand_overs",
    "assignments",
    "lead_claims",
    "partner_leads",
    "partner_links",
    "leads",
    "import_batches",
    "custom_fields",
    "import_mappings",
    "first_response_rules",
    "web_forms",
    "message_templates",
    "campaigns",
    "tags",
    "segments",
    "products",
    "absences",
    "team_members",
    "teams",
    "partners",
    "assignment_rules",
    "users",
    # trained from the leads wiped above: a model of data that is gone scores nothing true
    "conversion_models",
)

Writer = Callable[[list[Mapping[str, Any]]], None]
Defaults = dict[str, Callable[[], Any]]
Seen = Callable[[Table, dict[str, Sequence[Any]]], None]


def insert_rows(
    conn: Connection,
    table: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    seen: Seen | None = None,
) -> int:
    """Insert rows (all with the same keys) in chunks; returns how many.

    PostgreSQL gets COPY; the others one executemany per chunk with values
    converted column by column, once, by the columns' own type processors, which
    skips the per-row bookkeeping of a Core insert (about three times faster).
    Columns the rows leave out get their Python-side defaults, as with Core.
    ``seen`` is shown each chunk's values, column by column, before they are written.
    """
    t = Base.metadata.tables[table]
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return 0
    cols = list(first.keys())
    writer = _copy_writer if conn.dialect.name == "postgresql" else _executemany_writer
    write = writer(conn, t, cols, seen)
    n = 0
    batch: list[Mapping[str, Any]] = [first]
    for row in it:
        batch.append(row)
        if len(batch) >= CHUNK:
            write(batch)
            n += len(batch)
            batch = []
    if batch:
        write(batch)
    return n + len(batch)


def _columns(
    batch: list[Mapping[str, Any]], order: list[str], defaults: Defaults
) -> list[Sequence[Any]]:
    """The batch turned into one sequence of values per column (C-speed loops)."""
    given = [c for c in order if c not in defaults]
    if len(given) == 1:
        values: dict[str, Sequence[Any]] = {given[0]: [row[given[0]] for row in batch]}
    else:
        values = dict(zip(given, zip(*map(itemgetter(*given), batch), strict=True), strict=True))
    return [values[c] if c in values else [defaults[c]() for _ in batch] for c in order]


def _defaults(t: Table, cols: list[str]) -> Defaults:
    """The Python-side defaults of the columns the rows leave out."""
    out: Defaults = {}
    for c in t.columns:
        make = None if c.key in cols else _default_maker(c.default)
        if make is not None:
            out[c.key] = make
    return out


def _default_maker(default: Any) -> Callable[[], Any] | None:
    if default is None or not (default.is_scalar or default.is_callable):
        return None
    arg = default.arg
    return (lambda: arg) if default.is_scalar else (lambda: arg(None))


def _copy_writer(conn: Connection, t: Table, cols: list[str], seen: Seen | None) -> Writer:
    raw = conn.connection.driver_connection
    assert raw is not None
    defaults = _defaults(t, cols)
    order = cols + list(defaults)
    names = ", ".join(f'"{c}"' for c in order)
    # psycopg dumps an Enum by its name and has no dumper for a dict
    procs = [_copy_processor(t, c) for c in order]

    def write(batch: list[Mapping[str, Any]]) -> None:
        raw_columns = _columns(batch, order, defaults)
        if seen is not None:
            seen(t, dict(zip(order, raw_columns, strict=True)))
        columns = [
            list(map(p, values)) if p else values
            for p, values in zip(procs, raw_columns, strict=True)
        ]
        with raw.cursor() as cur, cur.copy(f"COPY {t.name} ({names}) FROM STDIN") as copy:
            for row in zip(*columns, strict=True):
                copy.write_row(row)

    return write


def _copy_processor(t: Table, col: str) -> Callable[[Any], Any] | None:
    kind = t.c[col].type
    if isinstance(kind, JSON):
        return _json
    if isinstance(kind, Enum):
        return _enum_value
    return None


def _json(value: Any) -> Any:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def _executemany_writer(conn: Connection, t: Table, cols: list[str], seen: Seen | None) -> Writer:
    dialect = conn.dialect
    defaults = _defaults(t, cols)
    compiled = t.insert().compile(dialect=dialect, column_keys=cols + list(defaults))
    order = list(compiled.positiontup or cols + list(defaults))
    procs = [_bind_processor(t, c, dialect) for c in order]

    # SQLite: many rows per INSERT (up to its limit of bound values), one statement
    # stepped per few hundred rows instead of one per row
    per_statement = SQLITE_MAX_VALUES // len(order) if dialect.name == "sqlite" else 0
    multi = per_statement > 1 and compiled.positional and " VALUES " in compiled.string
    head, _, one = compiled.string.rpartition(" VALUES ")

    @cache
    def statement(rows: int) -> str:
        return f"{head} VALUES {', '.join([one] * rows)}"

    def write(batch: list[Mapping[str, Any]]) -> None:
        raw_columns = _columns(batch, order, defaults)
        if seen is not None:
            seen(t, dict(zip(order, raw_columns, strict=True)))
        columns = [
            list(map(p, values)) if p else values
            for p, values in zip(procs, raw_columns, strict=True)
        ]
        params: list[Any] = list(zip(*columns, strict=True))
        if multi:
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            for start in range(0, len(params), per_statement):
                part = params[start : start + per_statement]
                cursor.execute(statement(len(part)), [v for row in part for v in row])
            cursor.close()
            return
        if not compiled.positional:
            params = [dict(zip(order, row, strict=True)) for row in params]
        conn.exec_driver_sql(compiled.string, params)

    return write


def _bind_processor(t: Table, col: str, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's own bind processor, except for UTC times on SQLite: the same
    text by datetime.isoformat, in a third of the time (a test holds them equal)."""
    if dialect.name == "sqlite" and isinstance(t.c[col].type, UTCDateTime):
        return sqlite_utc_text
    processor: Callable[[Any], Any] | None = t.c[col].type._cached_bind_processor(dialect)
    return processor


def sqlite_utc_text(value: dt.datetime | None) -> str | None:
    """What UTCDateTime stores on SQLite: naive UTC as "YYYY-MM-DD HH:MM:SS.ffffff"."""
    if value is None:
        return None
    if value.tzinfo is not dt.UTC:
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: LeadDesk stores aware UTC times")
        value = value.astimezone(dt.UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without "+00:00"


class BulkLoad:
    """What one ``bulk_load`` has written and set aside, and how to put it back.

    ``rebuild`` names the tables worth their indexes being rebuilt at the end (big
    loads into tables that hold few rows yet); their indexes are set aside when their
    first rows come. Other tables keep theirs, which suits a few rows into a table
    that already holds many. On PostgreSQL setting aside locks the table against
    readers until the load commits; on MariaDB, where DDL would commit the
    transaction, nothing is set aside. A load inserts: the rows it wrote are taken to
    be there when it ends.
    """

    def __init__(self, conn: Connection, rebuild: Iterable[str]) -> None:
        self.conn = conn
        self._rebuild = frozenset(rebuild)
        self._restore: list[Callable[[], None]] = []
        self._written: set[str] = set()
        self._mysql = conn.dialect.name in ("mysql", "mariadb")
        self._keys = _Keys()

    def insert(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert rows into ``table`` (see insert_rows). Children may come before their
        parents (on PostgreSQL only into rebuilt tables: the others check row by row)."""
        if table not in self._written:
            self._written.add(table)
            if table in self._rebuild:
                self._set_aside(table)
        if not self._mysql:
            return insert_rows(self.conn, table, rows)
        with _mysql_checks_off(self.conn):
            return insert_rows(self.conn, table, rows, seen=self._keys.saw)

    def _set_aside(self, table: str) -> None:
        backend = self.conn.dialect.name
        if backend == "sqlite":
            self._restore.append(_sqlite_set_aside(self.conn, table))
        elif backend == "postgresql":
            self._restore.append(_pg_set_aside(self.conn, table))

    def finish(self) -> None:
        """Build what was set aside, then check the foreign keys not checked yet."""
        for restore in self._restore:
            restore()
        self._restore.clear()
        if self.conn.dialect.name == "sqlite":
            broken = self.conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                _dangling(f"{broken[0]} (row {broken[1]}) points at a missing {broken[2]} row")
        elif self._mysql:
            self._keys.check(self.conn)


@contextmanager
def bulk_load(engine: Engine, *, rebuild: Iterable[str] = ()) -> Iterator[BulkLoad]:
    """One transaction for a bulk load: all of it is written or none of it.

    Foreign keys are checked once at the end instead of row by row. SQLite runs the
    whole transaction without them (only outside one can they be switched), so
    statements of the caller's must not count on ON DELETE actions there; the check
    at the end covers the whole database. MariaDB goes without them only while the
    load's own rows go in and checks the keys those rows point at; PostgreSQL
    re-adds those of the rebuilt tables, which checks them in one pass. SQLite also
    gets a page cache big enough for the load.
    """
    with engine.connect() as conn:
        undo = _session_for_bulk(conn)
        try:
            with conn.begin():
                load = BulkLoad(conn, rebuild)
                yield load
                load.finish()
        finally:
            undo()


def _session_for_bulk(conn: Connection) -> Callable[[], None]:
    """SQLite's settings for the load (before BEGIN); returns what puts them back."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    if conn.dialect.name != "sqlite":
        return lambda: None
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
    raw.execute(f"PRAGMA cache_size=-{SQLITE_BULK_CACHE_KIB}")

    def undo() -> None:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute(f"PRAGMA cache_size={int(cache)}")

    return undo


@contextmanager
def _mysql_checks_off(conn: Connection) -> Iterator[None]:
    """MariaDB: foreign keys unchecked for one insert (a session setting, not DDL)."""
    conn.exec_driver_sql("SET SESSION foreign_key_checks = 0")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql("SET SESSION foreign_key_checks = 1")
        except Exception:
            conn.invalidate()  # never back into the pool without its checks
            raise


class _Keys:
    """MariaDB: the keys a load's rows point at, and the keys it wrote, so that the
    check at the end asks the database only about keys from elsewhere. Asking it about
    every row instead took 10 s at 100,000 leads: reading back indexes that InnoDB
    has not merged its buffered inserts into yet."""

    def __init__(self) -> None:
        # (table, columns) -> key values (tuples if more than one column): pointed at
        # per foreign key (the child's columns, then the parent's), and written
        self.wanted: dict[tuple[str, tuple[str, ...], str, tuple[str, ...]], set[Any]] = {}
        self.written: dict[tuple[str, tuple[str, ...]], set[Any]] = {}

    def saw(self, t: Table, columns: dict[str, Sequence[Any]]) -> None:
        for fk in t.foreign_key_constraints:
            names = tuple(e.parent.name for e in fk.elements)
            target = (fk.referred_table.name, tuple(e.column.name for e in fk.elements))
            _add_keys(self.wanted.setdefault((t.name, names, *target), set()), columns, names)
        for key_columns in _referenced_keys(t.name):
            _add_keys(self.written.setdefault((t.name, key_columns), set()), columns, key_columns)

    def check(self, conn: Connection) -> None:
        for (child, child_names, parent, names), wanted in self.wanted.items():
            unknown = list(wanted - self.written.get((parent, names), set()))
            t = Base.metadata.tables[parent]
            key = t.c[names[0]] if len(names) == 1 else tuple_(*(t.c[n] for n in names))
            for start in range(0, len(unknown), 1000):
                chunk = unknown[start : start + 1000]
                found = conn.execute(select(func.count()).where(key.in_(chunk))).scalar_one()
                if found < len(chunk):
                    pointer = f"{child}.{', '.join(child_names)}"
                    _dangling(f"{pointer} points at a missing {parent} row")


def _add_keys(into: set[Any], columns: dict[str, Sequence[Any]], names: tuple[str, ...]) -> None:
    if not all(n in columns for n in names):
        return
    if len(names) == 1:
        into.update(columns[names[0]])
        into.discard(None)  # NULL points nowhere and needs nothing
    else:
        into.update(k for k in zip(*(columns[n] for n in names), strict=True) if None not in k)


@cache
def _referenced_keys(table: str) -> list[tuple[str, ...]]:
    """The column sets of ``table`` that foreign keys point at."""
    return sorted(
        {
            tuple(e.column.name for e in fk.elements)
            for other in Base.metadata.tables.values()
            for fk in other.foreign_key_constraints
            if fk.referred_table.name == table
        }
    )


def _sqlite_set_aside(conn: Connection, table: str) -> Callable[[], None]:
    """Drop the table's plain secondary indexes (unique ones keep guarding) and, for
    leads, the search trigger; returns what rebuilds them, and indexes the new leads'
    search text in one statement. DDL is transactional in SQLite: a failure rolls the
    indexes back into place with everything else."""
    indexes = conn.exec_driver_sql(
        "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) i "
        "ON i.name = m.name WHERE m.type = 'index' AND m.tbl_name = ? "
        "AND m.sql IS NOT NULL AND NOT i.[unique]",
        (table,),
    ).all()
    trigger = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?",
        (SEARCH_TRIGGER, table),
    ).scalar()
    newer_than = _max_lead_number(conn) if trigger else 0
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    if trigger:
        conn.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")

    def restore() -> None:
        for _, sql in indexes:
            conn.exec_driver_sql(sql)
        if trigger:
            conn.exec_driver_sql(trigger)
            conn.exec_driver_sql(
                "INSERT INTO leads_search(rowid, search_text) "
                "SELECT number, search_text FROM leads WHERE number > ?",
                (newer_than,),
            )

    return restore


def _pg_set_aside(conn: Connection, table: str) -> Callable[[], None]:
    """Drop the table's plain secondary indexes and its foreign keys; returns what
    creates them again from their own definitions (re-adding a foreign key checks every
    row in one join). DDL is transactional in PostgreSQL."""
    indexes = conn.exec_driver_sql(
        "SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_index x "
        "JOIN pg_class c ON c.oid = x.indexrelid "
        "WHERE x.indrelid = to_regclass(%(t)s) AND NOT x.indisunique AND NOT x.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)",
        {"t": table},
    ).all()
    keys = conn.exec_driver_sql(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = to_regclass(%(t)s) AND contype = 'f'",
        {"t": table},
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for name, _ in keys:
        conn.exec_driver_sql(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
    for name, _ in indexes:
        conn.exec_driver_sql(f"DROP INDEX {quote(name)}")

    def restore() -> None:
        for _, sql in indexes:
            conn.exec_driver_sql(sql)
        for name, definition in keys:
            conn.exec_driver_sql(
                f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
            )

    return restore


def _dangling(message: str) -> None:
    raise IntegrityError("foreign key check after a bulk load", None, ValueError(message))


def _max_lead_number(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(Lead.number), 0))).scalar_one())


def wipe(conn: Connection) -> None:
    """Delete every row LeadDesk keeps, and restart lead numbers."""
    for name in WIPE_ORDER:
        if name != "leads":
            conn.execute(delete(Base.metadata.tables[name]))
            continue
        with trigger_paused(conn, "leads_search_ad") as paused:
            conn.execute(delete(Lead))
            if paused:
                conn.exec_driver_sql("INSERT INTO leads_search(leads_search) VALUES ('delete-all')")
    # LeadDesk's default sources stay: they are part of the schema, not data
    conn.execute(delete(LeadSource).where(LeadSource.builtin.is_(False)))
    conn.execute(  # as shipped: no first-contact target, the usual claim window
        update(LeadSource)
        .where(or_(LeadSource.response_minutes.is_not(None), LeadSource.claim_hours.is_not(None)))
        .values(
            response_minutes=None,
            claim_hours=None,
            version=1,
            updated_at=LeadSource.created_at,
        )
    )
    conn.execute(update(Counter).where(Counter.name == LEAD_NUMBER).values(value=0))
    restore_default_scoring(conn)


@contextmanager
def trigger_paused(conn: Connection, name: str) -> Iterator[bool]:
    """SQLite: drop a search-index trigger for one bulk statement and put it back.

    Yields whether it was paused; DDL is transactional in SQLite, so a failure
    inside rolls the trigger back into place with everything else.
    """
    sql = None
    if conn.dialect.name == "sqlite":
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).scalar()
    if sql is None:
        yield False
        return
    conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield True
    conn.exec_driver_sql(sql)


def remove_shipped_templates(conn: Connection) -> None:
    """The templates LeadDesk installed (the team's own stay).

    What pointed at them is set to NULL here rather than by the foreign keys' ON
    DELETE, which a bulk load on SQLite runs without.
    """
    templates = Base.metadata.tables["message_templates"]
    variants = Base.metadata.tables["template_variants"]
    batches = Base.metadata.tables["outbox_batches"]
    messages = Base.metadata.tables["outbox_messages"]
    shipped = select(templates.c.id).where(templates.c.origin.is_not(None))
    their_variants = select(variants.c.id).where(variants.c.template_id.in_(shipped))
    conn.execute(
        update(messages).where(messages.c.variant_id.in_(their_variants)).values(variant_id=None)
    )
    conn.execute(
        update(messages).where(messages.c.template_id.in_(shipped)).values(template_id=None)
    )
    conn.execute(update(batches).where(batches.c.template_id.in_(shipped)).values(template_id=None))
    conn.execute(delete(variants).where(variants.c.template_id.in_(shipped)))
    conn.execute(delete(templates).where(templates.c.origin.is_not(None)))


def lead_count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(Lead)).scalar_one()


def reserve_block(conn: Connection, count: int) -> int:
    conn.execute(
        update(Counter).where(Counter.name == LEAD_NUMBER).values(value=Counter.value + count)
    )
    last = conn.execute(select(Counter.value).where(Counter.name == LEAD_NUMBER)).scalar_one()
    return int(last) - count + 1


def refresh_statistics(engine: Engine) -> None:
    """Fresh planner statistics after a bulk load (and on PostgreSQL a visibility
    map, so covering indexes are used without visiting the table)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    elif engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "ANALYZE TABLE leads, activities, follow_ups, lead_tags, lead_products"
            )
