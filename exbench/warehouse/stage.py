"""Every shard's cached work staged as Parquet for the warehouse build.

Organizations are resolved and duplicates found across all documents, so this
step sees every shard at once, and refuses while a shard has not read the
documents raw/ now holds.
"""

from __future__ import annotations

from pathlib import Path

from exbench.ingest.manifest import InputWarning
from exbench.runtime.cache import load
from exbench.runtime.register import load_index, load_input_warnings, load_register, stage_dir
from exbench.runtime.shards import SHARD_KEYS, shard_of
from exbench.runtime.versions import extractor_version, reader_version
from exbench.warehouse.staging import build_tables, write_tables

_DAMAGED = {"status": "quarantined", "error_reason": "damaged", "error": "The text cache could not be read."}


class ShardsNotRead(RuntimeError):
    """Documents of some shards have not been read since raw/ changed."""


def stage_all_shards(cache_dir: Path) -> dict[str, Path]:
    """Staging tables of every document, from the caches every shard's run indexed; their Parquet paths."""
    text_index = load_index(cache_dir, "text_index", SHARD_KEYS)
    facts_index = load_index(cache_dir, "facts_index", SHARD_KEYS)
    register = load_register(cache_dir)
    stale = sorted({shard_of(row["document_id"]) for row in register if row["document_id"] not in text_index})
    if stale:
        raise ShardsNotRead(
            f"Documents of shard(s) {', '.join(stale)} have not been read since raw/ changed: "
            "materialize those partitions of document_pages and document_facts, then the warehouse."
        )
    records = []
    for row in register:
        document = row["document_id"]
        text = load(Path(text_index[document]))
        facts = load(Path(facts_index[document])) if document in facts_index else None
        records.append({**row, "text": text or _DAMAGED, "facts": facts})
    warnings = [
        {**w, "line": InputWarning(w["file"], w["row"], w["column"], w["message"]).line()} for w in load_input_warnings(cache_dir)
    ]
    return write_tables(build_tables(records, reader_version(), extractor_version(), warnings), stage_dir(cache_dir))
