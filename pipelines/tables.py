"""Print query results for people (a table) or for programs (CSV)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence

from exbench.runtime.logs import printable


def print_csv(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """RFC 4180 CSV on stdout; on a terminal, control characters are shown escaped (piped, they are kept)."""
    shown = (lambda v: printable(str(v))) if sys.stdout.isatty() else (lambda v: v)  # noqa: E731
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow([shown(c) for c in columns])
    writer.writerows(["" if v is None else shown(v) for v in row] for row in rows)


def print_table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A readable table (rich handles wide and right-to-left text)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*[printable(c) for c in columns], show_lines=False)
    for row in rows:  # cells escaped: a value cannot send control sequences to the terminal
        table.add_row(*[Text("" if v is None else printable(str(v))) for v in row])  # Text: no markup read
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped output: do not wrap to a guessed 80 columns
    console.print(table)
    print(f"({len(rows)} rows)")
