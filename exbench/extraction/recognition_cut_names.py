"""Where a sentence's words tell what a level is not: a receiver the sentence splitter cut off: a name that ends in an abbreviation's period ("… Turizm A.Ş.", "…
Holdings Inc.") or stands on a line of its own closes the sentence before, and the sentence that tells what it
received opens with the rest ("2023 yılında KalDer'den … belgesini almış"). Where the level's sentence names no
organization before the level, the name that ends the sentence just before it, in the same page, is its receiver."""

from __future__ import annotations

from collections.abc import Sequence

from exbench.extraction.lexicons import compiled
from exbench.extraction.recognition_mention import Mention
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["cut_receiver", "earlier_round"]


def cut_receiver(view: SentenceView, before: Sequence[SentenceView], mention: Mention) -> list[str] | None:
    """The name that ends the sentence before, when this one opens with no name before its level and no capital
    (a year, a date or a lower-case word: the rest of the cut sentence)."""
    if not before or before[-1].page != view.page or view.text[:1].isupper():
        return None
    if any(m.canonical and m.start < mention.start for m in view.organizations):
        return None
    previous = before[-1]
    named = [m for m in previous.organizations if m.canonical and not m.self_reference]
    if not named:
        return None
    last = max(named, key=lambda m: m.end)
    rest = previous.text[last.end :].strip()
    # what follows the name is nothing, or only the period of the abbreviation it ends with
    if rest and not (rest == "." and previous.text[: last.end].rstrip().endswith(".")):
        return None
    return [last.canonical]


def earlier_round(folded: str, language: str, span: tuple[int, int], previous_end: int | None) -> bool:
    """Whether the clause names an earlier round (`earlier_cycle`) for this level: words of an earlier round right
    after the level before it are that level's ("از سه ستاره جشنواره گذشته به چهار ستاره رسید": the four stars are
    this round's)."""
    for pattern in lexicon()["earlier_cycle"].get(language, []):
        for match in compiled(pattern).finditer(folded, *span):
            if previous_end is None or not 0 <= match.start() - previous_end <= _RIGHT_AFTER:
                return True
    return False


_RIGHT_AFTER = 2
