"""A document's cached text and facts records, checked before they are staged.

The text cache says whether a document could be read; the facts cache may say
that extraction failed (a timeout, a crash, a document too large) instead of
holding facts. Either way the document is quarantined with a reason a person
can act on (assert_quarantine_has_reason), and a record that is not in the
shape the reader writes counts as damaged rather than stopping the build.
"""

from __future__ import annotations

from typing import Any

from exbench.warehouse.coerce import INT32_MAX, clean, shown

_UNREADABLE = {"status": "quarantined", "pages": [], "title": None, "error_reason": "damaged"}


def _pages_problem(pages: object) -> str | None:
    """What makes the pages of a text cache record unusable, else None."""
    if not isinstance(pages, list):
        return "it has no list of pages"
    numbers = set()
    for page in pages:
        if not isinstance(page, dict):
            return "a page is not an object"
        number = page.get("page_number")
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= INT32_MAX or number in numbers:
            return f"page number {shown(number)} is not a new whole number from 1"
        numbers.add(number)
        if not isinstance(page.get("text"), str) or not all(
            isinstance(page.get(k), (str, type(None))) for k in ("language", "engine")
        ):
            return f"page {number} has no text, or a language or engine that is not text"
        confidence, words = page.get("ocr_confidence"), page.get("ocr_words")
        if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, (int, float))):
            return f"page {number} has an OCR confidence that is not a number"
        if words is not None and not (
            isinstance(words, list)
            and all(
                isinstance(w, (list, tuple)) and len(w) >= 3 and all(isinstance(n, (int, float)) for n in w[:3]) for w in words
            )
        ):
            return f"page {number} has OCR words that are not (start, end, confidence)"
    return None


def reading_of(result: object) -> dict[str, Any]:
    """The text cache record, checked: ok with well-formed pages, else quarantined with a reason a person can act on."""
    if not isinstance(result, dict):
        return {**_UNREADABLE, "error": "The text cache could not be read."}
    if result.get("status") != "ok":
        return {
            "status": "quarantined",
            "pages": [],
            "title": None,
            "error_reason": _filled(result.get("error_reason"), "damaged"),
            "error": _filled(result.get("error"), "The document could not be read."),
        }
    problem = _pages_problem(result.get("pages"))
    if problem:
        return {**_UNREADABLE, "error": f"The text cache could not be read: {problem}."}
    pages = [{**page, "text": clean(page["text"])} for page in result["pages"]]
    partial = result.get("partial") if isinstance(result.get("partial"), dict) else None
    return {
        "status": "ok",
        "pages": pages,
        "title": safe_text(result.get("title")),
        "error_reason": "partial" if partial else None,
        "error": _filled(partial.get("error"), "Some pages could not be read.") if partial else None,
    }


def _filled(value: object, default: str) -> str:
    """A quarantine reason or message as text, never empty (assert_quarantine_has_reason)."""
    return clean(value) if isinstance(value, str) and value.strip() else default


def safe_text(value: object) -> str | None:
    """A string from the cache, or None for anything else."""
    return clean(value) if isinstance(value, str) else None


def failure_of(facts: object) -> dict[str, str] | None:
    """The reason of a facts record that says extraction failed (timeout, crash, too large), else None."""
    if not isinstance(facts, dict) or facts.get("status") in (None, "ok"):
        return None
    return {
        "error_reason": _filled(facts.get("error_reason"), "extraction_failed"),
        "error": _filled(facts.get("error"), "The facts of the document could not be extracted."),
    }
