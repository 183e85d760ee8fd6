"""Recognitions a page lists as winners under level headings, with no verb per line.

A winners page ("Recognised by EFQM / 6 Star Fenmoor Water Ltd / 5 Star ...", "تندیس بلورین: شرکت
...، شرکت ... و بیمارستان ...") says what each organization received by where it stands: a line that
is only a level (a heading) or a level before a colon, then lines that are only organization names, a
star level before a name sharing the heading ("5 Star Port of Ashford Authority"), or a name alone that
shares the star level of the line above (two names in one table cell). A line that is neither (a
sentence, a shortlist, a person) ends the list. Each name gets one recognition, dated by the one year the
page states above its first list (the edition it gives the results of), else by the document.
"""

from __future__ import annotations

import re

from exbench.extraction.cycle_year import stated_years
from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.metric_row_names import document_names
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in
from exbench.extraction.recognition_stars import star_levels
from exbench.extraction.recognition_winner_lines import (
    MAX_HEADING_WORDS,
    described_at,
    in_full,
    introduced_level,
    level_line,
    level_row,
    line_view,
    listed_names,
)
from exbench.extraction.text_units import Span, lines

__all__ = ["lead_year", "winner_lists"]

# a category's name in title case: capitalised words and the small words between them, a comma or an ampersand
_TITLE = re.compile(r"[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|[a-z]{1,7}|&))*")
_MAX_HEADER_WORDS = 3  # "Level Organisation": a table's header row inside the list
_BULLETS = "•·▪◦‣–-*\uf0b7 "
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=\D)")  # "١ شرکت ...": a table's row number (any digits)
_SENTENCE_END = re.compile(r"[.!?؟]\s*$")


def _without_region(text: str, regions: list[str]) -> str:
    """A row without the region its last cell gives ("شرکت پالایش نفت کرانه بوشهر" -> "... کرانه")."""
    for region in sorted(regions, key=len, reverse=True):
        if text.endswith(" " + region):
            return text[: -len(region) - 1].rstrip()
    words = text.split()
    return " ".join(words[:-1]) if len(words) > 2 else text


def _holder_cells(page: PageInput, language: str) -> dict[str, str]:
    """Rows of a page's table whose header row titles its first column by the holder ("Organisation | Sector",
    "Üye | İl"): each row's line, as the text reads it, to its first cell; the other cells describe the holder
    (its sector, its region) and are no part of its name, unless one of them names a level."""
    titles = lexicon()["held_table_member_columns"].get(language, [])
    cells: dict[str, str] = {}
    for table in page.tables:
        holder = False
        for row in table:
            filled = [cell.strip() for cell in row if cell.strip()]
            if (
                len(filled) > 1
                and len(" ".join(filled).split()) <= MAX_HEADING_WORDS
                and any_match(titles, f" {fold(filled[0])} ")
            ):
                holder = True  # a header row, repeated under each level
            elif holder and len(filled) > 1 and not mentions_in(line_view(" ".join(filled[1:]), page.page_number, language))[0]:
                cells[" ".join(" ".join(filled).split())] = filled[0]  # a row whose level stands in a cell is read whole
    return cells


def lead_year(lead: str, context: DocumentContext, language: str) -> int | None:
    """The one year the text above a page's first list states on its own ("Excellence North Awards 2024", "دوره
    بیست‌ودوم جایزه (۱۴۰۳)"): the edition the list gives the results of, which a page published in the next
    calendar year (a solar year's ceremony in January) still names. Not a date's year (the dateline), not a
    year older than the one before the document's (a founding, a history), and not for a report, whose cycle
    the document already states."""
    if context.report_cycle is not None or context.title_year is not None or context.as_of_year is None:
        return None
    years = set(stated_years(lead, language, context.reference_date))
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and year >= context.as_of_year - 1 else None


