"""A receiver written as the short name a sentence glosses in brackets after the full one.

"Belediyemizin iştiraki olan Kuzeyyaka Su ve Altyapı A.Ş. (KUSU A.Ş.), 2022 yılında aldığı ISO 14001 ...": the
organization finder sees two names, and the nearer one to the level is the short form in brackets. The name is
the full one it glosses: the organization the document goes on to call by either name.
"""

from __future__ import annotations

from exbench.extraction.sentence_view import SentenceView

__all__ = ["glossed_in_full"]

_OPEN = "([«“\"'"


def _full_name(view: SentenceView, owner: str) -> str:
    for index, short in enumerate(view.organizations):
        if short.canonical != owner or not index:
            continue
        full = view.organizations[index - 1]
        between = view.text[full.end : short.start]
        if full.canonical and full.canonical != owner and between.strip() and not between.strip(" " + _OPEN):
            return full.canonical
    return owner


def glossed_in_full(view: SentenceView, owners: list[str] | None) -> list[str] | None:
    """Each receiver that is the bracketed short name right after another organization's name ("X A.Ş. (XAŞ)")
    as that name; other receivers stay."""
    if not owners:
        return owners
    return [_full_name(view, owner) if owner else owner for owner in owners]
