"""How the recognitions one sentence gives relate to each other: levels paired with receivers in order
("respectively"), and a level named again without its stars ("… four stars … this certificate …") that is
the same recognition, not a second one."""

from __future__ import annotations

from exbench.extraction.lexicons import any_match
from exbench.extraction.model import Recognition
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["named_again", "paired_receivers", "respectively"]


def respectively(view: SentenceView, language: str) -> bool:
    """Whether the sentence pairs its levels with its receivers in order (the lexicon's `respectively`: "respectively", "به ترتیب")."""
    return any_match(lexicon()["respectively"].get(language, []), view.folded)


def paired_receivers(found: list[Recognition], receivers: dict[int, list[str]]) -> list[Recognition]:
    """ "A and B were recognised with 3 Star and 5 Star respectively": levels named one after another that
    went to the same listed receivers, as many levels as receivers, go to them in order, not each to all."""
    starts = sorted(receivers)
    groups: dict[tuple[str, ...], list[int]] = {}
    for first in starts:
        if len(receivers[first]) > 1:
            groups.setdefault(tuple(receivers[first]), []).append(first)
    drop: set[int] = set()
    for names, firsts in groups.items():
        if len(firsts) != len(names):
            continue
        for rank, first in enumerate(firsts):
            end = next((s for s in starts if s > first), len(found))
            drop |= {i for i in range(first, end) if found[i].organization != names[rank]}
    return [r for i, r in enumerate(found) if i not in drop]


def named_again(recognition: Recognition, found: list[Recognition]) -> bool:
    """ "… تقدیرنامه چهار ستاره … و این تقدیرنامه …": the level named again without its stars is the same one."""
    return recognition.stars is None and any(
        other.stars is not None
        and other.level != recognition.level
        and (other.level or "").startswith(recognition.level or "\0")
        and (other.organization, other.scheme, other.year) == (recognition.organization, recognition.scheme, recognition.year)
        for other in found
    )
