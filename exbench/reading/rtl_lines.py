"""Logical-order text of a page that holds right-to-left script, from glyph geometry.

PDF producers store Arabic-script text in different orders: LibreOffice in
logical order, Chromium partly in visual order (words reversed), and both
digit runs in visual order. The glyphs' positions are the one thing both get
right. So: take the lines of the text stream (its line breaks are right even
where the order inside a line is not), order each line's glyphs by x (the
visual order, left to right), put spaces where glyphs stand a word gap apart
(by the pen where it tells: pen_gaps.py), then apply the Unicode bidirectional
algorithm (python-bidi) to turn visual into logical order, and mirror brackets
and quotes in right-to-left runs.
Digit runs stay left-to-right through the algorithm, so ۱۴۰۱ never becomes ۱۰۴۱.
ASCII digits in a font that draws them as Persian digits are written as
shown (digit_fonts.py).
A ligature glyph that carries several characters (lam-alef) shares one box;
its characters keep their stored order, except an alef stored before the lam
of its own ligature glyph (Word, LibreOffice and WeasyPrint fonts map the
lam-alef glyph to "ال", so اسلامی read as اسالمی): alef never joins a
following letter, so one glyph holding alef then lam can only be lam-alef.
"""

from __future__ import annotations

import re
from ctypes import byref, c_double

import pypdfium2.raw as pdfium_c
from bidi import get_display
from bidi.mirror import MIRRORED

from exbench.language.scripts import DUAL_JOINING
from exbench.reading.char_text import indexed_chars, off_page, page_area, unchecked
from exbench.reading.digit_fonts import shown_digit
from exbench.reading.direction import base_direction, has_rtl, is_rtl_char, letter_counts, mirror_rtl_neutrals
from exbench.reading.pen_gaps import learn_advances, origin_x, pen_space, stream_neighbours
from exbench.reading.slanted import unslanted
from exbench.reading.split_lines import letter_height, median_height, rejoined
from exbench.reading.stacked_cells import Glyph, Row, cell_rows, middle, span, unstacked, visual_lines
from exbench.reading.upright import upright_box
from exbench.reading.word_gaps import WORD_GAP, DocumentGaps, word_gap
from exbench.reading.wrapped_cells import rewrapped
from exbench.reading.zwnj_marks import mark_zwnj, zwnj_points

__all__ = ["has_rtl", "is_rtl_char", "logical_text", "word_gap"]

# When a letter that joins the letter after it (DUAL_JOINING) stands apart from the next Arabic
# letter without a word gap, the source had a zero-width non-joiner there.
_ALEFS = "اأإآ"
# Glyphs that follow each other in the stream belong to one word unless they stand this many word
# gaps apart: LibreOffice spaces a heading's letters wider than its page's word gap ("منا قصه").
STREAM_TRUST = 2.0
ZWNJ_GAP = 0.02
LTR_SPACE = 0.3  # a space inside a left-to-right run parts its glyphs by at least this share of the line's glyph height

_GET_CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox)


def _stream_lines(textpage, angle: int = 0) -> list[list[Glyph]]:
    """Characters with their boxes, per line of the text stream; ligature clusters merged.

    The stream's line breaks are right even where the order inside a line is not.
    Boxes are turned into the frame where the text is upright (`angle`: upright.py).
    """
    lines: list[list[Glyph]] = [[]]
    get_box, handle = _GET_CHAR_BOX, textpage.raw
    box_left, box_right, box_bottom, box_top = boxes = (c_double(), c_double(), c_double(), c_double())
    out = [byref(value) for value in boxes]
    line = lines[-1]
    area = page_area(textpage)
    for index, char in enumerate(indexed_chars(textpage)):
        if not char:
            continue
        if char == "\r" or char == "\n":
            if line:
                line = []
                lines.append(line)
            continue
        if not get_box(handle, index, *out):
            continue
        if "0" <= char <= "9":
            char = shown_digit(textpage, index, char)
        left, right, bottom, top = box_left.value, box_right.value, box_bottom.value, box_top.value
        if off_page(left, right, bottom, top, area):
            continue
        if not angle:
            left, right = unslanted(handle, index, left, right, bottom, top)
        else:
            left, right, bottom, top = upright_box((left, right, bottom, top), angle)
        if line:
            last = line[-1]
            if (
                left == last.left
                and right == last.right
                and bottom == last.bottom
                and top == last.top
                and not (char.isspace() or last.text[-1:].isspace())
            ):
                last.text += char  # one glyph, several characters (a ligature)
                continue
        line.append(Glyph(char, left, right, bottom, top, index, None if angle else origin_x(handle, index)))
    for line in lines:
        for glyph in line:
            if len(glyph.text) > 1:
                glyph.text = _ligature_text(glyph.text)
    return learn_advances([line for line in lines if line])


