"""Word gaps from the pen: where a glyph's advance ends, not where its ink does.

The ink gap between two letters mixes the space between them with the
letters' own side bearings. In DejaVu Sans (what Chromium prints Persian in
when a page asks for a Latin font) the bearings after the non-joining letters
(ا, د, ر, ز, و) are about as wide as a word gap, and a madda or a tail reaches
over it: ink gaps then cut words ("سازما نی") and join them ("درسایر").
The pen does not mix them: inside a word each glyph's origin is where the
one before it ended (its origin plus its advance), and a word gap adds a
space's advance. A glyph's advance (one letter and ink shape: a contextual
form at one size) is learnt from the page itself, from its steps to the
letters that follow it in the text stream with nothing between: the letters
of one word, in whatever order a producer stored them. Where those steps
agree, the advance is known and the pen decides; elsewhere the ink does.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from ctypes import byref, c_double

import pypdfium2.raw as pdfium_c

from exbench.reading.char_text import unchecked
from exbench.reading.direction import is_rtl_char
from exbench.reading.split_lines import median_height
from exbench.reading.stacked_cells import Glyph

__all__ = ["PEN_SPACE", "bear_unknown", "learn_advances", "origin_x", "pen_space", "stream_neighbours"]

_GET_ORIGIN = unchecked(pdfium_c.FPDFText_GetCharOrigin)
IN_WORD = 0.1  # share of the line's glyph height: a glyph's in-word steps agree to within this
PEN_SPACE = 0.2  # share of glyph height: a pen gap this wide is a space (the narrowest fonts' space: 0.4)
_SHAPE = 5  # ink edges (points from the origin) rounded to 1/_SHAPE point tell a glyph's shapes apart
MIN_IN_WORD = 2  # in-word steps a glyph shows before their median is taken as its advance


def origin_x(handle, index: int) -> float | None:
    """The character's pen position on its baseline (None where pdfium has none)."""
    x, y = c_double(), c_double()
    return x.value if _GET_ORIGIN(handle, index, byref(x), byref(y)) else None


def _letter(glyph: Glyph) -> bool:
    return is_rtl_char(glyph.text[0]) and not unicodedata.category(glyph.text[0]).startswith("M")


def _shape(glyph: Glyph) -> tuple:
    """One glyph of the font at one size: its letter and where its ink stands from its origin."""
    origin = glyph.origin or 0.0
    return (
        glyph.text,
        round((glyph.left - origin) * _SHAPE),
        round((glyph.right - origin) * _SHAPE),
        round((glyph.top - glyph.bottom) * _SHAPE),
    )


def _pairs(line: list[Glyph]) -> list[tuple[Glyph, Glyph, float]]:
    """Visually adjacent right-to-left letters with pen positions, left one first, with the line's glyph height."""
    glyphs = sorted((g for g in line if not g.text.isspace()), key=lambda g: (g.left + g.right) / 2)
    height = median_height(glyphs)
    return [
        (a, b, height)
        for a, b in zip(glyphs, glyphs[1:], strict=False)
        if a.origin is not None and b.origin is not None and b.origin > a.origin and _letter(a) and _letter(b)
    ]


def stream_neighbours(a: Glyph, b: Glyph) -> bool:
    """Whether the two glyphs follow each other in the text stream, nothing (not even a space) between."""
    first, second = (a, b) if a.index < b.index else (b, a)
    return first.index + len(first.text) == second.index


def learn_advances(lines: list[list[Glyph]]) -> list[list[Glyph]]:
    """The lines, each glyph's pen end (origin plus advance) set where the page shows its advance beyond doubt.

    A glyph's in-word steps are those to a neighbour that follows it in the text stream with nothing
    between: letters of one word, whatever order a producer stored them in. They must agree.
    """
    steps: dict[tuple, list[tuple[float, float]]] = defaultdict(list)
    for line in lines:
        for a, b, height in _pairs(line):
            if stream_neighbours(a, b):
                steps[_shape(a)].append((b.origin - a.origin, height))
    advances = {}
    for shape, seen in steps.items():
        advance = sorted(step for step, _ in seen)[len(seen) // 2]
        if len(seen) >= MIN_IN_WORD and all(abs(step - advance) <= IN_WORD * height for step, height in seen):
            advances[shape] = advance
    for line in lines:
        for glyph in line:
            if glyph.origin is not None and _letter(glyph):
                advance = advances.get(_shape(glyph))
                glyph.pen_end = None if advance is None else glyph.origin + advance
    return lines


def bear_unknown(lines: list[list[Glyph]], carried: list[float | None]) -> None:
    """Pen ends for the letters whose advance the page does not show (a word's first letter, never followed
    in-word): their ink's right edge plus the widest right bearing the known letters show, where the page's
    spaces stand clear of that bearing's spread (DejaVu Sans); a madda that reaches over the gap no longer
    hides it ("درآیین"). A page with too few known letters (a heading, a score table) takes what the
    document's pages before it found (`carried`, which this page's own finding joins)."""
    bearings, spaces = [], []
    for line in lines:
        for a, b, height in _pairs(line):
            if a.pen_end is not None:
                bearings.append((a.pen_end - a.right) / height)
                gap = (b.origin - a.pen_end) / height
                if gap > PEN_SPACE:
                    spaces.append(gap)
    if len(bearings) < 30 or len(spaces) < 10:
        high = carried[-1] if carried else None
    else:
        bearings.sort()
        spaces.sort()
        low, high = bearings[len(bearings) // 20], bearings[-len(bearings) // 20]
        if spaces[len(spaces) // 20] - (high - low) < 1.5 * PEN_SPACE:
            high = None
        carried.append(high)
    if high is None:
        return
    for line in lines:
        glyphs = [g for g in line if not g.text.isspace()]
        height = median_height(glyphs)
        for glyph in glyphs:
            if glyph.pen_end is None and glyph.origin is not None and _letter(glyph):
                glyph.pen_end = glyph.right + high * height


def pen_space(left: Glyph, right: Glyph, height: float, ink: bool) -> bool:
    """Whether a space parts two letters (left drawn first): the pen's word, or `ink`'s where the pen cannot tell."""
    if left.pen_end is None or right.origin is None or not _letter(right):
        return ink
    return right.origin - left.pen_end > PEN_SPACE * height
