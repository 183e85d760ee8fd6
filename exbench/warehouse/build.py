"""Build the next warehouse in its own file and publish it by renaming.

Readers keep their handle on the old file while a build runs, a killed build
leaves only a stale `.building` file that the next run replaces, and the rename
makes the new warehouse appear whole. The file is written in an older storage
format (STORAGE_VERSION) than the installed DuckDB's own, so that the DuckDB CLI
and the tools analysts have can open it: a file in DuckDB 2.0's format is
refused by every 1.x reader, the newest CLI on PyPI included.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from exbench.reference import seed_file
from exbench.warehouse.corrections import empty_corrections, write_corrections
from exbench.warehouse.revisions import load_previous, read_previous, record_revisions
from exbench.warehouse.sql import run_file, run_folder

STAGING_TABLES = (
    "documents",
    "pages",
    "organizations",
    "organization_aliases",
    "metrics",
    "recognitions",
    "events",
    "targets",
    "peer_links",
    "focus_areas",
    "findings",
    "scores",
    "rejected",
    "input_warnings",
)
# facts that break a rule are set aside first, then core loads the rest, then people's corrections apply
CORE_ORDER = ["screen_facts.sql", "load_core.sql", "apply_corrections.sql"]  # then write_corrections

MART_ORDER = [
    "build_star_ratings.sql",
    "build_metric_indicators.sql",
    "build_fact_indicators.sql",
    "build_benchmark_indicators.sql",
    "build_peer_learning.sql",
    "build_benchmark_scope.sql",
]


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


# DuckDB's storage format of 1.0, which DuckDB 1.1 and every later one reads (CLI, Python, JDBC, ...; measured
# with 1.1.3 to 1.5.6 and the CLI 1.5.6; 1.0 itself stops at catalog fields 2.0 writes). A file keeps the format
# it was created with, so the build file is created in it and every later connection writes it.
STORAGE_VERSION = "v1.0.0"


def storage_version(warehouse: Path) -> str | None:
    """The storage format a warehouse file was written in (DuckDB's tag, e.g. 'v1.0.0+'), None when it says none."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tags = con.execute("select tags from duckdb_databases() where database_name = current_database()").fetchone()[0]
    return (tags or {}).get("storage_version")


DDL_FILES = (
    "ddl/create_core.sql",
    "ddl/create_core_facts.sql",
    "ddl/create_core_rejected.sql",
    "ddl/create_trusted.sql",
    "ddl/create_mart.sql",
    "ddl/create_meta.sql",
)


def create_schemas(con: duckdb.DuckDBPyConnection) -> None:
    """Reference tables with their seeds, then the empty core, mart and meta tables with their comments."""
    run_file(con, "ddl/create_ref.sql")
    load_reference(con)
    for path in DDL_FILES:
        run_file(con, path)


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Fill every ref table from its CSV seed, in the order the DDL creates them (a foreign key's table first).

    The column types are the table's own, so the DDL states them once and a
    value the type cannot hold stops the build with the file and line.
    """
    tables = con.execute("select table_name from duckdb_tables() where schema_name = 'ref' order by table_oid").fetchall()
    for (table,) in tables:
        types = dict(
            con.execute(
                "select column_name, data_type from duckdb_columns() where schema_name = 'ref' and table_name = ? order by column_index",
                [table],
            ).fetchall()
        )
        # the table name comes from the catalog; the file and the types are bound as values
        con.execute(
            f"insert into ref.{table} by name select * from read_csv(?, header = true, auto_detect = false, columns = ?)",
            [str(seed_file(table)), types],
        )


def build_core(build_path: Path, stage_paths: dict[str, Path], build_info: dict[str, str]) -> dict[str, int]:
    """Create the build file with reference data and core tables; returns row counts per core table.

    stage_paths may hold the corrections (exbench/warehouse/corrections.py; a
    build given none applies none) and build_info the
    published warehouse this build will replace ("previous"), which tells an
    orphaned correction from an unknown fact id.
    """
    _remove(build_path)
    build_path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(build_path), config={"storage_compatibility_version": STORAGE_VERSION}) as con:
        create_schemas(con)
        con.execute("create schema staging")
        for name in STAGING_TABLES:
            # identifiers come from the fixed list above; the path is bound as a value
            con.execute(f"create table staging.{name} as select * from read_parquet(?)", [str(stage_paths[name])])
        for name, empty in empty_corrections().items():
            if name in stage_paths:
                con.execute(f"create table staging.{name} as select * from read_parquet(?)", [str(stage_paths[name])])
            else:
                con.register("_empty", empty)
                con.execute(f"create table staging.{name} as select * from _empty")
                con.unregister("_empty")
        previous = build_info.get("previous")
        before = read_previous(Path(previous) if previous else None)
        load_previous(con, {name: before[name] for name in ("previous_facts", "previous_decided")})
        run_folder(con, "core", CORE_ORDER)
        write_corrections(con)  # sql/core/write_corrections.sql, its statement per field from the field table
        con.execute("drop schema staging cascade")
        build_id = build_info.get("build_id") or uuid.uuid4().hex[:12]
        con.execute(
            "insert into meta.builds values (?, ?, ?, ?, ?)",
            [
                build_id,
                datetime.now(UTC),
                build_info.get("version", ""),
                build_info.get("reader_version", ""),
                build_info.get("extractor_version", ""),
            ],
        )
        return table_counts(con, "core")


def build_marts(build_path: Path) -> dict[str, int]:
    """Fill the marts of the build file from its core tables."""
    with duckdb.connect(str(build_path)) as con:
        run_folder(con, "marts", MART_ORDER)
        return table_counts(con, "mart")


def build_revisions(build_path: Path, previous: Path | None) -> int:
    """meta.revisions of the build file (core and marts built) against the published warehouse it will replace."""
    with duckdb.connect(str(build_path)) as con:
        return record_revisions(con, read_previous(previous))


def table_counts(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, int]:
    """Rows per table of a schema."""
    tables = con.execute(
        "select table_name from information_schema.tables where table_schema = ? order by table_name", [schema]
    ).fetchall()
    return {name: con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0] for (name,) in tables}


def publish(build_path: Path, warehouse: Path) -> None:
    """Make the build the warehouse, atomically."""
    with duckdb.connect(str(build_path)) as con:
        con.execute("checkpoint")
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    os.replace(build_path, warehouse)
    build_path.with_name(build_path.name + ".wal").unlink(missing_ok=True)


def remove_stale_wal(warehouse: Path) -> Path | None:
    """Remove a write-ahead log left beside the published warehouse; returns it when there was one.

    The published file is only ever opened read-only by ExBench, so a `.wal`
    beside it comes from someone who opened it for writing; DuckDB would replay
    it into the next build's file after the rename and every reader would fail.
    """
    wal = warehouse.with_name(warehouse.name + ".wal")
    if not wal.exists():
        return None
    wal.unlink()
    return wal
