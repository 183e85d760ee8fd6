"""README.txt of a pack: what each file is for and what each of its columns holds, for a person opening the folder."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from exbench.export.tables import Table

_WIDTH = 100


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent.rstrip()]


def render_readme(scheme: str, cycle: int, blind: bool, tables: Sequence[Table], rows_note: str) -> str:
    """The text of README.txt (no timestamp: the manifest says when the pack was made)."""
    title = f"ExBench jury pack: scheme {scheme}, cycle {cycle}" + (" (blind)" if blind else "")
    lines = [title, "=" * len(title), ""]
    if blind:
        lines += _wrapped(
            "Blind pack: organizations are replaced by codes (ORG-...), names of people and places in quoted words by "
            "[PERSON] and [PLACE]; no file names a source.",
            "",
        )
        lines.append("")
    lines += ["Files", "-----"]
    for table in tables:
        lines += _wrapped(f"{table.file} and {table.stem}.xlsx: {table.about}.", "  ")
    lines += _wrapped("manifest.json: what the pack was made from, the warehouse's checks and a SHA-256 of every file.", "  ")
    lines.append("")
    lines += _wrapped(
        "The CSV files are UTF-8 with a byte-order mark, comma-separated, one header row; a text cell that a spreadsheet "
        "would run as a formula begins with an apostrophe. Each .xlsx holds the same rows with numbers as numbers, "
        "Persian text right to left, the header row frozen, and a sheet named Columns that repeats the list below. "
        f"{rows_note[0].upper()}{rows_note[1:]}. An empty cell means the documents do not say (or a peer group is too small to rank).",
        "",
    )
    for table in tables:
        heading = f"{table.file}" + ("" if table.plain else " (headings are the codes)")
        lines += ["", heading, "-" * len(heading)]
        for column in table.columns:
            lines.append(f"  {column.label}  [{column.code}]" if table.plain else f"  {column.code}  ({column.label})")
            lines += _wrapped(column.meaning, "      ")
    return "\n".join(lines) + "\n"
