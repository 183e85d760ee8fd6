"""Asset group `marts`: star ratings, benchmark indicators, peer learning and benchmark scope."""

import dagster as dg
import duckdb

from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.store.build import build_marts
from pipelines.resources import ExbenchPaths


@dg.asset(group_name="marts", deps=["core_tables"], owners=OWNERS, kinds={"duckdb"})
def mart_tables(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """mart.* computed in SQL from the core tables of the warehouse being built."""
    settings = paths.settings()
    counts = build_marts(settings.build_path)
    with duckdb.connect(str(settings.build_path), read_only=True) as con:
        indicators = con.execute(
            "select organization_id, cycle_year, indicator_code, round(value, 3), peer_group, rank "
            "from mart.benchmark_indicators order by all limit 10"
        ).fetchall()
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(counts.values())),
            **{f"rows_mart.{name}": count for name, count in counts.items()},
            "tables": counts_table({f"mart.{name}": count for name, count in counts.items()}),
            "preview_indicators": preview(["organization", "cycle", "indicator", "value", "peer group", "rank"], indicators),
        }
    )
