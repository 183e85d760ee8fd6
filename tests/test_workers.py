"""A document that hangs a parser, kills its process, eats memory or raises is
quarantined alone; every other document of the run is still read."""

from __future__ import annotations

import pytest

from exbench.runtime.workers import run_tasks
from tests.worker_tasks import misbehave


@pytest.mark.slow
def test_bad_tasks_are_quarantined_and_the_rest_completes(monkeypatch):
    monkeypatch.setenv("EXBENCH_MEMORY_MB", "1024")
    kinds = ["ok", "hang_in_c", "ok", "die", "ok", "eat_memory", "raise", "ok"]
    results = dict(run_tasks(misbehave, [(f"{i}-{k}", (k,)) for i, k in enumerate(kinds)], timeout_s=3, workers=2))
    assert {key: r.get("error_reason", r["status"]) for key, r in results.items()} == {
        "0-ok": "ok",
        "1-hang_in_c": "timeout",
        "2-ok": "ok",
        "3-die": "crashed",
        "4-ok": "ok",
        "5-eat_memory": "too_large",
        "6-raise": "crashed",
        "7-ok": "ok",
    }


def test_a_child_process_that_ran_tasks_can_exit():
    """A step process of the multiprocess executor waits for its own children on exit: kept workers would hang it."""
    import multiprocessing

    from tests.worker_tasks import run_in_child

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=run_in_child, args=(queue,))
    child.start()
    try:
        assert queue.get(timeout=120) == ["a", "b"]
        child.join(timeout=60)
        assert not child.is_alive() and child.exitcode == 0
    finally:
        if child.is_alive():
            child.kill()
