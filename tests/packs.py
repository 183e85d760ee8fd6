"""Reading a jury pack's CSV as a spreadsheet does: the byte-order mark skipped, headings in plain words."""

from __future__ import annotations

import csv
from pathlib import Path

from exbench.export.columns import _catalog


def read_pack_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a pack CSV keyed by column code (a heading no code has keeps its words)."""
    codes = {entry["label"]: code for code, entry in _catalog().items()}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{codes.get(heading, heading): value for heading, value in row.items()} for row in csv.DictReader(handle)]
