"""Counts read from a table that sets organizations side by side: a column per organization, a row per count.

A magazine that compares two companies, or a group that compares its members, heads each column with an
organization and each row with a count ("| Tamarbrook | Fenland Valley" over "Assessors on the team | 6 | 5").
A column's head names its organization in full, by the opening words of a name the document gives in full
("Tamarbrook" for Tamarbrook Water Ltd) or by its initials ("RRTA" for Riverton Regional Transit Authority);
a column whose head names none gives nothing, a table none of whose heads does (or two of whose heads name one
organization) is not read this way, and a row that names no count (days on site, customers, a budget) is read past. A row that names two counts
apart gives both from a cell that gives two numbers apart ("Strengths / OFIs | 37 / 29").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exbench.extraction.lexicons import fold
from exbench.extraction.metric_cells import cell_count, header_metric, row_evidence
from exbench.extraction.model import NAMED, DocumentContext, Metric, PageInput
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_initials import written_as

Table = tuple[tuple[str, ...], ...]

_APART = re.compile(r"\s*/\s*")  # "Strengths / OFIs", "37 / 29"
_MIN_ROWS = 2  # two rows of counts at least: one row of numbers under names is no comparison


def org_column_metrics(
    pages: Sequence[PageInput], page: PageInput, table: Table, language: str, context: DocumentContext
) -> list[Metric]:
    """The counts of a table whose columns are organizations and whose rows name counts; none for another table."""
    header = table[0]
    rows = [row for row in table[1:] if row and _codes(row[0], language)]
    if len(header) < 2 or len(rows) < _MIN_ROWS or any(header_metric(cell, language) for cell in header):
        return []
    names = _document_names(pages, language)
    owners = [_column_owner(cell, language, names) for cell in header[1:]]
    named = [owner for owner in owners if owner]
    if not named or len(set(named)) != len(named):
        return []
    year = context.cycle_year or context.as_of_year
    found = []
    for row in rows:
        codes = _codes(row[0], language)
        after = 0
        for owner, cell in zip(owners, row[1:], strict=False):
            if owner is None:
                continue
            values = [cell_count(part, language) for part in _APART.split(cell.strip())]
            if len(values) != len(codes) or any(value is None for value in values):
                continue
            evidence, after = row_evidence(page, row, cell, after)
            for code, value in zip(codes, values, strict=True):
                found.append(Metric(owner, code, value, year, evidence, f"table.{language}.{code}.org_column", NAMED))
    return found


def _codes(cell: str, language: str) -> list[str]:
    """The counts a row's first cell names: one, or several apart ("Strengths / OFIs"); none if any part names none."""
    parts = _APART.split(cell.strip())
    codes = [header_metric(part, language) for part in parts]
    return [code for code in codes if code] if all(codes) else []


def _document_names(pages: Sequence[PageInput], language: str) -> tuple[str, ...]:
    """Every organization the document names in full, in the order first named."""
    return tuple(
        dict.fromkeys(m.canonical for p in pages for m in find_organizations(p.text, p.language or language) if m.canonical)
    )


def _column_owner(cell: str, language: str, names: tuple[str, ...]) -> str | None:
    """The organization a column's head names: in full, by the opening words of one name only, or by its initials."""
    head = " ".join(cell.split())
    if not head or any(ch.isdigit() for ch in head):
        return None
    whole = [m.canonical for m in find_organizations(head, language) if m.canonical and m.start == 0 and m.end >= len(head) - 1]
    if whole:
        return whole[0]
    folded = fold(head)
    opening = [name for name in names if fold(name).startswith(folded + " ")]
    if len(opening) == 1:
        return opening[0]
    initials = [name for name in names if head in written_as(name, language)]
    return initials[0] if len(initials) == 1 else None
