"""A person's honour whose receiver is named by the organization the person works for: "The Lifetime Contribution
Award went to Margaret Oyelaran, former chief executive of Tollbridge Council". An organization named right after
a person's title and "of" (`person_cues` in the `recognitions` lexicon) is the person's employer, not a receiver.
"""

from __future__ import annotations

from functools import cache

from exbench.extraction.lexicons import compiled
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["employers_only"]


@cache
def _employer_before(language: str) -> tuple[str, ...]:
    return tuple(rf"(?:{cue})\s+of\s+(?:the\s+)?$" for cue in lexicon()["person_cues"].get(language, []))


def employers_only(view: SentenceView, language: str, owners: list[str] | None, after: int) -> bool:
    """Whether every receiver found after position `after` is named as a person's employer ("chief executive of X")."""
    named = [m for m in view.organizations if owners and m.canonical in owners and m.start >= after]
    patterns = [compiled(p) for p in _employer_before(language)]
    return (
        bool(owners)
        and len(named) >= len(set(owners))
        and all(any(p.search(view.folded, max(0, m.start - 60), m.start) for p in patterns) for m in named)
    )
