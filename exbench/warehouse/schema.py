"""The core and mart tables as the DDL declares them: name, comment, columns, and what each mart reads.

Read from an in-memory database made from sql/ddl, so the code location can
describe every table before any build, in the words of the COMMENTs analysts
read; a mart's inputs are the core and mart tables its SQL in sql/marts names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import duckdb

from exbench.warehouse.build import DDL_FILES
from exbench.warehouse.sql import run_file, sql_files

_TABLE = re.compile(r"\b((?:core|mart|trusted)\.[a-z_]+)\b")
_TARGET = re.compile(r"^insert into (mart\.[a-z_]+)", re.MULTILINE)
_COMMENT = re.compile(r"--[^\n]*")


@dataclass(frozen=True)
class WarehouseTable:
    """One table of core or mart."""

    schema: str
    name: str
    description: str
    columns: tuple[tuple[str, str, str], ...]  # name, type, comment
    reads: tuple[str, ...]  # the core and mart tables its SQL reads; empty for core, loaded from the facts

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"


def _mart_inputs() -> dict[str, tuple[str, ...]]:
    inputs: dict[str, tuple[str, ...]] = {}
    for path in sql_files("marts"):
        text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
        targets = set(_TARGET.findall(text))  # a file may write a mart and its lineage together
        # a trusted view reads the core table of the same name
        read = {name.replace("trusted.", "core.", 1) for name in _TABLE.findall(text)} - targets
        for target in targets:
            inputs[target] = tuple(sorted(read))
    return inputs


def _inputs_first(tables: list[WarehouseTable]) -> tuple[WarehouseTable, ...]:
    """The tables in DDL order, except that a table comes after every table it reads."""
    ordered: list[WarehouseTable] = []
    waiting = list(tables)
    while waiting:
        done = {t.qualified for t in ordered}
        ready = next((t for t in waiting if set(t.reads) <= done), None)
        if ready is None:
            raise ValueError(f"tables that read each other: {sorted(t.qualified for t in waiting)}")
        ordered.append(ready)
        waiting.remove(ready)
    return tuple(ordered)


@cache
def warehouse_tables() -> tuple[WarehouseTable, ...]:
    """Every core table, then every mart table, in the order the DDL creates them (a table after its inputs)."""
    inputs = _mart_inputs()
    with duckdb.connect(":memory:") as con:
        for path in DDL_FILES:
            run_file(con, path)
        tables = con.execute(
            "select schema_name, table_name, comment from duckdb_tables() where schema_name in ('core', 'mart') "
            "order by schema_name, table_oid"
        ).fetchall()
        return _inputs_first(
            [
                WarehouseTable(
                    schema,
                    name,
                    comment,
                    tuple(
                        con.execute(
                            "select column_name, data_type, comment from duckdb_columns() "
                            "where schema_name = ? and table_name = ? order by column_index",
                            [schema, name],
                        ).fetchall()
                    ),
                    inputs.get(f"{schema}.{name}", ()),
                )
                for schema, name, comment in tables
            ]
        )
