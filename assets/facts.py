"""Asset group `facts`: metrics, recognitions, events, targets and links per document,
cached by content, extractor version and manifest hints, shard by shard.
"""

from collections import Counter
from pathlib import Path
from typing import Any

import dagster as dg

from assets.failures import facts_failure, reusable
from assets.metadata import OWNERS, markdown_table, preview, row_count
from assets.processing import extract_facts_to_cache
from assets.progress import track
from assets.shards import SHARDS, in_shards, shards_of_run
from assets.store.cache import cache_file, load, store
from assets.store.register import hints_key, load_index, load_register, save_by_shard
from assets.versions import extractor_version
from assets.workers import limits, run_tasks
from pipelines.resources import ExbenchPaths

FACT_KINDS = ("metrics", "findings", "scores", "recognitions", "events", "targets", "peer_links", "focus_areas")
_PREVIEW = ["metric_code", "value", "period_year", "evidence"]


def document_language(text: dict[str, Any]) -> str | None:
    """The language most of a document's pages are in."""
    languages = [page["language"] for page in text.get("pages", []) if page["language"]]
    return max(set(languages), key=languages.count) if languages else None


def count_facts(facts: dict[str, Any], language: str | None, counts: Counter) -> None:
    """Add a document's facts to counts per (kind, language): the fact's own language where it has one."""
    for kind in FACT_KINDS:
        for row in facts.get(kind, []):
            counts[(kind, row.get("language") or language or "unknown")] += 1


def language_table(counts: Counter) -> str:
    """Facts per kind (rows) and language (columns), as markdown."""
    languages = sorted({language for _kind, language in counts})
    rows = [(kind, *(counts.get((kind, lang), 0) for lang in languages)) for kind in FACT_KINDS]
    return markdown_table(["kind", *languages], rows, limit=len(rows))


@dg.asset(
    group_name="facts", deps=["document_pages"], owners=OWNERS, kinds={"python"},
    partitions_def=SHARDS,  # a backfill runs each shard in a run of its own
)
def document_facts(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Facts with their evidence (document, page, quoted words), cached per document (per shard)."""
    settings = paths.settings()
    shards = shards_of_run(context)
    version = extractor_version()
    current = limits()
    register = in_shards(load_register(settings.cache_dir), shards)
    text_index = load_index(settings.cache_dir, "text_index", shards)
    facts_index: dict[str, str] = {}
    languages: dict[str, str | None] = {}
    tasks = []
    for row in register:
        text = load(Path(text_index[row["document_id"]])) or {"status": "quarantined"}
        if text["status"] != "ok":
            continue
        languages[row["document_id"]] = document_language(text)
        key = f"{row['sha256']}-{hints_key(row['hints'])}"
        target = cache_file(settings.cache_dir, f"facts-{version}", key)
        facts_index[row["document_id"]] = str(target)
        if not reusable(target, current):  # facts, or a failure not to meet again
            tasks.append((row["document_id"], (text_index[row["document_id"]], row["hints"], str(target))))
    for doc, status in track(run_tasks(extract_facts_to_cache, tasks), len(tasks), "extracting facts"):
        if not status.get("stored") and status["status"] != "missing_text":  # stopped in its worker: remembered
            store(Path(facts_index[doc]), facts_failure(status, current))
    save_by_shard(settings.cache_dir, "facts_index", shards, facts_index)
    counts: Counter = Counter()
    metrics_preview = []
    failed: Counter = Counter()
    for doc, path in sorted(facts_index.items()):  # one document's facts in memory at a time
        facts = load(Path(path)) or {}
        if facts.get("status") == "failed":
            failed[facts.get("error_reason")] += 1
        count_facts(facts, languages[doc], counts)
        for metric in facts.get("metrics", [])[: 10 - len(metrics_preview)]:
            metrics_preview.append((metric["metric_code"], metric["value"], metric["period_year"], metric["evidence"]["quote"]))
    per_kind, per_language = Counter(), Counter()
    for (kind, language), count in counts.items():
        per_kind[kind] += count
        per_language[language] += count
    return dg.MaterializeResult(
        metadata={
            **row_count(counts.total()),
            "shards": ", ".join(shards),
            "extracted_now": len(tasks),
            "reused_from_cache": len(facts_index) - len(tasks),
            **{f"rows_{kind}": per_kind[kind] for kind in FACT_KINDS},
            "facts_per_kind": {kind: per_kind[kind] for kind in FACT_KINDS},
            "facts_per_language": dict(sorted(per_language.items())),
            "facts_by_kind_and_language": dg.MetadataValue.md(language_table(counts)),
            "documents_per_language": dict(Counter(language for language in languages.values() if language)),
            "extractor_version": version,
            "extraction_failed": failed.total(),
            "extraction_failure_reasons": dict(failed),
            "preview_metrics": preview(_PREVIEW, metrics_preview),
        }
    )
