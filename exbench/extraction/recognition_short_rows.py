"""A sentence that names a table's row shorter: "سازمان فناوری اطلاعات و ارتباطات ( فاوا) با چهار ستاره ..." under a
results table whose row reads "سازمان فناوری اطلاعات و ارتباطات شهرداری کرانه | ... | چهار ستاره".

News and newsletters print a results table, then talk about some of its rows again, naming each organization by its
head noun and first words ("شرکت عمران و بهسازی" for "شرکت عمران و بهسازی شهری کرانه"). The row has the full name and
the cycle's year; a sentence that writes no year only guessed the document's. Such a reading is the row's, told again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.model import Recognition
from exbench.extraction.recognition_mentions import lexicon
from exbench.language import to_ascii_digits

__all__ = ["row_told_shorter", "rows_named_in_full"]

_YEAR = re.compile(r"(?<!\d)(?:1[34]\d\d|(?:19|20)\d\d)(?!\d)")


def _shorter(words: list[str], full: list[str]) -> bool:
    """Whether `words` are `full` less some of its words: the same first word (the head noun), the rest in order."""
    if not 2 <= len(words) < len(full) or words[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(word in rest for word in words[1:])


def _dated_here(recognition: Recognition) -> bool:
    """Whether the sentence writes the reading's year (as a Gregorian year, or a solar one it may begin or end)."""
    if recognition.year is None:
        return False
    written = {int(year) for year in _YEAR.findall(to_ascii_digits(recognition.evidence.quote))}
    return bool(written & {recognition.year, recognition.year - 621, recognition.year - 622})


def _full_names(recognition: Recognition, rows: list[Recognition], language: str) -> set[str]:
    """The organizations of the rows on the sentence's page that the sentence's receiver names shorter, in a
    language that shortens names so (`row_short_names`: "Ashcombe Borough Council" is no short form of its unit
    "Ashcombe Borough Council Revenues and Benefits Service")."""
    if not lexicon().get("row_short_names", {}).get(language):
        return set()
    short = (recognition.organization or "").split()
    return {
        row.organization
        for row in rows
        if row.organization and row.evidence.page == recognition.evidence.page and _shorter(short, row.organization.split())
    }


def row_told_shorter(recognition: Recognition, rows: list[Recognition], language: str) -> bool:
    """Whether a sentence's undated reading gives a row's scheme and level to that row's organization named shorter."""
    full = _full_names(recognition, rows, language)
    return (
        bool(full)
        and not _dated_here(recognition)
        and any(row.organization in full and (row.scheme, row.stars) == (recognition.scheme, recognition.stars) for row in rows)
    )


def rows_named_in_full(found: list[Recognition], rows: list[Recognition], language: str) -> list[Recognition]:
    """The sentences' readings, each receiver that names one row's organization shorter named as the row does
    ("این شرکت در سال ۱۴۰۲ گواهینامه ISO 9001 را دریافت کرده بود" after "شرکت عمران و بهسازی")."""
    named = []
    for recognition in found:
        full = _full_names(recognition, rows, language)
        named.append(replace(recognition, organization=full.pop()) if len(full) == 1 else recognition)
    return named
