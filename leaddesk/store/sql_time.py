"""A column SQLite may not look up through an index, the same column elsewhere."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


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
def _plain(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    (col,) = element.clauses
    return compiler.process(col, **kw)


@compiles(unindexed, "sqlite")
def _sqlite_unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    (col,) = element.clauses
    return f"+{compiler.process(col, **kw)}"
