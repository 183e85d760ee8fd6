"""An awards event named right after what was received there: "named Transport Authority of the Year at the 2024
National Transport Awards". The event ("at the [year] … Awards", `event_before` in the `recognitions` lexicon) is
where the title was presented, not a second award: it gives the title its year and is not received itself.
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled
from exbench.extraction.recognition_mentions import Mention, lexicon

__all__ = ["award_events"]


def award_events(folded: str, mentions: list[Mention], language: str) -> dict[int, int]:
    """Index of each mention that is only the event of the mention before it -> index of that mention."""
    gaps = [compiled(p) for p in lexicon().get("event_before", {}).get(language, [])]
    return {
        index: index - 1
        for index in range(1, len(mentions))
        if mentions[index].generic
        and mentions[index - 1].stars is None
        and any(p.fullmatch(folded, mentions[index - 1].end, mentions[index].start) for p in gaps)
    }
