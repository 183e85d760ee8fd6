"""Choose the words quoted as evidence: the sentence, clipped around the fact."""

from __future__ import annotations

from assets.extraction.model import Evidence
from assets.extraction.text_units import Span

MAX_QUOTE = 400


def quote(page: int, sentence: Span, around: int | None = None) -> Evidence:
    """The sentence as evidence, cut to MAX_QUOTE characters centred on `around` (an offset in it)."""
    text = sentence.text
    if len(text) <= MAX_QUOTE or around is None:
        return Evidence(page, text[:MAX_QUOTE] if len(text) > MAX_QUOTE else text)
    start = max(0, min(around - MAX_QUOTE // 2, len(text) - MAX_QUOTE))
    return Evidence(page, text[start : start + MAX_QUOTE].strip())
