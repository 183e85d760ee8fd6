"""Winners tables with a result column: award (and category), organization, result ("Winner", "Highly Commended").

A row reads "Excellence Award – Public Sector | Calderbrook Metropolitan Borough Council | Winner"; printed,
its cells wrap over several lines, so a row is the fewest lines before a line that ends in a grade of the
language (`award_grades`) that hold an award's noun or level, then one organization, then the grade. A row
whose words shortlist, plan or apply ("Finalist") gives nothing. Each row is one recognition of the
organization, dated by the document; a grade other than the plain win is kept in the level.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import document_year, lexicon, mentions_in, normalised, with_schemes
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines

__all__ = ["result_rows"]

_MAX_ROW_LINES = 4  # the cells of one row, wrapped
_MAX_ROW_WORDS = 24
_PLAIN_WIN = {"winner", "kazanan", "برنده"}


def _grade_at_end(text: str, grades: list[str]) -> str | None:
    """The grade a row ends with, as written, when it is written as a title (capitalised where the script has capitals)."""
    for grade in grades:
        match = re.search(rf"(?<!\S){re.escape(grade)}\s*$", text, re.IGNORECASE)
        if match and not match.group(0)[:1].islower():
            return match.group(0).strip()
    return None


def _row(text: str, grade: str, page: int, language: str) -> tuple[str, str, str] | None:
    """(organization, scheme, level) of a row, or None when it is not award, organization, grade."""
    body = text[: len(text) - len(grade)].rstrip()
    names = [m for m in find_organizations(body, language) if m.canonical and not m.self_reference]
    if len(names) != 1 or body[names[0].end :].strip(" –-|"):
        return None
    award = body[: names[0].start].strip(" –-|")
    folded = fold(award)
    view = SentenceView(Span(0, len(award), award), page, language)
    mentions, bodies = mentions_in(view)
    schemes = [m.scheme for m in with_schemes(mentions, bodies, None) if m.scheme]
    if not award or not (schemes or any(compiled(p).search(folded) for p in lexicon()["generic_awards"])):
        return None
    level = normalised(award) if fold(grade) in _PLAIN_WIN else f"{normalised(award)} – {normalised(grade)}"
    return names[0].canonical, schemes[0] if schemes else "other", level


def result_rows(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of a winners table whose last column gives the result."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language
        grades = sorted(lexicon()["award_grades"].get(language or "", []), key=len, reverse=True)
        if not language or not grades:
            continue
        not_attained = lexicon()["not_attained"].get(language, [])
        spans = lines(page.text)
        page_lines = [line.text.strip() for line in spans]
        start = 0
        for index, line in enumerate(page_lines):
            if not _grade_at_end(line, grades):
                continue
            for first in range(index, max(start, index - _MAX_ROW_LINES) - 1, -1):
                text = " ".join(page_lines[first : index + 1])
                grade = _grade_at_end(text, grades)
                if len(text.split()) > _MAX_ROW_WORDS or grade is None:
                    break
                row = None if any_match(not_attained, fold(text)) else _row(text, grade, page.page_number, language)
                if row is not None:
                    organization, scheme, level = row
                    year = document_year(context, language)
                    # the row as the page prints it, wrapped cells and all, so that the quote is found on the page
                    quote = page.text[spans[first].start : spans[index].end].strip()
                    found.append(Recognition(organization, scheme, level, None, year, None, Evidence(page.page_number, quote)))
                    start = index + 1
                    break
    return found
