"""How much of a source text survives extraction: token and bigram recall."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from exbench.reading.normalize import normalize_text

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
    bigrams = lambda words: [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]  # noqa: E731
    return recall(src, ext), recall(bigrams(src), bigrams(ext))


_NUMBER = re.compile(r"\d+(?:[.,٬٫]\d+)*")


def numbers_in(text: str, language: str | None) -> list[str]:
    """The numbers written in digits, as normalized text (Persian digits kept Persian)."""
    return _NUMBER.findall(normalize_text(text, language))


@dataclass
class NumberTally:
    """Numbers of source texts found in their extracted texts, and extracted numbers no source has.

    A number "not in the source" is a misread (۱۴۰۲ read as ۱۲۰۲) or a
    reversed one (۲۹۳ as ۳۹۲): the error that turns into a wrong count.
    """

    source: int = 0
    found: int = 0
    wrong: int = 0
    flagged: int = 0  # wrong numbers OCR itself was unsure of: facts quoting them carry low_confidence
    wrong_examples: list[str] = field(default_factory=list)
    trusted_examples: list[str] = field(default_factory=list)  # wrong and not flagged: the errors that count

    def add(self, source_text: str, extracted_text: str, language: str | None, unsure_words: list[str] = ()) -> None:
        need, have = Counter(numbers_in(source_text, language)), Counter(numbers_in(extracted_text, language))
        unsure = Counter(number for word in unsure_words for number in numbers_in(word, language))
        self.source += sum(need.values())
        self.found += sum(min(count, have[number]) for number, count in need.items())
        extra = have - need
        self.wrong += sum(extra.values())
        self.flagged += sum(min(count, unsure[number]) for number, count in extra.items())
        self.wrong_examples += sorted(extra)
        self.trusted_examples += sorted((extra - unsure).elements())