def _ligature_text(text: str) -> str:
    """A ligature glyph's characters in logical order: lam-alef stored as alef-lam put right."""
    if len(text) == 2 and text[0] in _ALEFS and text[1] == "ل":
        return text[1] + text[0]
    return text


def _one_space_apart(a: Glyph, b: Glyph, spaces: set[int]) -> bool:
    """Whether the stream holds the two glyphs with exactly one space between them."""
    first, second = (a, b) if a.index < b.index else (b, a)
    gap_index = first.index + len(first.text)
    return gap_index in spaces and gap_index + 1 == second.index


def _separator(left: Glyph, right: Glyph, gap: float, height: float, spaces: set[int]) -> str:
    """What stands between two visually adjacent glyphs: nothing, a space or a ZWNJ."""
    rtl_left, rtl_right = is_rtl_char(left.text[0]), is_rtl_char(right.text[0])
    if (
        not rtl_left
        and not rtl_right
        and abs(right.index - left.index) <= 4
        and not (left.text in MIRRORED or right.text in MIRRORED)
    ):
        # A left-to-right run (digits, Latin) is stored in reading order by every producer measured:
        # its own spaces are right, while glyph gaps (a narrow "1") mislead. A bracket beside it
        # belongs to the right-to-left text around it, whose stream spaces are not to be trusted.
        # A stream space between glyphs that (nearly) touch is not there on the page: LibreOffice stores the
        # space that parts two table cells inside the next cell's "۱-۲" or "۱۶:۳۰" ("۲- ۱", "۱۶ ۳۰ :").
        low, high = sorted((left.index, right.index))
        apart = right.left - left.right > LTR_SPACE * height
        return " " if apart and any(i in spaces for i in range(low + 1, high)) else ""
    distance = right.left - left.right
    ink = distance > gap and not (distance <= STREAM_TRUST * gap and stream_neighbours(left, right))
    if pen_space(left, right, height, ink):  # the pen tells where the page shows the left glyph's advance
        return " "
    if distance > ZWNJ_GAP * height and (left.text[-1].isdigit() and rtl_right or rtl_left and right.text[0].isdigit()):
        return " "  # a number beside a word, apart on the page: digits never join letters ("۱۴۰۲ پیوست", "معیار ۳")
    if distance > ZWNJ_GAP * height and _one_space_apart(left, right, spaces):
        return " "  # the stream has a space right between them and the glyphs stand apart: LibreOffice's "و کسب"
    if (
        rtl_left
        and rtl_right
        and distance > ZWNJ_GAP * height
        and right.text[-1] in DUAL_JOINING
        and left.text[0].isalpha()
        and min(left.top, right.top) > max(left.bottom, right.bottom)
    ):
        # logically, `right` comes first and did not join `left`; a box wholly above or below the other's
        # (Chromium gives the alef of "صرفاً" its tanwin's box) shows nothing of a join
        return "\u200c"
    return ""


# Two left-to-right runs (numbers, Latin) side by side on a line, more than this many glyph heights apart,
# the right one first in the text stream, stand in two cells of a right-to-left table (the padding and
# borders between; one run's own word gaps measure under one height, and every producer stores a run
# left to right). The bidi algorithm would read them as one run in left-to-right order, putting the
# second cell first ("۹۸ | ISO 9001:2015" read as "ISO 9001:2015 ۹۸"); the line is read cell by cell instead.
CELL_GAP = 1.5
CELL_BREAK = "\x1f"


def _cells_apart(left: Glyph, right: Glyph, height: float) -> bool:
    return (
        not is_rtl_char(left.text[-1])
        and not is_rtl_char(right.text[0])
        and right.index < left.index
        and right.left - left.right > CELL_GAP * height
    )


def _visual_string(line: list[Glyph], gap_ratio: float = WORD_GAP) -> str:
    """The line's glyphs in left-to-right visual order, a space wherever two stand apart.

    Spaces between right-to-left letters come from the geometry, not from the
    stream: where a producer stored a word backwards, the stream's spaces sit on
    the wrong side of its letters. Left-to-right runs a cell apart are parted by CELL_BREAK.
    """
    spaces = {g.index for g in line if g.text.isspace()}
    glyphs = sorted((g for g in line if not g.text.isspace()), key=lambda g: (g.left + g.right) / 2)
    height, word = median_height(glyphs), letter_height(glyphs)
    parts: list[str] = []
    previous: Glyph | None = None
    for glyph in glyphs:
        if previous is not None and _cells_apart(previous, glyph, height):
            parts.append(CELL_BREAK)
        elif previous is not None:
            parts.append(_separator(previous, glyph, word * gap_ratio, height, spaces))
        # A multi-character glyph is stored logically; in visual order an RTL cluster reads backwards.
        parts.append(glyph.text[::-1] if any(is_rtl_char(c) for c in glyph.text) else glyph.text)
        previous = glyph
    return "".join(parts)


