"""Asset group `facts`: metrics, recognitions, events, targets and links per document,
cached by content, extractor version and manifest hints; then staged for SQL.
"""

from collections import Counter
from pathlib import Path

import dagster as dg
import polars as pl

from assets.metadata import OWNERS, markdown_table, preview, row_count
from assets.processing import extract_facts_to_cache
from assets.progress import track
from assets.store.cache import cache_file, load
from assets.store.register import hints_key, load_index, load_register, save_index, stage_dir
from assets.store.staging import build_tables, write_tables
from assets.versions import extractor_version, reader_version
from assets.workers import run_tasks
from pipelines.resources import ExbenchPaths

_PREVIEW = ["metric_code", "value", "period_year", "evidence"]
FACT_KINDS = ("metrics", "findings", "scores", "recognitions", "events", "targets", "peer_links", "focus_areas")


def facts_by_language(tables: dict[str, pl.DataFrame]) -> dict[tuple[str, str], int]:
    """Rows per (fact kind, language): the row's own language where it has one, else its document's."""
    documents = tables["documents"].select("document_id", pl.col("language").alias("document_language"))
    counts: dict[tuple[str, str], int] = {}
    for kind in FACT_KINDS:
        table = tables[kind].join(documents, on="document_id", how="left")
        own = pl.col("language") if "language" in table.columns else pl.lit(None, pl.String)
        languages = table.select(pl.coalesce(own, "document_language").fill_null("unknown").alias("language"))
        for language, count in Counter(languages["language"].to_list()).items():
            counts[(kind, language)] = count
    return counts


def _language_table(counts: dict[tuple[str, str], int]) -> str:
    languages = sorted({language for _kind, language in counts})
    rows = [(kind, *(counts.get((kind, lang), 0) for lang in languages)) for kind in FACT_KINDS]
    return markdown_table(["kind", *languages], rows, limit=len(rows))


@dg.asset(group_name="facts", deps=["document_pages"], owners=OWNERS, kinds={"python", "parquet"})
def document_facts(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Facts with their evidence (document, page, quoted words), staged as Parquet for the warehouse."""
    settings = paths.settings()
    version = extractor_version()
    register = load_register(settings.cache_dir)
    text_index = load_index(settings.cache_dir, "text_index")
    facts_index: dict[str, str] = {}
    tasks = []
    texts: dict[str, dict] = {}
    for row in register:
        text = load(Path(text_index[row["document_id"]])) or {
            "status": "quarantined", "error_reason": "damaged", "error": "The text cache could not be read."
        }
        texts[row["document_id"]] = text
        if text["status"] != "ok":
            continue
        key = f"{row['sha256']}-{hints_key(row['hints'])}"
        target = cache_file(settings.cache_dir, f"facts-{version}", key)
        facts_index[row["document_id"]] = str(target)
        if not target.exists():
            tasks.append((row["document_id"], (text_index[row["document_id"]], row["hints"], str(target))))
    for _doc, _status in track(run_tasks(extract_facts_to_cache, tasks), len(tasks), "extracting facts"):
        pass
    save_index(settings.cache_dir, "facts_index", facts_index)
    records = []
    for row in register:
        facts = load(Path(facts_index[row["document_id"]])) if row["document_id"] in facts_index else None
        records.append({**row, "text": texts[row["document_id"]], "facts": facts})
    tables = build_tables(records, reader_version(), version)
    write_tables(tables, stage_dir(settings.cache_dir))
    counts = {kind: tables[kind].height for kind in FACT_KINDS}
    by_language = facts_by_language(tables)
    per_language = Counter()
    for (_kind, language), count in by_language.items():
        per_language[language] += count
    documents = Counter(tables["documents"]["language"].drop_nulls().to_list())
    return dg.MaterializeResult(
        metadata={
            **row_count(sum(counts.values())),
            "extracted_now": len(tasks),
            "reused_from_cache": len(facts_index) - len(tasks),
            **{f"rows_{kind}": count for kind, count in counts.items()},
            "facts_per_kind": dict(counts),
            "facts_per_language": dict(sorted(per_language.items())),
            "facts_by_kind_and_language": dg.MetadataValue.md(_language_table(by_language)),
            "documents_per_language": dict(documents),
            "extractor_version": version,
            "preview_metrics": preview(_PREVIEW, tables["metrics"].select(_PREVIEW).rows()),
        }
    )
