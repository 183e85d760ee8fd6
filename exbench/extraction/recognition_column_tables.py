"""Recognitions a table of cells gives by what its columns hold, whatever its header calls them.

An award body's results, a union's winners, an organization's awards page print one receiver a row and its level
in another cell, under headers no closed list can know ("Kuruluş | Kategori / Sektör | Düzey | Yıldız", "Belediye |
Kategori | Sonuç"). Where the reader gives the table as cells, its columns say what they are by their cells: the
receivers' column is the first whose cells name an organization in most rows, the level's the one other column
whose cells name a level in most rows. A column of star counts (1-7, a dash where none) under a header that names
stars gives a row's stars, a column of years its year. A row is dated by its year cell, else by the one year of
the header or of the few lines above the table, else by the document. A row whose cells plan, apply or
shortlist gives nothing, nor a table with two level columns (this cycle's and the last: the readers that know such
headers read it). Every other reader keeps the rows it read (recognition_listings).
"""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.model import DocumentContext, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.quotes import as_written
from exbench.extraction.recognition_level_cells import read_on_from_row, receiver, row_quote
from exbench.extraction.recognition_list_tables import cell_level, received_level
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon
from exbench.extraction.recognition_schemes import scheme_before
from exbench.language import to_ascii_digits

__all__ = ["column_tables", "completes", "within_column_table"]

Table = tuple[tuple[str, ...], ...]
_MOST = 0.5  # the share of a table's rows whose cells must say what a column holds
_CAPTION_LINES = 3  # the lines above a table that may give its year: a heading, an intro sentence
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d|1[34]\d\d)(?!\d)")
_STAR_CELL = re.compile(r"[1-7]|[-–—]?")
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


def _cells(row: tuple[str, ...]) -> list[str]:
    return [" ".join(to_ascii_digits(cell).split()) for cell in row]


def _column(rows: list[list[str]], test) -> list[int]:
    """The columns whose cells pass `test` in most rows."""
    width = max(len(row) for row in rows)
    return [j for j in range(width) if sum(1 for row in rows if j < len(row) and row[j] and test(row[j])) > _MOST * len(rows)]


def _named(cell: str, language: str) -> bool:
    """Whether a cell names an organization the finder reads ("Karaçam Belediyesi"), not only capitalised words
    ("Commitment Level", "Award Recipient": a level's column in a table of one organization's awards)."""
    return receiver(cell, language) is not None and any(m.canonical for m in find_organizations(cell, language))


def _stars_header(cell: str) -> bool:
    """Whether a header cell names star counts ("Yıldız", "Stars", "ستاره")."""
    return bool(cell) and bool(compiled(lexicon()["stars"]).match(f"1 {fold(cell)}"))


def _caption_year(page: PageInput, header: str) -> int | None:
    """The one year the few lines above the table give ("Birlik Mükemmellik Ödülleri 2024" / "... 6 Aralık 2024'te
    ... verdi. Ödül alan belediyeler:"), none where they give two."""
    written = as_written(page.text, header, whole=True) if header.split() else None
    at = page.text.find(written) if written else -1
    if at <= 0:
        return None
    above = page.text[:at].rstrip().split("\n")[-_CAPTION_LINES:]
    years = {gregorian_cycle(int(y)) for line in above for y in _YEAR.findall(to_ascii_digits(line))}
    return years.pop() if len(years) == 1 else None


def _table(page: PageInput, table: Table, context: DocumentContext, language: str) -> list[Recognition]:
    rows = [_cells(row) for row in table]
    if len(rows) < 2 or min(len(row) for row in rows) < 2:
        return []
    if all(_ROW_NUMBER.fullmatch(row[0]) for row in rows[1:]):  # "No | Kuruluş | ..." / "1 | ...": the row numbers
        rows = [row[1:] for row in rows]
    header, body = rows[0], rows[1:]
    refusals = lexicon()["not_attained"].get(language, [])
    if any_match(refusals, fold(" ".join(header))):  # "Kuruluş | Hedef Seviye": the levels a plan expects
        return []
    scheme_here = scheme_before(page.text, page.text.find(header[0]) if header[0] else 0, language)
    levels = _column(body, lambda cell: cell_level(cell, page.page_number, language, scheme_here) is not None)
    names = [j for j in _column(body, lambda cell: _named(cell, language)) if j not in levels]
    if not names or len(levels) != 1:
        return []
    name, level = names[0], levels[0]
    stars = [
        j for j in _column(body, lambda cell: bool(_STAR_CELL.fullmatch(cell))) if j < len(header) and _stars_header(header[j])
    ]
    years = [j for j in _column(body, lambda cell: bool(_YEAR.fullmatch(cell))) if j not in (name, level)]
    told = set(_YEAR.findall(" ".join(header)))
    year = gregorian_cycle(int(told.pop())) if len(told) == 1 else _caption_year(page, " ".join(table[0]))
    year = year if year is not None else document_year(context, language)
    found: list[Recognition] = []
    for raw, row in zip(table[1:], body, strict=True):
        if max(name, level) >= len(row) or any_match(refusals, fold(" ".join(row))):
            continue
        organization = receiver(row[name], language)
        mention: Mention | None = cell_level(row[level], page.page_number, language, scheme_here)
        dated = gregorian_cycle(int(row[years[0]])) if years and _YEAR.fullmatch(row[years[0]]) else year
        if organization is None or mention is None or dated is None:
            continue
        if mention.stars is None and stars and re.fullmatch(r"[1-7]", row[stars[0]]):
            mention.stars = int(row[stars[0]])
        found.append(received_level(organization, mention, dated, row_quote(page, raw), context, scheme_here))
    return found


def column_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of each table of cells with a receivers' column and one level column."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language or ""
        for table in page.tables:
            found += _table(page, table, context, language)
    return found


def within_column_table(recognition: Recognition, rows: list[Recognition]) -> bool:
    """Whether another reader took `recognition` from the words of one of such a table's rows (or read on from a
    row's last cells into the text after the table)."""
    quote = " ".join(recognition.evidence.quote.split())
    return any(
        quote in " ".join(row.evidence.quote.split()) or read_on_from_row(quote, row.evidence.quote, recognition.level)
        for row in rows
        if row.evidence.page == recognition.evidence.page
    )


def completes(row: Recognition, reading: Recognition) -> bool:
    """Whether a row read by its columns gives what another reading of it gave and the stars it did not."""
    same = (row.organization, row.scheme, row.year) == (reading.organization, reading.scheme, reading.year)
    return same and reading.stars is None and row.stars is not None