# Numbers joined by a hyphen or slash ("۱-۲", "۱۴۰۱/۰۵", "۰۲۶-۳۳۲۲۱۰۰۰"): the bidi algorithm orders
# their parts by what precedes them (rule W2: Persian digits after Arabic letters are Arabic numbers,
# which a hyphen does not join), so reading the visual line as if it were logical can swap the parts.
_JOINED_NUMBERS = re.compile(r"\d+(?:[-/]\d+)+")
MAX_JOINED = 6  # joined numbers on a line whose orders are tried (2^6 orders at most)


def _logical(visual: str, base: str) -> str:
    """The logical text that the bidi algorithm displays as `visual`.

    The algorithm applied to the visual line gives it, except where joined
    numbers came out in the wrong order; then each order of their parts is
    tried and the one that displays as the page shows is kept.
    """
    logical = get_display(visual, base_dir=base)
    joined = list(_JOINED_NUMBERS.finditer(logical))
    if not joined or len(joined) > MAX_JOINED or get_display(logical, base_dir=base) == visual:
        return logical
    for flips in range(1, 2 ** len(joined)):
        parts, last = [], 0
        for number, match in enumerate(joined):
            parts.append(logical[last : match.start()])
            text = match.group()
            if flips >> number & 1:
                pieces = re.split(r"([-/])", text)
                text = "".join(reversed(pieces))
            parts.append(text)
            last = match.end()
        candidate = "".join(parts) + logical[last:]
        if get_display(candidate, base_dir=base) == visual:
            return candidate
    return logical


def _line_text(line: list[Glyph], gap_ratio: float, rtl_page: bool = False) -> str:
    """The line in logical order; its cells (parted by CELL_BREAK) each read alone, in the line's direction."""
    visual = _visual_string(line, gap_ratio).strip()
    base = base_direction(visual.replace(CELL_BREAK, " "), rtl_page)
    cells = [cell.strip() for cell in visual.split(CELL_BREAK)]
    ordered = reversed(cells) if base == "R" else cells
    return " ".join(_logical(mirror_rtl_neutrals(cell, base), base) for cell in ordered if cell)


def _row_text(members: list, gap_ratio: float, rtl_page: bool) -> str:
    """A table row's cells from right to left, each cell's lines from top to bottom."""
    cells: list[list] = []
    for member in sorted(members, key=lambda m: -span(m)[1]):
        left, right = span(member)
        cell = next((c for c in cells if min(right, c[1]) - max(left, c[0]) > 0), None)
        if cell is None:
            cells.append([left, right, [member]])
        else:
            cell[0], cell[1] = min(cell[0], left), max(cell[1], right)
            cell[2].append(member)
    texts = []
    for _left, _right, parts in cells:
        parts.sort(key=lambda m: -middle(m))
        texts.append(" ".join(p.text if isinstance(p, Glyph) else _line_text(p, gap_ratio, rtl_page) for p in parts))
    return " ".join(text for text in texts if text)


def logical_text(textpage, angle: int = 0, gaps: DocumentGaps | None = None) -> str:
    """The page text in logical order, one line per visual line, top to bottom; `angle`: the text's drawn angle;
    `gaps`: the word gaps the document's other pages measured, for a page with too few of its own."""
    lines = []
    stream_lines = _stream_lines(textpage, angle)
    points = [upright_box((x, x, y, y), angle)[::2] for x, y in zwnj_points(textpage.page.raw)]
    mark_zwnj(stream_lines, points)
    gap_ratio = (gaps or DocumentGaps()).gap(stream_lines)
    rtl, letters = letter_counts("".join(g.text for line in stream_lines for g in line))
    rtl_page = 2 * rtl >= letters
    items = rewrapped(unstacked(rejoined(stream_lines, gap_ratio)), lambda line: _line_text(line, gap_ratio, rtl_page))
    for item in cell_rows(items):
        if isinstance(item, Glyph):
            lines.append(item.text)
        elif isinstance(item, Row):
            lines.append(_row_text(item.members, gap_ratio, rtl_page))
        else:
            lines.append(_line_text(item, gap_ratio, rtl_page))
    return "\n".join(lines)


def cell_texts(textpage, boxes: list[tuple[float, float, float, float]]) -> list[str]:
    """Each box's text (left, bottom, right, top: a table's cell) in logical order, its lines top to bottom."""
    stream_lines = _stream_lines(textpage)
    mark_zwnj(stream_lines, zwnj_points(textpage.page.raw))
    gap_ratio = word_gap(stream_lines)
    texts = []
    for left, bottom, right, top in boxes:
        inside = [
            [g for g in line if left <= (g.left + g.right) / 2 <= right and bottom <= middle(g) <= top] for line in stream_lines
        ]
        texts.append(" ".join(_line_text(line, gap_ratio, True) for line in visual_lines(inside)))
    return texts
