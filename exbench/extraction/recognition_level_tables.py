"""Results tables by organization whose cells wrap: "Organisation | Sector | Category | Level 2024 | Previous recognition".

An award body's results page lists each organization assessed with the level it reached and, often, the level it
held before ("2021 – Committed to Excellence 2 Star"). Printed, every cell wraps over lines of its own, so a row
is not a line: the table opens at a header that names the organization column first and a level column after it
(`level_table_headers` in the `recognitions` lexicon, perhaps with the year of the results), and a row starts at
each line that opens with an organization's name and runs to the next such line; running text ends the table.
A row's level before any "year –" cell is this year's (the header's year, else the document's), unless its words
shortlist, plan or apply ("Finalist"); each "year – level" cell after it is a level received that year. Where the
reader gives the table as cells, the cells are read, and where it cut the table short (fewer rows than the lines
hold) the lines give the rows it left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from exbench.extraction.dates import find_dates, gregorian_cycle
from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import OrgMention, find_organizations
from exbench.extraction.recognition_internal import internal_scheme
from exbench.extraction.recognition_level_cells import cell_rows, continued, header_table, named_in_full
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import gives
from exbench.extraction.recognition_schemes import in_context, scheme_before
from exbench.extraction.recognition_table_headers import register_header
from exbench.extraction.recognition_tables import is_prose
from exbench.extraction.recognition_years import receipt_dates
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["level_tables", "within_level_table"]

_MAX_HEADER_WORDS = 10
# a header of many columns ("سازمان ارزیابان نفرساعت نقاط قوت ... سطح جشنواره") is titles only: no sentence's stops
_MAX_BARE_HEADER_WORDS = 18
_STOPS = re.compile(r"[.,،:؛;!?؟]")
_ROW_NUMBER = re.compile(r"(?:\d{1,3}[.)]?\s+)?")
_NAME_WINDOW = 240  # characters from a line's start that hold a name wrapped over lines
_MAX_CELL_WORDS = 16  # a longer line is running text: the table has ended
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_LEAD_START = re.compile(r"(?s).*[.!?؟]\s")  # the sentences before the one that leads into the table
_DATED_CELL = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[–—-]\s+")  # "2021 – Committed to Excellence 2 Star"


def _levels(text: str, page: int, language: str, scheme_here: str | None = None) -> list[Mention]:
    """The levels one run of cells names, each with its scheme (a bare star level takes the cell's scheme, else
    the one the page names most above the table: "سه ستاره" under a municipal festival's results)."""
    view = SentenceView(Span(0, len(text), text), page, language)
    mentions, bodies = mentions_in(view)
    # "تقدیرنامه سه ستاره" under a municipal festival's results: a level two schemes share is the page's scheme's
    found = [m for m in in_context(view.folded, with_schemes(mentions, bodies, scheme_here), bodies, scheme_here) if m.scheme]
    if found:
        return found
    # "Achievement Level (Silver)", "Commitment Level": a programme's own level, named only by the level column
    cells = (compiled(p).search(text) for p in lexicon().get("level_table_cells", {}).get(language, []))
    named = [Mention("other", m.start(), m.end(), " ".join(m["level"].split())) for m in cells if m]
    # "Organisation | Sector | Award" with "Gold" in the award's cell: the grade of the award the page announces
    grade = " ".join(text.split())
    if not named and fold(grade) in lexicon().get("level_table_grades", {}).get(language, []):
        named = [Mention("other", 0, len(text), grade)]
    return named


def _cycle_named(above: str, language: str, context: DocumentContext) -> int | None:
    """The year of a results table whose header names none: the first cycle the page names above it ("2024
    Dönemi İstatistikleri" published in January 2025; "در دوره ۱۴۰۳ جشنواره" in a newsletter of Tir 1404), a
    cycle after the document's year being a call, not results; else the document's year."""
    issued = document_year(context, language)
    for match in sorted(
        (
            m
            for p in lexicon().get("cycle_named", {}).get(language, [])
            for m in compiled(p).finditer(to_ascii_digits(fold(above)))
        ),
        key=lambda m: m.start(),
    ):
        year = int(match["y"])
        year = gregorian_cycle(year)
        if issued is None or year <= issued:
            return year
    return issued


def _lead_year(above: str, language: str, context: DocumentContext) -> int | None:
    """The year the sentence that leads into a table (it ends with a colon) gives its receipt: "در آیین اختتامیه
    که اردیبهشت ۱۴۰۳ برگزار شد، واحدهای زیر ... گواهی ستاره دریافت کردند:" dates the rows under it, whatever
    period the page reports on. A lead with no such year, or more than one, dates nothing."""
    lead = above.rstrip()
    if not lead.endswith(":"):
        return None
    start = _LEAD_START.match(lead)
    lead = lead[start.end() if start else 0 :]
    reference = context.reference_date
    dates = receipt_dates(fold(lead), find_dates(lead, language, reference), language)
    years = {d.first.year for d in dates if d.first is not None and (reference is None or d.first <= reference)}
    return years.pop() if len(years) == 1 else None


def _header_sized(text: str) -> bool:
    """Whether a line is short enough to be a header row: a few titles, or many with no stop a sentence has."""
    words = len(text.split())
    return words <= _MAX_HEADER_WORDS or (words <= _MAX_BARE_HEADER_WORDS and not _STOPS.search(text))


def _table_lines(page_lines: list[Span], header: int, width: int) -> list[Span]:
    """The lines of the table under its header line, up to the first line of running text."""
    kept = []
    for line in page_lines[header + 1 :]:
        if len(line.text.split()) > _MAX_CELL_WORDS or is_prose(line.text, width):
            break
        kept.append(line)
    return kept


def _line_names(text: str, starts: dict[int, int], language: str) -> list[OrgMention]:
    """The organization each line opens with, read from that line on (its name may wrap onto the next lines):
    read over the whole table, a name could take in the last cell of the row above ("Sağlık Kervansaray ... A.Ş.")."""
    named: list[OrgMention] = []
    for offset in starts:
        if named and named[-1].end > offset:
            continue  # a line the name above wrapped into
        window = text[offset : offset + _NAME_WINDOW]
        lead = _ROW_NUMBER.match(window).end()  # "۱ شرکت ..." under a "ردیف" column
        first = next((m for m in find_organizations(window, language) if m.canonical and m.start == lead), None)
        if first is not None:
            named.append(replace(first, start=offset + lead, end=offset + first.end))
    return named


def _rows(table: list[Span], language: str) -> list[tuple[str, str, Span, Span]]:
    """(organization, the row's cells after its name, first line, last line) for each row: a row starts at a line
    that opens with an organization's name (wrapped over lines or not); lines before the first are the header's."""
    text = " ".join(line.text for line in table)
    starts, offset = {}, 0
    for index, line in enumerate(table):
        starts[offset] = index
        offset += len(line.text) + 1
    named = [
        m
        for m in _line_names(text, starts, language)
        if not m.self_reference
        and not gives(m.canonical, language)
        and text.count("(", 0, m.start) <= text.count(")", 0, m.start)  # "X (a unit of / Y)": Y wraps in X's cell
    ]
    rows = []
    for position, mention in enumerate(named):
        end = named[position + 1].start if position + 1 < len(named) else len(text)
        last = named[position + 1].start if position + 1 < len(named) else len(text) + 1
        last_line = max(i for o, i in starts.items() if o < last)
        opens = max(o for o in starts if o <= mention.start)  # the row's line, a row number before the name
        row, name, cells = starts[opens], mention.canonical, text[mention.end : end]
        unit = table[row + 1].text if mention.end == opens + len(table[row].text) and row + 1 < len(table) else ""
        if unit and any(re.match(p, unit) for p in lexicon().get("level_table_units", {}).get(language, [])):
            name, cells = f"{name} {unit}", cells[len(unit) + 1 :]  # "Aldbrook University | School of Engineering"
        rows.append((name, cells, table[row], table[last_line]))
    return rows


def _line_rows(
    page: PageInput, page_lines: list[Span], index: int, this_year: int | None, context: DocumentContext, refusals: list[str]
) -> list[Recognition]:
    """The recognitions of a table read from its lines under the header line `index`: a row per organization."""
    language = page.language or context.language or ""
    width = max((len(line.text) for line in page_lines), default=0)
    line = page_lines[index]
    found: list[Recognition] = []
    scheme_here = scheme_before(page.text, line.start, language)
    for organization, cells, first, last in _rows(_table_lines(page_lines, index, width), language):
        dated = list(_DATED_CELL.finditer(cells))
        parts = [(this_year, cells[: dated[0].start()] if dated else cells)]
        parts += [
            (int(m["year"]), cells[m.end() : dated[i + 1].start() if i + 1 < len(dated) else len(cells)])
            for i, m in enumerate(dated)
        ]
        quote = page.text[first.start : last.end]
        for year, part in parts:
            if year is None or any_match(refusals, fold(part)):
                continue  # "Finalist": shortlisted, not received
            for mention in _levels(part, page.page_number, language, scheme_here)[:1]:
                found.append(
                    Recognition(
                        **context.owner(organization),
                        scheme=internal_scheme(mention.scheme, mention.level, organization, language, scheme_here),
                        level=mention.level,
                        stars=mention.stars if mention.scheme != "iso" else None,
                        year=year,
                        awarded_on=None,
                        evidence=Evidence(page.page_number, quote),
                    )
                )
    return found


def level_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row's level this year, and one per earlier level a row dates."""
    found: list[Recognition] = []
    following = {page.page_number: after for page, after in zip(pages, pages[1:], strict=False)}
    for page in pages:
        language = page.language or context.language
        headers = lexicon().get("level_table_headers", {}).get(language or "", [])
        if not language or not headers:
            continue
        refusals = lexicon()["not_attained"].get(language, [])
        page_lines = lines(page.text)
        for index, line in enumerate(page_lines):
            folded = fold(line.text)
            if not _header_sized(line.text) or not any(compiled(p).search(folded) for p in headers):
                continue
            if register_header(page_lines, index, language):
                continue  # "Birim | Ödül | Yıl": a column of years makes it a table of held awards, read as one
            years = set(_YEAR.findall(line.text))
            above = page.text[: line.start]
            this_year = (
                int(years.pop())
                if len(years) == 1
                else _lead_year(above, language, context) or _cycle_named(above, language, context)
            )
            by_lines = _line_rows(page, page_lines, index, this_year, context, refusals)
            table = header_table(page, line.text)
            if table is not None:  # the reader gave its cells: a row is a row
                # a level two schemes share takes the scheme the document names above the table (a festival's
                # results table on the page after its report)
                above = "".join(f"{p.text}\n" for p in pages if p.page_number < page.page_number) + page.text[: line.start]
                levels = partial(_levels, scheme_here=scheme_before(above, len(above), language))
                read = cell_rows(table[1:], page, this_year, language, context, levels, refusals)
                after = following.get(page.page_number)
                if after is not None:
                    read += cell_rows(continued(after, table, headers), after, this_year, language, context, levels, refusals)
                # cells that name no level of their own (a bare "سه ستاره") are left to the lines below; a table the
                # reader cut short (fewer rows than the lines hold) goes on in the lines' rows it did not give
                if read:
                    cut_short = len({r.organization for r in by_lines}) > len(table) - 1
                    given = {r.organization for r in read}
                    found += read + [r for r in by_lines if r.organization not in given] if cut_short else read
                    continue
            found += by_lines
    return found


def within_level_table(recognition: Recognition, rows: list[Recognition]) -> bool:
    """Whether another reader took `recognition` from the cells of a results table's row: a name cell and a level
    cell of different rows, which that table's rows give apart."""
    quote = " ".join(recognition.evidence.quote.split())
    # the rows of one page read together: a sentence the reader ran across rows ("X No. 4 Achievement Award Utilities Y")
    table = " ".join(" ".join(row.evidence.quote.split()) for row in rows if row.evidence.page == recognition.evidence.page)
    return (bool(table) and quote in table) or named_in_full(recognition, rows)
