"""Great Expectations in a process of its own, started when a run starts.

Importing Great Expectations takes seconds (it brings pandas, scipy and
SQLAlchemy). Started at the beginning of `exbench run`, the import happens on
the other core while the run reads documents and builds the warehouse, instead
of on the critical path or fighting the run's own thread for the interpreter
lock. Where no validator was started (a step in its own process, a test), the
contracts are validated in the calling process.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor

from exbench.runtime.guard import die_with_parent
from exbench.warehouse.contracts import ContractResult, import_great_expectations, validate_contracts

_VALIDATOR: list[ProcessPoolExecutor] = []


def _start(from_main_thread: bool) -> None:
    """The validator process's first act: end with the run that started it, then import."""
    die_with_parent(kernel_signal=from_main_thread)
    import_great_expectations()


def start_validator() -> Future:
    """Start the validator process and its import now; the contracts check uses it later."""
    if not _VALIDATOR:
        _VALIDATOR.append(
            ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start,
                initargs=(threading.current_thread() is threading.main_thread(),),
            )
        )
    return _VALIDATOR[0].submit(int)  # a process is spawned on the first task


def validate(database: str) -> list[ContractResult]:
    """The contracts' results, from the validator process when one was started."""
    if _VALIDATOR:
        try:
            return _VALIDATOR[0].submit(validate_contracts, database).result()
        except Exception:  # noqa: BLE001 - a broken validator process must not lose the check
            stop_validator()
    return validate_contracts(database)


@atexit.register
def stop_validator() -> None:
    """Stop the validator process; the next run starts a new one."""
    while _VALIDATOR:
        _VALIDATOR.pop().shutdown(wait=False, cancel_futures=True)
