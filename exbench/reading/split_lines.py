"""Stream lines that are one visual line, made one again.

A producer's text stream breaks lines where its drawing jumps, not only at
the end of a visual line: WeasyPrint and Chromium break one at a tanwin
("مجموعاً ۱۱۲" came out as two lines, in the wrong order), and put the mark
itself on a stream line of its own ("ً"), or give the middle of a visual line
as a line of its own between the two ends ("[۳٫۴] بر پایه ... شاخص", then
"ارزیابی ... صرفاً" that stands between them). Each would be read as a line
of its own, its words cut from their neighbours. Table cells of one row stay
apart: their padding and borders lie between them, wider than a word gap.
"""

from __future__ import annotations

import unicodedata

from exbench.reading.direction import is_rtl_char
from exbench.reading.stacked_cells import Glyph

__all__ = ["letter_height", "median_height", "rejoined"]

# Two stream lines that stand on one visual line no wider apart than this many word gaps are one line.
SPLIT_LINE_GAPS = 2.5


def median_height(glyphs: list[Glyph]) -> float:
    heights = sorted(g.top - g.bottom for g in glyphs if g.top > g.bottom)
    return heights[len(heights) // 2] if heights else 8.0


_MIN_LETTERS = 3  # right-to-left letters a line needs for their own height to be measured
_FIGURE_SHARE = 3  # a line with a digit for every this many of its letters is a row of figures


def letter_height(glyphs: list[Glyph]) -> float:
    """The height a line's word gaps are measured in: its right-to-left letters' median height on a row of
    figures, else all its glyphs' (as the page's word gap was measured).

    A table row's digits stand taller than the letters of its name cell; measured over all glyphs, the
    row's word gaps in the name ("شرکت آب") shrink below the page's word gap and read as non-joiners.
    """
    letters = [g for g in glyphs if g.text[:1].isalpha() and is_rtl_char(g.text[0])]
    digits = sum(1 for g in glyphs if g.text[:1].isdigit())
    if len(letters) >= _MIN_LETTERS and _FIGURE_SHARE * digits >= len(letters):
        return median_height(letters)
    return median_height(glyphs)


def _ink(line: list[Glyph]) -> list[Glyph]:
    return [g for g in line if not g.text.isspace()]


def _same_baseline(a: list[Glyph], b: list[Glyph]) -> bool:
    a_bottom, a_top = min(g.bottom for g in a), max(g.top for g in a)
    b_bottom, b_top = min(g.bottom for g in b), max(g.top for g in b)
    overlap = min(a_top, b_top) - max(a_bottom, b_bottom)
    return overlap >= 0.6 * min(a_top - a_bottom, b_top - b_bottom)


def _fills_a_hole(outer: list[Glyph], inner: list[Glyph], gap: float) -> bool:
    """Whether `inner` stands in a hole of `outer`, a word gap or so from its glyphs on either side."""
    left, right = min(g.left for g in inner), max(g.right for g in inner)
    before = [g.right for g in outer if g.right <= left + gap]
    after = [g.left for g in outer if g.left >= right - gap]
    if not before or not after or len(before) + len(after) != len(outer):
        return False  # a glyph of `outer` stands over `inner`, or `inner` is not between its glyphs
    return left - max(before) <= SPLIT_LINE_GAPS * gap and min(after) - right <= SPLIT_LINE_GAPS * gap


def _one_visual_line(first: list[Glyph], second: list[Glyph], gap: float) -> bool:
    a, b = _ink(first), _ink(second)
    if not a or not b or not _same_baseline(a, b):
        return False
    a_left, a_right = min(g.left for g in a), max(g.right for g in a)
    b_left, b_right = min(g.left for g in b), max(g.right for g in b)
    apart = max(b_left - a_right, a_left - b_right)
    if -gap <= apart <= SPLIT_LINE_GAPS * gap:  # a mark over the last letter may reach over the gap
        return True
    return _fills_a_hole(a, b, gap) or _fills_a_hole(b, a, gap)


def _only_marks(line: list[Glyph]) -> bool:
    """A stream line of combining marks alone (a tanwin the stream put apart from its letter)."""
    ink = "".join(g.text for g in _ink(line))
    return bool(ink) and all(unicodedata.category(char) == "Mn" for char in ink)


def rejoined(lines: list[list[Glyph]], gap_ratio: float) -> list[list[Glyph]]:
    """The stream lines, with a visual line the stream broke apart made one again; a line of marks joins the next."""
    out: list[list[Glyph]] = []
    marks: list[Glyph] = []
    for line in lines:
        if _only_marks(line):
            marks += line
            continue
        line, marks = marks + line, []
        if out and _one_visual_line(out[-1], line, gap_ratio * median_height(out[-1] + line)):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    if marks:
        out.append(marks)
    return out
