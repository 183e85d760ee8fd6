"""Asset group `exports`: jury CSVs for every scheme and cycle in the warehouse."""

import dagster as dg
import duckdb

from assets.export.jury import export_benchmark, scopes
from assets.metadata import OWNERS, preview, row_count
from pipelines.resources import ExbenchPaths

_FILES = ("benchmark.csv", "findings.csv", "metrics.csv")


@dg.asset(group_name="exports", deps=["warehouse"], owners=OWNERS, kinds={"csv"})
def jury_exports(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """benchmark.csv, findings.csv, metrics.csv and manifest.json per scheme and cycle."""
    settings = paths.settings()
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        wanted = scopes(con)
    written = []
    for scheme, cycle in wanted:
        manifest = export_benchmark(settings.warehouse, scheme, cycle, settings.exports_dir)
        rows = {f["file"]: f["rows"] for f in manifest["files"]}
        written.append((f"{scheme}/{cycle}", *(rows.get(name, 0) for name in _FILES)))
    context.log.info(f"wrote {len(wanted)} exports to {settings.exports_dir}")
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(sum(row[1:]) for row in written)),
            "exports": len(wanted),
            "folder": dg.MetadataValue.path(str(settings.exports_dir)),
            "written": preview(["scheme/cycle", *_FILES], written, limit=len(written)),
        }
    )
