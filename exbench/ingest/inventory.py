"""Find the files of `raw/` and say what each one is, without reading its text.

The register is cheap (hash, size, media type, manifest hints) so every run can
afford it; the expensive reading is keyed by the hash it computes here. What
cannot be registered (a link that loops, a folder that cannot be listed, a file
gone before it was hashed) becomes a warning, never a failed run.
"""

from __future__ import annotations

import errno
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from exbench.ingest.manifest import MANIFEST_COLUMNS, MANIFEST_NAME, InputWarning, read_manifest, read_manifest_rows, shown
from exbench.ingest.media import sniff_media_type

__all__ = ["MANIFEST_COLUMNS", "MANIFEST_NAME", "Inventory", "RawFile", "printable_path", "read_manifest", "scan_raw"]

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class RawFile:
    """One file found under the raw folder, with what the manifest says of it."""

    relative_path: str  # valid UTF-8: bytes of a name that are not are shown as \xNN
    absolute_path: Path  # the real path, to read the file by
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


def printable_path(path: str) -> str:
    """The path as valid UTF-8: bytes of the name that are not UTF-8 shown as `\\xNN`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Walk:
    """The entries below a root, never following a link out of it or into a folder walked before."""

    def __init__(self, root: Path, label: str) -> None:
        self.root = str(root)
        self.label = label
        self.seen: set[tuple[int, int]] = set()  # (st_dev, st_ino) of the folders walked
        self.links: list[tuple[str, str]] = []  # links to folders inside root, walked after the real folders
        self.files: list[tuple[str, Path]] = []
        self.outside: list[tuple[str, Path]] = []
        self.warnings: list[InputWarning] = []

    def warn(self, relative: str, message: str) -> None:
        self.warnings.append(InputWarning(f"{self.label}/{printable_path(relative)}".rstrip("/"), None, None, message))

    def run(self) -> None:
        self.folder(self.root, "")
        while self.links:  # a linked folder is walked once, only if its real place was not walked
            self.links.sort()
            relative, target = self.links.pop(0)
            self.folder(target, relative)

    def folder(self, start: str, start_relative: str) -> None:
        pending = [(start, start_relative)]
        while pending:
            path, relative = pending.pop()
            try:
                stat = os.stat(path)
                if (stat.st_dev, stat.st_ino) in self.seen:
                    continue
                self.seen.add((stat.st_dev, stat.st_ino))
                with os.scandir(path) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as error:
                self.warn(relative, f"this folder could not be listed ({error.strerror or error}); its files were skipped")
                continue
            for entry in entries:
                child = f"{relative}/{entry.name}" if relative else entry.name
                if entry.name.startswith(".") or child in (MANIFEST_NAME, "corrections.csv"):  # inputs, not documents
                    continue
                try:
                    if entry.is_symlink():
                        self.link(entry.path, child)
                    elif entry.is_dir(follow_symlinks=False):
                        pending.append((entry.path, child))
                    elif entry.is_file(follow_symlinks=False):
                        self.files.append((child, Path(entry.path)))
                    else:
                        self.warn(child, "this is not a regular file (a pipe, socket or device); it was skipped")
                except OSError as error:
                    self.warn(child, f"this entry could not be examined ({error.strerror or error}); it was skipped")

    def link(self, path: str, relative: str) -> None:
        try:
            target = os.path.realpath(path, strict=True)
        except OSError as error:
            if error.errno == errno.ELOOP:
                self.warn(relative, "this symbolic link loops back on itself; it was skipped")
            elif error.errno in (errno.ENOENT, errno.ENOTDIR):
                self.warn(relative, "this symbolic link points to nothing (its target is missing); it was skipped")
            else:
                self.warn(relative, f"this symbolic link could not be followed ({error.strerror or error}); it was skipped")
            return
        if os.path.commonpath([self.root, target]) != self.root:
            self.outside.append((relative, Path(path)))
        elif os.path.isdir(target):
            self.links.append((relative, target))
        elif os.path.isfile(target):
            self.files.append((relative, Path(path)))
        else:
            self.warn(relative, "this symbolic link points to something that is not a regular file; it was skipped")


def _problem(size: int, media_type: str | None) -> str | None:
    if size == 0:
        return "empty"
    if size > MAX_FILE_BYTES:
        return "too_large"
    if media_type is None:
        return "unsupported_type"
    return None


def _register(relative: str, path: Path, hints: dict[str, str], known_hashes: dict[str, str], walk: _Walk) -> RawFile | None:
    """The file's entry; None (with a warning) when it is gone before it could be read."""
    name = printable_path(relative)
    try:
        stat = path.stat()
        stamp = f"{name}|{stat.st_size}|{stat.st_mtime_ns}"
        sha = known_hashes.get(stamp) or _hash_file(path)
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        walk.warn(relative, "the file disappeared while the raw folder was being read; it was skipped")
        return None
    except OSError:
        return RawFile(name, path, "", 0, None, hints, "unreadable_file")
    media_type = sniff_media_type(path, head)
    if name != relative:  # two names may escape alike, so the hash is not kept by name
        return RawFile(name, path, sha, stat.st_size, media_type, {}, "bad_file_name")
    known_hashes[stamp] = sha
    return RawFile(name, path, sha, stat.st_size, media_type, hints, _problem(stat.st_size, media_type))


def scan_raw(raw_dir: Path, known_hashes: dict[str, str] | None = None) -> Inventory:
    """Every regular file under raw_dir (any depth), sorted by path, and the warnings about the inputs.

    Links out of raw_dir are registered as `outside_raw`, not followed; a linked
    folder inside it is walked once. `known_hashes` maps "path|size|mtime_ns"
    to a SHA-256 computed before, so an unchanged file is not read again; it is
    updated in place.
    """
    known_hashes = {} if known_hashes is None else known_hashes
    root = raw_dir.resolve()
    label = root.name or str(root)  # how warnings name the raw folder: "raw/manifest.csv"
    manifest, warnings = read_manifest_rows(root, f"{label}/{MANIFEST_NAME}")
    walk = _Walk(root, label)
    walk.run()
    used: set[str] = set()

    def hints(relative: str) -> dict[str, str]:
        key = unicodedata.normalize("NFC", relative)
        if key in manifest:
            used.add(key)
            return manifest[key].hints
        return {}

    found: list[RawFile] = []
    for relative, path, outside in sorted(
        [(r, p, False) for r, p in walk.files] + [(r, p, True) for r, p in walk.outside], key=lambda e: PurePosixPath(e[0]).parts
    ):
        if outside:
            found.append(RawFile(printable_path(relative), path, "", 0, None, hints(relative), "outside_raw"))
        elif (raw := _register(relative, path, hints(relative), known_hashes, walk)) is not None:
            found.append(raw)
    for path, row in manifest.items():
        if path not in used:
            warnings.append(
                InputWarning(
                    f"{label}/{MANIFEST_NAME}",
                    row.row,
                    "path",
                    f"{shown(path)} matches no file in the raw folder; the row's hints were not used",
                )
            )
    warnings.sort(key=lambda w: w.row or 0)
    return Inventory(found, warnings + sorted(walk.warnings, key=lambda w: w.file))
