"""The text layer's characters one per pdfium character index, so each meets its own box.

pdfium's text API and its character boxes count characters differently: a
character outside the Basic Multilingual Plane (an emoji such as 👁 or 📢) is
two entries of the character list (its UTF-16 surrogates, in either order
where a producer stored the line visually), and a glyph with no Unicode value
is an entry that the page text leaves out. Indexing the page text by
character index then gives each character after such a glyph the box of
another, and a page reads as letters shuffled across lines (a Telegram feed
with emoji printed by Chromium: 0.2 of its Persian bigrams kept). Asking the
character of each index gives a list that lines up with the boxes.
"""

from __future__ import annotations

from ctypes import c_void_p, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

__all__ = ["indexed_chars", "off_page", "page_area", "unchecked"]


def unchecked(function):
    """The same C function without ctypes' per-call argument conversion.

    A per-character call is made thousands of times a page; with its declared
    argument types ctypes spends ~2 µs converting them, without them ~0.35 µs
    (measured). Callers pass exactly what the C function takes (a text page
    handle, an int, byref() of the right C types).
    """
    try:
        return type(function)(cast(function, c_void_p).value)
    except (TypeError, ValueError):
        return function


_GET_UNICODE = unchecked(pdfium_c.FPDFText_GetUnicode)
_HIGH, _LOW = range(0xD800, 0xDC00), range(0xDC00, 0xE000)


def _from_codes(codes: list[int]) -> list[str]:
    """One string per code: surrogate pairs (either order) joined on the first, '' for the second and for code 0."""
    chars = [""] * len(codes)
    index = 0
    while index < len(codes):
        code = codes[index]
        following = codes[index + 1] if index + 1 < len(codes) else 0
        if code in _HIGH and following in _LOW or code in _LOW and following in _HIGH:
            high, low = (code, following) if code in _HIGH else (following, code)
            chars[index] = chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            index += 2
            continue
        if code and code not in _HIGH and code not in _LOW:
            chars[index] = chr(code)
        index += 1
    return chars


def indexed_chars(textpage: pdfium.PdfTextPage) -> list[str]:
    """The character at each index of the text page ('' where none is shown), aligned with its character boxes.

    Where the page text has one character per index (nearly every page) it is
    taken as it is; otherwise each index is asked for its character.
    """
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) == count and not any(ord(char) > 0xFFFF for char in text):
        return list(text)
    handle = textpage.raw
    return _from_codes([_GET_UNICODE(handle, index) for index in range(count)])


Area = tuple[float, float, float, float]  # left, bottom, right, top in the page's own coordinates


def page_area(textpage: pdfium.PdfTextPage) -> Area | None:
    """The part of the page that is shown (its crop box), None when it cannot be told."""
    try:
        return textpage.page.get_cropbox()
    except (AttributeError, pdfium.PdfiumError, ValueError):
        return None


def off_page(left: float, right: float, bottom: float, top: float, area: Area | None) -> bool:
    """Whether a character's box lies wholly outside the shown page: a text layer's character nobody sees.

    LibreOffice draws the numbers of a right-to-left ordered list some
    thousands of points left of the page ("شورای 1 ." for "شورای"), and they
    would be read into the line beside them. A right-to-left line that runs
    past the right edge by less than a page's width is the page's own text that
    LibreOffice set too wide (a definition list's indented findings): it stays.
    """
    if area is None:
        return False
    area_left, area_bottom, area_right, area_top = area
    overflow = left > area_right and left < 2 * area_right - area_left
    return right < area_left or (left > area_right and not overflow) or top < area_bottom or bottom > area_top
