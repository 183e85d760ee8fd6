"""Run per-document work over the machine's cores, one bad document at a time.

Each task runs in a worker process of a small pool kept here rather than a
ProcessPoolExecutor: the parent knows which task each worker runs, so it can
stop that worker alone and name the document. A task that raises, runs too
long, needs too much memory or kills its worker becomes a quarantine result
for its document (reasons `crashed`, `timeout`, `too_large`); the worker is
replaced and the other tasks go on.

Time: EXBENCH_DOCUMENT_SECONDS a task (default 120). SIGALRM in the worker
raises DocumentTimeout, a BaseException, so no reader's `except Exception`
swallows it and returns a partial reading as complete; a worker stuck in C
code, where the alarm cannot reach, is killed by the parent 10 s later.

Memory: one budget for the whole process tree, EXBENCH_MEMORY_MB (default
1024). What the rest of the tree holds (this process, its other children such
as the validator) is measured every second; the workers share what is left.
The parent samples every worker's resident memory (with its children, e.g.
Tesseract) every 0.05 s; when the tree is over budget it kills the biggest
worker, which is then over its equal share, and its task is quarantined
`too_large` unless it ran beside other tasks: it is then tried again alone,
once the others are done, with fresh workers beside it (two OCR pages at 300
dpi need about 270 MB each, more than half of what the default budget leaves
the workers). A worker may use more than an equal share while the others use
less, so normal work is stopped only when the tree as a whole is over.
Resident memory, not address space: RLIMIT_AS counts what the interpreter
and pdfium map but never touch, so a cap on it either stopped normal work or
did not hold the tree (two workers reached 6.4 GB under a 3 GiB cap each).
Measured: a worker at rest 25 MB, 130 MB once the language models are loaded
(any real document), at most 132 MB over the 170 PDFs of the robustness
corpus; the CLI's own process about 215 MB and the validator's 265 MB, which
leaves a worker 250 MB or more of the default budget. Between two samples a
bomb can take hundreds of megabytes (pdfium inflates a stream at about 1 GB/s),
so each task also runs under RLIMIT_DATA (private writable memory, close to
resident here: 115 MB for those 130 MB), set to what the budget leaves it
beside the other workers: Python then raises MemoryError, and pdfium aborts,
which the parent reads as `too_large` when the worker's sampled memory had
come near that limit. Each worker keeps at least MIN_WORKER_MB (worker_pool.py),
so a budget smaller than the tree at rest is exceeded rather than every
document stopped.

Parent death: workers spawned by the main thread ask for PR_SET_PDEATHSIG
(SIGKILL), which kills them with their parent even when stuck in C code; every
worker also has a watchdog thread that exits when its parent changes
(worker_process.py).
"""

from __future__ import annotations

import atexit
import multiprocessing
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import wait
from typing import Any

from exbench.runtime.process_memory import data_mb, resident_mb, tree
from exbench.runtime.worker_pool import Pool, Task, Worker
from exbench.runtime.worker_process import crashed, out_of_memory, quarantine, timed_out
from exbench.settings import document_seconds, memory_budget_mb, worker_count

_GRACE_S = 10
_WATCH_S = 0.05
_ABORTS = {signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGTRAP, signal.SIGKILL}


def limits() -> dict[str, int]:
    """The limits a failure happened under, kept with it: a later run with higher limits tries again."""
    return {"seconds": document_seconds(), "memory_mb": memory_budget_mb()}


_POOLS: dict[int, Pool] = {}
_POOLS_LOCK = threading.Lock()


def _keeps_pools() -> bool:
    """Whether pools may outlive their batch: not in a child process (a step of Dagster's multiprocess
    executor), which on exit waits for its own children, so kept workers would never let it end."""
    return multiprocessing.parent_process() is None


def _take_pool(size: int) -> Pool:
    """A pool kept from an earlier batch (starting workers, spawn and imports, costs about a second), or a new one.
    A pool is taken out while a batch uses it, so batches run at once by two threads never share workers."""
    with _POOLS_LOCK:
        pool = _POOLS.pop(size, None)
    return pool or Pool(size)


def _give_back(pool: Pool) -> None:
    with _POOLS_LOCK:
        if _keeps_pools() and pool.size not in _POOLS:
            _POOLS[pool.size] = pool
            return
    pool.close(wait_s=60)


