"""Asset group `pages`: the text of every document, page by page, cached by content."""

import dagster as dg

from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.partitions import SHARDS, shards_of_run
from assets.resources import ExbenchPaths
from exbench.steps.read_pages import read_pages


@dg.asset(
    group_name="pages",
    deps=["raw_documents"],
    kinds={"python"},
    owners=OWNERS,
    partitions_def=SHARDS,  # a backfill runs each shard in a run of its own
)
def document_pages(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Logical-order, normalized text of each page, or the reason a document could not be read (per shard)."""
    read = read_pages(paths.settings(), shards_of_run(context))
    quarantined = read.quarantined.total()
    context.log.info(
        f"read {read.read_now} documents ({read.ocr_pages} scanned pages by OCR), reused {read.reused}, quarantined {quarantined}"
    )
    return dg.MaterializeResult(
        metadata={
            **row_count(read.engines.total()),
            "shards": ", ".join(read.shards),
            "documents": read.documents,
            "read_now": read.read_now,
            "reused_from_cache": read.reused,
            "quarantined": quarantined,
            "quarantine_reasons": dict(read.quarantined),
            "partial_readings": read.partial,
            "pages_per_language": counts_table(read.languages, "language"),
            "pages_per_engine": counts_table(read.engines, "engine"),
            "ocr_pages": read.ocr_pages,
            "ocr_pages_per_second": round(read.ocr_pages / read.ocr_seconds, 2) if read.ocr_pages else None,
            "preview": preview(["document", "page", "language", "engine", "text"], read.first_pages),
            "reader_version": read.reader_version,
            "limits": read.limits,
        }
    )
