"""Findings-table rows (findings_tables) taken into the findings reader as findings: each row closed whole is a
finding of its criterion, and rows coded in two parts take the part that runs in order as their criterion."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from exbench.extraction.finding_open import OpenFinding
from exbench.extraction.findings_tables import FindingsTable, criterion_side
from exbench.extraction.report_facts import Finding
from exbench.extraction.report_labels import chrome
from exbench.extraction.text_units import Span

__all__ = ["TableRowsReader"]


class TableRowsReader:
    """The findings-table part of the findings reader (whose `flush` turns the open finding into one)."""

    table: FindingsTable
    findings: list[Finding]
    coded: list[tuple[int, int, tuple[int, int]]]  # (finding, table, two-part code) of table rows
    open: OpenFinding | None
    criterion: str | None
    item: str | None
    section: str | None
    scores: Any  # the score reader, whose open table a findings row must not cut into

    def close_table_row(self) -> None:
        """End the findings-table row being read and take the rows read whole as findings."""
        self.table.close()
        self.table_rows()

    def table_rows(self) -> None:
        """Each findings-table row read whole is a finding of its criterion."""
        rows, self.table.closed = self.table.closed, []
        for row in rows:
            self.flush()
            self.criterion, self.item, self.section = row.criterion or self.criterion, row.item, row.type
            self.open = OpenFinding(row.spans[0][0], row.spans)
            if row.pair:
                self.coded.append((len(self.findings), row.table, row.pair))
            self.flush()
            self.section = None

    def orient_codes(self) -> None:
        """Findings-table rows take the part of their two-part code that runs in order as criterion."""
        for table in {t for _, t, _ in self.coded}:
            rows = [(index, pair) for index, t, pair in self.coded if t == table and index < len(self.findings)]
            side = criterion_side([pair for _, pair in rows])
            for index, pair in rows if side else []:
                self.findings[index] = replace(self.findings[index], criterion_code=str(pair[side]), item_code=None)

    def table_line(self, key: str, span: Span, page: int) -> bool:
        """Read a line as a findings-table row's, where it is one; the rows it closes become findings."""
        if not self.table.headed and (self.goes_on() or getattr(self, "scores", None) and self.scores.table):
            return False  # a score table's cells ("62" / "Kriter 1 – ...") open no findings-table row
        if self.table.row is not None and self.table.row.spans and chrome(key):
            return True  # "— صفحه ۴ —" / "ادامه جدول ۳" where a row runs over a page: the page's, not the row's
        taken = self.table.line(key, span, page)
        self.table_rows()
        return taken
