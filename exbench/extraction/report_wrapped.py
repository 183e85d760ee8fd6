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

__all__ = ["report_lines"]

# A cell's wrapped line is short; a name wraps over at most this many lines.
_CELL_CHARS = 40
_WRAPPED_LINES = 3


def report_lines(page_text: str) -> list[Span]:
    """The page's lines, each run of short lines that is a criterion's numbered name joined into one."""
    spans = lines(page_text)
    result: list[Span] = []
    index = 0
    while index < len(spans):
        taken = 1
        if re.match(r"\d{1,2}\s?[.)]\s", spans[index].text) and not criterion_by_name(line_key(spans[index].text), None):
            for count in range(2, _WRAPPED_LINES + 1):
                run = spans[index : index + count]
                if len(run) < count or any(len(s.text) > _CELL_CHARS or s.text.endswith(TERMINAL) for s in run):
                    break
                text = page_text[run[0].start : run[-1].end]
                if criterion_by_name(line_key(text), None):
                    taken = count
                    break
        if taken > 1:
            end = spans[index + taken - 1].end
            result.append(Span(spans[index].start, end, page_text[spans[index].start : end]))
        else:
            result.append(spans[index])
        index += taken
    return result
