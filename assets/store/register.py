"""The run's register of documents, shared by the per-document assets through files.

Assets hand each other small JSON files in the stage folder rather than
in-memory values, so any Dagster executor (in-process, multiprocess, remote)
runs them the same way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from assets.inventory import RawFile
from assets.store.cache import load, store


def stage_dir(cache_dir: Path) -> Path:
    """Where the current run keeps its hand-over files."""
    return cache_dir / "stage"


def document_id(raw: RawFile, taken: set[str]) -> str:
    """The content id, or (for a second copy of the same bytes) one salted with the path."""
    candidate = raw.content_id if raw.sha256 else hashlib.sha256(raw.relative_path.encode()).hexdigest()[:16]
    if candidate in taken:
        candidate = hashlib.sha256((raw.sha256 + raw.relative_path).encode()).hexdigest()[:16]
    taken.add(candidate)
    return candidate


def save_register(cache_dir: Path, files: list[RawFile]) -> list[dict[str, Any]]:
    """Write the register of this run; returns its rows."""
    taken: set[str] = set()
    rows = []
    for raw in files:
        row = dataclasses.asdict(raw)
        row["absolute_path"] = str(raw.absolute_path)
        row["document_id"] = document_id(raw, taken)
        row["source_path"] = raw.relative_path
        rows.append(row)
    store(stage_dir(cache_dir) / "register.json", {"documents": rows})
    return rows


def load_register(cache_dir: Path) -> list[dict[str, Any]]:
    """Rows of the register the documents asset wrote."""
    payload = load(stage_dir(cache_dir) / "register.json")
    if payload is None:
        raise FileNotFoundError("No document register: materialize raw_documents first.")
    return payload["documents"]


def hints_key(hints: dict[str, str]) -> str:
    """A short hash of the manifest hints that facts depend on."""
    return hashlib.sha256(json.dumps(hints, sort_keys=True).encode()).hexdigest()[:8]


def save_index(cache_dir: Path, name: str, index: dict[str, str]) -> None:
    """Map document_id -> cache file of one step, for the next asset."""
    store(stage_dir(cache_dir) / f"{name}.json", index)


def load_index(cache_dir: Path, name: str) -> dict[str, str]:
    """The map written by save_index."""
    payload = load(stage_dir(cache_dir) / f"{name}.json")
    if payload is None:
        raise FileNotFoundError(f"No {name} index: materialize the upstream asset first.")
    return payload
