"""A report's lines, with a criterion heading that a narrow cell wrapped over lines read whole ("1. Purpose,
Vision &" / "Strategy", "7. Strategic &" / "Operational" / "Performance" in a table's criterion column).

Lines are joined only where together they are the model's name of the criterion their number opens, so a
title a cell wrapped reads as the heading it is and no other line changes.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.report_criteria import criterion_by_name
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.text_units import Span, lines

__all__ = ["joined", "report_lines", "wrapped_name"]

# A cell's wrapped line is short; a name wraps over at most this many lines.
_CELL_CHARS = 40
_WRAPPED_LINES = 3


def report_lines(page_text: str) -> list[Span]:
    """The page's lines, each run of short lines that is a criterion's numbered name joined into one."""
    spans = lines(page_text)
    result: list[Span] = []
    index = 0
    while index < len(spans):
        taken = wrapped_name(spans, index, page_text)
        result.append(joined(spans[index : index + taken], page_text))
        index += taken
    return result


def wrapped_name(spans: list[Span], index: int, page_text: str) -> int:
    """How many lines from `index` on are one criterion's numbered name a narrow cell wrapped ("1. Amaç," /
    "Vizyon ve" / "Strateji"); 1 where the line is no such name's start."""
    if not re.match(r"\d{1,2}\s?[.)]\s", spans[index].text) or criterion_by_name(line_key(spans[index].text), None):
        return 1
    for count in range(2, _WRAPPED_LINES + 1):
        run = spans[index : index + count]
        if len(run) < count or any(len(s.text) > _CELL_CHARS or s.text.endswith(TERMINAL) for s in run):
            break
        if criterion_by_name(line_key(page_text[run[0].start : run[-1].end]), None):
            return count
    return 1


def joined(run: list[Span], page_text: str) -> Span:
    """One span over these lines of a page."""
    return run[0] if len(run) == 1 else Span(run[0].start, run[-1].end, page_text[run[0].start : run[-1].end])
