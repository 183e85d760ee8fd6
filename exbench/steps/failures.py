"""Failures of per-document work as cache records, so a failure is remembered and not met again every run.

A reading or an extraction that fails (the document's own fault: a crash, a
time limit, the memory budget) is written where its result would have gone,
keyed like a result by content hash and step version, so the next run reuses
the failure instead of spending the same minutes or gigabytes again. It is
tried again when the file, the code of the step or the limit it hit changes:
a record stopped by a limit keeps that limit, and a run with a higher one
(EXBENCH_DOCUMENT_SECONDS, EXBENCH_OCR_PAGE_SECONDS, EXBENCH_MEMORY_MB) tries
again. A scan none of whose pages OCR could finish is such a record too.

Records (the keys other code reads are fixed):
- text: {"status": "quarantined", "error_reason": <code>, "error": <sentence>, "limits"?: {...}}
- facts: {"status": "failed", "error_reason": <code>, "error": <sentence>, "limits"?: {...}}

`changed_while_read` is not a fact about the content: it is never kept under
a content hash (see processing.read_text_to_cache).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exbench.runtime.cache import load

TRANSIENT = frozenset({"changed_while_read"})  # says nothing about the content: read again next run
LIMITED = frozenset({"timeout", "too_large"})  # a higher limit may let it through
_RECORD_BYTES = 1024  # failure records are a few hundred bytes; bigger files are readings, never retried


def limited(reason: str, limits: dict[str, int]) -> dict[str, Any]:
    """{"limits": ...} for a failure a higher limit may let through, else nothing."""
    return {"limits": limits} if reason in LIMITED else {}


def _failure(status: str, default_error: str, result: dict[str, Any], limits: dict[str, int]) -> dict[str, Any]:
    reason = result.get("error_reason") or "crashed"
    return {"status": status, "error_reason": reason, "error": result.get("error") or default_error, **limited(reason, limits)}


def text_failure(result: dict[str, Any], limits: dict[str, int]) -> dict[str, Any]:
    """The text cache record of a reading that failed in its worker (timeout, crash, memory)."""
    return _failure("quarantined", "The document could not be read.", result, limits)


def facts_failure(result: dict[str, Any], limits: dict[str, int]) -> dict[str, Any]:
    """The facts cache record of an extraction that failed (timeout, crash, memory)."""
    return _failure("failed", "The facts could not be extracted.", result, limits)


def reusable(path: Path, limits: dict[str, int]) -> bool:
    """Whether a cached result stands: any reading or facts, and a failure unless this run raised the limit it hit."""
    try:
        if path.stat().st_size > _RECORD_BYTES:
            return True
    except OSError:
        return False
    record = load(path)
    if record is None:
        return False
    hit = record.get("limits")
    if record.get("status") not in ("quarantined", "failed") or not isinstance(hit, dict):
        return True
    raised = {key for key in limits if key in hit and limits[key] > hit[key]}
    reason = record.get("error_reason")
    if reason == "timeout":  # the document's time or, for a scan, a page's OCR time
        return not raised & {"seconds", "ocr_page_seconds"}
    if reason == "too_large":
        return "memory_mb" not in raised
    return True
