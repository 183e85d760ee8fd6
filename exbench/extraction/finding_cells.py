"""A finding read from the lines of a table is its cell's words, not those of the cells beside it.

When a findings cell stands beside a worksheet (factor and score columns: "Deployment 30–45%", "Yayılım
%55"), a printer can put the next row's cells on the finding's last line, or even split a factor's first
letter from the rest ("new D service ... launch. eployment 50–65%"). The page's table still holds each cell
apart: a finding whose characters are one cell's run of text plus characters only the other columns of
that table hold is given that run alone, and only when each run of those characters is words the other
columns print as they stand (a cell cut short by a page or by the table reader must not cut its finding to
it because other findings' cells happen to hold the same letters), and one of them holds a figure, as a
worksheet's score cells do. Nothing else is changed, so a text is
only ever shortened to words its own cell prints.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from exbench.extraction.model import PageInput
from exbench.extraction.report_facts import Finding

__all__ = ["cell_texts"]

_LEAD = 16  # characters of a finding's start (spaces left out) that find its cell


def cell_texts(findings: list[Finding], pages: list[PageInput]) -> list[Finding]:
    """The findings, each one with the characters of other columns of its table taken out of its text."""
    tables = {page.page_number: page.tables for page in pages}
    return [
        _trimmed(finding, [*tables.get(finding.evidence.page, ()), *tables.get(finding.evidence.page + 1, ())])
        for finding in findings
    ]


def _trimmed(finding: Finding, tables: Iterable[tuple[tuple[str, ...], ...]]) -> Finding:
    for table in tables:
        for row in table:
            for column, cell in enumerate(row):
                text = _within(finding.text, cell, _beside(table, column), _printed(table, column))
                if text is not None:
                    return dataclasses.replace(finding, text=text)
    return finding


def _beside(table: tuple[tuple[str, ...], ...], column: int) -> Counter:
    """The characters of the table's other columns, which a printer may have put on a finding's lines."""
    return Counter(ch for row in table for index, cell in enumerate(row) if index != column for ch in cell if not ch.isspace())


def _printed(table: tuple[tuple[str, ...], ...], column: int) -> str:
    """The other columns' words without spaces, row by row and column by column, for runs that span cells."""
    rows = ["".join(cell for index, cell in enumerate(row) if index != column) for row in table]
    columns = ["".join(row[index] for row in table if index < len(row)) for index in range(max(map(len, table), default=0))]
    return ("".join(rows) + "\x00" + "".join(text for index, text in enumerate(columns) if index != column)).replace(" ", "")


def _within(text: str, cell: str, beside: Counter, printed: str) -> str | None:
    """`text` without the characters that are not its cell's, when those all come from the other columns."""
    chars = [(index, ch) for index, ch in enumerate(text) if not ch.isspace()]
    own = "".join(ch for ch in cell if not ch.isspace())
    lead = "".join(ch for _, ch in chars[:_LEAD])
    start = own.find(lead) if len(lead) == _LEAD else -1
    if start < 0:
        return None
    place, foreign = start, []
    for index, ch in chars:
        if place < len(own) and ch == own[place]:
            place += 1
        else:
            foreign.append(index)
    if not foreign or Counter(text[index] for index in foreign) - beside:
        return None
    runs = _runs(text, foreign)
    if any(run not in printed for run in runs) or not any(ch.isdigit() for run in runs for ch in run):
        return None
    dropped = set(foreign)
    return " ".join("".join(ch for index, ch in enumerate(text) if index not in dropped).split())


def _runs(text: str, foreign: list[int]) -> list[str]:
    """The foreign characters in runs that stand together in the text (spaces between them kept out)."""
    runs: list[str] = []
    last = None
    for index in foreign:
        if last is not None and text[last + 1 : index].strip() == "":
            runs[-1] += text[index]
        else:
            runs.append(text[index])
        last = index
    return runs
