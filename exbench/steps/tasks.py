"""The two expensive steps for one document, as plain functions a worker process runs.

Both return JSON-ready dicts and never raise for a bad document: an unreadable
file becomes a result with its quarantine reason, so one file never stops a run.
Only the time limit (DocumentTimeout, no Exception) and MemoryError pass
through, for the worker to report: what they stop depends on the run's limits,
so the parent records them with those limits (failures.py).

A reading some of whose pages failed (a broken page, OCR that failed or ran
out of time, a scan without OCR) stays usable: those pages are kept, empty,
with their engine saying why, and the record says it is partial:
{"status": "ok", ..., "partial": {"pages": [...], "error": "..."}}.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path
from typing import Any

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading import UNREADABLE_PAGE, PageText, Source, open_source, read_document
from exbench.reading.errors import UnreadableDocument
from exbench.reading.ocr_pages import OCR_FAILED, OCR_PENDING, OCR_TIMEOUT, UNREAD_SCAN, ocr_pdf_page, raise_without_text
from exbench.steps.failures import LIMITED, limited

# pages left empty in a reading that is otherwise whole, and why
_UNREAD = {UNREADABLE_PAGE: "damaged", OCR_FAILED: "OCR failed", OCR_TIMEOUT: "OCR timed out", UNREAD_SCAN: "a scan, no OCR here"}


def page_record(page: PageText) -> dict[str, Any]:
    """A page as the text cache keeps it; OCRed pages keep their word confidences for the evidence."""
    record = {"page_number": page.page_number, "text": page.text, "language": page.language, "engine": page.engine}
    record |= {"ocr_reason": page.ocr_reason} if page.ocr_reason else {}
    record |= {"tables": [[list(row) for row in table] for table in page.tables]} if page.tables else {}
    if page.ocr_confidence is not None:
        record |= {"ocr_confidence": page.ocr_confidence, "ocr_words": [list(word) for word in page.ocr_words]}
    return record


def _quarantine(error: UnreadableDocument) -> dict[str, Any]:
    return {"status": "quarantined", "error_reason": error.reason, "error": str(error)}


def _partial(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """{"partial": ...} for a reading with pages left empty (and why), else nothing."""
    unread = [(page["page_number"], _UNREAD[page["engine"]]) for page in pages if page["engine"] in _UNREAD]
    if not unread:
        return {}
    listed = ", ".join(f"{number} ({why})" for number, why in unread[:20]) + (", ..." if len(unread) > 20 else "")
    return {
        "partial": {
            "pages": [number for number, _why in unread],
            "error": f"{len(unread)} of {len(pages)} pages could not be read: {listed}.",
        }
    }


def read_source(source: Source | Path, media_type: str, ocr: bool | None = None) -> dict[str, Any]:
    """Pages of one file already opened, or the reason it cannot be read; MemoryError and the time limit pass through."""
    try:
        title, pages = read_document(source, media_type, ocr)
    except UnreadableDocument as error:
        return _quarantine(error)
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop the run
        return {
            "status": "quarantined",
            "error_reason": "damaged",
            "error": f"The file could not be read: {type(error).__name__}: {error}"[:500],
        }
    if not any(page.text.strip() or page.engine == OCR_PENDING for page in pages):
        return {"status": "quarantined", "error_reason": "no_text", "error": "The file has no text to read."}
    records = [page_record(p) for p in pages]
    return {"status": "ok", "title": title, "pages": records, **_partial(records)}


def read_text(path: str, media_type: str, ocr: bool | None = None) -> dict[str, Any]:
    """Pages of one file, or the reason it cannot be read; scanned pages wait for OCR (see complete_with_ocr)."""
    try:
        return read_source(open_source(Path(path)), media_type, ocr)
    except OSError as error:
        return {"status": "quarantined", "error_reason": "damaged", "error": f"The file could not be opened: {error.strerror}."}
    except MemoryError:
        return {"status": "quarantined", "error_reason": "too_large", "error": "The file needs more memory than allowed."}


def pending_ocr_pages(result: dict[str, Any]) -> list[int]:
    """Numbers of the pages of a read document that wait for OCR."""
    return [page["page_number"] for page in result.get("pages", []) if page["engine"] == OCR_PENDING]


def ocr_page(path: str, page_number: int, timeout_s: int, sha256: str | None = None) -> dict[str, Any]:
    """Worker task: one scanned page read by OCR, as a page record, or why it could not be.

    With `sha256`, the page is rendered from bytes of that hash only: a file
    changed since its text layer was read gives {"status": "changed_while_read"}.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one Tesseract thread per worker: the pool already fills the cores
    try:
        source = open_source(Path(path))
        if sha256 and source.sha256 != sha256:
            return {"status": "changed_while_read"}
        return {"status": "ok", "page": page_record(ocr_pdf_page(source, page_number, timeout_s))}
    except RuntimeError as error:  # pytesseract stops Tesseract at the page time limit with this
        if "timeout" in str(error).lower():
            return {"status": "timeout"}
        return {"status": "failed", "error": str(error)[:300]}
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - one unreadable image must not lose the document
        return {"status": "failed", "error": f"{type(error).__name__}: {error}"[:300]}


