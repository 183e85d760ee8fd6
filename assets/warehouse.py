"""Asset groups `core` and `marts`: the warehouse build, one step from the shards' caches to the published file.

One asset per core and mart table (core/documents, ..., mart/star_ratings,
...), described by its COMMENT, and one for the published file (warehouse).
Tables, every check and the publication run in one step that holds the
warehouse's build lock, so two builds (two `exbench run`s, a schedule and a
sensor, a backfill and a CLI run) never share a build file: the second waits
for the first. Each check is attached to the table it checks and runs once,
on the file being built, before the rename; the file is published only when
every blocking check passed.
"""

from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb

from assets.checks import check_result, check_specs, table_key
from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.resources import ExbenchPaths
from exbench.runtime.lock import build_lock
from exbench.runtime.register import stage_dir
from exbench.runtime.versions import extractor_version, reader_version
from exbench.version import __version__
from exbench.warehouse.build import (
    STAGING_TABLES,
    build_core,
    build_marts,
    build_revisions,
    publish,
    remove_stale_wal,
)
from exbench.warehouse.checks import CheckOutcome, evaluate_checks
from exbench.warehouse.corrections import stage_corrections
from exbench.warehouse.schema import WarehouseTable, warehouse_tables
from exbench.warehouse.stage import ShardsNotRead, stage_all_shards

# the columns a person looks at first; the other tables show all of theirs
_PREVIEW = {
    "core.documents": "source_path, language, doc_kind, page_count, status, error_reason",
    "mart.benchmark_indicators": "organization_id, cycle_year, indicator_code, round(value, 3) as value, peer_group, rank",
}


def _table_spec(table: WarehouseTable) -> dg.AssetSpec:
    return dg.AssetSpec(
        table_key(table.qualified),
        deps=[table_key(name) for name in table.reads] or ["document_facts"],
        group_name="core" if table.schema == "core" else "marts",
        owners=OWNERS,
        kinds={"duckdb"},
        description=table.description,
        metadata={
            "dagster/table_name": table.qualified,
            "dagster/column_schema": dg.TableSchema(
                columns=[dg.TableColumn(name, data_type, description=comment) for name, data_type, comment in table.columns]
            ),
        },
    )


_TABLES = warehouse_tables()
_SPECS = [
    *(_table_spec(table) for table in _TABLES),
    dg.AssetSpec(
        "warehouse",
        deps=[table_key(table.qualified) for table in _TABLES],
        group_name="core",
        owners=OWNERS,
        kinds={"duckdb"},
        description="The published DuckDB warehouse (warehouse/exbench.duckdb) that analysts open read-only.",
    ),
]


@dg.multi_asset(specs=_SPECS, check_specs=check_specs(), name="warehouse_build")
def warehouse_build(
    context: dg.AssetExecutionContext, paths: ExbenchPaths
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Build core and marts into the next warehouse file, check each table, and publish the file by an atomic rename."""
    settings = paths.settings()
    with build_lock(settings.warehouse, on_wait=context.log.info):
        try:
            staged = stage_all_shards(settings.cache_dir)
        except ShardsNotRead as error:
            raise dg.Failure(str(error)) from None
        core = build_core(
            settings.build_path,
            {name: staged[name] for name in STAGING_TABLES} | stage_corrections(settings.raw_dir, stage_dir(settings.cache_dir)),
            {
                "build_id": context.run_id[:12],
                "version": __version__,
                "reader_version": reader_version(),
                "extractor_version": extractor_version(),
                "previous": str(settings.warehouse),
            },
        )
        yield from _table_results(settings.build_path, "core", core)
        marts = build_marts(settings.build_path)
        build_revisions(settings.build_path, settings.warehouse)
        yield from _table_results(settings.build_path, "mart", marts)
        outcomes = evaluate_checks(settings.build_path)
        yield from (check_result(outcome) for outcome in outcomes)
        failed = [o for o in outcomes if o.blocking and not o.passed]
        if failed:
            raise dg.Failure(
                "Blocking checks failed; the warehouse was not published:\n"
                + "\n".join(f"{o.key}: {len(o.rows)} offending rows, e.g. {o.rows[0]}" for o in failed)
            )
        stale_wal = remove_stale_wal(settings.warehouse)
        if stale_wal:
            context.log.warning(f"removed {stale_wal}: someone opened the published warehouse for writing; it is read-only")
        publish(settings.build_path, settings.warehouse)
        context.log.info(f"published {settings.warehouse}")
        yield _published_result(settings, core, marts, outcomes)


def _table_results(build_path: Path, schema: str, counts: dict[str, int]) -> Iterator[dg.MaterializeResult]:
    """Each table's row count and first rows, in the order of the DDL (an input before the tables that read it)."""
    with duckdb.connect(str(build_path), read_only=True) as con:
        for table in (t.qualified for t in _TABLES if t.schema == schema):
            # identifiers come from the DDL and the fixed dict above
            cursor = con.execute(f"select {_PREVIEW.get(table, '*')} from {table} order by all limit 5")
            columns, rows = [d[0] for d in cursor.description], cursor.fetchall()
            yield dg.MaterializeResult(
                asset_key=table_key(table), metadata={**row_count(counts[table.split(".")[1]]), "preview": preview(columns, rows)}
            )


def _published_result(
    settings, core: dict[str, int], marts: dict[str, int], outcomes: list[CheckOutcome]
) -> dg.MaterializeResult:
    counts = {**{f"core.{k}": v for k, v in core.items()}, **{f"mart.{k}": v for k, v in marts.items()}}
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        quarantined = con.execute(
            "select source_path, error_reason, error from core.documents where status = 'quarantined' order by source_path"
        ).fetchall()
    checks = [(o.table, o.name, ("passed" if o.passed else "failed" if o.blocking else "warning"), len(o.rows)) for o in outcomes]
    return dg.MaterializeResult(
        asset_key="warehouse",
        metadata={
            **row_count(sum(counts.values())),
            "path": dg.MetadataValue.path(str(settings.warehouse)),
            "documents_quarantined": len(quarantined),
            "quarantined": preview(["source_path", "reason", "error"], quarantined),
            **{f"rows_{k}": v for k, v in counts.items()},
            "tables": counts_table(counts),
            "checks": preview(["table", "check", "result", "offending rows"], checks, limit=len(checks)),
        },
    )
