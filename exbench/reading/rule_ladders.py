"""Tables ruled only across: rows from the horizontal rules, columns from the gaps between the words.

A table styled with a rule under each row (`border-bottom` on its cells, a
filled header) and no rule down its columns is common in reports and web
pages; pdfplumber's grid needs both kinds of rule, so it finds no table there
and the page text runs a row's cells together with its wrapped neighbours'.
Here the rules of equal extent stacked one under another (a ladder) give the
rows, and the columns are where no glyph of any row falls (the gutters the
cells' padding leaves). The header row above the first rule, when no rule
closes it from above, is the lines just above it whose words keep to the
columns. The cells' boxes are then read like pdfplumber's (pdf_tables.py).
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median

Box = tuple[float, float, float, float]  # left, top, right, bottom, measured from the page's top (pdfplumber)

_THIN = 3.0  # a rule is drawn at most this thick
_FILL_HEIGHT = 60.0  # a filled box at most this tall (a header cell's background) bounds a row with its edges
_MIN_WIDTH = 40.0  # a rule narrower than this underlines a word, not a row
_SAME = 2.0  # points: rules this close in height are one; their ends this close meet
_EDGE = 4.0  # the ends of two rules of one table are at most this far apart
_MIN_RULES = 3  # a header's rule and two rows'
_BAND_SPREAD = 4.0  # a row taller than this many times the table's usual row is no row of it
_GUTTER = 0.45  # a gutter is at least this many font sizes wide: wider than a space between words
_LINE_GAP = 0.8  # a header line lies at most this many font sizes above the line or rule under it
_MIN_FULL_ROWS = 2  # rows with two cells or more filled: a stack of one-cell bands is a page's banner, not a table


def _rules(plumbed_page) -> list[tuple[float, float, float]]:
    """The page's horizontal rules (height, left, right), those drawn piecewise (one per cell) joined."""
    pieces = []
    for rect in plumbed_page.rects:
        height = rect["bottom"] - rect["top"]
        if rect["x1"] - rect["x0"] < _SAME:
            continue
        if height <= _THIN:
            pieces.append(((rect["top"] + rect["bottom"]) / 2, rect["x0"], rect["x1"]))
        elif height <= _FILL_HEIGHT and rect.get("fill"):
            pieces += [(rect["top"], rect["x0"], rect["x1"]), (rect["bottom"], rect["x0"], rect["x1"])]
    for line in plumbed_page.lines:
        if abs(line["bottom"] - line["top"]) <= _THIN:
            pieces.append(((line["top"] + line["bottom"]) / 2, line["x0"], line["x1"]))
    joined: list[list[float]] = []
    for y, left, right in sorted(pieces, key=lambda p: (round(p[0] / _SAME), p[1])):
        last = joined[-1] if joined else None
        if last and abs(last[0] - y) <= _SAME and left <= last[2] + _SAME:
            last[2] = max(last[2], right)
        else:
            joined.append([y, left, right])
    return [(y, left, right) for y, left, right in joined if right - left >= _MIN_WIDTH]


def _ladders(rules: list[tuple[float, float, float]]) -> list[list[tuple[float, float, float]]]:
    """Runs of rules of one extent, top to bottom, a run broken where a row would be far too tall."""
    groups: list[list[tuple[float, float, float]]] = []
    for rule in sorted(rules):
        for group in groups:
            if abs(group[0][1] - rule[1]) <= _EDGE and abs(group[0][2] - rule[2]) <= _EDGE:
                if abs(group[-1][0] - rule[0]) > _SAME:
                    group.append(rule)
                break
        else:
            groups.append([rule])
    ladders = []
    for group in groups:
        if len(group) < _MIN_RULES:
            continue
        usual = median(b[0] - a[0] for a, b in pairwise(group))
        run = [group[0]]
        for rule in group[1:]:
            if rule[0] - run[-1][0] > _BAND_SPREAD * usual:
                ladders.append(run)
                run = []
            run.append(rule)
        ladders.append(run)
    return [ladder for ladder in ladders if len(ladder) >= _MIN_RULES]


