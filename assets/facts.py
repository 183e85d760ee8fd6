"""Asset group `facts`: metrics, recognitions, events, targets and links per document,
cached by content, extractor version and manifest hints, shard by shard.
"""

import dagster as dg

from assets.metadata import OWNERS, markdown_table, preview, row_count
from assets.partitions import SHARDS, shards_of_run
from assets.resources import ExbenchPaths
from exbench.steps.extract_facts import FACT_KINDS, FactsExtracted, extract_facts

_PREVIEW = ["metric_code", "value", "period_year", "evidence"]


def language_table(extracted: FactsExtracted) -> str:
    """Facts per kind (rows) and language (columns), as markdown."""
    languages = sorted({language for _kind, language in extracted.counts})
    rows = [(kind, *(extracted.counts.get((kind, lang), 0) for lang in languages)) for kind in FACT_KINDS]
    return markdown_table(["kind", *languages], rows, limit=len(rows))


@dg.asset(
    group_name="facts",
    deps=["document_pages"],
    owners=OWNERS,
    kinds={"python"},
    partitions_def=SHARDS,  # a backfill runs each shard in a run of its own
)
def document_facts(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Facts with their evidence (document, page, quoted words), cached per document (per shard)."""
    extracted = extract_facts(paths.settings(), shards_of_run(context))
    per_kind = extracted.per_kind()
    return dg.MaterializeResult(
        metadata={
            **row_count(extracted.counts.total()),
            "shards": ", ".join(extracted.shards),
            "extracted_now": extracted.extracted_now,
            "reused_from_cache": extracted.reused,
            **{f"rows_{kind}": per_kind[kind] for kind in FACT_KINDS},
            "facts_per_kind": per_kind,
            "facts_per_language": extracted.per_language(),
            "facts_by_kind_and_language": dg.MetadataValue.md(language_table(extracted)),
            "documents_per_language": dict(extracted.languages),
            "extractor_version": extracted.extractor_version,
            "extraction_failed": extracted.failed.total(),
            "extraction_failure_reasons": dict(extracted.failed),
            "preview_metrics": preview(_PREVIEW, extracted.metrics_preview),
        }
    )
