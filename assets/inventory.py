"""Find the files of `raw/` and say what each one is, without reading its text.

The register is cheap (hash, size, media type, manifest hints) so every run can
afford it; the expensive reading is keyed by the hash it computes here.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from assets.raw_manifest import MANIFEST_COLUMNS, MANIFEST_NAME, InputWarning, read_manifest, read_manifest_rows, shown
from assets.reading.media import sniff_media_type

__all__ = ["MANIFEST_COLUMNS", "MANIFEST_NAME", "Inventory", "RawFile", "read_manifest", "scan_raw"]

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class RawFile:
    """One file found under the raw folder, with what the manifest says of it."""

    relative_path: str
    absolute_path: Path
    sha256: str
    size_bytes: int
    media_type: str | None
    hints: dict[str, str] = field(default_factory=dict)
    problem: str | None = None  # a reason to quarantine before reading

    @property
    def content_id(self) -> str:
        """Stable id of the bytes: the same file renamed keeps its id."""
        return self.sha256[:16]


@dataclass(frozen=True)
class Inventory:
    """The files of the raw folder, sorted by path, and what was wrong with the inputs."""

    files: list[RawFile]
    warnings: list[InputWarning]


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return True


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_raw(raw_dir: Path, known_hashes: dict[str, str] | None = None) -> Inventory:
    """Every regular file under raw_dir (any depth), sorted by path, and the warnings about the inputs; links
    out of raw_dir are not followed.

    `known_hashes` maps "path|size|mtime_ns" to a SHA-256 computed before, so an
    unchanged file is not read again; it is updated in place.
    """
    known_hashes = {} if known_hashes is None else known_hashes
    root = raw_dir.resolve()
    label = root.name or str(root)  # how warnings name the raw folder: "raw/manifest.csv"
    manifest, warnings = read_manifest_rows(root, f"{label}/{MANIFEST_NAME}")
    used: set[str] = set()

    def hints(relative: str) -> dict[str, str]:
        key = unicodedata.normalize("NFC", relative)
        if key in manifest:
            used.add(key)
            return manifest[key].hints
        return {}

    found: list[RawFile] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if relative == MANIFEST_NAME or any(part.startswith(".") for part in Path(relative).parts):
            continue
        if path.is_symlink() and not _inside(path, root):
            found.append(RawFile(relative, path, "", 0, None, hints(relative), "outside_raw"))
            continue
        if not path.is_file():
            continue
        stat = path.stat()
        size = stat.st_size
        stamp = f"{relative}|{size}|{stat.st_mtime_ns}"
        sha = known_hashes.get(stamp) or _hash_file(path)
        known_hashes[stamp] = sha
        with path.open("rb") as handle:
            head = handle.read(1024)
        media_type = sniff_media_type(path, head)
        problem = None
        if size == 0:
            problem = "empty"
        elif size > MAX_FILE_BYTES:
            problem = "too_large"
        elif media_type is None:
            problem = "unsupported_type"
        found.append(RawFile(relative, path, sha, size, media_type, hints(relative), problem))
    for path, row in manifest.items():
        if path not in used:
            warnings.append(InputWarning(f"{label}/{MANIFEST_NAME}", row.row, "path",
                                         f"{shown(path)} matches no file in the raw folder; the row's hints were not used"))
    warnings.sort(key=lambda w: w.row or 0)
    return Inventory(found, warnings)
