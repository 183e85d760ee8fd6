"""A table header whose cells span two columns, read as one column each.

A reader may split a header cell that spans two columns ("Team size" over an
empty cell and the count) into the named cell and an empty one, and the rows
under it into an empty cell and the count: every count then stands one column to
the right of its name. A named header cell followed by an empty one, over columns
in which no row fills the first and every row that fills either fills the second,
is moved onto the second, where its counts are.
"""

from __future__ import annotations

from exbench.extraction.metric_pair_lines import Table


def header_over_counts(table: Table) -> Table:
    """The table with each spanning header cell moved over the column that holds its counts."""
    if len(table) < 2 or not any(not cell.strip() for cell in table[0][1:]):
        return table
    header = list(table[0])
    rows = table[1:]
    for i in range(len(header) - 1):
        if not header[i].strip() or header[i + 1].strip():
            continue
        firsts = [row[i].strip() if i < len(row) else "" for row in rows]
        seconds = [row[i + 1].strip() if i + 1 < len(row) else "" for row in rows]
        if not any(firsts) and any(seconds):
            header[i], header[i + 1] = "", header[i]
    return (tuple(header), *rows)
