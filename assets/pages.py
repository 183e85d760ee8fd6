"""Asset group `pages`: the text of every document, page by page, cached by content."""

from collections import Counter
from pathlib import Path

import dagster as dg

from assets.failures import TRANSIENT, reusable, text_failure
from assets.ocr_phase import read_scanned_pages
from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.processing import changed_while_read, read_text_to_cache
from assets.reading.ocr_pages import ocr_missing
from assets.progress import track
from assets.store.cache import cache_file, load, store
from assets.shards import SHARDS, in_shards, shards_of_run
from assets.store.register import load_register, save_by_shard
from assets.versions import reader_version
from assets.workers import limits, run_tasks
from pipelines.resources import ExbenchPaths

_REFUSALS = {
    "empty": "The file is empty.",
    "too_large": "The file is larger than the 200 MiB limit.",
    "unsupported_type": "The file type is not one ExBench reads (PDF, HTML or plain text).",
    "outside_raw": "The file is a link that points outside the raw folder; it was not followed.",
    "bad_file_name": "The file name is not valid UTF-8 text (its undecodable bytes are shown as \\xNN); rename the file.",
    "unreadable_file": "The file could not be opened (permission denied or a read error); check its permissions.",
}


def _for_this_run(cache_dir: Path, document_id: str, result: dict) -> str:
    """Keep a failure that says nothing about the content (the file changed) by document, not by hash: the
    next run overwrites it."""
    target = cache_file(cache_dir, "transient", document_id)
    store(target, {key: result[key] for key in ("status", "error_reason", "error")})
    return str(target)


@dg.asset(
    group_name="pages", deps=["raw_documents"], kinds={"python"}, owners=OWNERS,
    partitions_def=SHARDS,  # a backfill runs each shard in a run of its own
)
def document_pages(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> dg.MaterializeResult:
    """Logical-order, normalized text of each page, or the reason a document could not be read (per shard)."""
    settings = paths.settings()
    shards = shards_of_run(context)
    version = reader_version()
    current = limits()
    ocr = ocr_missing() is None  # decided once per run, as the reader's version was
    index: dict[str, str] = {}
    tasks = []
    reused = 0
    for row in in_shards(load_register(settings.cache_dir), shards):
        if row["problem"]:
            target = cache_file(settings.cache_dir, "refused", row["document_id"])
            store(target, {"status": "quarantined", "error_reason": row["problem"], "error": _REFUSALS.get(row["problem"], row["problem"])})
            index[row["document_id"]] = str(target)
            continue
        target = cache_file(settings.cache_dir, f"text-{version}", row["sha256"])
        index[row["document_id"]] = str(target)
        if reusable(target, current):  # a reading, or a failure not to meet again
            reused += 1
        else:
            tasks.append((row["document_id"], (row["absolute_path"], row["media_type"], str(target), ocr, row["sha256"])))
    waiting: dict[str, list[int]] = {}
    for doc, status in track(run_tasks(read_text_to_cache, tasks), len(tasks), "reading documents"):
        if status["status"] == "ocr_pending":
            waiting[doc] = status["ocr_pages"]
        elif status.get("error_reason") in TRANSIENT:
            index[doc] = _for_this_run(settings.cache_dir, doc, status)
        elif not status.get("stored"):  # stopped in its worker (time, memory, crash): remembered with the content
            store(Path(index[doc]), text_failure(status, current))
    sources = {doc: (args[0], args[4]) for doc, args in tasks}
    ocr_pages, ocr_seconds, changed = read_scanned_pages(waiting, sources, index)
    for doc in changed:
        index[doc] = _for_this_run(settings.cache_dir, doc, changed_while_read("it changed before its scanned pages were read"))
    save_by_shard(settings.cache_dir, "text_index", shards, index)
    quarantined: Counter = Counter()
    partial = 0
    languages: Counter = Counter()
    engines: Counter = Counter()
    first_pages = []
    for doc, path in sorted(index.items()):  # one document in memory at a time: the cache may hold thousands
        result = load(Path(path)) or {}
        if result.get("status") != "ok":
            quarantined[result.get("error_reason")] += 1
        partial += bool(result.get("partial"))
        pages = result.get("pages", [])
        languages.update(page["language"] or "unknown" for page in pages)
        engines.update(page["engine"] for page in pages)
        if pages and len(first_pages) < 10:
            first_pages.append((doc, pages[0]["page_number"], pages[0]["language"], pages[0]["engine"], pages[0]["text"][:60]))
    context.log.info(f"read {len(tasks)} documents ({ocr_pages} scanned pages by OCR), reused {reused}, quarantined {quarantined.total()}")
    return dg.MaterializeResult(
        metadata={
            **row_count(engines.total()),
            "shards": ", ".join(shards),
            "documents": len(index),
            "read_now": len(tasks),
            "reused_from_cache": reused,
            "quarantined": quarantined.total(),
            "quarantine_reasons": dict(quarantined),
            "partial_readings": partial,
            "pages_per_language": counts_table(languages, "language"),
            "pages_per_engine": counts_table(engines, "engine"),
            "ocr_pages": ocr_pages,
            "ocr_pages_per_second": round(ocr_pages / ocr_seconds, 2) if ocr_pages else None,
            "preview": preview(["document", "page", "language", "engine", "text"], first_pages),
            "reader_version": version,
            "limits": current,
        }
    )