def _gutters(chars: list[dict], size: float) -> list[float]:
    """The middles of the table's widths where no glyph falls, each wider than a space between words."""
    covered: list[list[float]] = []
    for x0, x1 in sorted((c["x0"], c["x1"]) for c in chars):
        if covered and x0 <= covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], x1)
        else:
            covered.append([x0, x1])
    return [(a[1] + b[0]) / 2 for a, b in pairwise(covered) if b[0] - a[1] >= _GUTTER * size]


def _inside(chars: list[dict], left: float, top: float, right: float, bottom: float) -> list[dict]:
    return [c for c in chars if left <= (c["x0"] + c["x1"]) / 2 <= right and top <= (c["top"] + c["bottom"]) / 2 <= bottom]


def _header_top(chars: list[dict], body: list[dict], ladder_top: float, left: float, right: float, size: float) -> float | None:
    """The top of the lines right above the ladder's first rule that leave every column's gutter open (a header)."""
    above = sorted(_inside(chars, left, 0, right, ladder_top), key=lambda c: -c["bottom"])
    kept, top, floor = len(_gutters(body, size)), None, ladder_top
    header: list[dict] = []
    while above:
        base = above[0]
        line = [c for c in above if c["bottom"] > (base["top"] + base["bottom"]) / 2]
        height = base["bottom"] - base["top"]
        if floor - base["bottom"] > _LINE_GAP * height:
            break
        if len(_gutters(body + line, size)) < kept:
            break
        body = body + line
        header += line
        top = floor = min(c["top"] for c in line)
        above = [c for c in above if c not in line]
    return top if len(_gutters(header, size)) >= 1 else None  # a header names two columns or more


def _header_only_gutters(chars: list[dict], edges: list[float], heights: list[float], header: bool) -> list[float]:
    """The gutters kept once a column with words only in the header joins its neighbour with an empty header cell.

    A header cell aligned otherwise than its column's figures (a name on the left, numbers on the right)
    leaves a gap inside the column that no row crosses.
    """
    if not header:
        return edges
    full = [[bool(_inside(chars, a, upper, b, lower)) for a, b in pairwise(edges)] for upper, lower in pairwise(heights)]
    drop: set[int] = set()  # an index into edges: that gutter goes
    for column in range(len(edges) - 1):
        if not full[0][column] or any(row[column] for row in full[1:]):
            continue
        for neighbour, gutter in ((column + 1, column + 1), (column - 1, column)):
            if 0 <= neighbour < len(edges) - 1 and not full[0][neighbour] and gutter not in drop:
                drop.add(gutter)
                break
    return [x for i, x in enumerate(edges) if i not in drop]


def ladder_tables(plumbed_page, taken: list[Box]) -> list[list[list[Box]]]:
    """Rows of cell boxes of the page's tables ruled only across, outside the tables already found (`taken`)."""
    chars = [c for c in plumbed_page.chars if c["text"].strip()]
    if not chars:
        return []
    tables = []
    for ladder in _ladders(_rules(plumbed_page)):
        left, right = min(r[1] for r in ladder), max(r[2] for r in ladder)
        top, bottom = ladder[0][0], ladder[-1][0]
        if any(t[0] < right and left < t[2] and t[1] < bottom and top < t[3] for t in taken):
            continue
        body = _inside(chars, left, top, right, bottom)
        if not body:
            continue
        size = median(c["bottom"] - c["top"] for c in body)
        heights = [r[0] for r in ladder]
        header = _header_top(chars, body, top, left, right, size)
        if header is not None:
            heights.insert(0, header - 1)
            body = _inside(chars, left, header - 1, right, bottom)
        between = _gutters(body, size)
        if not between:
            continue
        edges = _header_only_gutters(chars, [left, *between, right], heights, header is not None)
        rows = [
            [(a, upper, b, lower) for a, b in pairwise(edges)]
            for upper, lower in pairwise(heights)
            if _inside(chars, left, upper, right, lower)
        ]
        if sum(1 for row in rows if sum(1 for box in row if _inside(chars, *box)) >= 2) >= _MIN_FULL_ROWS:
            tables.append(rows)
    return tables
