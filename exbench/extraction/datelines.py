"""A page's own date standing alone among the header's parts.

News pages print their date on a line of its own parts, split by dots, bars or
breadcrumb arrows ("By A. Reporter · Thursday 12 June 2025", "Newsroom ›
Features › January 18, 2024", "22 Ekim 2025 · İzmit"), often under a box or
a menu that pushes it past the first lines. A part that is a full date and
nothing else but a weekday's name or a time of day is the page's date; a date
inside a sentence ("the awards were presented on 18 December 2024") is not.
"""

from __future__ import annotations

import re
from datetime import date

from exbench.extraction.dates import find_dates, gregorian_cycle
from exbench.extraction.text_units import Span
from exbench.language import to_ascii_digits

_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d\d|1[34]\d\d)\s*:?\s*$")
_SENTENCE_END = re.compile(r"[.!?؟]\s*$")
_UNDER_HEADING = 3  # paragraphs under one year heading
_PARTS = re.compile(r"\s*[·|›»—–•]\s*")
_REST = re.compile(r"^[\s,:.\d]*(?:[^\W\d_][\w\u200c]*)?[\s,:.\d]*$")  # at most one word (a weekday) beside digits


def standalone_date(head: str, language: str | None) -> date | None:
    """The first full date in `head` that is a header part of its own, or None."""
    for line in head.splitlines():
        if len(line.split()) > 16:
            continue
        for part in _PARTS.split(line):
            dated = [d for d in find_dates(part, language) if d.first is not None]
            if len(dated) != 1 or dated[0].precision != "day":
                continue
            rest = part[: dated[0].start] + " " + part[dated[0].end :]
            if _REST.match(rest.strip()):
                return dated[0].first
    return None


def _prose(text: str) -> bool:
    """A paragraph of sentences: it ends one, and is no year heading."""
    return bool(_SENTENCE_END.search(text)) and heading_year(text) is None


def heading_year(text: str) -> int | None:
    """The year a line that is only a year states ("2021", "۱۴۰۲:"), as the Gregorian year it starts in."""
    match = _YEAR_LINE.match(to_ascii_digits(text))
    return gregorian_cycle(int(match.group(1))) if match else None


def year_headed(paragraphs: list[Span], page_text: str) -> list[tuple[Span, int | None]]:
    """Paragraphs with a year standing alone on the line above joined to it, with that year: a timeline told as
    prose ("2021" / "KalDer tarafından yapılan değerlendirme sonucunda ... yükseldik.") dates each paragraph by
    its heading."""
    joined: list[tuple[Span, int | None]] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        year = heading_year(paragraph.text)
        if following is not None and year is not None and heading_year(following.text) is None:
            # the prose under the heading, over the paragraphs a narrow column breaks it into, to the next heading
            last = index + 1
            while last + 1 < len(paragraphs) and last - index < _UNDER_HEADING and _prose(paragraphs[last + 1].text):
                last += 1
            end = paragraphs[last].end
            joined.append((Span(paragraph.start, end, page_text[paragraph.start : end]), year))
            index = last + 1
            continue
        joined.append((paragraph, None))
        index += 1
    return joined
