"""A document that hangs a parser, kills its process, eats memory or raises is
quarantined alone; every other document of the run is still read."""

from __future__ import annotations

import pytest

from assets.workers import run_tasks
from tests.worker_tasks import misbehave


@pytest.mark.slow
def test_bad_tasks_are_quarantined_and_the_rest_completes(monkeypatch):
    monkeypatch.setenv("EXBENCH_WORKER_MEMORY_MB", "1024")
    kinds = ["ok", "hang_in_c", "ok", "die", "ok", "eat_memory", "raise", "ok"]
    results = dict(run_tasks(misbehave, [(f"{i}-{k}", (k,)) for i, k in enumerate(kinds)], timeout_s=3, workers=2))
    assert {key: r.get("error_reason", r["status"]) for key, r in results.items()} == {
        "0-ok": "ok", "1-hang_in_c": "timeout", "2-ok": "ok", "3-die": "crashed",
        "4-ok": "ok", "5-eat_memory": "too_large", "6-raise": "crashed", "7-ok": "ok",
    }
