"""Choose the words quoted as evidence: the sentence, clipped around the fact."""

from __future__ import annotations

import re
from collections.abc import Iterable

from exbench.extraction.model import Evidence
from exbench.extraction.text_units import Span

MAX_QUOTE = 400


def quote(page: int, sentence: Span, around: int | None = None, focus: Iterable[tuple[int, int]] = ()) -> Evidence:
    """The sentence as evidence, cut to MAX_QUOTE characters centred on `around` (an offset in it).

    `focus` gives the spans (offsets in the sentence) of the words the value
    was read from; those inside the quote are kept, as offsets in the quote.
    """
    text = sentence.text
    if len(text) <= MAX_QUOTE or around is None:
        start, kept = 0, text[:MAX_QUOTE]
    else:
        start = max(0, min(around - MAX_QUOTE // 2, len(text) - MAX_QUOTE))
        clipped = text[start : start + MAX_QUOTE]
        kept = clipped.strip()
        start += len(clipped) - len(clipped.lstrip())
    spans = tuple((begin - start, end - start) for begin, end in focus if begin >= start and end - start <= len(kept))
    return Evidence(page, kept, spans)


def as_written(page_text: str, text: str, whole: bool = False) -> str | None:
    """The words of `text` as the page text holds them (a table cell's lines stand between its neighbours'
    in the page text, so its words may be parted by line breaks): all of them, or with `whole` False the
    longest opening the page holds. Evidence must be words on the page."""
    words = text.split()
    for count in [len(words)] if whole else range(len(words), 0, -1):
        found = re.search(r"\s+".join(map(re.escape, words[:count])), page_text) if count else None
        if found:
            return found.group(0)
    return None
