"""The run's register of documents, shared by the per-document assets through files.

Assets hand each other small JSON files in the stage folder rather than
in-memory values, so any Dagster executor (in-process, multiprocess, remote)
runs them the same way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from exbench.ingest.inventory import RawFile, printable_path
from exbench.ingest.manifest import InputWarning
from exbench.runtime.cache import load, store
from exbench.runtime.shards import shard_of


def stage_dir(cache_dir: Path) -> Path:
    """Where the current run keeps its hand-over files."""
    return cache_dir / "stage"


def document_id(raw: RawFile, taken: set[str]) -> str:
    """The content id, or (for a second copy of the same bytes) one salted with the path."""
    candidate = raw.content_id if raw.sha256 else hashlib.sha256(raw.relative_path.encode()).hexdigest()[:16]
    if candidate in taken:
        candidate = hashlib.sha256((raw.sha256 + raw.relative_path).encode()).hexdigest()[:16]
    if candidate in taken:  # two file names that are not UTF-8 and read alike once escaped: their real bytes differ
        candidate = hashlib.sha256(raw.sha256.encode() + os.fsencode(raw.absolute_path)).hexdigest()[:16]
    taken.add(candidate)
    return candidate


def _warning_row(warning: InputWarning | dict[str, Any]) -> dict[str, Any]:
    row = warning.as_dict() if isinstance(warning, InputWarning) else dict(warning)
    return {key: row.get(key) for key in ("file", "row", "column", "message")}


def save_register(
    cache_dir: Path, files: list[RawFile], warnings: Iterable[InputWarning | dict[str, Any]] = ()
) -> list[dict[str, Any]]:
    """Write the register of this run, with the warnings about its inputs; returns its rows.

    Args:
        cache_dir: the run's cache folder.
        files: the files found in the raw folder.
        warnings: problems with the inputs that did not stop the build, as InputWarning or dicts with keys
            file, row, column, message (row and column None when the warning is not about a manifest cell).
    """
    taken: set[str] = set()
    rows = []
    for raw in files:
        row = dataclasses.asdict(raw)
        row["absolute_path"] = printable_path(str(raw.absolute_path))
        row["document_id"] = document_id(raw, taken)
        row["source_path"] = raw.relative_path
        rows.append(row)
    store(stage_dir(cache_dir) / "register.json", {"documents": rows, "warnings": [_warning_row(w) for w in warnings]})
    return rows


def load_register(cache_dir: Path) -> list[dict[str, Any]]:
    """Rows of the register the documents asset wrote."""
    payload = load(stage_dir(cache_dir) / "register.json")
    if payload is None:
        raise FileNotFoundError("No document register: materialize raw_documents first.")
    return payload["documents"]


def load_input_warnings(cache_dir: Path) -> list[dict[str, Any]]:
    """The warnings about the inputs the documents asset met: dicts with keys file, row, column, message."""
    payload = load(stage_dir(cache_dir) / "register.json")
    if payload is None:
        raise FileNotFoundError("No document register: materialize raw_documents first.")
    return payload.get("warnings", [])


def hints_key(hints: dict[str, str]) -> str:
    """A short hash of the manifest hints that facts depend on."""
    return hashlib.sha256(json.dumps(hints, sort_keys=True).encode()).hexdigest()[:8]


def save_by_shard(cache_dir: Path, name: str, shards: list[str], index: dict[str, str]) -> None:
    """Map document_id -> cache file of one step, a file per shard of the run (empty for a shard without
    documents), so shards run apart can be merged by the next asset."""
    for shard in shards:
        part = {doc: path for doc, path in index.items() if shard_of(doc) == shard}
        store(stage_dir(cache_dir) / "shards" / shard / f"{name}.json", part)


def load_index(cache_dir: Path, name: str, shards: list[str]) -> dict[str, str]:
    """The maps written by save_by_shard for the given shards, merged; a shard never run adds nothing."""
    merged: dict[str, str] = {}
    for shard in shards:
        merged.update(load(stage_dir(cache_dir) / "shards" / shard / f"{name}.json") or {})
    return merged
