"""SQL pieces that read the same on every backend: whole hours since 1970 (UTC), and a
column SQLite may not look up through an index."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class epoch_hour(FunctionElement[int]):
    type = Integer()
    inherit_cache = True
    name = "epoch_hour"


@compiles(epoch_hour, "sqlite")
def _sqlite(element: epoch_hour, compiler: Any, **kw: Any) -> str:
    (col,) = element.clauses
    # stored as ISO text in UTC; unixepoch() needs SQLite 3.38, strftime('%s') works on all
    return f"(CAST(strftime('%s', {compiler.process(col, **kw)}) AS INTEGER) / 3600)"


@compiles(epoch_hour, "postgresql")
def _postgresql(element: epoch_hour, compiler: Any, **kw: Any) -> str:
    (col,) = element.clauses
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM {compiler.process(col, **kw)}) / 3600) AS BIGINT)"


@compiles(epoch_hour, "mysql")
@compiles(epoch_hour, "mariadb")
def _mysql(element: epoch_hour, compiler: Any, **kw: Any) -> str:
    (col,) = element.clauses
    # naive UTC DATETIME: counting from the epoch avoids the session's time zone
    return f"TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', {compiler.process(col, **kw)})"


class unindexed(FunctionElement[Any]):
    """The column as it is, but SQLite will not use an index to find it (a unary +):
    for a range the planner takes for selective when a covering index in GROUP BY order
    is the faster read."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    (col,) = element.clauses
    return compiler.process(col, **kw)


@compiles(unindexed, "sqlite")
def _sqlite_unindexed(element: unindexed, compiler: Any, **kw: Any) -> str:
    (col,) = element.clauses
    return f"+{compiler.process(col, **kw)}"
