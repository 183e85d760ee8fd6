"""Glue table cells that a narrow column printed one character per line.

A column squeezed to a few characters prints "472" as "4", "7", "2" on three
lines (LibreOffice does this); read apart, the number is lost. The pieces of
one cell stand one under the other, so where the page's geometry is known
(`short_line_spans`) only short lines that share their column are glued: the
cells of a row's other columns ("120" under Points Possible, "40" under
Scoring Range) follow in the text stream but stand to the right, and stay
apart ("12040" was no number of the page).
"""

from __future__ import annotations

from ctypes import byref, c_double

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from exbench.reading.char_text import indexed_chars, unchecked

__all__ = ["Span", "glue_squeezed_cells", "short_line_spans"]

_SHORT = 3
_GET_CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox)

Span = tuple[str, float, float, float]  # a short line of the stream, stripped: its glyphs' left, right, height
# Short lines this many glyph heights apart across are two columns' cells; closer, they are one word's
# letters that the stream parts one a line (Chromium's letter-spaced headings: "G", "r", "e", "a", "t").
GUTTER = 1.5


def _kind(fragment: str) -> str:
    return "digits" if all(c.isdigit() or c in ".,%" for c in fragment) else "letters"


def _short(stripped: str) -> bool:
    return 0 < len(stripped) <= _SHORT and " " not in stripped


def short_line_spans(textpage: pdfium.PdfTextPage) -> list[Span]:
    """Each short line of the text stream (what `glue_squeezed_cells` may glue) with where it stands across."""
    chars = indexed_chars(textpage)
    left, right, bottom, top = boxes = (c_double(), c_double(), c_double(), c_double())
    out = [byref(value) for value in boxes]
    spans: list[Span] = []
    line: list[int] = []
    for index in [*range(len(chars)), -1]:
        char = chars[index] if index >= 0 else "\n"
        if char not in ("\r", "\n"):
            line.append(index)
            continue
        stripped = "".join(chars[i] for i in line).strip()
        if _short(stripped):
            edges = [
                (left.value, right.value, top.value - bottom.value)
                for i in line
                if chars[i].strip() and _GET_CHAR_BOX(textpage.raw, i, *out)
            ]
            if edges:
                spans.append((stripped, min(e[0] for e in edges), max(e[1] for e in edges), max(e[2] for e in edges)))
        line = []
    return spans


def _apart(a: Span | None, b: Span | None) -> bool:
    """Whether two short lines of figures stand in two columns: side by side, a gutter apart, not one under the other.

    Only figures are parted, where a glued number is a wrong number. A squeezed
    header's words stay glued across its columns as before: parted, "Points",
    "Weight" made a head for the score reader, which then read a row cut by a
    page break under it as a criterion's points (heldout4 en_d10, LibreOffice).
    """
    if a is None or b is None or _kind(a[0]) != "digits" or _kind(b[0]) != "digits":
        return False
    return max(b[1] - a[2], a[1] - b[2]) > GUTTER * max(a[3], b[3])


def glue_squeezed_cells(text: str, spans: list[Span] | None = None) -> str:
    """Join runs of very short lines of one kind (all digits, or all letters) that share a column.

    `spans`: the page's short stream lines in order (`short_line_spans`); without them,
    every run of one kind is glued.
    """
    out: list[str] = []
    run: list[str] = []
    pending = list(spans or ())
    last: Span | None = None

    def close() -> None:
        out.append("".join(run)) if len(run) > 1 else out.extend(run)
        run.clear()

    def span_of(stripped: str) -> Span | None:
        found = next((i for i, span in enumerate(pending) if span[0] == stripped), None)
        if found is None:
            return None
        span = pending[found]
        del pending[: found + 1]
        return span

    for line in text.split("\n"):
        stripped = line.strip()
        if _short(stripped):
            span = span_of(stripped)
            if run and (_kind(run[-1]) != _kind(stripped) or _apart(last, span)):
                close()
            run.append(stripped)
            last = span
            continue
        close()
        out.append(line)
    close()
    return "\n".join(out)
