"""The cells of two findings columns side by side (strengths | areas for improvement), as a reader gives
them one after another: by sentences, or, where the table marks its cells, by their marks (each finding
opens with a bullet, an empty cell is a dash: "• ..." / "—", "— • ...").
"""

from __future__ import annotations

import re

from exbench.extraction.text_units import Span

__all__ = ["marked_cells", "sentence_cells", "unbulleted"]

TERMINAL = (".", "!", "?", "؟", "…")
# A bullet opening a cell, or a dash standing alone for an empty cell.
_MARK = re.compile(r"(?:(?<=\s)|^)(?:(?P<bullet>[•▪●◦■➢►])|(?P<empty>[—–\-])(?=\s|$))\s*")


def marked_cells(spans: list[tuple[int, Span]]) -> list[list[tuple[int, Span]]] | None:
    """The two cells of one row of marked columns (a cell's text, or [] where a dash marks it empty): the
    words before the first mark are the row's name (a criterion's), which ends no sentence. None where the
    marks make no two cells and no dash marks an empty cell (lists in cells), [] (no cell told) where one does."""
    lone = _lone_dash(spans)
    if lone is not None:
        return lone
    cells: list[list[tuple[int, Span]]] = []
    marks = dashes = 0
    current: list[tuple[int, Span]] | None = None
    for page, span in spans:
        start = 0
        for match in _MARK.finditer(span.text):
            _piece(current, page, span, start, match.start())
            if not marks and span.text[: match.start()].strip().endswith(TERMINAL):
                return []  # a sentence before the first mark: no row of marked cells
            marks += 1
            dashes += bool(match.group("empty"))
            current = [] if match.group("bullet") else None
            cells.append(current if current is not None else [])
            start = match.end()
        _piece(current, page, span, start, len(span.text))
    if len(cells) == 2:
        return cells
    return [] if dashes else None  # bullets of lists in cells, no dash: the cells are told by their sentences


def _lone_dash(spans: list[tuple[int, Span]]) -> list[list[tuple[int, Span]]] | None:
    """A row whose last line is a dash alone for its empty right cell after one sentence, its left cell ("نرخ
    حوادث ... کاهش یافته است." / "—"): the two cells in column order; None for any other row (a dash first may
    stand for an empty left cell or for an empty cell of a column before them)."""
    marks = [(i, m) for i, (_, span) in enumerate(spans) for m in _MARK.finditer(span.text)]
    if len(marks) != 1 or not marks[0][1].group("empty") or spans[marks[0][0]][1].text.strip() != marks[0][1].group(0).strip():
        return None
    cell = spans[: marks[0][0]]
    if (
        marks[0][0] != len(spans) - 1
        or not cell
        or len(sentence_cells(cell)) != 1
        or not cell[-1][1].text.rstrip().endswith(TERMINAL)
    ):
        return None  # words after the dash, or a name or two sentences before it: no one cell told
    return [cell, []]


def unbulleted(cell: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A cell past the bullet that opens it ("• Konut abonelerinin ..."): a list in a cell, no word of the finding."""
    page, span = cell[0]
    bullet = _MARK.match(span.text)
    if not bullet or not bullet.group("bullet") or not span.text[bullet.end() :].strip():
        return cell
    return [(page, Span(span.start + bullet.end(), span.end, span.text[bullet.end() :])), *cell[1:]]


def _piece(cell: list[tuple[int, Span]] | None, page: int, span: Span, start: int, end: int) -> None:
    """Add a line's words between two marks to the open cell (none after a dash, nor before the first mark)."""
    text = span.text[start:end].strip()
    if cell is not None and text:
        offset = span.text.index(text, start)
        cell.append((page, Span(span.start + offset, span.start + offset + len(text), text)))


def sentence_cells(spans: list[tuple[int, Span]]) -> list[list[tuple[int, Span]]]:
    """The sentences of these lines, each as its pieces of lines: a sentence ends with a full stop
    before a word that may open one (a capital, or any letter of a script without case)."""
    cells: list[list[tuple[int, Span]]] = []
    current: list[tuple[int, Span]] = []
    for page, span in spans:
        start = 0
        for match in re.finditer(r"(?<=[.!?؟…])\s+(?=[^\W\d_])", span.text):
            after = span.text[match.end()]
            if after.islower():
                continue  # "A.Ş. tarafından": an abbreviation, no sentence's end
            current.append((page, Span(span.start + start, span.start + match.start(), span.text[start : match.start()])))
            cells.append(current)
            current, start = [], match.end()
        piece = span.text[start:]
        current.append((page, Span(span.start + start, span.end, piece)))
        if piece.rstrip().endswith(TERMINAL):
            cells.append(current)
            current = []
    return cells
