"""Asset group `facts`: metrics, recognitions, events, targets and links per document,
cached by content, extractor version and manifest hints; then staged for SQL.
"""

from collections import Counter
from pathlib import Path

import dagster as dg

from assets.metadata import markdown_table
from assets.processing import extract_facts_to_cache
from assets.progress import track
from assets.store.cache import cache_file, load
from assets.store.register import hints_key, load_index, load_register, save_index, stage_dir
from assets.store.staging import build_tables, write_tables
from assets.versions import extractor_version, reader_version
from assets.workers import run_tasks
from pipelines.resources import ExbenchPaths

_PREVIEW = ["metric_code", "value", "period_year", "evidence"]
FACT_KINDS = ("metrics", "recognitions", "events", "targets", "peer_links", "focus_areas")


@dg.asset(group_name="facts", deps=["document_pages"], kinds={"python", "parquet"})
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
    languages = Counter(tables["documents"]["language"].drop_nulls().to_list())
    return dg.MaterializeResult(
        metadata={
            "extracted_now": len(tasks),
            "reused_from_cache": len(facts_index) - len(tasks),
            **{f"rows_{kind}": count for kind, count in counts.items()},
            "documents_per_language": dict(languages),
            "extractor_version": version,
            "preview_metrics": dg.MetadataValue.md(markdown_table(_PREVIEW, tables["metrics"].select(_PREVIEW).rows())),
        }
    )
