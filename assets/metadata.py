"""Small markdown previews for the Dagster UI."""

from __future__ import annotations

from collections.abc import Sequence


def markdown_table(columns: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 10) -> str:
    """A markdown table of the first `limit` rows ('none' when empty)."""
    if not rows:
        return "none"
    cell = lambda value: str(value).replace("|", "\\|").replace("\n", " ")[:80]  # noqa: E731
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows[:limit]]
    return "\n".join(lines)
