"""A table header whose narrow cells a printer wrapped inside a word ("İşare" / "t", "Criterio" / "nType"):
the readings of its short lines joined, with a word's broken end put back on the line before.

LibreOffice wraps a header cell where the column is narrower than its word; the piece that ran over opens
the next line, alone ("t", "–" of "+/–") or glued to the next cell's word ("nType"). Which lines were so broken cannot be
told from the lines alone, so each reading is offered and the header's own pattern says which one is a header.
"""

from __future__ import annotations

import re
from itertools import product

__all__ = ["header_readings_of", "unglued"]

# A Persian word a printer broke at its letters' joins into two or more pieces of one or two letters ("ح دا کثر");
# one short piece before a word ("مع عنوان", "و رهبری") may be a word of its own, and is left apart.
_PIECES = re.compile(r"(?<!\S)(?:[\u0620-\u064a\u067e-\u06d3]{1,2} ){2,}(?=[\u0620-\u064a\u067e-\u06d3])")

# A word's end that ran over holds at most this many letters; so many lines at most are read together.
_RUN_OVER = 2
_LINES = 5


# Two header cells' words a printer glued where the column between them closed ("AğırlıkAzami"): a capital
# after a small letter inside a word opens the next cell's word.
_GLUED = re.compile(r"(?<=[a-zçğıöşü])(?=[A-ZÇĞİÖŞÜ])")


def unglued(text: str) -> str:
    """A header line with the words of two cells a printer glued together parted again."""
    return _GLUED.sub(" ", text)


def header_readings_of(keys: list[str]) -> list[str]:
    """The lines' readings (_readings), and each with a Persian word's broken pieces closed up."""
    readings = _readings(keys)
    mended = [joined for reading in readings if (joined := _PIECES.sub(lambda m: m[0].replace(" ", ""), reading)) != reading]
    return readings + mended


def _readings(keys: list[str]) -> list[str]:
    """The lines joined by spaces first, then each reading that gives a broken word's end (up to two letters
    opening a line) back to the line before; none but the first where more lines are read than a header has."""
    plain = " ".join(keys)
    if len(keys) > _LINES:  # too many lines to try each: only a lone word's end ("Azam" / "i") goes back
        mended = keys[0]
        for key in keys[1:]:
            alone = len(key) <= _RUN_OVER and key.isalpha() and mended[-1:].isalpha()
            mended += key if alone else " " + key
        return [plain] if mended == plain else [plain, mended]
    if len(keys) < 2:
        return [plain]
    readings = [plain]
    for shifts in product(range(_RUN_OVER + 1), repeat=len(keys) - 1):
        if not any(shifts):
            continue
        text = keys[0]
        for shift, key in zip(shifts, keys[1:], strict=True):
            head = key[:shift]
            whole = shift == len(key) and not key.isalnum()  # "+/" / "–": a sign a narrow cell parted
            if shift and not whole and (not head.isalpha() or not text[-1:].isalpha() or shift > len(key)):
                break  # else a piece of a word joins letters to letters only
            text = text + head + (" " + key[shift:] if key[shift:] else "")
        else:
            readings.append(text)
    return readings
