"""The two expensive steps for one document, as plain functions a worker process runs.

Both return JSON-ready dicts and never raise for a bad document: an unreadable
file becomes a result with its quarantine reason, so one file never stops a run.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from assets.extraction.document import extract_document
from assets.extraction.model import PageInput
from assets.reading import read_document
from assets.reading.errors import UnreadableDocument


def read_text(path: str, media_type: str) -> dict[str, Any]:
    """Pages of one file, or the reason it cannot be read."""
    try:
        title, pages = read_document(Path(path), media_type)
    except UnreadableDocument as error:
        return {"status": "quarantined", "error_reason": error.reason, "error": str(error)}
    except MemoryError:
        return {"status": "quarantined", "error_reason": "too_large", "error": "The file needs more memory than allowed."}
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop the run
        return {"status": "quarantined", "error_reason": "damaged", "error": f"The file could not be read: {type(error).__name__}: {error}"[:500]}
    if not any(page.text.strip() for page in pages):
        return {"status": "quarantined", "error_reason": "no_text", "error": "The file has no text to read."}
    return {
        "status": "ok",
        "title": title,
        "pages": [
            {
                "page_number": p.page_number, "text": p.text, "language": p.language, "engine": p.engine,
                **({"ocr_confidence": p.ocr_confidence, "ocr_words": [list(w) for w in p.ocr_words]} if p.ocr_confidence is not None else {}),
            }
            for p in pages
        ],
    }


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


def read_text_to_cache(path: str, media_type: str, out_path: str) -> dict[str, Any]:
    """Worker task: read one file and cache its pages; returns only the status (small to send back)."""
    from assets.store.cache import store

    result = read_text(path, media_type)
    store(Path(out_path), result)
    return {"status": result["status"], "error_reason": result.get("error_reason")}


def extract_facts_to_cache(text_path: str, hints: dict[str, str], out_path: str) -> dict[str, Any]:
    """Worker task: extract the facts of one cached text and cache them."""
    from assets.store.cache import load, store

    text_result = load(Path(text_path))
    if text_result is None:
        return {"status": "missing_text"}
    facts = extract_facts(text_result, hints)
    store(Path(out_path), facts)
    return {"status": "ok", "metrics": len(facts["metrics"])}
