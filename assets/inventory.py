"""Find the files of `raw/` and say what each one is, without reading its text.

The register is cheap (hash, size, media type, manifest hints) so every run can
afford it; the expensive reading is keyed by the hash it computes here.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from assets.reading.media import sniff_media_type

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("source_url", "published_on", "doc_kind", "organization", "cycle_year")
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


def read_manifest(raw_dir: Path) -> dict[str, dict[str, str]]:
    """Rows of raw/manifest.csv keyed by their path relative to raw/."""
    manifest = raw_dir / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    rows: dict[str, dict[str, str]] = {}
    with manifest.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            path = (row.get("path") or "").strip()
            if path:
                rows[Path(path).as_posix()] = {
                    key: (row.get(key) or "").strip() for key in MANIFEST_COLUMNS if (row.get(key) or "").strip()
                }
    return rows


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


def scan_raw(raw_dir: Path, known_hashes: dict[str, str] | None = None) -> list[RawFile]:
    """Every regular file under raw_dir (any depth), sorted by path; links out of raw_dir are not followed.

    `known_hashes` maps "path|size|mtime_ns" to a SHA-256 computed before, so an
    unchanged file is not read again; it is updated in place.
    """
    known_hashes = {} if known_hashes is None else known_hashes
    root = raw_dir.resolve()
    manifest = read_manifest(root)
    found: list[RawFile] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if relative == MANIFEST_NAME or any(part.startswith(".") for part in Path(relative).parts):
            continue
        if path.is_symlink() and not _inside(path, root):
            found.append(RawFile(relative, path, "", 0, None, manifest.get(relative, {}), "outside_raw"))
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
        found.append(RawFile(relative, path, sha, size, media_type, manifest.get(relative, {}), problem))
    return found
