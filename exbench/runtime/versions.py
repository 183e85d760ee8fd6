"""Versions of the expensive per-document steps, derived from their code and data.

Editing the reader or the extractor (code or lexicon) changes its version, so
the cache of exactly that step is redone and nothing else.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_LIBRARY = Path(__file__).resolve().parent.parent  # exbench/


def _digest(*places: Path) -> str:
    digest = hashlib.sha256()
    for place in places:
        for path in sorted(place.rglob("*")) if place.is_dir() else [place]:
            if path.suffix in (".py", ".json", ".npz") and path.is_file():
                digest.update(path.relative_to(_LIBRARY).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def reader_version() -> str:
    """Version of the text reading (exbench/reading and the reading task), and of the OCR engine when one is installed.

    Installing or upgrading Tesseract changes it, so documents once quarantined
    as needing OCR are read again.
    """
    from exbench.reading.ocr_engine import ocr_engine

    return _reader_version(ocr_engine() or "no-ocr")


@lru_cache(maxsize=4)
def _reader_version(engine: str) -> str:
    return "r1-" + _digest(_LIBRARY / "reading", _LIBRARY / "steps" / "tasks.py") + "-" + hashlib.sha256(engine.encode()).hexdigest()[:6]


@lru_cache(maxsize=None)
def extractor_version() -> str:
    """Version of the fact extraction (exbench/extraction and its lexicons)."""
    return "x1-" + _digest(_LIBRARY / "extraction")
