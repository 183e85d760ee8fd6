"""Asset group `core`: the core tables, built by SQL into the next warehouse file."""

import dagster as dg
import duckdb

from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.store.build import STAGING_TABLES, build_core
from assets.store.register import stage_dir
from assets.versions import extractor_version, reader_version
from pipelines.resources import ExbenchPaths
from pipelines.version import __version__

_DOCUMENTS = ["source_path", "language", "doc_kind", "page_count", "status", "error_reason"]


@dg.asset(group_name="core", deps=["document_facts"], owners=OWNERS, kinds={"duckdb"})
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
    with duckdb.connect(str(settings.build_path), read_only=True) as con:
        documents = con.execute(
            "select source_path, language, doc_kind, page_count, status, error_reason from core.documents order by source_path"
        ).fetchall()
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(counts.values())),
            **{f"rows_core.{name}": count for name, count in counts.items()},
            "tables": counts_table({f"core.{name}": count for name, count in counts.items()}),
            "preview_documents": preview(_DOCUMENTS, documents),
        }
    )
