"""What runs inside a worker process: one task at a time, under the run's time and memory limits.

The parent (workers.py) sends (task id, pickled call, seconds, memory allowance)
through a pipe and receives (task id, result). A task's own failure becomes a
quarantine result here; a worker that dies or must be killed is the parent's
to report.
"""

from __future__ import annotations

import os
import pickle
import resource
import signal
from multiprocessing.connection import Connection
from typing import Any

from exbench.runtime.guard import die_with_parent
from exbench.runtime.process_memory import data_mb

_PARENT_CHECK_S = 0.5


class DocumentTimeout(BaseException):
    """The task's time limit passed. Not an Exception, so that no reader's `except Exception` (around a page,
    say) swallows it and hands back what it had read so far as a complete reading."""


def _alarm(_signum: int, _frame: object) -> None:
    raise DocumentTimeout()


def quarantine(reason: str, message: str) -> dict[str, Any]:
    """A task result that quarantines its document: a reason code and one sentence a person can act on."""
    return {"status": "quarantined", "error_reason": reason, "error": message}


def timed_out(seconds: int) -> dict[str, Any]:
    """The result of a task stopped at its time limit."""
    return quarantine(
        "timeout",
        f"Processing this document took longer than {seconds} s and was stopped "
        "(EXBENCH_DOCUMENT_SECONDS sets the limit; a higher one makes the next run try again).",
    )


def out_of_memory(detail: str) -> dict[str, Any]:
    """The result of a task that needed more memory than the run's budget leaves it."""
    return quarantine(
        "too_large",
        f"Processing this document needed more memory than the run's budget allows ({detail}; "
        "EXBENCH_MEMORY_MB sets the budget; a higher one makes the next run try again).",
    )


def crashed(error: BaseException) -> dict[str, Any]:
    """The result of a task that raised: a bug in a parser, met by this document."""
    return quarantine("crashed", f"The reader failed on this document: {type(error).__name__}: {error}"[:300])


def guarded(func: Any, args: tuple, timeout_s: int) -> dict[str, Any]:
    """Run one task; Python-level overruns stop at the alarm, MemoryError and other failures become reasons."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout_s)
    try:
        return func(*args)
    except DocumentTimeout:
        return timed_out(timeout_s)
    except MemoryError:
        return out_of_memory("an allocation failed")
    except Exception as error:  # noqa: BLE001 - the task's own failure, reported for its document alone
        return crashed(error)
    finally:
        signal.alarm(0)


def _limit_data(allowance_mb: float | None) -> None:
    """Let this task allocate at most `allowance_mb` of private memory beyond what the worker holds now.

    A backstop for allocations faster than the parent's sampling: Python then
    raises MemoryError; a C library may abort instead (the parent reads that
    death as `too_large` when the worker was near this limit).
    """
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    soft = hard if allowance_mb is None else int((data_mb(os.getpid()) + allowance_mb) * 2**20)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def worker_main(conn: Connection, parent_pid: int, death_signal: bool) -> None:
    """A worker's life: tasks from the pipe until it closes or says None."""
    die_with_parent(death_signal, parent_pid, _PARENT_CHECK_S)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    # The pool already fills the cores; one BLAS thread also keeps numpy's buffers (OCR) from taking
    # 80 MB of the memory allowance that they never touch.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task_id, payload, timeout_s, allowance_mb = message
        try:
            _limit_data(allowance_mb)
            func, args = pickle.loads(payload)
            result = guarded(func, args, timeout_s)
        except DocumentTimeout:  # the alarm came between the task's end and its cancellation
            result = timed_out(timeout_s)
        except Exception as error:  # noqa: BLE001 - a task that cannot even be unpickled
            result = crashed(error)
        try:
            conn.send((task_id, result))
        except (OSError, ValueError):
            return
        except Exception as error:  # noqa: BLE001 - a result that cannot be pickled
            conn.send((task_id, crashed(error)))