def complete_with_ocr(
    result: dict[str, Any], ocr_results: dict[int, dict[str, Any]], limits: dict[str, int] | None = None
) -> dict[str, Any]:
    """The document with its pending pages replaced by what OCR read; quarantined if no page has text.

    A page the worker pool stopped for the memory budget makes the quarantine
    `too_large`, not `damaged`: the file is fine, and with `limits` kept (as for
    an OCR timeout) a run with a higher limit reads it again.
    """
    pages = []
    for page in result["pages"]:
        if page["engine"] == OCR_PENDING:
            done = ocr_results.get(page["page_number"], {})
            page = (
                done["page"]
                if done.get("status") == "ok"
                else {**page, "engine": OCR_TIMEOUT if done.get("status") == "timeout" else OCR_FAILED}
            )
        pages.append(page)
    if not any(page["text"].strip() for page in pages):
        try:
            raise_without_text([PageText.of(p["page_number"], "", None, p["engine"]) for p in pages])
        except UnreadableDocument as error:
            failures = [done["error"] for done in ocr_results.values() if done.get("error")]
            quarantined = _quarantine(error)
            stopped = [done for done in ocr_results.values() if done.get("error_reason") in LIMITED]
            if stopped and quarantined["error_reason"] != "timeout":  # the pool's limit, not a broken image
                quarantined = {**quarantined, "error_reason": stopped[0]["error_reason"], "error": stopped[0]["error"]}
            elif failures:  # what Tesseract said, so the reason can be acted on
                quarantined["error"] += f" ({failures[0]})"
            return {**quarantined, **limited(quarantined["error_reason"], limits)} if limits else quarantined
    title = result.get("title") or next(
        (line.strip()[:200] for p in pages for line in p["text"].splitlines() if line.strip()), None
    )
    whole = {key: value for key, value in result.items() if key != "partial"}
    return {**whole, "title": title, "pages": pages, **_partial(pages)}


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _tables(record: dict[str, Any]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """A page record's tables as the reader gave them (records cached before tables were read have none)."""
    return tuple(tuple(tuple(row) for row in table) for table in record.get("tables", ()))


def extract_facts(text_result: dict[str, Any], hints: dict[str, str]) -> dict[str, Any]:
    """Facts of one read document, as lists of rows per kind."""
    pages = [PageInput(p["page_number"], p["text"], p["language"], _tables(p)) for p in text_result["pages"]]
    cycle = hints.get("cycle_year")
    facts = extract_document(
        pages,
        title=hints.get("title") or text_result.get("title"),
        organization=hints.get("organization"),
        published_on=_parse_date(hints.get("published_on")),
        cycle_year=int(cycle) if cycle and cycle.isdigit() else None,
    )
    return dataclasses.asdict(facts)


def read_text_to_cache(
    path: str, media_type: str, out_path: str, ocr: bool | None = None, sha256: str | None = None
) -> dict[str, Any]:
    """Worker task: read one file and cache its pages; returns only the status (small to send back).

    The reading is kept under the hash of the bytes read. When they are not
    the registered `sha256` (the file changed since it was registered), it is
    kept under its own hash instead, where the run that registers the new
    content finds it, and nothing is written under the registered hash: the
    result is `changed_while_read`, for this run only. Restoring the old file
    then finds the old reading (or reads it again), never the new text.

    A document with pages waiting for OCR is kept beside the cache file
    (`pending_path`), not in it: the cache holds only finished readings, so a
    run stopped during OCR reads the document again next time. `stored` says
    whether a record was written; the parent writes one for what failed here.
    """
    from exbench.runtime.cache import cache_sibling, store

    target = Path(out_path)
    try:
        source = open_source(Path(path))
    except OSError as error:
        return changed_while_read(f"it could not be opened any more ({error.strerror}): moved, removed or made unreadable")
    result = read_source(source, media_type, ocr)
    pending = pending_ocr_pages(result)
    if not source.unchanged():
        return changed_while_read("it changed while it was being read")
    if sha256 and source.sha256 != sha256:
        if not pending:
            store(cache_sibling(target, source.sha256), result)
        return changed_while_read(f"its content is not the one registered (sha256 {sha256[:12]}..., now {source.sha256[:12]}...)")
    store(pending_path(target) if pending else target, result)
    status = "ocr_pending" if pending else result["status"]
    return {"status": status, "error_reason": result.get("error_reason"), "ocr_pages": pending, "stored": True}


def changed_while_read(why: str) -> dict[str, Any]:
    """The result of a reading whose file changed under it: quarantined for this run, read again on the next."""
    return {
        "status": "quarantined",
        "error_reason": "changed_while_read",
        "error": f"The file changed after it was registered: {why}. The next run reads it again.",
        "stored": False,
    }


def pending_path(cache_path: Path) -> Path:
    """Where a reading waiting for OCR is kept until its pages come back."""
    return cache_path.with_name(cache_path.stem + ".pending.json")


def extract_facts_to_cache(text_path: str, hints: dict[str, str], out_path: str) -> dict[str, Any]:
    """Worker task: extract the facts of one cached text and cache them, or cache why they could not be.

    A rule that raises on this document fails it alone and is remembered
    (a failure record, failures.py); the time limit and MemoryError pass
    through to the worker, and the parent writes their record.
    """
    from exbench.runtime.cache import load, store
    from exbench.steps.failures import facts_failure

    text_result = load(Path(text_path))
    if text_result is None:
        return {"status": "missing_text", "stored": False}
    try:
        facts = extract_facts(text_result, hints)
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - a rule that breaks on one document must not stop the run
        message = f"Fact extraction failed on this document: {type(error).__name__}: {error}"[:300]
        record = facts_failure({"error_reason": "crashed", "error": message}, {})
        store(Path(out_path), record)
        return {**record, "stored": True}
    store(Path(out_path), facts)
    return {"status": "ok", "metrics": len(facts["metrics"]), "stored": True}
