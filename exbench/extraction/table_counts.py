"""Counts read from tables of counts: a number is the metric its column's header names, of the row's owner.

A table reads by row and column, which no sentence rule can do on a row's run
of numbers. Two shapes (lexicon `table_counts`, the metric nouns of `metrics`):
- a header whose cells name metrics, over rows each headed by an organization
  (the organization grammar finds it, the whole cell), by a unit of the
  document's organization (under a first column headed as units), or by a
  totals row (the table's owner); columns that count nothing the nouns name
  (days, scores, bands, levels) are read past;
- years as columns and metrics as rows: each year is its counts' period, and
  the table's owner is the organization its first cell names, else the
  document's own; a year may come with the word for a cycle, and a year's
  target column is read past (metric_year_headers.py).
A row whose owner cannot be found gives nothing, never a guess; a cell that is
not one whole number gives nothing. The period of a row table is the year its
caption names, else the document's cycle, else its date's year.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import find_dates
from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.metric_cells import cell_count, header_metric, place, row_evidence, table_lexicon, team_family
from exbench.extraction.metric_footnotes import footnoted, footnotes
from exbench.extraction.metric_legends import legend
from exbench.extraction.metric_org_columns import org_column_metrics
from exbench.extraction.metric_pair_lines import Table, pair_lines
from exbench.extraction.metric_row_names import NO_NAMES, DocumentNames, document_names
from exbench.extraction.metric_spans import header_over_counts
from exbench.extraction.metric_table_parts import row_metrics
from exbench.extraction.metric_year_headers import column_years
from exbench.extraction.metrics import qualified_hours
from exbench.extraction.model import NAMED, DocumentContext, Evidence, Metric, PageInput
from exbench.extraction.table_row_owners import owner_in, row_owner

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _caption_year(page: PageInput, table: Table, language: str, context: DocumentContext) -> int | None:
    """The one year the caption line just above the table names ("Tablo 3.7 – 2024 döneminde ...")."""
    at = place(page.text, table[0][0] or table[0][-1], 0)
    if at is None:
        return None
    lines = page.text[:at].rstrip().split("\n")[-2:]
    pattern = table_lexicon(language).get("caption")
    for line in reversed(lines):
        if pattern and compiled(pattern).search(fold(line.strip())):
            years = {d.first.year for d in find_dates(line, language, context.reference_date) if d.first}
            return years.pop() if len(years) == 1 else None
    return None


def _metric(owner: dict, code: str, value: int, year: int | None, evidence: Evidence, rule: str) -> Metric:
    return Metric(owner["organization"], code, value, year, evidence, rule, owner["organization_basis"])


def _year_columns(
    page: PageInput, table: Table, years: list[int | None], language: str, context: DocumentContext
) -> list[Metric]:
    """Years as columns, metrics as rows: the first cell's organization's (else the document's) counts per year;
    a column of targets (its year None) gives nothing."""
    header = table[0]
    named = owner_in(header[0], language) if header[0] else None
    owner = context.owner(named)
    if not owner["organization"]:
        return []
    found = []
    for row, code in zip(table[1:], row_metrics(table[1:], language), strict=True):
        if not code:
            continue
        after = 0
        for year, cell in zip(years, row[1:], strict=False):
            value = cell_count(cell, language) if year else None
            if value is not None:
                evidence, after = row_evidence(page, row, cell, after)
                found.append(_metric(owner, code, value, year, evidence, f"table.{language}.{code}.year_column"))
    years = {m.period_year for m in found}
    return [m for year in sorted(years) for m in qualified_hours([m for m in found if m.period_year == year])]


def _row_label(row: tuple[str, ...], codes: list[str | None], language: str) -> str:
    """The cell that heads a row: its first, else (a table led by a column of numbers, "# | Criterion | Strengths",
    whose totals row leaves that column empty: " | Total | 35") a totals cell before the first column of counts."""
    if not row or row[0]:
        return row[0] if row else ""
    totals = table_lexicon(language).get("totals")
    first = next((i for i, code in enumerate(codes) if code), len(row))
    return next((cell for cell in row[1:first] if totals and compiled(totals).search(fold(cell.strip()))), "")


def _metric_columns(
    page: PageInput, table: Table, language: str, context: DocumentContext, names: DocumentNames = NO_NAMES
) -> list[Metric]:
    """A header of metric names over rows of organizations, units or totals."""
    header = table[0]
    codes = [header_metric(cell, language) for cell in header]
    unit_header = table_lexicon(language).get("unit_header")
    units = bool(unit_header and compiled(unit_header).search(fold(header[0].strip())))
    owner_header = table_lexicon(language).get("owner_header")
    members = bool(owner_header and compiled(owner_header).search(fold(" ".join(header[0].split()))))
    year = _caption_year(page, table, language, context) or context.cycle_year or context.as_of_year
    found = []
    key, notes = legend(page.text), footnotes(page.text)
    for row in table[1:]:
        label = _row_label(row, codes, language)
        note = footnoted(label, notes) if label else None
        named = owner_in(note, language) if note else None  # "ZESKA A.Ş.*" and the note "* Zeytinova Su ... A.Ş."
        owned = ({"organization": named, "organization_basis": NAMED}, None) if named else None
        owned = owned or (row_owner(label, language, context, units, members, key, names) if label else None)
        if owned is None:
            continue
        owner, row_year = owned
        after = 0
        quoted = row[row.index(label) :]  # the row's words from its heading cell
        for code, cell in zip(codes[1:], row[1:], strict=False):
            value = cell_count(cell, language) if code else None
            if code and value is not None:
                evidence, after = row_evidence(page, quoted, cell, after)
                found.append(_metric(owner, code, value, row_year or year, evidence, f"table.{language}.{code}.column"))
    return qualified_hours(found)


def table_metrics(pages: list[PageInput], context: DocumentContext) -> list[Metric]:
    """The counts of every table of counts in the document. A table that goes on over a page break goes on under
    its header: a page's first table whose first row names no metric and holds counts, with as many columns as
    the previous page's last table, is read under that table's header."""
    found: list[Metric] = []
    header: tuple[str, ...] | None = None
    names = document_names(pages, context.language or "") if any(page.tables for page in pages) else NO_NAMES
    for page in pages:
        language = page.language or context.language
        if not language or language not in load("metrics"):
            header = None
            continue
        paired = False
        for number, table in enumerate(page.tables):
            if number == 0 and header and len(table[0]) == len(header) and _continues(table[0], language):
                table = (header, *table)
            table = header_over_counts(table)
            read = _pairs(page, table, language, context)
            paired = paired or bool(read)
            found += (
                read
                or _table_metrics(page, table, language, context, names)
                or org_column_metrics(pages, page, table, language, context)
            )
            header = table[0]
        if not paired:
            found += [m for box in pair_lines(page.text) for m in _pairs(page, box, language, context)]
    return found


def _continues(row: tuple[str, ...], language: str) -> bool:
    """Whether a page's first row goes on with the table before: it names no metric and holds a count past its
    first cell. A row of words only ("Criterion | Weight | Percent achieved") heads a table of its own, however
    many columns it shares with the count table before it."""
    return not _metric_header(row, language) and any(cell_count(cell, language) is not None for cell in row[1:])


def _metric_header(header: tuple[str, ...], language: str) -> bool:
    """Whether a row heads columns of counts: a cell names a metric and none is a sentence. A findings table's
    row ("6.1 | İyileştirmeye Açık Alan | Memnuniyet sonuçları için ...") is data, not a header to read the
    next page's table (a score table's "Toplam | %100 | 1000") under."""
    if any(len(cell.split()) > _MAX_HEADER_WORDS for cell in header):
        return False
    return any(header_metric(cell, language) for cell in header[1:])


_MAX_HEADER_WORDS = 8


def _pairs(page: PageInput, table: Table, language: str, context: DocumentContext) -> list[Metric]:
    """A stats box of label and count side by side, two or more pairs a row ("Değerlendirilen belediye | 18 |
    Güçlü yön | 534"): each count is the metric its own label names, of the document's owner. Every label names a
    metric and every count is one whole number, or the table is not this shape."""
    if not all(len(row) >= 4 and len(row) % 2 == 0 for row in table):
        return []
    pairs = [(row[i], row[i + 1]) for row in table for i in range(0, len(row), 2)]
    read = [(label, cell, header_metric(label, language), cell_count(cell, language)) for label, cell in pairs]
    owner = context.owner(None)
    if not owner["organization"] or any(code is None or value is None for _, _, code, value in read):
        return []
    year = _caption_year(page, table, language, context) or context.cycle_year or context.as_of_year
    found = []
    for label, cell, code, value in read:
        evidence, _ = row_evidence(page, (label, cell), cell, 0)
        found.append(_metric(owner, code, value, year, evidence, f"table.{language}.{code}.pair"))
    return qualified_hours(found)


def _table_metrics(
    page: PageInput, table: Table, language: str, context: DocumentContext, names: DocumentNames = NO_NAMES
) -> list[Metric]:
    header = table[0]
    if len(header) >= 2 and all(_YEAR.match(cell.strip()) for cell in header[1:]):
        return _year_columns(page, table, [int(cell) for cell in header[1:]], language, context)
    years = column_years(header, language)
    if years:
        return _year_columns(page, table, years, language, context)
    if _metric_header(header, language):
        return _metric_columns(page, table, language, context, names)
    return []


def without_table_readings(metrics: list[Metric], tabled: list[Metric]) -> list[Metric]:
    """The sentence rules' metrics less those a table reads better: the same count of the same metric on the
    same page is the table's (its row says whose it is; a row read as a sentence may not), whatever kind of team or
    hours the sentence tells it as ("Enerji şirketimizin 11 kişilik takımı" under a column of internal assessors)."""
    read = {(m.evidence.page, team_family(m.metric_code), m.value) for m in tabled}
    return [
        m for m in metrics if (m.evidence.page, team_family(m.metric_code), m.value) not in read and not _across_cells(m, tabled)
    ]


def _across_cells(metric: Metric, tabled: list[Metric]) -> bool:
    """Whether a sentence rule read a table's row across its cells: the row's words, with the count a cell gives
    under another label ("Değerlendirilen belediye 18 Güçlü yön 534" read as 18 strengths), stand in its quote."""
    return any(
        t.evidence.page == metric.evidence.page
        and t.value == metric.value
        and len(t.evidence.quote) > len(str(int(t.value)))
        and t.evidence.quote in metric.evidence.quote
        for t in tabled
    )
