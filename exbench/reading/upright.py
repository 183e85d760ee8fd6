"""Pages whose text is turned: put upright before the text is read.

A page can be turned two ways: its /Rotate entry (a viewer turns the page
when it shows it) or its content drawn turned (a landscape table printed
sideways, a page placed on another at 90 or 180 degrees). pdfium orders the
characters of a page as the page is shown, /Rotate included, and reads text
that is shown upside down backwards ("mi şit elİ" for "İletişim") and
sideways text with other line breaks. So the page is shown, in memory only,
at the turn that makes its text upright: the turn that undoes the angle its
characters are drawn at. Glyph boxes stay in the page's own coordinates;
`upright_box` turns them into the upright frame for the geometric reading of
right-to-left lines (rtl_lines.py).
"""

from __future__ import annotations

import math
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

__all__ = ["text_angle", "upright_box", "upright_textpage"]

_SAMPLE = 200  # characters whose angle is asked: enough to out-vote a few turned labels


def text_angle(textpage: pdfium.PdfTextPage) -> int:
    """The angle (0, 90, 180 or 270 degrees, clockwise as pdfium and /Rotate count) most characters are drawn at."""
    count = textpage.count_chars()
    if count <= 0:
        return 0
    votes: Counter[int] = Counter()
    step = max(1, count // _SAMPLE)
    for index in range(0, count, step):
        radians = pdfium_c.FPDFText_GetCharAngle(textpage.raw, index)
        if radians < 0:  # -1: no angle for this character (a generated space or line break)
            continue
        votes[round(math.degrees(radians) / 90) % 4 * 90] += 1
    return votes.most_common(1)[0][0] if votes else 0


def upright_textpage(page: pdfium.PdfPage) -> tuple[pdfium.PdfTextPage, int]:
    """(the page's text page with its text shown upright, the angle its characters are drawn at).

    The page's /Rotate is changed in memory only; the file is never written.
    """
    textpage = page.get_textpage()
    angle = text_angle(textpage)
    turn = (360 - angle) % 360
    if page.get_rotation() != turn:
        textpage.close()
        page.set_rotation(turn)
        textpage = page.get_textpage()
    return textpage, angle


def upright_box(box: tuple[float, float, float, float], angle: int) -> tuple[float, float, float, float]:
    """A (left, right, bottom, top) box of page coordinates in the frame where text drawn at `angle` is upright."""
    left, right, bottom, top = box
    if angle == 270:  # text runs up the page: x' = y, y' = -x
        return bottom, top, -right, -left
    if angle == 180:
        return -right, -left, -top, -bottom
    if angle == 90:  # text runs down the page: x' = -y, y' = x
        return -top, -bottom, left, right
    return box
