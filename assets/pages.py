"""Asset group `pages`: the text of every document, page by page, cached by content."""

from collections import Counter
from pathlib import Path

import dagster as dg

from assets.processing import read_text_to_cache
from assets.progress import track
from assets.store.cache import cache_file, load, store
from assets.store.register import load_register, save_index
from assets.versions import reader_version
from assets.workers import run_tasks
from pipelines.resources import ExbenchPaths

_REFUSALS = {
    "empty": "The file is empty.",
    "too_large": "The file is larger than the 200 MiB limit.",
    "unsupported_type": "The file type is not one ExBench reads (PDF, HTML or plain text).",
    "outside_raw": "The file is a link that points outside the raw folder; it was not followed.",
}


@dg.asset(group_name="pages", deps=["raw_documents"], kinds={"python"})
def document_pages(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Logical-order, normalized text of each page, or the reason a document could not be read."""
    settings = paths.settings()
    version = reader_version()
    index: dict[str, str] = {}
    tasks = []
    reused = 0
    for row in load_register(settings.cache_dir):
        if row["problem"]:
            target = cache_file(settings.cache_dir, "refused", row["document_id"])
            store(target, {"status": "quarantined", "error_reason": row["problem"], "error": _REFUSALS.get(row["problem"], row["problem"])})
            index[row["document_id"]] = str(target)
            continue
        target = cache_file(settings.cache_dir, f"text-{version}", row["sha256"])
        index[row["document_id"]] = str(target)
        if target.exists():
            reused += 1
        else:
            tasks.append((row["document_id"], (row["absolute_path"], row["media_type"], str(target))))
    statuses = Counter()
    for _doc, status in track(run_tasks(read_text_to_cache, tasks), len(tasks), "reading documents"):
        statuses[status["status"]] += 1
    save_index(settings.cache_dir, "text_index", index)
    quarantined = {
        doc: result.get("error_reason") for doc, path in index.items()
        if (result := load(Path(path))) is not None and result["status"] != "ok"
    }
    context.log.info(f"read {len(tasks)} documents, reused {reused}, quarantined {len(quarantined)}")
    return dg.MaterializeResult(
        metadata={
            "documents": len(index),
            "read_now": len(tasks),
            "reused_from_cache": reused,
            "quarantined": len(quarantined),
            "quarantine_reasons": dict(Counter(quarantined.values())),
            "reader_version": version,
        }
    )

