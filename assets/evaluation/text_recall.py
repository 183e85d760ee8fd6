"""How much of a source text survives extraction: token and bigram recall."""

from __future__ import annotations

import re
from collections import Counter

from assets.reading.normalize import normalize_text

_PUNCT = re.compile(r"[^\w\u200c]+", re.UNICODE)


def tokens(text: str, language: str | None) -> list[str]:
    """Normalized words (punctuation dropped, ZWNJ kept inside words)."""
    normalized = normalize_text(text, language)
    return [t for t in _PUNCT.sub(" ", normalized).split() if t]


def recall(source: list[str], extracted: list[str]) -> float:
    """Share of the source multiset found in the extracted multiset."""
    if not source:
        return 1.0
    have = Counter(extracted)
    need = Counter(source)
    return sum(min(count, have[item]) for item, count in need.items()) / sum(need.values())


def token_and_bigram_recall(source_text: str, extracted_text: str, language: str | None) -> tuple[float, float]:
    """(token recall, bigram recall) of extracted text against its source."""
    src, ext = tokens(source_text, language), tokens(extracted_text, language)
    bigrams = lambda words: [f"{a} {b}" for a, b in zip(words, words[1:])]  # noqa: E731
    return recall(src, ext), recall(bigrams(src), bigrams(ext))
