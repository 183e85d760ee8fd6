"""The two expensive steps for one document, as plain functions a worker process runs.

Both return JSON-ready dicts and never raise for a bad document: an unreadable
file becomes a result with its quarantine reason, so one file never stops a run.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path
from typing import Any

from assets.extraction.document import extract_document
from assets.extraction.model import PageInput
from assets.reading import PageText, read_document
from assets.reading.errors import UnreadableDocument
from assets.reading.ocr_pages import OCR_FAILED, OCR_PENDING, OCR_TIMEOUT, ocr_pdf_page, raise_without_text


def page_record(page: PageText) -> dict[str, Any]:
    """A page as the text cache keeps it; OCRed pages keep their word confidences for the evidence."""
    record = {"page_number": page.page_number, "text": page.text, "language": page.language, "engine": page.engine}
    if page.ocr_confidence is not None:
        record |= {"ocr_confidence": page.ocr_confidence, "ocr_words": [list(word) for word in page.ocr_words]}
    return record


def _quarantine(error: UnreadableDocument) -> dict[str, Any]:
    return {"status": "quarantined", "error_reason": error.reason, "error": str(error)}


def read_text(path: str, media_type: str, ocr: bool | None = None) -> dict[str, Any]:
    """Pages of one file, or the reason it cannot be read; scanned pages wait for OCR (see complete_with_ocr)."""
    try:
        title, pages = read_document(Path(path), media_type, ocr)
    except UnreadableDocument as error:
        return _quarantine(error)
    except MemoryError:
        return {"status": "quarantined", "error_reason": "too_large", "error": "The file needs more memory than allowed."}
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop the run
        return {"status": "quarantined", "error_reason": "damaged", "error": f"The file could not be read: {type(error).__name__}: {error}"[:500]}
    if not any(page.text.strip() or page.engine == OCR_PENDING for page in pages):
        return {"status": "quarantined", "error_reason": "no_text", "error": "The file has no text to read."}
    return {"status": "ok", "title": title, "pages": [page_record(p) for p in pages]}


def pending_ocr_pages(result: dict[str, Any]) -> list[int]:
    """Numbers of the pages of a read document that wait for OCR."""
    return [page["page_number"] for page in result.get("pages", []) if page["engine"] == OCR_PENDING]


def ocr_page(path: str, page_number: int, timeout_s: int) -> dict[str, Any]:
    """Worker task: one scanned page read by OCR, as a page record, or why it could not be."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one Tesseract thread per worker: the pool already fills the cores
    try:
        return {"status": "ok", "page": page_record(ocr_pdf_page(Path(path), page_number, timeout_s))}
    except RuntimeError as error:  # pytesseract stops Tesseract at the page time limit with this
        if "timeout" in str(error).lower():
            return {"status": "timeout"}
        return {"status": "failed", "error": str(error)[:300]}
    except Exception as error:  # noqa: BLE001 - one unreadable image must not lose the document
        return {"status": "failed", "error": f"{type(error).__name__}: {error}"[:300]}


def complete_with_ocr(result: dict[str, Any], ocr_results: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """The document with its pending pages replaced by what OCR read; quarantined if no page has text."""
    pages = []
    for page in result["pages"]:
        if page["engine"] == OCR_PENDING:
            done = ocr_results.get(page["page_number"], {})
            page = done["page"] if done.get("status") == "ok" else {**page, "engine": OCR_TIMEOUT if done.get("status") == "timeout" else OCR_FAILED}
        pages.append(page)
    if not any(page["text"].strip() for page in pages):
        try:
            raise_without_text([PageText.of(p["page_number"], "", None, p["engine"]) for p in pages])
        except UnreadableDocument as error:
            failures = [done["error"] for done in ocr_results.values() if done.get("error")]
            quarantined = _quarantine(error)
            if failures:  # what Tesseract said, so the reason can be acted on
                quarantined["error"] += f" ({failures[0]})"
            return quarantined
    title = result.get("title") or next((line.strip()[:200] for p in pages for line in p["text"].splitlines() if line.strip()), None)
    return {**result, "title": title, "pages": pages}


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def extract_facts(text_result: dict[str, Any], hints: dict[str, str]) -> dict[str, Any]:
    """Facts of one read document, as lists of rows per kind."""
    pages = [PageInput(p["page_number"], p["text"], p["language"]) for p in text_result["pages"]]
    cycle = hints.get("cycle_year")
    facts = extract_document(
        pages,
        title=hints.get("title") or text_result.get("title"),
        organization=hints.get("organization"),
        published_on=_parse_date(hints.get("published_on")),
        cycle_year=int(cycle) if cycle and cycle.isdigit() else None,
    )
    return dataclasses.asdict(facts)


def read_text_to_cache(path: str, media_type: str, out_path: str, ocr: bool | None = None) -> dict[str, Any]:
    """Worker task: read one file and cache its pages; returns only the status (small to send back).

    A document with pages waiting for OCR is kept beside the cache file
    (`pending_path`), not in it: the cache holds only finished readings, so a
    run stopped during OCR reads the document again next time.
    """
    from assets.store.cache import store

    result = read_text(path, media_type, ocr)
    pending = pending_ocr_pages(result)
    store(pending_path(Path(out_path)) if pending else Path(out_path), result)
    return {"status": "ocr_pending" if pending else result["status"], "error_reason": result.get("error_reason"), "ocr_pages": pending}


def pending_path(cache_path: Path) -> Path:
    """Where a reading waiting for OCR is kept until its pages come back."""
    return cache_path.with_name(cache_path.stem + ".pending.json")


def extract_facts_to_cache(text_path: str, hints: dict[str, str], out_path: str) -> dict[str, Any]:
    """Worker task: extract the facts of one cached text and cache them."""
    from assets.store.cache import load, store

    text_result = load(Path(text_path))
    if text_result is None:
        return {"status": "missing_text"}
    facts = extract_facts(text_result, hints)
    store(Path(out_path), facts)
    return {"status": "ok", "metrics": len(facts["metrics"])}
