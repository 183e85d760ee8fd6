"""Asset `warehouse`: the checked build, published by an atomic rename."""

import dagster as dg
import duckdb

from assets.checks import check_description, run_check
from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.store.build import publish, table_counts
from assets.store.sql import sql_files
from pipelines.resources import ExbenchPaths


@dg.asset(group_name="core", deps=["mart_tables"], owners=OWNERS, kinds={"duckdb"})
def warehouse(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """The published DuckDB warehouse (warehouse/exbench.duckdb) that analysts open read-only."""
    settings = paths.settings()
    failed = []
    results = []
    with duckdb.connect(str(settings.build_path)) as con:
        con.execute("delete from meta.check_results")
        for path in sql_files("checks"):
            _columns, rows = run_check(con, path)
            name = path.stem.removeprefix("assert_")
            con.execute(
                "insert into meta.check_results values (?, true, ?, ?, ?)",
                [name, not rows, len(rows), check_description(path)],
            )
            results.append((name, "passed" if not rows else "failed", len(rows)))
            if rows:
                failed.append(f"{name}: {len(rows)} offending rows, e.g. {rows[0]}")
        counts = {**{f"core.{k}": v for k, v in table_counts(con, "core").items()},
                  **{f"mart.{k}": v for k, v in table_counts(con, "mart").items()}}
    if failed:
        raise dg.Failure("Blocking checks failed; the warehouse was not published:\n" + "\n".join(failed))
    publish(settings.build_path, settings.warehouse)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        quarantined = con.execute(
            "select source_path, error_reason, error from core.documents where status = 'quarantined' order by source_path"
        ).fetchall()
    context.log.info(f"published {settings.warehouse}")
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(counts.values())),
            "path": dg.MetadataValue.path(str(settings.warehouse)),
            "documents_quarantined": len(quarantined),
            "quarantined": preview(["source_path", "reason", "error"], quarantined),
            **{f"rows_{k}": v for k, v in counts.items()},
            "tables": counts_table(counts),
            "checks": preview(["check", "result", "offending rows"], results, limit=len(results)),
        }
    )
