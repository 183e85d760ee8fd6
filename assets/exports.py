"""Asset group `exports`: jury packs (CSV, XLSX, README.txt, manifest.json) for every scheme and cycle in the warehouse."""

import dagster as dg
import duckdb

from assets.metadata import OWNERS, preview, row_count
from assets.resources import ExbenchPaths
from exbench.export.jury import Pack, export_pack, scopes
from exbench.export.publish import remove_stale_packs


def _csv_rows(pack: Pack) -> dict[str, int]:
    """Rows of each CSV the pack's manifest lists (the XLSX beside each holds the same rows)."""
    return {f["file"]: f.get("rows", 0) for f in pack.manifest["files"] if f["file"].endswith(".csv")}


@dg.asset(group_name="exports", deps=["warehouse"], owners=OWNERS, kinds={"csv", "xlsx"})
def jury_exports(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """One pack per scheme and cycle: each table as CSV and XLSX, README.txt and manifest.json (named packs)."""
    settings = paths.settings()
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        wanted = scopes(con)
    packs = [export_pack(settings.warehouse, scheme, cycle, settings.exports_dir) for scheme, cycle in wanted]
    removed = remove_stale_packs(settings.exports_dir, wanted)
    if removed:
        context.log.info(f"removed the packs of scopes no longer in the warehouse: {', '.join(removed)}")
    if (settings.exports_dir / "_blind_mappings").exists():
        context.log.warning(
            f"{settings.exports_dir / '_blind_mappings'} holds blind mappings an older ExBench wrote among the exports: "
            "move them somewhere private (blind mappings now live beside the warehouse)"
        )
    context.log.info(f"wrote {len(wanted)} exports to {settings.exports_dir}")
    csvs = sorted({name for pack in packs for name in _csv_rows(pack)})
    written = [
        (f"{pack.manifest['scheme']}/{pack.manifest['cycle_year']}", len(pack.manifest["files"]) + 1)  # + manifest.json
        + tuple(_csv_rows(pack).get(name, 0) for name in csvs)
        for pack in packs
    ]
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(sum(_csv_rows(pack).values()) for pack in packs)),
            "exports": len(wanted),
            "removed": len(removed),
            "folder": dg.MetadataValue.path(str(settings.exports_dir)),
            "written": preview(["scheme/cycle", "files", *(f"{name} rows" for name in csvs)], written, limit=len(written)),
        }
    )
