"""The `reports` lexicon and the form its patterns are matched on, shared by every reader of reports."""

from __future__ import annotations

from functools import cache

from exbench.extraction.lexicons import fold, load
from exbench.language import to_ascii_digits

__all__ = ["lexicon", "line_key"]


@cache
def lexicon() -> dict:
    """The merged `reports` lexicon, loaded once."""
    return load("reports")


def line_key(text: str) -> str:
    """A line as the patterns see it: folded, ASCII digits, offsets kept."""
    return to_ascii_digits(fold(text)).strip()
