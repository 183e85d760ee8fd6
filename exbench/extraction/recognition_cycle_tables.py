"""Past winners tables by cycle: "Cycle | Level | Winners", the cycle cell spanning the rows of its levels.

An award body's page of past winners prints one table for several cycles ("دوره ۱۴۰۰ | تندیس سیمین | شرکت ...",
then "| تقدیرنامه سه ستاره | بیمارستان ...، شرکت ..."): the first cell names the cycle by its year and, spanning
the rows below it, is empty in them; the next cell is only a level; the last lists the winners. No row has a verb:
the table says each name received its row's level in its cycle's year, whatever the page's own date. A winners
cell that lists no organization ("اعطا نشد", "not awarded") gives nothing. Only tables the reader gives as cells
are read; the level's scheme is the one the words above the table name (a province's award, not the national one).
"""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.model import DocumentContext, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_level_cells import row_quote
from exbench.extraction.recognition_mentions import lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import gives
from exbench.extraction.recognition_schemes import in_context
from exbench.extraction.recognition_winner_lines import level_line, listed_names
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span
from exbench.language import to_ascii_digits

__all__ = ["cycle_tables", "within_cycle_table"]

_CYCLE = re.compile(r"(?<!\d)((?:19|20)\d\d|1[34]\d\d)(?!\d)")
_MAX_CYCLE_WORDS = 3  # "دوره ۱۴۰۰", "2021", "Cycle 2022": a year and a word at most
_MIN_CYCLES = 2  # a table of one cycle is a results table, read elsewhere


def _cell(text: str) -> str:
    return " ".join(text.split())


def _cycle(cell: str) -> int | None:
    """The year a short first cell names ("دوره ۱۴۰۰" = 2021); None for any other cell."""
    text = to_ascii_digits(_cell(cell))
    years = _CYCLE.findall(text)
    if len(years) != 1 or len(text.split()) > _MAX_CYCLE_WORDS:
        return None
    year = int(years[0])
    return gregorian_cycle(year)


def _years(table: tuple[tuple[str, ...], ...]) -> list[int | None] | None:
    """Each row's cycle year, carried down the rows whose first cell is empty; None when the first column is not
    a column of cycles that span rows (a header row above it is left out): a year in every row is a record of one
    organization's awards by year, whose last cell names who gave them (`recognition_tables`)."""
    years: list[int | None] = []
    current: int | None = None
    cycles = spanned = 0
    for row in table:
        first = _cell(row[0]) if row else ""
        year = _cycle(first) if first else None
        if first and year is None:
            if cycles:
                return None  # a first cell that is neither a cycle nor empty, under cycles: another kind of table
            years.append(None)  # the header row
            continue
        if year is not None:
            current, cycles = year, cycles + 1
        spanned += not first and current is not None
        years.append(current)
    return years if cycles >= _MIN_CYCLES and spanned else None


def cycle_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per winner a past-winners table by cycle names, in its cycle's year."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language or ""
        refusals = lexicon()["not_attained"].get(language, [])
        for table in page.tables:
            if not table or min(len(row) for row in table) < 3:
                continue
            years = _years(table)
            if years is None:
                continue
            first_row = next((_cell(row[1]) for row, year in zip(table, years, strict=True) if year is not None), "")
            above = page.text[: max(0, page.text.find(first_row))] if first_row else page.text
            for row, year in zip(table, years, strict=True):
                level = level_line(_cell(row[1]), page.page_number, language) if year is not None else None
                if level is None or any_match(refusals, fold(_cell(row[-1]))):
                    continue
                winners = _cell(row[-1])
                # "A، اتاق بازرگانی، صنایع، معادن و کشاورزی گرگان": commas inside a name; the names the finder reads whole
                names = listed_names(winners, language) or [
                    m.canonical for m in find_organizations(winners, language) if m.canonical
                ]
                names = [name for name in names if not gives(name, language)]  # a body that gives, never a winner
                cell = _cell(row[1])
                view = SentenceView(Span(0, len(cell), cell), page.page_number, language)
                mentions, bodies = mentions_in(view)
                mentions = in_context(view.folded, with_schemes(mentions, bodies, None), bodies, None, fold(above))
                if not mentions or not mentions[0].scheme:
                    continue
                quote = row_quote(page, row)
                found += [mentions[0].received(context.owner(name), year, quote) for name in names]
    return found


def within_cycle_table(recognition: Recognition, rows: list[Recognition]) -> bool:
    """Whether another reader took `recognition` from a row a cycle table read: the same winner and level on the
    same page, which the table dates by its cycle and the other reader by the page."""
    return any(
        row.evidence.page == recognition.evidence.page
        and row.organization == recognition.organization
        and fold(row.level or "") == fold(recognition.level or "")
        for row in rows
    )
