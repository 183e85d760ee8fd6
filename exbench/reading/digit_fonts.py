"""ASCII digits that the page shows as Persian: the font draws them so.

Persian Word documents set text in the Borna "B" fonts (B Nazanin, B Lotus,
B Titr...), which draw the code points 0-9 as Persian digits. The text layer
then holds "1374" where the reader sees "۱۳۷۴", and a quote in ASCII digits is
not what the page says. A digit whose font is one of these (data/persian_digit_fonts.json)
is written as the Persian digit it shows; its value is the same.
"""

from __future__ import annotations

import ctypes
import json
from functools import lru_cache
from pathlib import Path

import pypdfium2.raw as pdfium_c

from exbench.language.digits import PERSIAN, in_digits

_FILE = Path(__file__).resolve().parent / "data" / "persian_digit_fonts.json"


@lru_cache(maxsize=1)
def _families() -> tuple[str, ...]:
    return tuple(json.loads(_FILE.read_text(encoding="utf-8"))["families"])


def _font_name(textpage, index: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
    return buffer.value.decode("latin-1").split("+", 1)[-1]


def shown_digit(textpage, index: int, char: str) -> str:
    """The digit as the page shows it: Persian when its font draws ASCII digits as Persian."""
    if "0" <= char <= "9" and _font_name(textpage, index).startswith(_families()):
        return in_digits(char, PERSIAN)
    return char
