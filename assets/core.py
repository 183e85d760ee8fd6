"""Asset group `core`: the core tables, built by SQL into the next warehouse file."""

import dagster as dg

from assets.store.build import STAGING_TABLES, build_core
from assets.store.register import stage_dir
from assets.versions import extractor_version, reader_version
from pipelines.resources import ExbenchPaths
from pipelines.version import __version__


@dg.asset(group_name="core", deps=["document_facts"], kinds={"duckdb"})
def core_tables(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Documents, pages, organizations and facts (core.*) in the warehouse being built."""
    settings = paths.settings()
    stage = stage_dir(settings.cache_dir)
    counts = build_core(
        settings.build_path,
        {name: stage / f"{name}.parquet" for name in STAGING_TABLES},
        {
            "build_id": context.run_id[:12],
            "version": __version__,
            "reader_version": reader_version(),
            "extractor_version": extractor_version(),
        },
    )
    return dg.MaterializeResult(metadata={f"rows_core.{name}": count for name, count in counts.items()})
