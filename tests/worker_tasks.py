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
    from assets.workers import run_tasks

    queue.put(sorted(key for key, _result in run_tasks(misbehave, [("a", ("fine",)), ("b", ("fine",))], workers=2)))
