"""The OCR phase of reading: every page waiting for OCR, one worker task each, merged back per document.

Pages are the unit because OCR costs seconds a page: both cores share a long
scan, and each page has its own time limit (a document's limit would have to
grow with its length). A document's cache file is written only once all its
pages are back, so an interrupted run leaves nothing half-read behind. Each
page is rendered from bytes of the registered hash, so a file changed between
the text layer and OCR is read again next run, never cached half old, half new.
"""

from __future__ import annotations

import time
from pathlib import Path

from exbench.reading.ocr_engine import page_timeout_s
from exbench.runtime.cache import load, store
from exbench.runtime.progress import track
from exbench.runtime.workers import limits, run_tasks
from exbench.steps.tasks import complete_with_ocr, ocr_page, pending_path


def _with_reasons(reading: dict, pages: dict[int, dict]) -> dict[int, dict]:
    """The OCR results with the reason each page was sent to OCR, kept from its text-layer reading."""
    reasons = {page["page_number"]: page.get("ocr_reason") for page in reading.get("pages", [])}
    return {
        number: {**result, "page": {**result["page"], "ocr_reason": reasons.get(number)}}
        if result.get("status") == "ok" and reasons.get(number)
        else result
        for number, result in pages.items()
    }


def reading_limits() -> dict[str, int]:
    """The limits a reading may fail under: the run's, and a page's OCR time (EXBENCH_OCR_PAGE_SECONDS)."""
    return {**limits(), "ocr_page_seconds": page_timeout_s()}


def read_scanned_pages(
    waiting: dict[str, list[int]], sources: dict[str, tuple[str, str]], targets: dict[str, str]
) -> tuple[int, float, set[str]]:
    """OCR the waiting pages of each document and cache the finished readings; (pages, seconds, documents changed).

    `sources` maps a document to its (path, registered sha256). A document
    whose file changed since its text layer was read is not cached (its
    pending reading is dropped): it is returned, to be read again next run.
    A task may take two page limits: script detection and the reading are
    separate Tesseract calls.
    """
    limit = page_timeout_s()
    tasks = [
        (f"{doc}:{number}", (sources[doc][0], number, limit, sources[doc][1]))
        for doc, numbers in waiting.items()
        for number in numbers
    ]
    if not tasks:
        return 0, 0.0, set()
    results: dict[str, dict[int, dict]] = {doc: {} for doc in waiting}
    started = time.monotonic()
    for key, result in track(run_tasks(ocr_page, tasks, timeout_s=2 * limit + 10), len(tasks), "reading scanned pages (OCR)"):
        doc, number = key.rsplit(":", 1)
        results[doc][int(number)] = {"status": "timeout"} if result.get("error_reason") == "timeout" else result
    seconds = time.monotonic() - started
    changed = set()
    for doc, pages in results.items():
        target = Path(targets[doc])
        partial = pending_path(target)
        reading = load(partial)
        if any(page.get("status") == "changed_while_read" for page in pages.values()):
            changed.add(doc)
        elif reading is not None:
            store(target, complete_with_ocr(reading, _with_reasons(reading, pages), reading_limits()))
        partial.unlink(missing_ok=True)
    return len(tasks), seconds, changed
