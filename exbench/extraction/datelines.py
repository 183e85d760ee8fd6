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

from exbench.extraction.dates import find_dates

_PARTS = re.compile(r"\s*[·|›»—–•]\s*")
_REST = re.compile(r"^[\s,:.\d۰-۹]*(?:[^\W\d_][\w\u200c]*)?[\s,:.\d۰-۹]*$")  # at most one word (a weekday) beside digits


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
