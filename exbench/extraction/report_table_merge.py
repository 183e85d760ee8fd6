"""A report's findings with its tables' readings in place of the text rules' findings they cover.

The page text of a findings table runs its cells together; the table reader keeps its columns apart and gives
each finding its criterion. Table by table, where the table gives at least as many findings as the text
findings whose words stand in its cells, the table's readings replace them, and a text finding whose words all
stand in one cell (the cell's lines read out of order) goes too.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from exbench.extraction.lexicons import fold
from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_facts import Finding
from exbench.extraction.report_lexicon import framework_of
from exbench.extraction.report_tables import table_findings

__all__ = ["with_table_findings"]

_COVERS = 90  # rapidfuzz partial ratio: a text finding whose words stand in a table's cell


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _covers(finding: Finding, table: list[Finding]) -> bool:
    return any(fuzz.partial_ratio(_key(finding.text), _key(cell.text)) >= _COVERS for cell in table)


def _read_apart(finding: Finding, table: list[Finding]) -> bool:
    """A text finding whose words all stand in one of the table's findings on its page: the cell's lines the
    page text gave out of order or broke apart ("مالی است و ... سازوکار قدردانی از کارکنان عمدتاً")."""
    return any(
        finding.evidence.page == cell.evidence.page and fuzz.token_set_ratio(_key(finding.text), _key(cell.text)) >= _COVERS
        for cell in table
    )


def with_table_findings(pages: list[PageInput], context: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The report's findings with its tables' readings in place of the text rules' findings they cover,
    table by table, where the table gives at least as many, each with its criterion."""
    if not any(page.tables for page in pages):
        return findings
    framework = framework_of(pages)
    for table in table_findings(pages, context, framework):
        if not table or any(f.criterion_code is None for f in table):
            continue
        covered = [f for f in findings if _covers(f, table)]
        if len(table) >= len(covered):
            findings = [f for f in findings if f not in covered and not _read_apart(f, table)] + table
    return findings
