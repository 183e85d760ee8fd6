"""Register the files of raw/: hash, media type and manifest hints, with the warnings about the inputs.

Cheap enough for every run: a file's hash is reused while its path, size and
modification time are the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from exbench.ingest.inventory import scan_raw
from exbench.ingest.manifest import InputWarning
from exbench.runtime.cache import load, store
from exbench.runtime.register import save_register
from exbench.settings import Settings


class RawFolderMissing(FileNotFoundError):
    """The raw folder does not exist."""


@dataclass(frozen=True)
class Registered:
    """What the register holds after this run's scan."""

    rows: list[dict[str, Any]]
    warnings: list[InputWarning]


def register_files(settings: Settings) -> Registered:
    """Scan raw/, keep the hashes for next time and write the register the per-document steps read."""
    if not settings.raw_dir.is_dir():
        raise RawFolderMissing(f"The raw folder {settings.raw_dir} does not exist.")
    hashes_path = settings.cache_dir / "file-hashes.json"
    hashes = load(hashes_path) or {}
    inventory = scan_raw(settings.raw_dir, hashes)
    present = {f.relative_path for f in inventory.files}
    store(hashes_path, {key: value for key, value in hashes.items() if key.rsplit("|", 2)[0] in present})
    return Registered(save_register(settings.cache_dir, inventory.files, inventory.warnings), inventory.warnings)
