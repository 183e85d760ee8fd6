"""Asset group `exports`: jury CSVs for every scheme and cycle in the warehouse."""

import dagster as dg
import duckdb

from assets.export.jury import export_benchmark, scopes
from pipelines.resources import ExbenchPaths


@dg.asset(group_name="exports", deps=["warehouse"], kinds={"csv"})
def jury_exports(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """benchmark.csv, findings.csv, metrics.csv and manifest.json per scheme and cycle."""
    settings = paths.settings()
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        wanted = scopes(con)
    written = []
    for scheme, cycle in wanted:
        manifest = export_benchmark(settings.warehouse, scheme, cycle, settings.exports_dir)
        rows = {f["file"]: f["rows"] for f in manifest["files"]}
        written.append(f"- {scheme}/{cycle}: {rows}")
    context.log.info(f"wrote {len(wanted)} exports to {settings.exports_dir}")
    return dg.MaterializeResult(
        metadata={"exports": len(wanted), "folder": str(settings.exports_dir), "written": dg.MetadataValue.md("\n".join(written) or "none")}
    )
