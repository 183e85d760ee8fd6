"""Asset group `report_page`: the HTML benchmark report written beside the published warehouse."""

import dagster as dg

from assets.metadata import OWNERS, preview, row_count
from assets.resources import ExbenchPaths


@dg.asset(group_name="report_page", deps=["warehouse"], owners=OWNERS, kinds={"html"})
def benchmark_report(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """One self-contained HTML page (warehouse/report.html): charts and tables whose numbers link to their evidence."""
    from exbench.report.write import default_report_path, write_report  # Altair and vl-convert: only here

    settings = paths.settings()
    summary = write_report(settings.warehouse, default_report_path(settings), settings.raw_dir)
    context.log.info(f"wrote {summary.path}")
    return dg.MaterializeResult(
        metadata={
            **row_count(summary.rows),
            "path": dg.MetadataValue.path(str(summary.path)),
            "charts_drawn": summary.charts,
            "organizations": summary.organizations,
            "evidence_entries": summary.evidence_entries,
            "sections": preview(["section", "rows", "chart"], [(t, n, "drawn" if d else "none") for t, n, d in summary.sections]),
        }
    )
