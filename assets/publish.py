"""Asset `warehouse`: the checked build, published by an atomic rename."""

import dagster as dg
import duckdb

from assets.checks import check_description, run_check
from assets.store.build import publish, table_counts
from assets.store.sql import sql_files
from pipelines.resources import ExbenchPaths


@dg.asset(group_name="core", deps=["mart_tables"], kinds={"duckdb"})
def warehouse(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """The published DuckDB warehouse (warehouse/exbench.duckdb) that analysts open read-only."""
    settings = paths.settings()
    failed = []
    with duckdb.connect(str(settings.build_path)) as con:
        con.execute("delete from meta.check_results")
        for path in sql_files("checks"):
            _columns, rows = run_check(con, path)
            name = path.stem.removeprefix("assert_")
            con.execute(
                "insert into meta.check_results values (?, true, ?, ?, ?)",
                [name, not rows, len(rows), check_description(path)],
            )
            if rows:
                failed.append(f"{name}: {len(rows)} offending rows, e.g. {rows[0]}")
        counts = {**table_counts(con, "core"), **{f"mart.{k}": v for k, v in table_counts(con, "mart").items()}}
    if failed:
        raise dg.Failure("Blocking checks failed; the warehouse was not published:\n" + "\n".join(failed))
    publish(settings.build_path, settings.warehouse)
    quarantined = counts.get("documents", 0)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        quarantined = con.execute("select count(*) from core.documents where status = 'quarantined'").fetchone()[0]
    context.log.info(f"published {settings.warehouse}")
    return dg.MaterializeResult(
        metadata={"path": str(settings.warehouse), "documents_quarantined": quarantined, **{f"rows_{k}": v for k, v in counts.items()}}
    )
