"""Print query results for people (a table) or for programs (CSV)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence


def print_csv(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """RFC 4180 CSV on stdout."""
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)


def print_table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A readable table (rich handles wide and right-to-left text)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped output: do not wrap to a guessed 80 columns
    console.print(table)
    print(f"({len(rows)} rows)")
