"""Recognitions a page lists as a table of what its organization holds, one row a year.

A table under a heading such as "Yıllara Göre Alınan Ödül ve Belgeler" or "Awards and recognitions
received" gives in each row a year, a level and often the body that gave it ("2017 | Mükemmellikte
Kararlılık 2 Yıldız | KalDer"). The heading says the document's organization received them, so no row
needs a verb: a line that opens with a year (after a row number) and names a level, in its cells or in
the lines its cells wrapped into before the next row, is one recognition of that year. The body in a
later cell is the giver and is never the receiver. A row that plans or applies gives nothing, nor one whose
scope cell names a unit (the unit holds it); a line of running text ends the table.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.recognition_mentions import lexicon, mentions_in, with_schemes
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["held_tables"]

_ROW = re.compile(r"^(?:\d{1,2}[.)]?\s+)?((?:19|20)\d\d|1[34]\d\d)(?!\d)(?:\s*[-–|:]\s*|\s+|$)")
_MAX_ROW_LINES = 12  # a row whose cells wrapped into this many lines at most
_MAX_CELL_WORDS = 16  # a longer line is running text: the table has ended


def _rows(page_lines: list[Span], start: int) -> list[tuple[int, str, Span]]:
    """(year, text of the row's cells, its first line) for each row of the table after line `start`."""
    rows: list[tuple[int, str, Span]] = []
    current: tuple[int, list[str], Span] | None = None
    for line in page_lines[start + 1 :]:
        if len(line.text.split()) > _MAX_CELL_WORDS:
            break
        match = _ROW.match(to_ascii_digits(line.text))
        if match:
            if current:
                rows.append((current[0], " ".join(current[1]), current[2]))
            year = int(match.group(1))
            current = (year + 621 if year < 1900 else year, [line.text[match.end() :]], line)
        elif current and len(current[1]) < _MAX_ROW_LINES:
            current[1].append(line.text)
        elif current:
            break
    if current:
        rows.append((current[0], " ".join(current[1]), current[2]))
    return rows


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
            if not any_match(heads, fold(line.text)) or len(line.text.split()) > _MAX_CELL_WORDS:
                continue
            for year, cells, first in _rows(page_lines, index):
                view = SentenceView(Span(0, len(cells), cells), page.page_number, language)
                if any_match(words["not_attained"].get(language, []), view.folded):
                    continue
                if any_match(words["held_table_units"].get(language, []), view.folded):
                    continue  # "Beyaz Masa Müdürlüğü" in the scope cell: a unit holds it, not the organization
                mentions, bodies = mentions_in(view)
                mentions = [m for m in with_schemes(mentions, bodies, None) if m.scheme]
                if not mentions:
                    continue
                found.append(mentions[0].received(context.owner(""), year, Evidence(page.page_number, first.text)))
    return found
