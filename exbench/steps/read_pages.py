"""Read the documents of some shards to their text cache: one worker task per document, then OCR per page.

A reading (or a failure not worth meeting again) is cached by content hash
and reader version, so only new or changed files are read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from exbench.ingest.media import unread_file_message
from exbench.reading.ocr_pages import ocr_missing
from exbench.runtime.cache import cache_file, load, store
from exbench.runtime.progress import track
from exbench.runtime.register import load_register, save_by_shard
from exbench.runtime.shards import in_shards
from exbench.runtime.versions import reader_version
from exbench.runtime.workers import run_tasks
from exbench.settings import Settings
from exbench.steps.failures import TRANSIENT, reusable, text_failure
from exbench.steps.ocr_phase import read_scanned_pages, reading_limits
from exbench.steps.tasks import changed_while_read, read_text_to_cache

REFUSALS = {
    "empty": "The file is empty.",
    "too_large": "The file is larger than the 200 MiB limit.",
    "unsupported_type": "The file type is not one ExBench reads (PDF, HTML or plain text).",
    "outside_raw": "The file is a link that points outside the raw folder; it was not followed.",
    "bad_file_name": "The file name is not valid UTF-8 text (its undecodable bytes are shown as \\xNN); rename the file.",
    "unreadable_file": "The file could not be opened (permission denied or a read error); check its permissions.",
}


@dataclass
class PagesRead:
    """What a reading step did, for the people watching the run."""

    shards: list[str]
    documents: int = 0
    read_now: int = 0
    reused: int = 0
    quarantined: Counter = field(default_factory=Counter)
    partial: int = 0
    languages: Counter = field(default_factory=Counter)
    engines: Counter = field(default_factory=Counter)
    first_pages: list[tuple] = field(default_factory=list)
    ocr_pages: int = 0
    ocr_seconds: float = 0.0
    reader_version: str = ""
    limits: dict[str, int] = field(default_factory=dict)


def _for_this_run(cache_dir: Path, document_id: str, result: dict) -> str:
    """Keep a failure that says nothing about the content (the file changed) by document, not by hash: the
    next run overwrites it."""
    target = cache_file(cache_dir, "transient", document_id)
    store(target, {key: result[key] for key in ("status", "error_reason", "error")})
    return str(target)


def read_pages(settings: Settings, shards: list[str]) -> PagesRead:
    """Read every registered document of the shards that has no usable cached reading; index them all."""
    summary = PagesRead(shards, reader_version=reader_version(), limits=reading_limits())
    ocr = ocr_missing() is None  # decided once per run, as the reader's version was
    index: dict[str, str] = {}
    tasks = []
    for row in in_shards(load_register(settings.cache_dir), shards):
        if row["problem"]:
            target = cache_file(settings.cache_dir, "refused", row["document_id"])
            store(
                target,
                {
                    "status": "quarantined",
                    "error_reason": row["problem"],
                    "error": (row["problem"] == "unsupported_type" and unread_file_message(Path(row["absolute_path"])))
                    or REFUSALS.get(row["problem"], row["problem"]),
                },
            )
            index[row["document_id"]] = str(target)
            continue
        target = cache_file(settings.cache_dir, f"text-{summary.reader_version}", row["sha256"])
        index[row["document_id"]] = str(target)
        if reusable(target, summary.limits):  # a reading, or a failure not to meet again
            summary.reused += 1
        else:
            tasks.append((row["document_id"], (row["absolute_path"], row["media_type"], str(target), ocr, row["sha256"])))
    waiting: dict[str, list[int]] = {}
    for doc, status in track(run_tasks(read_text_to_cache, tasks), len(tasks), "reading documents"):
        if status["status"] == "ocr_pending":
            waiting[doc] = status["ocr_pages"]
        elif status.get("error_reason") in TRANSIENT:
            index[doc] = _for_this_run(settings.cache_dir, doc, status)
        elif not status.get("stored"):  # stopped in its worker (time, memory, crash): remembered with the content
            store(Path(index[doc]), text_failure(status, summary.limits))
    sources = {doc: (args[0], args[4]) for doc, args in tasks}
    summary.ocr_pages, summary.ocr_seconds, changed = read_scanned_pages(waiting, sources, index)
    for doc in changed:
        index[doc] = _for_this_run(settings.cache_dir, doc, changed_while_read("it changed before its scanned pages were read"))
    save_by_shard(settings.cache_dir, "text_index", shards, index)
    summary.documents, summary.read_now = len(index), len(tasks)
    for doc, path in sorted(index.items()):  # one document in memory at a time: the cache may hold thousands
        result = load(Path(path)) or {}
        if result.get("status") != "ok":
            summary.quarantined[result.get("error_reason")] += 1
        summary.partial += bool(result.get("partial"))
        pages = result.get("pages", [])
        summary.languages.update(page["language"] or "unknown" for page in pages)
        summary.engines.update(page["engine"] for page in pages)
        if pages and len(summary.first_pages) < 10:
            first = pages[0]
            summary.first_pages.append((doc, first["page_number"], first["language"], first["engine"], first["text"][:60]))
    return summary
