"""A recognition dated by the sentence before it: "... Kasım 2024'te ISO 45001 belgesini aldı. Şirketin ISO 9001
belgesi ise aynı ay ... yenilendi", "in the same year", "همان سال".

Words of the same period (`same_period` in the `recognitions` lexicon) give no year of their own: they take the last
year the sentence before gives, where the sentence names no other.
"""

from __future__ import annotations

from collections.abc import Sequence

from exbench.extraction.lexicons import any_match
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["same_period_year"]


def same_period_year(view: SentenceView, before: Sequence[SentenceView], language: str) -> tuple[int, ...] | None:
    """The year of the sentence before, where this one dates itself only by the same period; else None."""
    if not before or not any_match(lexicon().get("same_period", {}).get(language, []), view.folded):
        return None
    years = [d.first.year for d in before[-1].dates if d.first is not None]
    return (years[-1],) if years else None
