"""Tables of figures printed without any rule, found from their words' alignment alone.

LibreOffice prints an HTML table's cells without their CSS borders, so a page
of members' counts holds no rule at all: neither pdfplumber's grid nor a
ladder of rules (rule_ladders.py) finds it, and the page text runs a row's
cells into its wrapped neighbours' lines. A table of figures shows itself by
its rows: lines of three cells or more, apart by gutters wider than a space
between words, two of them numbers. Its cells never cross its columns'
boundaries, so the lines between and just above such rows (a wrapped name,
the header) leave a gutter open in every gap between the rows' columns,
where a paragraph's line runs across them. Its rows are parted by the blank
bands between them, wider than the gap between a wrapped cell's lines.
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median

from exbench.language import digit_value
from exbench.reading.rule_ladders import Box

_MIN_SEGMENTS = 3  # a row of a table of figures shows three cells or more, apart by gutters
_MIN_NUMBERS = 2  # two of them numbers
_MIN_ROWS = 2  # such rows: a table, not one line of figures
_ROW_REACH = 3.0  # font sizes: a table's lines are at most this far apart
_MAX_HEADER_LINES = 6  # a header (and the first row above its figures) wraps over a few lines at most
_WRAP_RATIO = 2.0  # a row gap is over twice a wrapped cell's line gap, when the table has both
# LibreOffice sets a table's columns as close as 0.4 font sizes apart; a space between words is 0.25-0.32
_GUTTER = 0.37
_FLOOR = 0.2  # font sizes: a gutter is never narrower
_SPACE_MARGIN = 1.15  # a gutter is this much wider than the line's spaces between words
_TOUCH = 0.1  # font sizes: lines this close (or overlapping) touch
_WRAP_GAP = 1.5  # font sizes: a wrapped cell's next line stands at most this far under the last
_FIGURE_MARKS = set(".,٫٬%-–")  # what a number's cell holds beside its digits (of any script)


def _middle(char: dict) -> float:
    return (char["top"] + char["bottom"]) / 2


def _lines(chars: list[dict]) -> list[list[dict]]:
    """The page's lines of glyphs, top to bottom (glyphs whose middles lie within a quarter glyph of each other)."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=_middle):
        if lines and _middle(char) - _middle(lines[-1][0]) <= (char["bottom"] - char["top"]) / 4:
            lines[-1].append(char)
        else:
            lines.append([char])
    return lines


def _size(chars: list[dict]) -> float:
    return median(c["bottom"] - c["top"] for c in chars)


def _covered(chars: list[dict], gutter: float) -> list[list[float]]:
    """The runs of width the glyphs cover, left to right, those closer than `gutter` joined."""
    runs: list[list[float]] = []
    for x0, x1 in sorted((c["x0"], c["x1"]) for c in chars):
        if runs and x0 - runs[-1][1] < gutter:
            runs[-1][1] = max(runs[-1][1], x1)
        else:
            runs.append([x0, x1])
    return runs


def _is_row(line: list[dict], size: float) -> bool:
    """A line of three cells or more, two of them figures: a row of a table of figures."""
    runs = _covered(line, _GUTTER * size)
    if len(runs) < _MIN_SEGMENTS:
        return False
    texts = ["".join(c["text"] for c in line if a <= c["x0"] and c["x1"] <= b) for a, b in runs]
    return (
        sum(
            1
            for text in texts
            if text
            and all(digit_value(ch) is not None or ch in _FIGURE_MARKS for ch in text)
            and any(ch.isdigit() for ch in text)
        )
        >= _MIN_NUMBERS
    )


def _open_stretch(chars: list[dict], left: float, right: float) -> tuple[float, float]:
    """The widest stretch of (left, right) no glyph covers: (width, its middle)."""
    edges = [left]
    best = (0.0, (left + right) / 2)
    for x0, x1 in sorted((c["x0"], c["x1"]) for c in chars if c["x1"] > left and c["x0"] < right):
        if x0 > edges[-1]:
            best = max(best, (x0 - edges[-1], (x0 + edges[-1]) / 2))
        edges.append(max(edges[-1], x1))
    if right > edges[-1]:
        best = max(best, (right - edges[-1], (right + edges[-1]) / 2))
    return best


def _spaces(line: list[dict], gaps: list[tuple[float, float]]) -> float:
    """The widest gap between the line's own glyphs outside the columns' gaps: its spaces between words."""
    xs = sorted((c["x0"], c["x1"]) for c in line)
    widest, reach = 0.0, xs[0][1] if xs else 0.0
    for x0, x1 in xs[1:]:
        if x0 > reach and not any(a <= reach and x0 <= b for a, b in gaps):
            widest = max(widest, x0 - reach)
        reach = max(reach, x1)
    return widest


def _keeps(line: list[dict], gaps: list[tuple[float, float]], size: float) -> bool:
    """Whether a line leaves a gutter open in every gap between the rows' columns: one wider than a gutter, or
    than its own spaces between words (LibreOffice sets a wrapped name as close as 0.33 font sizes to the next
    column). A paragraph's line runs across the gaps, its spaces no wider there than elsewhere."""
    least = min(_GUTTER * size, max(_FLOOR * size, _SPACE_MARGIN * _spaces(line, gaps)))
    return all(_open_stretch(line, a, b)[0] >= least for a, b in gaps)


