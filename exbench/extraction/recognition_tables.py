"""Recognitions a page lists as a table of what its organization holds, one row a year.

A table under a heading such as "Yıllara Göre Alınan Ödül ve Belgeler" or "Awards and recognitions
received" gives in each row a year, a level and often the body that gave it ("2017 | Mükemmellikte
Kararlılık 2 Yıldız | KalDer"). The heading says the document's organization received them, so no row
needs a verb: a line that opens with a year (after a row number) and names a level, in its cells or in
the lines its cells wrapped into before the next row, is one recognition of that year. The body in a
later cell is the giver and is never the receiver. A row that plans or applies gives nothing, nor one whose
scope cell names a unit (the unit holds it) unless that unit is an organization named in full as one of the
document's own ("سازمان مدیریت پسماند شهرداری بندر نیلگون" in a municipality's table): it holds that row. Where
the calendar is the solar one and the first column is headed by the word for year, a row may give the year
in two digits ("۹۸" = 1398). A line of running text ends the table.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import normalize_jalali_year
from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import lexicon, mentions_in, with_schemes
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["held_tables"]

_ROW = re.compile(r"^(?:\d{1,2}[.)]?\s+)?((?:19|20)\d\d|1[34]\d\d)(?!\d)(?:\s*[-–|:]\s*|\s+|$)")
_SHORT_ROW = re.compile(r"^(\d\d)(?!\d)(?:\s*[-–|:]\s*|\s+)")  # "۹۸ ISO 9001:2015 ...": a solar year in two digits
_MAX_ROW_LINES = 12  # a row whose cells wrapped into this many lines at most
_MAX_CELL_WORDS = 16  # a longer line is running text: the table has ended
_MAX_INTRO_WORDS = 24  # "جدول زیر گواهینامه‌ها و جوایزی را نشان می‌دهد که تاکنون دریافت شده است (...):"


def _short_years(page_lines: list[Span], start: int, language: str) -> bool:
    """Whether rows may give a solar year in two digits: the calendar is the solar one and the table's header
    (the line after its heading) opens with the word for year."""
    header = page_lines[start + 1].text.split()[:1] if start + 1 < len(page_lines) else []
    words = lexicon()["held_table_year_words"].get(language, [])
    return load("dates").get(language, {}).get("calendar") == "jalali" and bool(header) and fold(header[0]) in words


def _rows(page_lines: list[Span], start: int, short_years: bool = False) -> list[tuple[int, str, Span]]:
    """(year, text of the row's cells, its first line) for each row of the table after line `start`."""
    rows: list[tuple[int, str, Span]] = []
    current: tuple[int, list[str], Span] | None = None
    for line in page_lines[start + 1 :]:
        if len(line.text.split()) > _MAX_CELL_WORDS:
            break
        match = _ROW.match(to_ascii_digits(line.text)) or (short_years and _SHORT_ROW.match(to_ascii_digits(line.text)))
        if match:
            if current:
                rows.append((current[0], " ".join(current[1]), current[2]))
            year = int(match.group(1))
            year = normalize_jalali_year(year) if year < 100 else year
            current = (year + 621 if year < 1900 else year, [line.text[match.end() :]], line)
        elif current and len(current[1]) < _MAX_ROW_LINES:
            current[1].append(line.text)
        elif current:
            break
    if current:
        rows.append((current[0], " ".join(current[1]), current[2]))
    return rows


def _own_unit(cells: str, language: str, subject: str | None) -> str | None:
    """The unit a row's scope names: an organization whose full name holds the document's own ("سازمان مدیریت
    پسماند شهرداری بندر نیلگون" in the table of شهرداری بندر نیلگون) or is headed by a unit noun ("اداره کل
    خدمات مشتریان"); never a body that certifies. None when the row names no such organization."""
    if not subject:
        return None
    own = fold(subject)
    unit_words = lexicon()["held_table_units"].get(language, [])
    certifiers = lexicon()["certifier_names"].get(language, [])

    def holds(name: str) -> bool:
        folded = fold(name)
        if folded == own or any_match(certifiers, folded):
            return False
        return own in folded or any_match(unit_words, folded + " ")

    for mention in find_organizations(cells, language):
        # cells printed side by side run into one name ("شرکت گواهی‌دهنده پارس‌سرت سازمان مدیریت پسماند ..."):
        # the shortest tail that is a whole name of its own
        words = mention.surface.split()
        for start in range(len(words) - 1, -1, -1):
            tail = " ".join(words[start:])
            whole = [m for m in find_organizations(tail, language) if m.start == 0 and m.end == len(tail) and m.canonical]
            if whole and holds(whole[0].canonical):
                return whole[0].canonical
    return None


def held_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of a table of held awards and certificates, owned by the document's organization."""
    found: list[Recognition] = []
    words = lexicon()
    for page in pages:
        language = page.language or context.language
        heads = words["held_table_heads"].get(language or "", [])
        if not heads:
            continue
        page_lines = lines(page.text)
        for index, line in enumerate(page_lines):
            # a heading, or a sentence introducing the table that ends in a colon
            longest = _MAX_INTRO_WORDS if line.text.rstrip().endswith(":") else _MAX_CELL_WORDS
            if not any_match(heads, fold(line.text)) or len(line.text.split()) > longest:
                continue
            for year, cells, first in _rows(page_lines, index, _short_years(page_lines, index, language or "")):
                view = SentenceView(Span(0, len(cells), cells), page.page_number, language)
                if any_match(words["not_attained"].get(language, []), view.folded):
                    continue
                unit = _own_unit(cells, language or "", context.subject)
                if unit is None and any_match(words["held_table_units"].get(language, []), view.folded):
                    continue  # "Beyaz Masa Müdürlüğü" in the scope cell: a unit holds it, not the organization
                mentions, bodies = mentions_in(view)
                mentions = [m for m in with_schemes(mentions, bodies, None) if m.scheme]
                if not mentions:
                    continue
                owner = context.owner(unit if unit else "")
                found.append(mentions[0].received(owner, year, Evidence(page.page_number, first.text)))
    return found
