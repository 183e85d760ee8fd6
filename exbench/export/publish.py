"""Publish a pack folder whole or not at all, and retire the packs of scopes that are gone.

A pack is written into a hidden folder beside its place, flushed to disk, then
swapped with the old pack in one step (renameat2 RENAME_EXCHANGE on Linux;
elsewhere two renames, the old pack put back if the second fails). A failure
before the swap removes the new folder and leaves the old pack as it was.
Files a person added to a pack folder are carried over to the new pack and
never deleted: only files a pack's manifest names are ExBench's.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import duckdb

from exbench.export.scope import ExportError, is_folder_name
from exbench.warehouse.sql import sql_text

PACK_FILES = tuple(
    f"{stem}.{kind}" for stem in ("benchmark", "indicators", "findings", "metrics") for kind in ("csv", "xlsx")
) + ("README.txt", "manifest.json")
GENERATOR = "exbench"
_CYCLE = re.compile(r"[0-9]{4}")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@lru_cache(maxsize=1)
def _renameat2():
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step; False where the system or file system cannot."""
    rename = _renameat2()
    if rename is None:
        return False
    if rename(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def revision_notice(con: duckdb.DuckDBPyConnection, scheme: str, cycle: int, blind: bool = False) -> dict:
    """What a pack's manifest says of its build's history: the build it supersedes, the changes that touch
    its scheme and cycle (meta.revisions), and whether it holds only facts a person reviewed.

    A blind pack names no build and no organization, so it gets the count of changes only.
    """
    notice: dict = {"facts": "all"}
    try:
        filtered = con.execute("select facts from meta.export_facts").fetchall()
        notice["facts"] = filtered[0][0] if filtered else "all"
    except duckdb.Error:
        pass
    try:
        previous = con.execute("select any_value(build_id) from meta.supersedes").fetchone()[0]
        cursor = con.execute(sql_text("exports/select_revisions.sql"), {"scheme": scheme, "cycle": cycle})
        columns = [d[0] for d in cursor.description]
        changes = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    except duckdb.Error:
        return notice
    if blind:
        return {**notice, "changes_count": len(changes)}
    return {**notice, "supersedes": previous, "changes": changes}


def _sibling(target: Path, role: str) -> Path:
    return target.parent / f".{target.name}.exbench-{role}-{secrets.token_hex(4)}"


def _sync(folder: Path) -> None:
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _swap(new: Path, target: Path) -> Path | None:
    """Put `new` at `target`; returns where the old pack now is (None when there was none)."""
    if not os.path.lexists(target):
        try:
            os.rename(new, target)
            return None
        except OSError as error:
            if error.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise
    if target.is_symlink() or not target.is_dir():
        raise ExportError(f"{target} is not a folder: export refused")
    if exchange(new, target):
        return new
    aside = _sibling(target, "old")
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(aside, target)
        raise
    return aside


def read_manifest(folder: Path) -> dict | None:
    """The manifest of a pack folder, or None when it has none that reads."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def own_files(manifest: dict | None) -> set[str]:
    """The file names a pack's manifest says ExBench wrote (the pack files when it says nothing)."""
    listed = (manifest or {}).get("files") or []
    names = {f.get("file") for f in listed if isinstance(f, dict)}
    # a manifest is a file anyone could edit: only plain names inside the pack folder count
    return set(PACK_FILES) | {n for n in names if isinstance(n, str) and n not in ("", ".", "..") and Path(n).name == n}


def _retire(old: Path, target: Path) -> None:
    """Empty the old pack: its own files deleted, a person's files moved to the new pack."""
    own = own_files(read_manifest(old))
    for entry in sorted(old.iterdir()):
        if entry.name in own and not entry.is_dir():
            entry.unlink()
        elif not os.path.lexists(target / entry.name):
            os.rename(entry, target / entry.name)
    try:
        old.rmdir()
    except OSError:
        pass  # a person's file whose name the new pack took stays in the hidden folder rather than being lost


@contextmanager
def staged(target: Path) -> Iterator[Path]:
    """A new folder beside `target` to write a pack into; it replaces `target` when the block ends without error."""
    created = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    target.parent.mkdir(parents=True, exist_ok=True)
    new = _sibling(target, "new")
    new.mkdir()
    try:
        yield new
        _sync(new)
        old = _swap(new, target)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        for folder in created:  # deepest first: the folders made for this pack, when still empty
            try:
                folder.rmdir()
            except OSError:
                break
        raise
    _sync_folder(target.parent)
    if old is not None:
        _retire(old, target)


def is_pack(manifest: dict | None, scheme: str, cycle: str, blind: bool = False) -> bool:
    """True when the manifest is one ExBench wrote for this scheme and cycle."""
    if not manifest or not (manifest.get("generator") == GENERATOR or {"exbench_version", "files"} <= manifest.keys()):
        return False
    return manifest.get("scheme") == scheme and str(manifest.get("cycle_year")) == cycle and bool(manifest.get("blind")) == blind


def remove_stale_packs(exports_dir: Path, keep: Iterable[tuple[str, int]]) -> list[str]:
    """Remove the named packs ExBench wrote whose scope is not in `keep`; returns their 'scheme/cycle'."""
    wanted = {(scheme, str(cycle)) for scheme, cycle in keep}
    removed: list[str] = []
    if not exports_dir.is_dir():
        return removed
    for scheme_dir in sorted(exports_dir.iterdir()):
        if scheme_dir.is_symlink() or not scheme_dir.is_dir() or not is_folder_name(scheme_dir.name):
            continue
        before = len(removed)
        for pack in sorted(scheme_dir.iterdir()):
            if (
                pack.is_symlink()
                or not pack.is_dir()
                or not _CYCLE.fullmatch(pack.name)
                or (scheme_dir.name, pack.name) in wanted
            ):
                continue
            manifest = read_manifest(pack)
            if is_pack(manifest, scheme_dir.name, pack.name):
                _remove_pack(pack, own_files(manifest))
                removed.append(f"{scheme_dir.name}/{pack.name}")
        if len(removed) > before and not any(scheme_dir.iterdir()):
            scheme_dir.rmdir()
    return removed


def _remove_pack(pack: Path, own: set[str]) -> None:
    if all(entry.name in own and not entry.is_dir() for entry in pack.iterdir()):
        aside = _sibling(pack, "gone")
        os.rename(pack, aside)
        shutil.rmtree(aside)
        return
    for name in sorted(own, key=lambda n: n == "manifest.json"):
        path = pack / name
        if path.is_file() and not path.is_symlink():
            path.unlink()
