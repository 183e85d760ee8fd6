"""One build at a time per warehouse: an advisory lock file beside it.

A second `exbench run` on the same warehouse waits, and says so, instead of
racing the first one for the build file. The operating system drops the lock
when its holder dies, so a killed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def build_lock(warehouse: Path, on_wait: Callable[[str], None] | None = None, poll_s: float = 1.0) -> Iterator[None]:
    """Hold the build lock of `warehouse` for the duration of the block."""
    path = warehouse.with_name(warehouse.name + ".lock")
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
                    holder = handle.read().strip() or "another process"
                    on_wait(f"another run is building {warehouse} ({holder}); waiting for it to finish")
                    told = True
                time.sleep(poll_s)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
