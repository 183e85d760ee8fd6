"""Stats boxes a printer left as lines of text: rows of label and count pairs, as tables of cells.

A box of figures ("Değerlendirilen belediye 18 | Güçlü yön 534") that the reader found no table for (LibreOffice
prints it as lines) is still a table of pairs; table_counts.py reads it as one when every label names a metric.
"""

from __future__ import annotations

import re

__all__ = ["Table", "pair_cells", "pair_lines"]

Table = tuple[tuple[str, ...], ...]  # rows of cells, as the reader gives a table

_MAX_LABEL_WORDS = 6
_CLAUSE_MARK = re.compile(r"[,;:.!?،؛]")
_PAIR = re.compile(r"([^\d\n|]*[^\W\d][^\d\n|]*?)\s+(\d[\d.,]*)(?=\s|$)")


def pair_lines(text: str) -> list[Table]:
    """Stats boxes a printer left as lines of text, no table found (LibreOffice): runs of lines that are each two
    or more pairs of words and a number ("Değerlendirilen belediye 18 Güçlü yön 534"), as tables of cells; whether
    every label names a metric is table_counts.py's to say."""
    boxes: list[Table] = []
    run: list[tuple[str, ...]] = []
    for line in [*text.split("\n"), ""]:
        cells = pair_cells(line.strip())
        if cells:
            run.append(cells)
            continue
        if run:
            boxes.append(tuple(run))
        run = []
    return boxes


def pair_cells(line: str) -> tuple[str, ...] | None:
    """A line's cells when the whole line is two or more (label, number) pairs, else None. A label is a box's: a
    few words that open with a capital and hold no clause mark; a line of wrapped prose ("assessors, who spent
    1,100 person-hours of internal assessment and 600") is none."""
    pairs = list(_PAIR.finditer(line))
    if len(pairs) < 2 or "".join(m.group(0) for m in pairs).replace(" ", "") != line.replace(" ", ""):
        return None
    labels = [m.group(1).strip() for m in pairs]
    if not all(
        label[:1].isupper() and len(label.split()) <= _MAX_LABEL_WORDS and not _CLAUSE_MARK.search(label) for label in labels
    ):
        return None
    return tuple(cell for m in pairs for cell in (m.group(1).strip(), m.group(2)))
