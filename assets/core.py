"""Asset group `core`: every shard's cached work staged as Parquet, then the core tables built by SQL
into the next warehouse file."""

from pathlib import Path

import dagster as dg
import duckdb

from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.shards import SHARD_KEYS
from assets.store.build import STAGING_TABLES, build_core
from assets.store.cache import load
from assets.store.register import load_index, load_register, shard_of, stage_dir
from assets.store.staging import build_tables, write_tables
from assets.versions import extractor_version, reader_version
from pipelines.resources import ExbenchPaths
from pipelines.version import __version__

_DOCUMENTS = ["source_path", "language", "doc_kind", "page_count", "status", "error_reason"]
_DAMAGED = {"status": "quarantined", "error_reason": "damaged", "error": "The text cache could not be read."}


def stage_all_shards(cache_dir: Path) -> dict[str, Path]:
    """Staging tables of every document, from the caches every shard's run indexed.

    Organizations are resolved and duplicates found across all documents, so
    this step sees every shard at once.
    """
    text_index = load_index(cache_dir, "text_index", SHARD_KEYS)
    facts_index = load_index(cache_dir, "facts_index", SHARD_KEYS)
    register = load_register(cache_dir)
    stale = sorted({shard_of(row["document_id"]) for row in register if row["document_id"] not in text_index})
    if stale:
        raise dg.Failure(
            f"Documents of shard(s) {', '.join(stale)} have not been read since raw/ changed: "
            "materialize those partitions of document_pages and document_facts, then the warehouse."
        )
    records = []
    for row in register:
        document = row["document_id"]
        text = load(Path(text_index[document]))
        facts = load(Path(facts_index[document])) if document in facts_index else None
        records.append({**row, "text": text or _DAMAGED, "facts": facts})
    return write_tables(build_tables(records, reader_version(), extractor_version()), stage_dir(cache_dir))


@dg.asset(group_name="core", deps=["document_facts"], owners=OWNERS, kinds={"duckdb", "parquet"})
def core_tables(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Documents, pages, organizations and facts (core.*) in the warehouse being built."""
    settings = paths.settings()
    staged = stage_all_shards(settings.cache_dir)
    counts = build_core(
        settings.build_path,
        {name: staged[name] for name in STAGING_TABLES},
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
