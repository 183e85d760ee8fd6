"""A table of held awards known by its header row, whatever heading (or none) stands above it: "Year
Recognition Awarded by", "Year Body Recognition", "Tarih Birim Ödül / Belge Veren kuruluş", "سال عنوان
مرجع". Writers title such tables in many ways ("Timeline of recognition", a question of a letter, no
title at all), but the columns say what the rows are: a column of years or dates beside a column of awards.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.organizations import find_organizations
from exbench.extraction.text_units import Span

__all__ = ["holder_column", "register_header", "row_holder"]

_MAX_HEADER_WORDS = 10  # a header row is a few column titles, never a sentence


@cache
def _columns(language: str) -> tuple[list[str], list[str]]:
    words = load("recognitions")
    return words["held_table_year_columns"].get(language, []), words["held_table_award_columns"].get(language, [])


def _awards_column(folded: str, language: str) -> bool:
    """Whether a header names a column of what was received: an award's title, or a level's ("سال | سطح دریافتی",
    "Year | Level") where no column of organizations opens the header (that is a results table by organization)
    and no word of a plan or a target titles a column."""
    words = load("recognitions")
    if any_match(_columns(language)[1], folded):
        return True
    results = words.get("level_table_headers", {}).get(language) or []
    levels = words["held_table_level_columns"].get(language, [])
    # "سال | حداقل امتیاز هدف | سطح مورد انتظار", "Year | Target level": the levels a plan expects, none received
    planned = any_match(words["not_attained"].get(language, []), folded)
    return any_match(levels, folded) and not planned and not any(compiled(p).search(folded.strip()) for p in results)


def register_header(page_lines: list[Span], index: int, language: str) -> bool:
    """Whether line `index` is the header row of a table of held awards: within the line (or it and the next,
    where a title wrapped) a column titled by year or date and one titled by award, recognition or
    certificate, and no more words than column titles take."""
    years, awards = _columns(language)
    if not years or not awards:
        return False
    line = page_lines[index].text
    if len(line.split()) > _MAX_HEADER_WORDS:
        return False
    folded = f" {fold(line)} "
    dated, named = any_match(years, folded), _awards_column(folded, language)
    if dated and named:
        return True
    if not (dated or named) or index + 1 >= len(page_lines):
        return False
    # a title wrapped onto the next line ("Date" / "awarded"): the two lines together hold both columns
    joined = f" {fold(line)} {fold(page_lines[index + 1].text)} "
    return len(joined.split()) <= _MAX_HEADER_WORDS + 3 and any_match(years, joined) and _awards_column(joined, language)


def holder_column(page_lines: list[Span], index: int, language: str) -> str | None:
    """The kind of holder column the header row at `index` titles before the awards' column: "unit" (units of the
    document's organization: "Birim", "Body", "واحد"), "member" (organizations in their own right: "Üye",
    "Member"), or None."""
    words = load("recognitions")
    _, awards = _columns(language)
    folded = f" {fold(page_lines[index].text)} "
    award = [m.start() for p in awards for m in compiled(p).finditer(folded)]
    for kind, key in (("member", "held_table_member_columns"), ("unit", "held_table_holder_columns")):
        first = [m.start() for p in words[key].get(language, []) for m in compiled(p).finditer(folded)]
        if first and award and min(first) < min(award):
            return kind
    return None


def row_holder(cells: str, level_start: int, subject: str | None, language: str, kind: str) -> str | None:
    """Who holds a row of a table with a holder column: the words between the row's date and its level. A
    member column names an organization in its own right: the one named, else the words as its name. A unit
    column: the document's organization where the words are empty, say the whole of it ("kurum geneli") or
    name it; its unit named in full where they name no organization ("Revenues and Benefits Service"); ''
    (the row gives nothing) where they name another organization: better no row than the wrong holder."""
    cell = " ".join(re.sub(r"\([^)]*\)", " ", cells[:level_start]).split()).strip(" -–|·,")
    whole = load("recognitions")["held_table_whole"].get(language, [])
    named = [m.canonical for m in find_organizations(cell, language) if m.canonical]
    if kind == "member":
        return named[0] if named else cell if cell[:1].isupper() else ""
    if not subject or not cell or any_match(whole, fold(cells[:level_start])) or fold(cell) in fold(subject):
        return subject
    if named:
        return subject if any(fold(subject) in fold(n) or fold(n) in fold(subject) for n in named) else ""
    return f"{subject} {cell}" if cell[:1].isupper() or not cell[:1].isalpha() or not cell[:1].isascii() else subject
