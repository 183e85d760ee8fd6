"""Results tables by organization read from their cells: "Organization | Award level | Sector", one row a receiver.

Where the reader gives a printed table as cells (ruled rows of a winners' table), a row is a row and its first
cell the organization's name as the award body wrote it ("Columbia Basin Public Utility District No. 4"): no line
of one row runs into the next, as the lines of `recognition_level_tables` do. The table is the one whose header
row is the header line `level_table_headers` names; a table at the top of the next page with as many columns and
no header of its own goes on with the same rows (a page break cuts a winners' table). A row's level is the first
level its other cells name, received in the header's year, else the document's; a row whose cells shortlist,
plan or apply gives nothing.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.quotes import as_written
from exbench.extraction.recognition_mentions import Mention
from exbench.extraction.recognition_owners import gives
from exbench.extraction.recognition_winner_lines import is_list_name

__all__ = ["cell_rows", "continued", "header_table", "named_in_full", "read_on_from_row", "receiver", "row_quote"]

Table = tuple[tuple[str, ...], ...]
_MAX_NAME_WORDS = 12
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")  # a row number's cell, in any script's digits
# capitalised words and the joiners a name keeps between them
_NAME = re.compile(r"[A-Z][\w’'.&-]*,?(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z0-9][\w’'.&-]*,?)+")


def _joined(cells: tuple[str, ...]) -> str:
    return " ".join(" ".join(cells).split())


def row_quote(page: PageInput, cells: tuple[str, ...]) -> Evidence:
    """A row's words as the page text gives them (a cell may wrap over lines), so the quote is verbatim on its
    page; else the cells joined."""
    joined = " ".join(" ".join(cells).split())
    return Evidence(page.page_number, as_written(page.text, joined, whole=True) or joined)


def read_on_from_row(said: str, row: str, level: str | None) -> bool:
    """Whether a sentence's words open with a row's last cells and take their level from them ("Finans
    Mükemmellikte Yetkinlik 4 / Törende ayrıca ...": the text read on from a table's last row into the prose)."""
    said, row, level = " ".join(said.split()), " ".join(row.split()), fold(level or "")
    shared = next((k for k in range(min(len(said), len(row)), 0, -1) if row.endswith(said[:k])), 0)
    return bool(level) and level in fold(said[:shared])


def header_table(page: PageInput, header: str) -> Table | None:
    """The page's table whose first row is the header line `header`, if the reader gave it as cells."""
    wanted = " ".join(header.split())
    return next((t for t in page.tables if t and len(t[0]) > 1 and _joined(t[0]) == wanted), None)


def continued(following: PageInput | None, table: Table, headers: list[str]) -> Table:
    """The rows of the next page's first table when it goes on with `table`: as many columns, no header."""
    if following is None or not following.tables:
        return ()
    first = following.tables[0]
    if not first or len(first[0]) != len(table[0]) or any(compiled(p).search(fold(_joined(first[0]))) for p in headers):
        return ()
    return first if following.text.lstrip().startswith(first[0][0].strip()) else ()


def receiver(cell: str, language: str) -> str | None:
    """The organization a name cell holds: the whole cell, when the finder reads an organization in it ("City of
    Port Ansel Police Department") or every word of it is capitalised ("Tamarack Precision Castings, Inc."): the
    header said the column holds organizations."""
    name = " ".join(cell.split())
    found = [m for m in find_organizations(name, language) if m.canonical and not m.self_reference]
    if any(gives(m.canonical, language) for m in found) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    # "Sakarya Havzası ... Genel Müdürlüğü (SAHSU)": the short name the cell gives in brackets is no part of the name
    short = next((m.acronym for m in found if m.acronym and name.endswith(f"({m.acronym})")), None)
    name = name[: -len(short) - 2].rstrip() if short else name
    if found or _NAME.fullmatch(name):
        return name
    # "شهرداری منطقه ۴": where a name opens with its head noun, a cell of a head and words of no closed list
    head_first = not load("organizations").get(language, {}).get("name_before_head", True)
    return name if head_first and is_list_name(name, language) else None


def cell_rows(
    rows: Table,
    page: PageInput,
    year: int | None,
    language: str,
    context: DocumentContext,
    levels,  # (text, page, language) -> list[Mention]
    refusals: list[str],
) -> list[Recognition]:
    """One recognition per row that names an organization first and a level in a later cell."""
    found: list[Recognition] = []
    for cells in rows:
        row = cells[1:] if cells and _ROW_NUMBER.fullmatch(cells[0].strip()) else cells  # "۱ | شهرداری منطقه ۴ | ..."
        if len(row) < 2 or year is None:
            continue
        organization = receiver(row[0], language)
        rest = " | ".join(" ".join(c.split()) for c in row[1:])
        if organization is None or any_match(refusals, fold(rest)):
            continue
        named: list[Mention] = [m for cell in row[1:] for m in levels(" ".join(cell.split()), page.page_number, language)[:1]]
        for mention in named[:1]:
            found.append(
                Recognition(
                    **context.owner(organization),
                    scheme=mention.scheme,
                    level=mention.level,
                    stars=mention.stars if mention.scheme != "iso" else None,
                    year=year,
                    awarded_on=None,
                    evidence=row_quote(page, row),
                )
            )
    return found


def named_in_full(recognition: Recognition, rows: list[Recognition]) -> bool:
    """Whether a row gives the same scheme and year to the receiver `recognition` names shorter: "the City of Port
    Ansel Police Department received Progress Awards" read as "Port Ansel Police Department" beside the row's name."""
    short = recognition.organization
    return bool(short) and any(
        (row.organization or "").endswith(f" {short}") and (row.scheme, row.year) == (recognition.scheme, recognition.year)
        for row in rows
    )