@atexit.register
def close_pools(wait: bool = False) -> None:
    """Stop the kept workers; the next tasks start new ones, with the environment as it is then."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close(wait_s=60 if wait else 0)


def run_tasks(
    func: Callable[..., dict],
    tasks: list[tuple[str, tuple]],
    timeout_s: int | None = None,
    workers: int | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (key, result) as tasks finish, in worker processes; a failed task's result is a quarantine dict."""
    timeout_s = timeout_s or document_seconds()
    budget = memory_budget_mb()
    pool = _take_pool(workers or worker_count())
    queue = deque(tasks)
    alone: deque[tuple[str, tuple]] = deque()  # stopped for memory beside other tasks: tried again with the pool to itself
    arguments: dict[int, tuple[str, tuple]] = {}
    ids = iter(range(1, 1 << 62))

    def start(worker: Worker, key: str, args: tuple, by_itself: bool) -> None:
        task = Task(next(ids), key, time.monotonic(), pool.allowance_mb(worker, budget), alone=by_itself)
        arguments[task.id] = (key, args)
        pool.start(worker, task, pickle.dumps((func, args)), timeout_s)

    try:
        while queue or alone or pool.busy():
            busy = pool.busy()
            if alone and not busy:
                for used in list(pool.workers):  # fresh workers hold a fifth of used ones: the task gets the room
                    pool.replace(used)
                start(pool.workers[0], *alone.popleft(), by_itself=True)
            elif not alone and not any(worker.task.alone for worker in busy):
                for worker in [w for w in pool.workers if w.task is None]:
                    if not queue:
                        break
                    start(worker, *queue.popleft(), by_itself=False)
            for task, result in _collect(pool, timeout_s, budget):
                key, args = arguments.pop(task.id)
                if result.get("error_reason") == "too_large" and not task.alone and pool.size > 1:
                    alone.append((key, args))  # an OCR page or a big PDF may fit once the others are done
                    continue
                yield key, result
    finally:
        for worker in pool.busy():  # the caller stopped early: no task of this batch may run on
            worker.task = None
            pool.replace(worker)
        _give_back(pool)


def _collect(pool: Pool, timeout_s: int, budget: int) -> list[tuple[Task, dict[str, Any]]]:
    """Results that came back within one watch interval, and the tasks stopped for time or memory."""
    busy = pool.busy()
    ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=_WATCH_S))
    finished = []
    now = time.monotonic()
    for worker in busy:
        task = worker.task
        if worker.conn in ready or worker.process.sentinel in ready:
            result = _receive(pool, worker)
        elif now - task.started > timeout_s + _GRACE_S:  # stuck where the alarm cannot reach
            pool.replace(worker)
            result = timed_out(timeout_s)
        else:
            continue
        finished.append((task, result))
    finished.extend(_enforce_budget(pool, budget))
    return finished


def _receive(pool: Pool, worker: Worker) -> dict[str, Any]:
    """The result a worker sent back, or why it has none (the worker is then replaced)."""
    task = worker.task
    worker.task = None
    try:
        if worker.conn.poll():
            task_id, result = worker.conn.recv()
            if task_id == task.id:
                return result
    except (EOFError, OSError):  # it died: its exit says how
        pass
    except Exception as error:  # noqa: BLE001 - a result that cannot be unpickled
        pool.replace(worker)
        return crashed(error)
    pool.replace(worker)
    code = worker.process.exitcode
    if code is not None and code < 0 and -code in _ABORTS and task.peak_data_mb >= task.allowance_mb / 2:
        return out_of_memory(f"its worker died at its limit, {task.allowance_mb:.0f} MB more than it held before")
    how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit code {code}"
    return quarantine("crashed", f"The reader crashed on this document (its worker process died: {how}).")


def _enforce_budget(pool: Pool, budget: int) -> list[tuple[Task, dict[str, Any]]]:
    """Kill the biggest worker while the tree is over budget; its document is quarantined `too_large`."""
    for worker in pool.workers:
        worker.resident = resident_mb(tree(worker.process.pid))
        if worker.task is not None:
            worker.task.peak_data_mb = max(worker.task.peak_data_mb, data_mb(worker.process.pid))
    left = pool.left_for_workers(budget)
    if sum(worker.resident for worker in pool.workers) <= left:
        return []
    biggest = max(pool.workers, key=lambda worker: worker.resident)
    task = biggest.task
    pool.replace(biggest)  # an idle worker holding memory is simply started afresh
    if task is None:
        return []
    detail = f"its worker held {biggest.resident:.0f} MB, and the workers together may hold {left:.0f} MB of {budget} MB"
    return [(task, out_of_memory(detail))]
