"""Zero-width non-joiners a PDF keeps only as marked content.

Chromium (Skia) draws the ZWNJ of "پاسخ‌گویی" or "سپیدان‌آباد" as an empty glyph wrapped in
`/Span <</ActualText <FEFF200C>>> BDC`. The text layer has it (poppler's pdftotext prints it), but
pdfium's text page leaves the empty glyph out, and the letters on either side touch whether they
are joined or not, so the page's geometry cannot tell it either. The mark's position can: the
glyph stands on the baseline at the edge of the letter that comes before it (its right-hand
neighbour in a right-to-left line). That letter's text gets the ZWNJ after it, the way a ligature's
glyph carries several characters in logical order.
"""

from __future__ import annotations

from ctypes import byref, c_float, c_ulong, c_ushort

import pypdfium2.raw as pdfium_c

from exbench.language.scripts import DUAL_JOINING
from exbench.reading.stacked_cells import Glyph

ZWNJ = "\u200c"
_BUFFER = 16  # UTF-16 code units: an ActualText of one character, with room to spare
EMPTY = 0.01  # points: the width of an empty glyph
NEAR = 0.15  # the mark stands this share of a glyph's height or less from the letter's edge


def _actual_text(mark, buffer, length: c_ulong) -> str | None:
    """A mark's ActualText; pdfium hands a UTF-16 string over byte by byte, so it is put back together."""
    if not pdfium_c.FPDFPageObjMark_GetParamStringValue(mark, b"ActualText", buffer, 2 * _BUFFER, byref(length)):
        return None
    text = bytes(buffer)[: length.value].decode("utf-16-le", errors="ignore").rstrip("\x00")
    if text and all(ord(c) < 256 for c in text) and len(text) % 2 == 0:
        try:
            return bytes(ord(c) for c in text).decode("utf-16-be")
        except UnicodeDecodeError:
            return text
    return text


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_FORM = 5  # FPDF_PAGEOBJ_FORM: a page placed on another, a stamp; its objects are in its own space


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def zwnj_points(page) -> list[tuple[float, float]]:
    """Where the page's empty objects marked as a ZWNJ stand: (x, baseline y) in page space.

    Only objects without width are asked for their marks: asking every object costs more than
    reading the page. Objects inside a form (a page drawn turned on another) are looked at in the
    form's space and carried to the page's.
    """
    points: list[tuple[float, float]] = []
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    box = (byref(left), byref(bottom), byref(right), byref(top))
    buffer, length = (c_ushort * _BUFFER)(), c_ulong()
    get_bounds = pdfium_c.FPDFPageObj_GetBounds

    def walk(count: int, get_object, matrix: Matrix) -> None:
        for index in range(count):
            obj = get_object(index)
            if pdfium_c.FPDFPageObj_GetType(obj) == _FORM:
                form = pdfium_c.FS_MATRIX()
                if pdfium_c.FPDFPageObj_GetMatrix(obj, form):
                    inner = (form.a, form.b, form.c, form.d, form.e, form.f)
                    count_inner = pdfium_c.FPDFFormObj_CountObjects(obj)
                    walk(count_inner, lambda i, o=obj: pdfium_c.FPDFFormObj_GetObject(o, i), _then(inner, matrix))
                continue
            if not get_bounds(obj, *box) or right.value - left.value > EMPTY:
                continue
            for number in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
                if _actual_text(pdfium_c.FPDFPageObj_GetMark(obj, number), buffer, length) == ZWNJ:
                    a, b, c, d, e, f = matrix
                    x, y = left.value, bottom.value
                    points.append((a * x + c * y + e, b * x + d * y + f))
                    break

    walk(pdfium_c.FPDFPage_CountObjects(page), lambda i: pdfium_c.FPDFPage_GetObject(page, i), _IDENTITY)
    return points


def mark_zwnj(lines: list[list[Glyph]], points: list[tuple[float, float]]) -> None:
    """Give each marked ZWNJ to the joining letter it follows: the one whose left edge it stands at."""
    if not points:
        return
    # each line's vertical reach, so a point only looks at the glyphs of lines it stands on
    bands = [(min(g.bottom - NEAR * (g.top - g.bottom) for g in line), max(g.top for g in line), line) for line in lines]
    for x, y in points:
        best: tuple[float, Glyph] | None = None
        for low, high, line in bands:
            if not low <= y <= high:
                continue
            for glyph in line:
                height = glyph.top - glyph.bottom
                if height <= 0 or not glyph.bottom - NEAR * height <= y <= glyph.top:
                    continue
                distance = abs(glyph.left - x)
                if distance <= NEAR * height and (best is None or distance < best[0]):
                    best = (distance, glyph)
        if best is not None and best[1].text[-1:] in DUAL_JOINING:
            best[1].text += ZWNJ
