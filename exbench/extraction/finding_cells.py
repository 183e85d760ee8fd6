"""A finding read from the lines of a table is its cell's words, not those of the cells beside it.

When a findings cell stands beside a worksheet (factor and score columns: "Deployment 30–45%", "Yayılım
%55"), a printer can put the next row's cells on the finding's last line, or even split a factor's first
letter from the rest ("new D service ... launch. eployment 50–65%"). The page's table still holds each cell
apart: a finding whose characters are one cell's run of text plus characters only the other columns of
that table hold is given that run alone. Nothing else is changed, so a text is only ever shortened to
words its own cell prints.
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
                text = _within(finding.text, cell, _beside(table, column))
                if text is not None:
                    return dataclasses.replace(finding, text=text)
    return finding


def _beside(table: tuple[tuple[str, ...], ...], column: int) -> Counter:
    """The characters of the table's other columns, which a printer may have put on a finding's lines."""
    return Counter(ch for row in table for index, cell in enumerate(row) if index != column for ch in cell if not ch.isspace())


def _within(text: str, cell: str, beside: Counter) -> str | None:
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
    dropped = set(foreign)
    return " ".join("".join(ch for index, ch in enumerate(text) if index not in dropped).split())
