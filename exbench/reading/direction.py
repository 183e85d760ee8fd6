"""Which way text runs: right-to-left letters, a line's base direction, mirrored brackets.

Shared by the PDF reader (is a page right-to-left at all?) and the geometric
reading of such pages (rtl_lines.py). Character classes are computed once at
import, as a set and as regexes of ranges, so no per-character unicodedata
call is made on the hot path.
"""

from __future__ import annotations

import re
import unicodedata

from bidi.mirror import MIRRORED

# Right-to-left letters (bidi class R or AL), computed once from the blocks that hold them:
# a set lookup per character instead of a unicodedata call keeps the per-glyph work lean.
_RTL_BLOCKS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF), (0x1E800, 0x1EFFF))
_RTL = frozenset(
    chr(code) for low, high in _RTL_BLOCKS for code in range(low, high + 1) if unicodedata.bidirectional(chr(code)) in ("R", "AL")
)


def _char_class(chars: frozenset[str]) -> str:
    """A regex class of ranges: a class of thousands of single characters is slow to search."""
    codes, ranges = sorted(map(ord, chars)), []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges) + "]"


_RTL_SEARCH = re.compile(_char_class(_RTL))
_RTL_BLOCK_SEARCH = re.compile("[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _RTL_BLOCKS) + "]")
_LETTER_SEARCH = re.compile(r"[^\W\d_]")  # letters of any script
_MIRRORED_SEARCH = re.compile("[" + "".join(re.escape(c) for c in MIRRORED) + "]")


def is_rtl_char(char: str) -> bool:
    """Whether the character is a right-to-left letter (bidi class R or AL)."""
    return char in _RTL


def has_rtl(text: str) -> bool:
    """Whether any right-to-left letter occurs in the text (one regex scan, no Python loop)."""
    # The blocks first (a fast scan that a Latin page never passes), then the exact class.
    return _RTL_BLOCK_SEARCH.search(text) is not None and _RTL_SEARCH.search(text) is not None


# On a page that is mostly right-to-left, a line holding right-to-left letters is taken as a
# right-to-left line unless its Latin letters outnumber them this many times: a Persian
# sentence quoting "Recognised by EFQM 4 Star" and "EFQM 2020" has more Latin letters than
# Persian ones and is still a Persian sentence.
RTL_PAGE_WEIGHT = 4


def letter_counts(text: str) -> tuple[int, int]:
    """(right-to-left letters, all letters) of a text."""
    return len(_RTL_SEARCH.findall(text)), len(_LETTER_SEARCH.findall(text))


def base_direction(line: str, rtl_page: bool = False) -> str:
    """'R' when most letters of the line are right-to-left, else 'L'.

    The visual order cannot say which character comes first logically, so the
    majority decides: "Jeremy is جرمي in Arabic" stays a left-to-right sentence,
    a Persian sentence quoting "ISO 9001" stays right-to-left. On a page that is
    mostly right-to-left (`rtl_page`), the page's direction wins unless the
    line's Latin letters outnumber its right-to-left ones RTL_PAGE_WEIGHT times;
    a line without letters takes the page's direction.
    """
    rtl, letters = letter_counts(line)
    if not letters:  # digits and signs alone ("٤٥٪", a cell of a table): they read the page's way
        return "R" if rtl_page else "L"
    weight = RTL_PAGE_WEIGHT if rtl_page else 1
    return "R" if rtl and weight * rtl >= letters - rtl else "L"


def mirror_rtl_neutrals(visual: str, base: str) -> str:
    """Swap brackets and quotes that stand in right-to-left context for their mirror image.

    Producers store the glyph as drawn: a logical "«" inside Persian is drawn,
    and stored, as "»". python-bidi's reordering does not mirror (rule L4), so
    the swap is done here, on the visual line: a mirrored character between
    strong characters of one direction takes it, otherwise the line's base
    direction (rules N1 and N2; digits are left out, as they lean either way).
    """
    if _MIRRORED_SEARCH.search(visual) is None:
        return visual
    strong = ["R" if c in _RTL else "L" if c.isalpha() else "" for c in visual]
    before, last = [], base
    for direction in strong:
        before.append(last)
        last = direction or last
    chars, after = list(visual), base
    for index in range(len(chars) - 1, -1, -1):
        char = chars[index]
        if char in MIRRORED and (before[index] if before[index] == after else base) == "R":
            chars[index] = MIRRORED[char]
        after = strong[index] or after
    return "".join(chars)
