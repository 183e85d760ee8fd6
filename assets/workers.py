"""Run per-document work over the machine's cores, one bad document at a time.

Each task runs in a worker process with a time limit; a task that raises, times
out or kills its worker becomes a quarantine result for that document alone,
and the pool is replaced so the rest of the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

DEFAULT_TIMEOUT_S = 120


class _Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout()


def _guarded(func: Callable[..., dict], args: tuple, timeout_s: int) -> dict[str, Any]:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout_s)
    try:
        return func(*args)
    except _Timeout:
        return {"status": "quarantined", "error_reason": "timeout", "error": f"Reading took longer than {timeout_s} s and was stopped."}
    finally:
        signal.alarm(0)


def worker_count() -> int:
    """Processes to use: EXBENCH_WORKERS, else one per core."""
    configured = os.environ.get("EXBENCH_WORKERS", "")
    return max(1, int(configured)) if configured.isdigit() else max(1, os.cpu_count() or 1)


def run_tasks(
    func: Callable[..., dict],
    tasks: list[tuple[str, tuple]],
    timeout_s: int = DEFAULT_TIMEOUT_S,
    workers: int | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (key, result) as tasks finish; in-process when there is one worker or one task."""
    workers = workers or worker_count()
    if workers == 1 or len(tasks) <= 1:
        for key, args in tasks:
            yield key, _guarded(func, args, timeout_s)
        return
    pending = list(tasks)
    while pending:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures: dict[Future, tuple[str, tuple]] = {}
            queue = iter(pending)
            pending = []
            broken = False
            for task in queue:
                futures[pool.submit(_guarded, func, task[1], timeout_s)] = task
                if len(futures) >= workers * 4:
                    break
            while futures:
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in done:
                    key, args = futures.pop(future)
                    try:
                        yield key, future.result()
                    except BrokenProcessPool:
                        broken = True
                        pending.append((key, args))
                    except Exception as error:  # noqa: BLE001
                        yield key, {"status": "quarantined", "error_reason": "crashed", "error": f"The reader failed: {type(error).__name__}"}
                if not broken:
                    for task in queue:
                        futures[pool.submit(_guarded, func, task[1], timeout_s)] = task
                        break
            if broken:
                pending.extend(queue)
        if broken and pending:
            # Isolate the culprit: the first pending task runs alone; if it kills its worker too, it is quarantined.
            key, args = pending.pop(0)
            yield key, _run_alone(func, args, timeout_s)


def _run_alone(func: Callable[..., dict], args: tuple, timeout_s: int) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        try:
            return pool.submit(_guarded, func, args, timeout_s).result()
        except BrokenProcessPool:
            return {"status": "quarantined", "error_reason": "crashed", "error": "The reader crashed on this file (its process died)."}
