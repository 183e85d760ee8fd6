"""Logical-order text of a page that holds right-to-left script, from glyph geometry.

PDF producers store Arabic-script text in different orders: LibreOffice in
logical order, Chromium partly in visual order (words reversed), and both
digit runs in visual order. The glyphs' positions are the one thing both get
right. So: group characters into lines by their vertical position, order each
line by x (the visual order, left to right), then apply the Unicode
bidirectional algorithm (python-bidi) to turn visual into logical order. Digit
runs stay left-to-right through the algorithm, so ۱۴۰۱ never becomes ۱۰۴۱.
A ligature glyph that carries several characters (lam-alef) shares one box;
its characters keep their stored order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bidi import get_display


WORD_GAP = 0.33  # share of the line's median glyph height: gaps inside words stay under ~0.25, between words over ~0.4


# Letters that join the letter after them; when one stands apart from the next
# Arabic letter without a word gap, the source had a zero-width non-joiner there.
_DUAL_JOINING = set("بپتثجچحخسشصضطظعغفقکگلمنهیئيكـ")
ZWNJ_GAP = 0.12  # share of the median glyph height: joined letters touch or overlap (<= ~0.06)


@dataclass
class _Glyph:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    index: int = 0

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _stream_lines(textpage) -> list[list[_Glyph]]:
    """Characters with their boxes, per line of the text stream; ligature clusters merged.

    The stream's line breaks are right even where the order inside a line is not.
    """
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    lines: list[list[_Glyph]] = [[]]
    for index in range(min(count, len(text))):
        char = text[index]
        if char in "\r\n":
            if lines[-1]:
                lines.append([])
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        line = lines[-1]
        if line and not char.isspace() and not line[-1].text[-1:].isspace() and (left, right, bottom, top) == (
            line[-1].left, line[-1].right, line[-1].bottom, line[-1].top
        ):
            line[-1].text += char
            continue
        line.append(_Glyph(char, left, right, bottom, top, index))
    return [line for line in lines if line]


def _separator(left: _Glyph, right: _Glyph, gap: float, height: float, spaces: set[int]) -> str:
    """What stands between two visually adjacent glyphs: nothing, a space or a ZWNJ."""
    rtl_left, rtl_right = is_rtl_char(left.text[0]), is_rtl_char(right.text[0])
    if not rtl_left and not rtl_right and abs(right.index - left.index) <= 4:
        # A left-to-right run (digits, Latin) is stored in reading order by every producer measured:
        # its own spaces are right, while glyph gaps (a narrow "1") mislead.
        low, high = sorted((left.index, right.index))
        return " " if any(i in spaces for i in range(low + 1, high)) else ""
    distance = right.left - left.right
    if distance > gap:
        return " "
    if rtl_left and rtl_right and distance > ZWNJ_GAP * height and right.text[-1] in _DUAL_JOINING:
        return "\u200c"  # logically, `right` comes first and did not join `left`
    return ""


def _visual_string(line: list[_Glyph]) -> str:
    """The line's glyphs in left-to-right visual order, a space wherever two stand apart.

    Spaces between right-to-left letters come from the geometry, not from the
    stream: where a producer stored a word backwards, the stream's spaces sit on
    the wrong side of its letters.
    """
    spaces = {g.index for g in line if g.text.isspace()}
    glyphs = sorted((g for g in line if not g.text.isspace()), key=lambda g: (g.left + g.right) / 2)
    heights = sorted(g.top - g.bottom for g in glyphs if g.top > g.bottom)
    height = heights[len(heights) // 2] if heights else 8.0
    parts: list[str] = []
    previous: _Glyph | None = None
    for glyph in glyphs:
        if previous is not None:
            parts.append(_separator(previous, glyph, height * WORD_GAP, height, spaces))
        # A multi-character glyph is stored logically; in visual order an RTL cluster reads backwards.
        parts.append(glyph.text[::-1] if any(is_rtl_char(c) for c in glyph.text) else glyph.text)
        previous = glyph
    return "".join(parts)


def logical_text(textpage) -> str:
    """The page text in logical order, one line per visual line, top to bottom."""
    lines = []
    for line in _stream_lines(textpage):
        visual = _visual_string(line).strip()
        base = "R" if any(is_rtl_char(c) for c in visual) else "L"
        lines.append(get_display(visual, base_dir=base))
    return "\n".join(lines)
