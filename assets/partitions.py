"""The Dagster partitions of the per-document assets: one per shard, and `all` for every shard in one run.

A deployment backfills the sixteen shard partitions (a run per shard, on any
executor); on one machine `exbench run`, the schedule and the sensor ask for
`all`, so both cores share one worker pool.
"""

from __future__ import annotations

import dagster as dg

from exbench.runtime.shards import EVERY_SHARD, SHARD_KEYS, shards_named

SHARDS = dg.StaticPartitionsDefinition([EVERY_SHARD, *SHARD_KEYS])


def shards_of_run(context: dg.AssetExecutionContext) -> list[str]:
    """The shards this run covers: its partition (or range of them)."""
    return shards_named(context.partition_keys)