def _row_bounds(lines: list[list[dict]]) -> list[tuple[float, float]]:
    """The rows' (top, bottom): the lines parted at the blank bands wider than a wrapped cell's line gap.

    The bands' gaps sorted, the widest jump between two of them parts the row gaps from the line gaps; where
    no jump doubles the gap, every line is a row.
    """
    bands: list[list[float]] = []
    for line in lines:
        top, bottom = min(c["top"] for c in line), max(c["bottom"] for c in line)
        if bands and top <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], bottom)
        else:
            bands.append([top, bottom])
    gaps = [b[0] - a[1] for a, b in pairwise(bands)]
    ordered = sorted(gaps)
    parting = min(ordered, default=0.0) / 2
    jumps = [(b - a, a, b) for a, b in pairwise(ordered) if b > _WRAP_RATIO * max(a, 0.1)]
    if jumps:
        _, low, high = max(jumps)
        parting = (low + high) / 2
    rows = [list(bands[0])]
    for gap, band in zip(gaps, bands[1:], strict=True):
        if gap > parting:
            rows.append(list(band))
        else:
            rows[-1][1] = band[1]
    return [(top, bottom) for top, bottom in rows]


def _near(upper: list[dict], lower: list[dict], size: float) -> bool:
    return min(c["top"] for c in lower) - max(c["bottom"] for c in upper) <= _ROW_REACH * size


def _touch(upper: list[dict], lower: list[dict], size: float) -> bool:
    """Lines that touch, no line gap between: cells of one row set at different heights (LibreOffice centres
    a short cell beside a wrapped one); a paragraph's lines stand a line gap apart, from a table and each other."""
    return min(c["top"] for c in lower) - max(c["bottom"] for c in upper) <= _TOUCH * size


def _grown(lines: list[list[dict]], first: int, last: int, gaps: list[tuple[float, float]], size: float) -> tuple[int, int]:
    """The table's first and last lines: above its first row of figures the lines that keep its gutters (the
    row's wrapped cells, the header), under its last the wrapped cells' next lines."""
    top = first
    while top > 0 and first - top < _MAX_HEADER_LINES and _near(lines[top - 1], lines[top], size):
        if not (_touch(lines[top - 1], lines[top], size) or _keeps(lines[top - 1], gaps, size)):
            break
        top -= 1
    bottom = last
    while bottom + 1 < len(lines) and bottom - last < _MAX_HEADER_LINES and _keeps(lines[bottom + 1], gaps, size):
        if min(c["top"] for c in lines[bottom + 1]) - max(c["bottom"] for c in lines[bottom]) > _WRAP_GAP * size:
            break
        bottom += 1
    return top, bottom


def _tables(lines: list[list[dict]], size: float) -> list[tuple[int, int]]:
    """(first line, last line) of each run of rows of figures, the lines between them keeping their gutters."""
    found: list[tuple[int, int]] = []
    rows = [i for i, line in enumerate(lines) if _is_row(line, size)]
    start = 0
    while start < len(rows):
        first = last = rows[start]
        figures = list(lines[first])
        end = start
        for following in rows[start + 1 :]:
            gaps = _gaps(figures + lines[following], size)
            steps = all(_near(lines[i], lines[i + 1], size) for i in range(last, following))
            if not steps or not gaps or not all(_keeps(lines[i], gaps, size) for i in range(last + 1, following)):
                break
            figures += lines[following]
            last, end = following, end + 1
        if end - start + 1 >= _MIN_ROWS:
            found.append((first, last))
        start = end + 1
    return found


def _gaps(chars: list[dict], size: float) -> list[tuple[float, float]]:
    """The gaps between the columns the glyphs cover."""
    return [(a[1], b[0]) for a, b in pairwise(_covered(chars, _GUTTER * size))]


def aligned_tables(plumbed_page) -> list[list[list[Box]]]:
    """Rows of cell boxes of the page's tables of figures drawn without rules."""
    chars = [c for c in plumbed_page.chars if c["text"].strip()]
    if not chars:
        return []
    size = _size(chars)
    lines = _lines(chars)
    tables = []
    for first, last in _tables(lines, size):
        rows = [c for i in range(first, last + 1) if _is_row(lines[i], size) for c in lines[i]]
        gaps = _gaps(rows, size)
        top_line, bottom_line = _grown(lines, first, last, gaps, size)
        block = lines[top_line : bottom_line + 1]
        body = [c for line in block for c in line]
        left, right = min(c["x0"] for c in body) - 1, max(c["x1"] for c in body) + 1
        edges = [left, *(_open_stretch(body, a, b)[1] for a, b in gaps), right]
        bounds = _row_bounds(block)
        heights = [bounds[0][0] - 1, *((a[1] + b[0]) / 2 for a, b in pairwise(bounds)), bounds[-1][1] + 1]
        tables.append([[(a, upper, b, lower) for a, b in pairwise(edges)] for upper, lower in pairwise(heights)])
    return tables
