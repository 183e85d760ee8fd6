"""Asset group `exports`: jury CSVs for every scheme and cycle in the warehouse."""

import dagster as dg
import duckdb

from assets.metadata import OWNERS, preview, row_count
from assets.resources import ExbenchPaths
from exbench.export.jury import export_pack, scopes
from exbench.export.publish import remove_stale_packs

_FILES = ("benchmark.csv", "findings.csv", "metrics.csv")


@dg.asset(group_name="exports", deps=["warehouse"], owners=OWNERS, kinds={"csv"})
def jury_exports(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """benchmark.csv, findings.csv, metrics.csv and manifest.json per scheme and cycle (named packs)."""
    settings = paths.settings()
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        wanted = scopes(con)
    written = []
    for scheme, cycle in wanted:
        pack = export_pack(settings.warehouse, scheme, cycle, settings.exports_dir)
        written.append((f"{scheme}/{cycle}", *(pack.rows(name) for name in _FILES)))
    removed = remove_stale_packs(settings.exports_dir, wanted)
    if removed:
        context.log.info(f"removed the packs of scopes no longer in the warehouse: {', '.join(removed)}")
    if (settings.exports_dir / "_blind_mappings").exists():
        context.log.warning(
            f"{settings.exports_dir / '_blind_mappings'} holds blind mappings an older ExBench wrote among the exports: "
            "move them somewhere private (blind mappings now live beside the warehouse)"
        )
    context.log.info(f"wrote {len(wanted)} exports to {settings.exports_dir}")
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(sum(row[1:]) for row in written)),
            "exports": len(wanted),
            "removed": len(removed),
            "folder": dg.MetadataValue.path(str(settings.exports_dir)),
            "written": preview(["scheme/cycle", *_FILES], written, limit=len(written)),
        }
    )
