"""Asset group `marts`: star ratings, benchmark indicators, peer learning and benchmark scope."""

import dagster as dg
import duckdb

from assets.metadata import markdown_table
from assets.store.build import build_marts
from pipelines.resources import ExbenchPaths


@dg.asset(group_name="marts", deps=["core_tables"], kinds={"duckdb"})
def mart_tables(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """mart.* computed in SQL from the core tables of the warehouse being built."""
    settings = paths.settings()
    counts = build_marts(settings.build_path)
    with duckdb.connect(str(settings.build_path), read_only=True) as con:
        preview = con.execute(
            "select organization_id, cycle_year, indicator_code, round(value, 3), peer_group, rank "
            "from mart.benchmark_indicators order by all limit 10"
        ).fetchall()
    return dg.MaterializeResult(
        metadata={
            **{f"rows_mart.{name}": count for name, count in counts.items()},
            "preview_indicators": dg.MetadataValue.md(
                markdown_table(["organization", "cycle", "indicator", "value", "peer group", "rank"], preview)
            ),
        }
    )
