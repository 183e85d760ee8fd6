"""Fold text for matching names in any spelling, keeping the way back to the original.

Each character maps to a canonical string or to nothing: marks dropped after
decomposition (Kadıköy, Kadikoy, NFD Kadıköy and KADIKÖY fold alike), one
Persian spelling of yeh and kaf, soft hyphens, joiners, tatweel and bidi
controls dropped, any run of spaces or dashes one space. A match found in the
folded text is replaced in the original through `Folded.span`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Invisible in print, so a name may carry them anywhere: soft hyphen, zero-width
# space/joiners, word joiner, BOM, tatweel, Arabic letter mark, bidi controls.
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u0640\u061c\u200e\u200f") | frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
# Arabic letters Persian text uses in place of its own; dotless ı (no decomposition).
_LETTERS = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ە": "ه", "ı": "i", "’": "'", "‘": "'", "ʼ": "'", "`": "'"}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The canonical form of one character ('' when it is dropped)."""
    if char in _DROP:
        return ""
    if char.isspace() or unicodedata.category(char) == "Pd":
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.category(part).startswith("M"):
            continue
        part = _LETTERS.get(part, part)
        digit = unicodedata.decimal(part, None)
        out.append(str(digit) if digit is not None else part.casefold())
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the index of the original character."""

    original: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span [start, end), with the marks that follow its last letter."""
        first, last = self.origin[start], self.origin[end - 1] + 1
        while last < len(self.original) and unicodedata.category(self.original[last]).startswith("M"):
            last += 1
        return first, last


def fold(text: str) -> Folded:
    """The folded text with its index back into `text`."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in fold_char(char):
            if part == " " and chars and chars[-1] == " ":
                continue
            chars.append(part)
            origin.append(index)
    return Folded(text, "".join(chars), tuple(origin))


def fold_term(text: str) -> str:
    """A name folded for lookup: folded, trimmed."""
    return fold(text).text.strip()
