"""Run per-document work over the machine's cores, one bad document at a time.

Each task runs in a worker process with a time limit and a memory ceiling. A
task that raises, runs too long (even inside a C library) or kills its worker
becomes a quarantine result for that document alone: the pool is replaced, the
other tasks in flight are retried, and a task that breaks a pool twice is run
alone to find out whether it is the culprit.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import resource
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

DEFAULT_TIMEOUT_S = 120
DEFAULT_MEMORY_MB = 3072
_POLL_S = 2.0


class _Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout()


def _limit_memory() -> None:
    """Worker initializer: cap the address space so one huge PDF cannot take the machine."""
    megabytes = int(os.environ.get("EXBENCH_WORKER_MEMORY_MB", DEFAULT_MEMORY_MB))
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _quarantine(reason: str, message: str) -> dict[str, Any]:
    return {"status": "quarantined", "error_reason": reason, "error": message}


def _guarded(func: Callable[..., dict], args: tuple, timeout_s: int) -> dict[str, Any]:
    """Run one task; Python-level overruns stop at the alarm, MemoryError becomes a reason."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout_s)
    try:
        return func(*args)
    except _Timeout:
        return _quarantine("timeout", f"Reading took longer than {timeout_s} s and was stopped.")
    except MemoryError:
        return _quarantine("too_large", "Reading needed more memory than a worker may use.")
    finally:
        signal.alarm(0)


def worker_count() -> int:
    """Processes to use: EXBENCH_WORKERS, else one per core."""
    configured = os.environ.get("EXBENCH_WORKERS", "")
    return max(1, int(configured)) if configured.isdigit() else max(1, os.cpu_count() or 1)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_limit_memory
    )


_POOLS: dict[int, ProcessPoolExecutor] = {}


def _keeps_pools() -> bool:
    """Whether pools may outlive their batch: not in a child process (a step of Dagster's multiprocess
    executor), which on exit waits for its own children, so kept workers would never let it end."""
    return multiprocessing.parent_process() is None


def _shared_pool(workers: int) -> ProcessPoolExecutor:
    """A pool kept for the next batch of tasks: starting workers (spawn and imports) costs about a second."""
    pool = _POOLS.get(workers)
    if pool is None:
        pool = _POOLS[workers] = _new_pool(workers)
    return pool


@atexit.register
def close_pools(wait: bool = False) -> None:
    """Stop the kept workers; the next tasks start new ones, with the environment as it is then."""
    for pool in _POOLS.values():
        pool.shutdown(wait=wait, cancel_futures=True)
    _POOLS.clear()


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool whose worker is stuck in C code, where no alarm reaches it."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def run_tasks(
    func: Callable[..., dict],
    tasks: list[tuple[str, tuple]],
    timeout_s: int = DEFAULT_TIMEOUT_S,
    workers: int | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (key, result) as tasks finish, in worker processes."""
    workers = workers or worker_count()
    queue = list(reversed(tasks))
    suspects: set[str] = set()
    while queue:
        pool = _shared_pool(workers)
        running: dict[Future, tuple[str, tuple, float]] = {}
        broken = False
        try:
            while (queue or running) and not broken:
                while queue and len(running) < workers * 2:
                    key, args = queue.pop()
                    if key in suspects:
                        yield key, _run_alone(func, args, timeout_s)
                        continue
                    running[pool.submit(_guarded, func, args, timeout_s)] = (key, args, time.monotonic())
                if not running:
                    break
                done, _ = wait(running, timeout=_POLL_S, return_when=FIRST_COMPLETED)
                for future in done:
                    key, args, _started = running.pop(future)
                    try:
                        yield key, future.result()
                    except BrokenProcessPool:
                        broken = True
                        suspects.add(key)
                        queue.append((key, args))
                    except Exception as error:  # noqa: BLE001 - the task's own failure, reported per document
                        yield key, _quarantine("crashed", f"The reader failed: {type(error).__name__}: {error}"[:300])
                overdue = [f for f, (_, _, started) in running.items() if time.monotonic() - started > timeout_s + 10]
                if overdue:
                    broken = True
                    for future in overdue:
                        suspects.add(running[future][0])
            if broken:
                for key, args, _started in running.values():
                    queue.append((key, args))
                running.clear()
        finally:
            if broken:
                _POOLS.pop(workers, None)
                _kill(pool)
    if not _keeps_pools():
        close_pools(wait=True)


def _run_alone(func: Callable[..., dict], args: tuple, timeout_s: int) -> dict[str, Any]:
    """A suspect task in a pool of its own, with a hard deadline."""
    pool = _new_pool(1)
    try:
        return pool.submit(_guarded, func, args, timeout_s).result(timeout=timeout_s + 10)
    except BrokenProcessPool:
        return _quarantine("crashed", "The reader crashed on this file (its worker process died).")
    except TimeoutError:
        return _quarantine("timeout", f"Reading took longer than {timeout_s} s and was stopped.")
    except Exception as error:  # noqa: BLE001
        return _quarantine("crashed", f"The reader failed: {type(error).__name__}")
    finally:
        _kill(pool)
