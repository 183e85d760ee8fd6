"""The `reports` lexicon and the form its patterns are matched on, shared by every reader of reports."""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import PageInput
from exbench.language import to_ascii_digits

__all__ = ["framework_of", "lexicon", "line_key"]


@cache
def lexicon() -> dict:
    """The merged `reports` lexicon, loaded once."""
    return load("reports")


# A Persian number a right-to-left line printed with its last zero first ("۰۱۰", "۰۱۵" for 100, 150): no
# whole number opens with a zero, so the zero is put back at its end.
_ROTATED = re.compile(r"(?<![\d٫٬.,/:\-])(\d)(\d{2,3})(?![\d٫٬.,/:\-])")


def _mended(match: re.Match) -> str:
    zero, rest = match[1], match[2]
    if zero.isascii() or to_ascii_digits(zero) != "0" or to_ascii_digits(rest)[0] == "0":
        return match[0]
    return rest + zero


def line_key(text: str) -> str:
    """A line as the patterns see it: folded, ASCII digits (a rotated Persian number mended), offsets kept."""
    return to_ascii_digits(_ROTATED.sub(_mended, fold(text))).strip()


def framework_of(pages: list[PageInput]) -> str | None:
    """The framework the report names first in its lexicon order (most specific first)."""
    text = line_key("\n".join(p.text for p in pages))
    for block in lexicon()["frameworks"]:
        if any(compiled(p).search(text) for p in block["patterns"]):
            return block["framework"]
    return None
