"""Columns of running text that a row-by-row OCR pass ran together, put back one column after the other.

A page with a table of short cells is read again row by row (--psm 6, see
`table_columns`), so its score table keeps its rows. But the same page may hold
a table of two prose columns, strengths beside areas for improvement: read row
by row, each printed line joins half a finding from one column to half of
another from the other column, and no finding survives whole. Such a stretch of
lines is found by the gap they all leave at the same place (the gutter), and
by both sides being words rather than numbers; each column's lines are then
given in turn, the right one first on a right-to-left page, as a printed page
is read.
"""

from __future__ import annotations

from statistics import median

from exbench.reading.ocr_words import Word

__all__ = ["GUTTER", "PROSE_WORDS", "in_columns"]

GUTTER = 1.5  # a gap between two words of a line this many word heights wide may be a gutter
PROSE_WORDS = 3  # each side of a two-sided line averages at least this many words in a prose column
MIN_TWO_SIDED = 2  # lines with words on both sides of the gutter that make a stretch of columns
PARAGRAPH = 1.0  # a blank this many word heights high between two lines ends the stretch


def _gaps(line: list[Word], height: float) -> list[tuple[int, int]]:
    """(left, right) of each gap between neighbouring words of the line wide enough to be a gutter."""
    boxes = sorted((word for word in line if _lettered(word)), key=lambda word: word.left)
    return [
        (a.left + a.width, b.left)
        for a, b in zip(boxes, boxes[1:], strict=False)
        if b.left - (a.left + a.width) > GUTTER * height
    ]


def _sides(line: list[Word], gutter: tuple[int, int], height: float) -> tuple[list[Word], list[Word], tuple[int, int]] | None:
    """The line's words left and right of the gutter (in the line's order) and the gutter they leave.

    None when the words close the gutter up to less than a gutter's width. A
    bar in the gutter is a cell's border read as "|" and is left out.
    """
    middle = (gutter[0] + gutter[1]) / 2
    words = [w for w in line if not _border(w) or not gutter[0] <= w.left + w.width / 2 <= gutter[1]]
    left = [w for w in words if w.left + w.width / 2 < middle]
    right = [w for w in words if w.left + w.width / 2 >= middle]
    narrowed = (
        max([gutter[0]] + [w.left + w.width for w in left]),
        min([gutter[1]] + [w.left for w in right]),
    )
    return (left, right, narrowed) if narrowed[1] - narrowed[0] > GUTTER * height else None


def _lettered(word: Word) -> bool:
    return any(ch.isalnum() for ch in word.text)


def _border(word: Word) -> bool:
    """A cell's ruled edge as Tesseract reads it: a bar, a bracket, a slash."""
    return set(word.text) <= set("|¦[]!/\\")


def _top(line: list[Word]) -> int:
    return min(w.top for w in line)


def _bottom(line: list[Word]) -> int:
    return max(w.top + w.height for w in line)


def _prose(words: list[Word]) -> bool:
    """Mostly words of letters, not a column of numbers."""
    return sum(any(ch.isalpha() for ch in w.text) for w in words) >= 0.7 * len(words)


def _stretch(lines: list[list[Word]], start: int, height: float) -> tuple[int, tuple[int, int]] | None:
    """(end, gutter) of the stretch of column lines opening at `start`, or None."""
    for gap in _gaps(lines[start], height):
        gutter, end, two_sided = gap, start, []
        while end < len(lines):
            line = lines[end]
            if end > start and _top(line) - _bottom(lines[end - 1]) > PARAGRAPH * height:
                break  # a new paragraph after the table
            sides = _sides(line, gutter, height)
            if sides is None:
                break  # a line across the gutter
            left, right, gutter = sides
            if left and right:
                two_sided.append((left, right))
            end += 1
        words = (sum(len(sides[0]) for sides in two_sided), sum(len(sides[1]) for sides in two_sided))
        prose = all(_prose(side) for sides in two_sided for side in sides)
        if len(two_sided) >= MIN_TWO_SIDED and prose and min(words) >= PROSE_WORDS * len(two_sided):
            return end, gutter
    return None


def in_columns(lines: list[list[Word]], right_to_left: bool) -> list[list[Word]]:
    """The lines, with each stretch of two prose columns read row by row given column by column."""
    if not lines:
        return lines
    height = median(w.height for line in lines for w in line)
    out: list[list[Word]] = []
    index = 0
    while index < len(lines):
        found = _stretch(lines, index, height)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        end, gutter = found
        for row in _rows(lines[index:end], height):
            halves = [_sides(line, gutter, 0) for line in row]
            if None in halves:  # never lose a word: a row the final gutter does not split stays as read
                out += row
                continue
            left = [side[0] for side in halves if side[0]]
            right = [side[1] for side in halves if side[1]]
            out += right + left if right_to_left else left + right
        index = end
    return out


def _rows(lines: list[list[Word]], height: float) -> list[list[list[Word]]]:
    """The stretch cut where the blank between two lines is clearly taller than between lines of one cell:
    a table's rows, each read cell after cell as the text layer gives them."""
    blanks = [_top(b) - _bottom(a) for a, b in zip(lines, lines[1:], strict=False)]
    if not blanks:
        return [lines]
    usual = median(blanks)
    rows = [[lines[0]]]
    for blank, line in zip(blanks, lines[1:], strict=True):
        if blank > max(1.6 * usual, usual + 0.4 * height):
            rows.append([])
        rows[-1].append(line)
    return rows
