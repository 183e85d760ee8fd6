"""Versions of the expensive per-document steps, derived from their code and data.

Editing the reader or the extractor (code or lexicon) changes its version, so
the cache of exactly that step is redone and nothing else. Both read language
knowledge (exbench/language): its code is part of both versions, its lexicons
only of the extractor's.
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from pathlib import Path

_LIBRARY = Path(__file__).resolve().parent.parent  # exbench/
_LANGUAGE_CODE = sorted((_LIBRARY / "language").glob("*.py"))  # detection, digits, letter forms: reading needs them


def _digest(*places: Path) -> str:
    digest = hashlib.sha256()
    for place in places:
        for path in sorted(place.rglob("*")) if place.is_dir() else [place]:
            if path.suffix in (".py", ".json", ".npz", ".csv") and path.is_file():
                name = path.relative_to(_LIBRARY).as_posix() if path.is_relative_to(_LIBRARY) else path.name
                digest.update(name.encode())
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
    places = (_LIBRARY / "reading", _LIBRARY / "steps" / "tasks.py", *_LANGUAGE_CODE)
    return "r1-" + _digest(*places) + "-" + hashlib.sha256(engine.encode()).hexdigest()[:6]


@cache
def extractor_version() -> str:
    """Version of the fact extraction (exbench/extraction, exbench/language with its lexicons, and the metric
    catalog, whose units the extractor reads)."""
    from exbench.reference import seed_file

    return "x1-" + _digest(_LIBRARY / "extraction", _LIBRARY / "language", seed_file("metric_catalog"))
