"""The reference data as files: one CSV seed per ref table in sql/seeds/, shipped in the wheel.

The warehouse build loads every seed into its ref table; code that runs before
there is a warehouse (the extractor) reads what it needs from the seeds here,
so a code list, a unit or a bound is stated once, in its seed.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files
from pathlib import Path


def seed_file(table: str) -> Path:
    """The CSV seed of ref.<table>."""
    return Path(str(files("exbench.sql"))) / "seeds" / f"{table}.csv"


@cache
def metric_units() -> dict[str, str]:
    """The unit (count, hours, percent) of every metric code of the catalog: the unit decides percent-ness."""
    with seed_file("metric_catalog").open(encoding="utf-8", newline="") as rows:
        return {row["metric_code"]: row["unit"] for row in csv.DictReader(rows)}
