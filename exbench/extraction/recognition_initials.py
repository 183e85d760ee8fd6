"""A receiver written by its initials that the page never spells out in brackets: "CFRTA earned the Partnership's
Achievement Award in 2021" in an article that names the Cedar Falls Regional Transit Authority.

Press and reports shorten a long name to its capitals after naming it once, often without "(CFRTA)" after the
full name. A word of capitals alone before the mention, in its clause, whose letters are the initials of the
capitalised words of an organization the document names (the small words of a name skipped), is that
organization. Only the document's own names are tried, so a word of capitals that matches none stays unread.
"""

from __future__ import annotations

import re

from exbench.extraction.sentence_view import SentenceView

__all__ = ["initials_owner"]

_CAPITALS = re.compile(r"(?<![\w’'-])([A-Z]{3,8})(?:['’]s)?(?![\w-])")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Cedar Falls Regional Transit Authority": CFRTA)."""
    return "".join(word[0] for word in _NAME_WORD.findall(name))


def initials_owner(view: SentenceView, names: tuple[str, ...], start: int, before: int) -> list[str] | None:
    """The organization among `names` whose initials a word of capitals between `start` and `before` writes."""
    for match in _CAPITALS.finditer(view.text, start, before):
        found = [name for name in dict.fromkeys(n for n in names if n) if _initials(name) == match.group(1)]
        if len(found) == 1:
            return found
    return None
