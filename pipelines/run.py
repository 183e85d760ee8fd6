"""Run every asset in-process, as `exbench run` does, and report the outcome."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

import dagster as dg
import duckdb

from pipelines.settings import Settings


@dataclass
class RunOutcome:
    success: bool
    error: str | None = None
    quarantined: list[str] = field(default_factory=list)


def run_pipeline(settings: Settings, on_wait: Callable[[str], None] | None = None, full_refresh: bool = False) -> RunOutcome:
    """Materialize all assets and checks into the given paths, one run per warehouse at a time."""
    from assets.quality.validator import start_validator
    from assets.store.lock import build_lock

    start_validator()  # Great Expectations imports on the other core meanwhile; kept for the next run
    with build_lock(settings.warehouse, on_wait):
        if full_refresh and settings.cache_dir.exists():
            shutil.rmtree(settings.cache_dir)
        return _materialize(settings)


def _materialize(settings: Settings) -> RunOutcome:
    from assets.shards import EVERY_SHARD
    from pipelines.definitions import ALL_ASSETS
    from pipelines.resources import ExbenchPaths

    resources = {"paths": ExbenchPaths(raw_dir=str(settings.raw_dir), warehouse=str(settings.warehouse), exports_dir=str(settings.exports_dir))}
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=resources,
            instance=instance,
            raise_on_error=False,
            partition_key=EVERY_SHARD,  # one run over every shard: the per-document assets share one worker pool
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}},
        )
    outcome = RunOutcome(success=result.success)
    if not result.success:
        failures = [e for e in result.all_events if e.is_step_failure]
        if failures:
            data = failures[0].step_failure_data
            outcome.error = f"{failures[0].step_key} failed: {data.error.message.strip() if data and data.error else 'see the log'}"
    if settings.warehouse.exists():
        with duckdb.connect(str(settings.warehouse), read_only=True) as con:
            outcome.quarantined = [
                f"{path}: {error}"
                for path, error in con.execute(
                    "select source_path, error from core.documents where status = 'quarantined' order by source_path"
                ).fetchall()
            ]
    return outcome
