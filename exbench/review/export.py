"""Jury packs limited to reviewed facts (`exbench export --reviewed-only`).

The pack is exported, by the usual exporter, from a copy of the warehouse
whose trusted layer holds only facts a person confirmed, corrected or added
and whose marts are rebuilt from them (sql/review/reviewed_only.sql); the
published warehouse is never written. The manifest then says
"facts": "reviewed: ...".
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from exbench.warehouse.build import build_marts
from exbench.warehouse.sql import run_file


@contextmanager
def reviewed_copy(warehouse: Path) -> Iterator[Path]:
    """A copy of the warehouse that holds only reviewed facts, removed on exit."""
    # beside the warehouse, so that what is derived from its place (the private blind mappings) stays the same
    copy = warehouse.with_name(f".{warehouse.name}.reviewed-{os.getpid()}")
    try:
        shutil.copyfile(warehouse, copy)
        with duckdb.connect(str(copy)) as con:
            run_file(con, "review/reviewed_only.sql")
        build_marts(copy)
        yield copy
    finally:
        copy.unlink(missing_ok=True)
        copy.with_name(copy.name + ".wal").unlink(missing_ok=True)
