"""Per-document results on disk, keyed by content hash and step version.

Files are written to a temporary name and renamed, so a run killed mid-write
never leaves a half file that a later run would trust.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def cache_file(cache_dir: Path, step: str, key: str) -> Path:
    """Where step `step` keeps the result for `key` (sharded by its first two characters)."""
    return cache_dir / step / key[:2] / f"{key}.json"


def cache_sibling(path: Path, key: str) -> Path:
    """Where the same step keeps the result for another key (`path` made by cache_file)."""
    return path.parent.parent / key[:2] / f"{key}.json"


def load(path: Path) -> dict[str, Any] | None:
    """The cached result, or None when absent or unreadable."""
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def store(path: Path, payload: dict[str, Any]) -> None:
    """Write atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, default=str)
    os.replace(temporary, path)
