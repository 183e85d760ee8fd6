"""Boxes of slanted (italic) glyphs, their slant taken out, so the gaps between words show again.

A producer that has no italic face of a font slants the upright one with a
shear in the text matrix (Chromium's synthetic italic: about a quarter of a
point sideways per point of height). A slanted glyph's box then reaches over
its neighbours: a descender's foot leans into the next word on the left and
an ascender's top into the word on the right, and the word gap that parts
them shrinks to nothing ("جمع‌بندی تیم" read as one word). The box is put
back where the upright glyph stood: each edge moved back by the shear times
its height above the baseline (exact for ink that fills its box).
"""

from __future__ import annotations

from ctypes import byref, c_double

import pypdfium2.raw as pdfium_c

from exbench.reading.char_text import unchecked

__all__ = ["unslanted"]

_GET_MATRIX = unchecked(pdfium_c.FPDFText_GetMatrix)
_GET_ORIGIN = unchecked(pdfium_c.FPDFText_GetCharOrigin)
MIN_SHEAR = 0.05  # horizontal shift per unit of height below which a glyph is taken as upright


def unslanted(handle, index: int, left: float, right: float, bottom: float, top: float) -> tuple[float, float]:
    """(left, right) of the character's box with its text matrix's horizontal shear taken out (as given if none)."""
    matrix = pdfium_c.FS_MATRIX()
    if not _GET_MATRIX(handle, index, byref(matrix)) or matrix.b != 0 or matrix.d == 0:
        return left, right
    shear = matrix.c / matrix.d
    if abs(shear) < MIN_SHEAR:
        return left, right
    origin_x, baseline = c_double(), c_double()
    if not _GET_ORIGIN(handle, index, byref(origin_x), byref(baseline)):
        return left, right
    low, high = sorted((shear * (bottom - baseline.value), shear * (top - baseline.value)))
    return left - low, max(left - low, right - high)
