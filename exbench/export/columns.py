"""The columns of a pack in plain words: heading, code and meaning, stated once (columns.json and ref.indicator_catalog).

A jury reads headings in words and the direction of each indicator; an
analyst joins on codes. Every column carries both, and README.txt and the
workbooks' Columns sheet list them from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).with_name("columns.json")


@dataclass(frozen=True)
class Column:
    """One column: its code (machine name), heading in plain words and what it holds."""

    code: str
    label: str
    meaning: str


@dataclass(frozen=True)
class Indicator:
    """An indicator of ref.indicator_catalog the pack's cycle has, as select_pack_indicators.sql returns it."""

    code: str
    label: str
    unit: str
    direction: str
    decimals: int
    description: str
    formula: str
    ranked: bool

    @property
    def way(self) -> str:
        """'higher is better' or 'lower is better'."""
        return self.direction.replace("_", " ")


@lru_cache(maxsize=1)
def _catalog() -> dict[str, dict[str, str]]:
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    return {code: entry for code, entry in data.items() if not code.startswith("_")}


def column(code: str) -> Column:
    """A fixed column of columns.json."""
    entry = _catalog()[code]
    return Column(code, entry["label"], entry["meaning"])


def columns(*codes: str) -> list[Column]:
    """Fixed columns by code."""
    return [column(code) for code in codes]


def indicator_columns(indicator: Indicator) -> list[Column]:
    """The value of an indicator (its direction in the heading), then rank, peer count and median when it is ranked."""
    shown = {0: "shown as a whole number", 1: "shown with 1 decimal"}.get(
        indicator.decimals, f"shown with {indicator.decimals} decimals"
    )
    found = [
        Column(
            indicator.code,
            f"{indicator.label} ({indicator.way})",
            f"{indicator.description} Formula: {indicator.formula}. Unit: {indicator.unit}; {indicator.way}; {shown}.",
        )
    ]
    if indicator.ranked:
        found += [
            Column(f"{indicator.code}_rank", f"{indicator.label}: rank in peer group", column("rank").meaning),
            Column(f"{indicator.code}_peer_n", f"{indicator.label}: organizations in peer group", column("peer_n").meaning),
            Column(f"{indicator.code}_peer_median", f"{indicator.label}: peer group median", column("peer_median").meaning),
        ]
    return found


def indicator_values(indicator: Indicator, found: dict | None) -> list[object]:
    """The cells of an indicator's columns for one organization (found: its value, rank, peer_n, peer_median)."""
    fields = ["value", "rank", "peer_n", "peer_median"] if indicator.ranked else ["value"]
    return [found.get(f) if found else None for f in fields]
