"""Shards: the per-document work split by the first hex digit of the document id.

Document ids are content hashes, so the sixteen shards are about equal and a
document stays in its shard across runs. The Dagster partitions over them are
in assets/partitions.py; `all` stands for every shard in one run.
"""

from __future__ import annotations

from collections.abc import Iterable

SHARD_KEYS = [f"{digit:x}" for digit in range(16)]
EVERY_SHARD = "all"


def shard_of(document_id: str) -> str:
    """The shard of a document: the first hex digit of its id (a content hash), so shards are about
    equal and a document never changes shard."""
    return document_id[0]


def shards_named(keys: Iterable[str]) -> list[str]:
    """The shards a list of partition keys stands for (`all`: every shard)."""
    keys = list(keys)
    return list(SHARD_KEYS) if EVERY_SHARD in keys else [key for key in SHARD_KEYS if key in keys]


def in_shards(rows: Iterable[dict], shards: Iterable[str]) -> list[dict]:
    """The register rows of the documents in the given shards."""
    wanted = set(shards)
    return [row for row in rows if shard_of(row["document_id"]) in wanted]
