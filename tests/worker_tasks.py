"""Tasks that misbehave the ways a parser can, for the worker-isolation tests."""

from __future__ import annotations

import os
import signal
import time


def misbehave(kind: str) -> dict:
    if kind == "hang_in_c":
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # as if stuck inside a C library
        time.sleep(600)
    if kind == "die":
        os._exit(3)
    if kind == "eat_memory":
        bytearray(8 * 1024**3)
    if kind == "raise":
        raise ValueError("parser bug")
    return {"status": "ok", "kind": kind}


def run_in_child(queue) -> None:
    """What a step of Dagster's multiprocess executor does: run a batch of tasks in a child process."""
    from exbench.runtime.workers import run_tasks

    queue.put(sorted(key for key, _result in run_tasks(misbehave, [("a", ("fine",)), ("b", ("fine",))], workers=2)))


def slow_pages(count: int, seconds: float) -> dict:
    """A reader whose pages are slow, each behind a catch-all as a reader's page loop has one."""
    pages = []
    for number in range(1, count + 1):
        try:
            time.sleep(seconds)
            pages.append(number)
        except Exception:  # noqa: BLE001 - what the time limit must get through
            continue
    return {"status": "ok", "pages": pages}


def grow(megabytes: int) -> dict:
    """Take memory 16 MB at a time, touched, as a decompression bomb does."""
    held = [b"x" * (16 * 1024 * 1024) for _ in range(megabytes // 16)]
    return {"status": "ok", "held": len(held)}


def tell_and_wait(pid_file: str, seconds: float) -> dict:
    """Write the worker's pid where a test can find it, then stay busy."""
    with open(pid_file, "w", encoding="ascii") as handle:
        handle.write(str(os.getpid()))
    time.sleep(seconds)
    return {"status": "ok"}
