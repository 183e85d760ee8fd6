"""What the Dagster UI shows of an asset: owners, row counts and small markdown previews."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import dagster as dg

OWNERS = ["team:exbench-data"]
ROW_COUNT = "dagster/row_count"  # Dagster's standard key: shown in the catalog and plotted per materialization


def markdown_table(columns: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 10) -> str:
    """A markdown table of the first `limit` rows ('none' when empty)."""
    if not rows:
        return "none"
    cell = lambda value: str(value).replace("|", "\\|").replace("\n", " ")[:80]  # noqa: E731
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n{len(rows) - limit} more rows")
    return "\n".join(lines)


def markdown_list(lines: Sequence[str], limit: int = 50) -> dg.MetadataValue:
    """A markdown list of the first `limit` lines ('none' when empty)."""
    shown = [f"- {line}" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"- … and {len(lines) - limit} more")
    return dg.MetadataValue.md("\n".join(shown) or "none")


def row_count(rows: int) -> dict[str, dg.MetadataValue]:
    """The standard row-count entry."""
    return {ROW_COUNT: dg.MetadataValue.int(rows)}


def counts_table(counts: Mapping[str, int], label: str = "table") -> dg.MetadataValue:
    """Rows per table (or per any label) as a markdown table, largest first."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dg.MetadataValue.md(markdown_table([label, "rows"], ordered, limit=len(ordered)))


def preview(columns: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 10) -> dg.MetadataValue:
    """The first rows as a markdown table."""
    return dg.MetadataValue.md(markdown_table(columns, rows, limit))
