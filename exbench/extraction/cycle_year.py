"""A report's assessment cycle: the year its cover or title states ("2024 Feedback Report",
"Cycle 2024", "دوره ارزیابی: ۱۴۰۲", "Ödülü 2024"), else the year of its site visit, else the latest
past year named near an award word, else the year before a publication date early in a year.

A report is issued weeks or months after its assessment, so its dates (issued, letter of) speak of
the next year as often as of its own: the year written alone on the cover is the cycle the award body
names it by, the site visit's the year the assessment took place. A year that names a model's
edition ("EFQM Model 2020", "مدل EFQM ۲۰۲۰", "Framework (2023–2024)", "ISO 9001:2015") names no cycle.
"""

from __future__ import annotations

import re
from datetime import date

import jdatetime

from exbench.extraction.dates import find_dates, gregorian_cycle
from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import PageInput
from exbench.extraction.sentence_view import SentenceView
from exbench.language import to_ascii_digits

__all__ = ["cycle_year", "mentioned_year", "stated_years", "title_year"]

# A year standing alone: Gregorian, or Solar Hijri (13xx, 14xx); not part of a code or a number.
_YEAR = re.compile(r"(?<![\d/.:\-‐–])((?:19|20)\d{2}|1[34]\d{2})(?![\d/.:]\d|\d)")
# The cover: the first characters of the first page (a letterhead, a title block, the opening lines).
_COVER = 700
# A first line of at most this many words, not ending a sentence, is a heading.
_HEADING_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", "؟", ":")
# Reports issued in these first months of a year are mostly the previous year's cycle.
_EARLY_MONTHS = 3


def _edition(before: str, after: str) -> bool:
    """Whether the words around a year make it a model's or a standard's edition, or a year since which."""
    words = load("structure")["cycle_not_year"]
    return bool(compiled(words["before"]).search(before) or compiled(words["after"]).match(after))


def stated_years(text: str, language: str | None, reference: date | None) -> list[int]:
    """Years written alone in a text, in order: not within a full date (in the text's language or another's), not
    an edition, not after the reference."""
    key = to_ascii_digits(fold(text))
    # a date in another language's words is a date too ("۱۸ بهمن ... February 2025" in a Persian dateline)
    found = find_dates(text, language, reference) + find_dates(text, None, reference)
    dated = [(d.start, d.end) for d in found if d.precision != "year"]
    years = []
    for match in _YEAR.finditer(key):
        if any(start <= match.start() < end for start, end in dated):
            continue
        if _edition(key[max(0, match.start() - 40) : match.start()], key[match.end() : match.end() + 20]):
            continue
        year = gregorian_cycle(int(match.group(1)))
        if reference is None or year <= reference.year:
            years.append(year)
    return years


def _first_year(text: str, language: str | None, reference: date | None) -> int | None:
    years = stated_years(text, language, reference)
    return years[0] if years else None


def _issue_year(reference: date | None, language: str | None) -> int | None:
    """The cycle of a report issued on a date: a Solar Hijri date's own year (a report of Bahman 1403 is of
    the 1403 cycle, 2024); a Gregorian date's year, or the year before in its first months."""
    if reference is None:
        return None
    if load("dates").get(language or "", {}).get("calendar") == "jalali":
        return jdatetime.date.fromgregorian(date=reference).year + 621
    return reference.year - 1 if reference.month <= _EARLY_MONTHS else reference.year


def _visit_year(views: list[SentenceView], reference: date | None) -> int | None:
    """The year of the site visit: a date in a sentence that names the visit."""
    cue = compiled(load("structure")["site_visit"])
    for view in views:
        if cue.search(view.folded):
            dated = [d.first.year for d in view.dates if d.first and d.precision != "year"]
            dated = [y for y in dated if reference is None or y <= reference.year]
            if dated:
                return dated[0]
    return None


def _cue_year(views: list[SentenceView], reference: date | None) -> int | None:
    """The latest past year of a sentence near an award word."""
    cues = load("structure")["cycle_context"]
    years = [
        d.first.year
        for view in views
        if any(cue in view.folded for cue in cues)
        for d in view.dates
        if d.first is not None and (reference is None or d.first <= reference)
    ]
    return max(years) if years else None


def _title(pages: list[PageInput], title: str | None, headings_only: bool = False) -> str:
    """The title and the first line of the first page (a PDF's title is often missing); with `headings_only`,
    that line only where it is a heading (a few words, no sentence's end), not the first sentence."""
    first = pages[0].text.strip().split("\n", 1)[0].strip() if pages else ""
    if headings_only and (len(first.split()) > _HEADING_WORDS or first.endswith(_SENTENCE_ENDS)):
        first = ""
    return (title or "") + "\n" + first


def mentioned_year(
    pages: list[PageInput], title: str | None, views: list[SentenceView], language: str | None, reference: date | None
) -> int | None:
    """The year a document that is no feedback report is about (an activity report's, a news item's): the
    year its title states, else the latest past year near an award word; the year a figure without a
    period of its own is counted in."""
    return _first_year(_title(pages, title), language, reference) or _cue_year(views, reference)


def title_year(pages: list[PageInput], title: str | None, language: str | None, reference: date | None) -> int | None:
    """The past year a document's title states ("2024 Dönemi Değerlendirme İstatistikleri", "آمار دوره ۱۴۰۳"):
    the period the whole document reports on, whatever day it was published."""
    return _first_year(_title(pages, title, headings_only=True), language, reference)


def cycle_year(
    pages: list[PageInput], title: str | None, views: list[SentenceView], language: str | None, reference: date | None
) -> int | None:
    """The assessment cycle a report's text gives (see the module's docstring for the order)."""
    return (
        _first_year(_title(pages, title), language, reference)
        or _visit_year(views, reference)
        or _issue_year(reference, language)
        or _first_year(pages[0].text[:_COVER] if pages else "", language, reference)
        or _cue_year(views, reference)
    )
