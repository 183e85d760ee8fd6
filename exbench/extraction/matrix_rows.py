"""Rows of a findings matrix: a strengths | areas for improvement table whose rows are headed by a
sub-criterion ("1.1", "۱-۳", "Kriter 6"), each row one or two findings.

A reader gives a row's cells one after another: the row's code, then the left cell, then the right. A cell
may be marked by its kind ("(+)", "(−)"), opened by a bullet, or left empty with a dash ("—"); where no
mark tells them apart, a row's two sentences are its two cells in column order, and a cell alone is told
by its grammar (an area for improvement states a lack: finding_polarity).
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL, sentence_cells
from exbench.extraction.finding_polarity import kinds_by_polarity, states_a_lack
from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon
from exbench.extraction.text_units import Span

__all__ = ["Cell", "dash_rows", "row_code", "row_findings"]

Cell = list[tuple[int, Span]]
# A cell's opening: a kind mark in brackets, a bullet, or a dash standing alone for an empty cell.
_MARK = re.compile(
    r"(?:(?<=\s)|^)(?:\(\s*(?P<plus>\+)\s*\)|\(\s*(?P<minus>[−–—\-])\s*\)|(?P<bullet>[•▪●◦■➢►○✔✓✎])"
    r"|(?P<empty>[—–\-])(?=\s|$))\s*"
)


def row_code(key: str, criterion: str | None) -> tuple[str | None, int] | None:
    """The row code opening a matrix line of this criterion (of any, where the matrix stands under no
    criterion's heading): its item ("1.1" for "1.1", "۱-۱"; None for the criterion's own row, "Kriter 6")
    and where the row's text starts; None for any other line."""
    match = compiled(lexicon()["matrix_row"]).match(key)
    if not match or match.group("num") != (criterion or match.group("num")):
        return None
    part = match.group("part") or match.group("sub")
    if criterion is None and not part:
        return None  # under no criterion's heading, a row names its sub-criterion ("۱-۱ رهبری ...")
    criterion = criterion or match.group("num")
    if not (part or match.group("word") or not key[match.end() :].strip()):
        return None  # "6 ..." without the criterion word nor a part: running text, no row
    if part and not part.isdigit():  # "1a", "۱-ب": item 1b
        return criterion + lexicon()["subcriterion_letters"].get(part, part), match.end()
    return (f"{criterion}.{int(part)}" if part else None), match.end()


def _cells(spans: Cell) -> list[tuple[str | None, Cell]]:
    """A row's cells in reading order, each with the mark that opened it ('+', '-', 'bullet', 'empty',
    or None for the words before the first mark)."""
    cells: list[tuple[str | None, Cell]] = []
    current: Cell | None = None
    for page, span in spans:
        start = 0
        for match in _MARK.finditer(span.text):
            current = _piece(cells, current, page, span, start, match.start())
            kind = next(name for name in ("plus", "minus", "bullet", "empty") if match.group(name))
            current = [] if kind != "empty" else None
            cells.append(({"plus": "+", "minus": "-"}.get(kind, kind), current if current is not None else []))
            start = match.end()
        current = _piece(cells, current, page, span, start, len(span.text))
    return cells


def _piece(cells: list, current: Cell | None, page: int, span: Span, start: int, end: int) -> Cell | None:
    """Add a line's words between two marks to the open cell; words before any mark or after an empty
    cell's dash open an unmarked cell."""
    text = span.text[start:end].strip()
    if not text:
        return current
    if current is None:  # words before any mark, or after a dash that left the cell before empty
        current = []
        cells.append((None, current))
    offset = span.text.index(text, start)
    current.append((page, Span(span.start + offset, span.start + offset + len(text), text)))
    return current


def _text(cell: Cell) -> str:
    return " ".join(span.text for _, span in cell)


def dash_rows(rows: list[tuple[str | None, Cell]]) -> bool:
    """Every row is its code, a dash and one cell ("1.1 – ..."): the dash either leaves the left cell empty or
    joins the code to its finding (a report filing each finding under its sub-criterion); which, only the whole
    report tells (row_findings' `joined`)."""
    parsed = [[(mark, cell) for mark, cell in _cells(spans) if cell or mark == "empty"] for _, spans in rows]
    return bool(parsed) and all(len(cells) == 2 and cells[0][0] == "empty" and cells[1][0] is None for cells in parsed)


def row_findings(
    kinds: tuple[str, str], rows: list[tuple[str | None, Cell]], joined: bool = False
) -> list[tuple[str, str | None, Cell]]:
    """(kind, item, cell) of every finding of one criterion's rows: a cell's kind from its mark, else from
    its column where the row shows both, else from its grammar; a cell that ends no sentence is none.
    `joined`: a dash after each row's code joins it to its one cell, whose grammar tells its kind (dash_rows)."""
    first, second = kinds
    found: list[tuple[str, str | None, Cell]] = []
    plain: list[tuple[str | None, list[Cell]]] = []  # rows of unmarked sentences
    for item, spans in rows:
        cells = [(mark, cell) for mark, cell in _cells(spans) if cell or mark == "empty"]
        cells = cells[1:] if joined and {first, second} == {"strength", "improvement_area"} else cells
        if len(cells) > 1 and cells[0][0] is None and not _text(cells[0][1]).rstrip().endswith(TERMINAL):
            cells = cells[1:]  # "هدف، چشم‌انداز و استراتژی" before the marked cells: the row's name, no cell
        if any(mark in ("+", "-") for mark, _ in cells):
            found += [({"+": "strength", "-": "improvement_area"}[m], item, c) for m, c in cells if m in ("+", "-") and c]
        elif len(cells) == 2:
            found += [(kind, item, cell) for kind, (_, cell) in zip(kinds, cells, strict=True) if cell]
        elif len(cells) == 1:
            plain.append((item, sentence_cells(cells[0][1])))
    sentences = [(item, cell) for item, cells in plain for cell in cells]
    if len(sentences) == 2:  # the criterion's two cells, one in each column
        texts = [_text(cell) for _, cell in sentences]
        told = kinds_by_polarity(texts, first, second) or [first, second]
        found += [(kind, item, cell) for kind, (item, cell) in zip(told, sentences, strict=True)]
    elif {first, second} == {"strength", "improvement_area"}:
        found += [("improvement_area" if states_a_lack(_text(c)) else "strength", item, c) for item, c in sentences]
    return [(kind, item, cell) for kind, item, cell in found if _text(cell).rstrip().endswith(TERMINAL)]
