"""One build at a time per warehouse: an advisory lock file beside it.

A second `exbench run`, or a Dagster-launched build, on the same warehouse
waits, and says so, instead of racing the first one for the build file. The
operating system drops the lock when its holder dies, so a killed run never
leaves a stale lock behind. The lock is re-entrant within a thread: `exbench
run` holds it for the whole run while its in-process steps take it again;
another thread of the same process waits like another process.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

_HELD: dict[tuple[Path, int], int] = {}  # (lock file, thread) -> depth, for the locks this process holds


def lock_path(warehouse: Path) -> Path:
    """The lock file of a warehouse."""
    return warehouse.with_name(warehouse.name + ".lock")


@contextmanager
def build_lock(warehouse: Path, on_wait: Callable[[str], None] | None = None, poll_s: float = 1.0) -> Iterator[None]:
    """Hold the build lock of `warehouse` for the duration of the block (again, if this thread holds it)."""
    path = lock_path(warehouse.resolve())
    holder = (path, threading.get_ident())
    if _HELD.get(holder):
        _HELD[holder] += 1
        try:
            yield
        finally:
            _HELD[holder] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and on_wait is not None:
                    handle.seek(0)
                    who = handle.read().strip() or "another process"
                    on_wait(f"another run is building {warehouse} ({who}); waiting for it to finish")
                    told = True
                time.sleep(poll_s)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _HELD[holder] = 1
        try:
            yield
        finally:
            _HELD.pop(holder, None)
            fcntl.flock(handle, fcntl.LOCK_UN)
