"""The bytes of a file as they were read, with their hash, so a reading is kept under the content it came from.

A file that changes between its registration and its reading must not have
its new text stored under its old hash. Files up to IN_MEMORY_BYTES (every
document seen so far) are read once into memory, hashed, and parsed from
those very bytes. A bigger file is hashed through an open handle and parsed
from its path; its identity (inode, size, modification time) is compared
before and after, so a change during the reading is noticed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

IN_MEMORY_BYTES = 32 * 1024 * 1024
_BLOCK = 1 << 20


def _identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


@dataclass(frozen=True)
class Source:
    """A file to read: its bytes when small (`data`), else only its path; `sha256` of what was read."""

    path: Path
    sha256: str
    data: bytes | None
    identity: tuple[int, int, int, int]

    def read_bytes(self) -> bytes:
        """The bytes to parse: those hashed, when they were kept."""
        return self.data if self.data is not None else self.path.read_bytes()

    def unchanged(self) -> bool:
        """Whether the file is still what was hashed (always, when its bytes were kept)."""
        if self.data is not None:
            return True
        try:
            return _identity(os.stat(self.path)) == self.identity
        except OSError:
            return False


def open_source(path: Path) -> Source:
    """The file's bytes (when small) and hash; OSError when it cannot be opened."""
    with path.open("rb") as handle:
        identity = _identity(os.fstat(handle.fileno()))
        if identity[2] <= IN_MEMORY_BYTES:
            data = handle.read()
            return Source(path, hashlib.sha256(data).hexdigest(), data, identity)
        digest = hashlib.sha256()
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
    return Source(path, digest.hexdigest(), None, identity)