def winner_lists(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per organization a page lists under a level, dated by the page's lead or the document."""
    rules = lexicon()
    found: list[Recognition] = []
    document = document_names(pages, context.language or "")
    # a level heading at a page's foot heads the list or table the next page opens with
    carried: tuple[Mention, tuple[str, int | None] | None] | None = None
    for number, page in enumerate(pages):
        heading_start = 0
        language = page.language or context.language
        if not language or context.as_of_year is None:
            continue
        not_attained = rules["not_attained"].get(language, [])
        stars_pattern = compiled(rules["stars"])
        heading: Mention | None = carried[0] if carried else None
        level: tuple[str, int | None] | None = carried[1] if carried else None

        year = document_year(context, language)
        lead: list[int] = []  # where the page's first list begins

        def give(names: list[str], scheme: str, named: tuple[str, int | None], line: Span, page_number: int) -> None:
            nonlocal year
            if not lead:  # noqa: B023
                lead.append(heading_start if heading is not None else line.start)  # noqa: B023
                # a lead may date a list that opens the next page: the pages before are read only for a list's lead
                read_before = "".join(f"{p.text}\n" for p in pages[:number])  # noqa: B023
                year = lead_year(read_before + page.text[: lead[0]], context, language) or year  # noqa: B023
            for name in names:
                name = in_full(name, document, language)  # noqa: B023
                evidence = Evidence(page_number, line.text)
                # "Ribblesdale NHS Foundation Trust’s Pathology Service": a unit named with its parent, in full
                whole = [m.canonical for m in find_organizations(name, language) if m.parent and m.end - m.start == len(name)]  # noqa: B023
                found.append(Recognition(whole[0] if whole else name, scheme, named[0], named[1], year, None, evidence))  # noqa: B023

        page_lines = lines(page.text)
        holders = _holder_cells(page, language)
        columns = rules["region_columns"].get(language, {})
        regional = False  # the table's last column is a region
        running = False  # a winner's description wrapped onto the lines below its name
        for index, line in enumerate(page_lines):
            text = line.text.lstrip(_BULLETS)
            if running and not listed_names(text, language) and level_line(text, page.page_number, language) is None:
                running = not _SENTENCE_END.search(text)
                continue  # "... Northshore Health / Partners, which received ... in 2022.": the description goes on
            running = False
            text = text if stars_pattern.match(text.lower()) else _ROW_NUMBER.sub("", text)  # "5 Star ..." is a level
            text = holders.get(" ".join(text.split()), text)
            if 1 < len(text.split()) <= MAX_HEADING_WORDS and text.split()[-1].lower() in columns.get("headers", []):
                regional = True
                continue
            if heading is not None and any(cue in fold(text) for cue in rules["assessment_cues"]):
                heading = level = None  # "Recognised by EFQM / Assessment Report": a report's title, no winners list
                continue
            # "X and Y, which applied jointly ...": what the description after a listed name tells is no shortlist
            cut = described_at(text) if heading is not None and listed_names(text, language) else None
            if any_match(not_attained, text[:cut].lower()):
                if not text.partition(":")[2].strip():
                    heading = level = None  # "Ödül finalistleri", "Finalists:": the names below did not receive
                continue  # "Shortlisted: ...": no recognition, the list goes on
            if heading is not None and any_match(rules.get("level_table_headers", {}).get(language, []), fold(text)):
                continue  # "سازمان سطح": the header row of the table the list is printed as, no winner
            row = level_row(text, page_lines[index + 1].text if index + 1 < len(page_lines) else "", page.page_number, language)
            if row is not None:
                mention, level, names = row
                give(names, mention.scheme, (level, mention.stars), line, page.page_number)
                continue
            label, colon, rest = text.partition(":")
            labelled = level_line(label, page.page_number, language) if colon else None
            if labelled is not None and (names := listed_names(rest, language)):
                give(names, labelled.scheme, (labelled.level, labelled.stars), line, page.page_number)
                continue
            own = level_line(text, page.page_number, language) or introduced_level(
                text, page.page_number, language, page.text[: line.start], "".join(f"{p.text}\n" for p in pages[:number])
            )
            if own is not None:
                # a standard's name ("ISO 9001:2015") heads a table cell, not a winners list: the name
                # under it is the body that certifies
                heading, level = (own, (own.level, own.stars)) if own.scheme != "iso" else (None, None)
                heading_start = line.start
                continue
            if any_match(rules["winner_list_headings"].get(language, []), text):
                heading = Mention("other", 0, len(text), text)  # "Role Model Awards": categories follow
                heading_start = line.start
                level = (text, None)
                continue
            if (
                heading is not None
                and colon
                and len(label.split()) <= _MAX_HEADER_WORDS
                and (names := listed_names(rest, language))
            ):
                # "تقدیرنامه" / "چهار ستاره: A": a star level before the colon is the stars of the heading's level
                told = star_levels(label, label.lower())
                stars = told[0][1][-1] if told else level[1]
                give(names, heading.scheme, (f"{heading.level} – {label.strip()}", stars), line, page.page_number)
                continue
            if heading is None:
                continue
            # "5 Star", "★★★★": a level opening the line
            stars = next((match for match, *_ in star_levels(text, text.lower())[:1] if match.start() == 0), None)
            value = star_levels(text, text.lower())[0][1][-1] if stars else None
            if stars and stars.end() == len(text):  # "5 Star" alone: a cell the names below share
                level = (f"{heading.level} {text.strip()}", value)
            elif stars and (names := listed_names(text[stars.end() :], language)):
                level = (f"{heading.level} {text[: stars.end()].strip()}", value)
                give(names, heading.scheme, level, line, page.page_number)
            elif names := listed_names(_without_region(text, columns.get("regions", [])) if regional else text, language):
                give(names, heading.scheme, level, line, page.page_number)
                running = described_at(text) is not None and not _SENTENCE_END.search(text)
            elif heading.scheme == "other" and _TITLE.fullmatch(text) and not find_organizations(text, language):
                level = (f"{heading.level} – {text.strip()}", None)  # "Leading with Vision, ...": a category, winner below
            elif len(text.split()) > _MAX_HEADER_WORDS or find_organizations(text, language):
                heading = level = None
        carried = (heading, level) if heading is not None else None
    return found
