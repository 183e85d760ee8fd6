"""Shards: the per-document work split by the first hex digit of the document id (`shard_of`).

Document ids are content hashes, so the sixteen shards are about equal and a
document stays in its shard across runs. Dagster partitions `document_pages`
and `document_facts` by shard: a deployment runs a backfill with one run per
shard on any executor (multiprocess here; Kubernetes, Celery or Docker pods),
and the core build then reads every shard's cache. On one machine the
partition `all` covers every shard in one run, so both cores share one worker
pool: `exbench run`, the daily schedule and the raw/ sensor use it.
"""

from __future__ import annotations

from collections.abc import Iterable

import dagster as dg

from assets.store.register import shard_of

SHARD_KEYS = [f"{digit:x}" for digit in range(16)]
EVERY_SHARD = "all"
SHARDS = dg.StaticPartitionsDefinition([EVERY_SHARD, *SHARD_KEYS])


def shards_of_run(context: dg.AssetExecutionContext) -> list[str]:
    """The shards this run covers: its partition (or range of them); `all` stands for every shard."""
    keys = list(context.partition_keys)
    return list(SHARD_KEYS) if EVERY_SHARD in keys else [key for key in SHARD_KEYS if key in keys]


def in_shards(rows: Iterable[dict], shards: Iterable[str]) -> list[dict]:
    """The register rows of the documents in the given shards."""
    wanted = set(shards)
    return [row for row in rows if shard_of(row["document_id"]) in wanted]
