"""The `reports` lexicon and the form its patterns are matched on, shared by every reader of reports."""

from __future__ import annotations

from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import PageInput
from exbench.language import to_ascii_digits

__all__ = ["framework_of", "lexicon", "line_key"]


@cache
def lexicon() -> dict:
    """The merged `reports` lexicon, loaded once."""
    return load("reports")


def line_key(text: str) -> str:
    """A line as the patterns see it: folded, ASCII digits, offsets kept."""
    return to_ascii_digits(fold(text)).strip()


def framework_of(pages: list[PageInput]) -> str | None:
    """The framework the report names first in its lexicon order (most specific first)."""
    text = line_key("\n".join(p.text for p in pages))
    for block in lexicon()["frameworks"]:
        if any(compiled(p).search(text) for p in block["patterns"]):
            return block["framework"]
    return None
