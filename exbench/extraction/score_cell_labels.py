"""Score-table rows whose number cells repeat their column's header words ("1 | 40% | weighting 100").

A writer may label a cell by the word its column's header already gives it ("Weighting (points)" over
"weighting 100", "Puan" over "puan 45"): those words are the header's own, so the row reads as its numbers
alone. Only a row left with no other words is read so; a row with a name or a sentence keeps its words.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.score_headers import lexicon

__all__ = ["unlabelled"]

# The column words a cell may repeat: all but the criterion's (a row's name is its own cell).
_LABEL_ROLES = ("max", "points", "points_word", "obtained", "percent", "other")


def _header_words(header: str) -> set[str]:
    """The words of `header` (a key) that name one of its number columns."""
    words = lexicon()["score_columns"]
    found = set()
    for role in _LABEL_ROLES:
        pattern = compiled(r"(?<![\w.])(?:" + words[role] + r")(?![\w%٪])")
        found |= {m.group(0).strip() for m in pattern.finditer(header) if re.search(r"[^\W\d_]", m.group(0))}
    return found


def unlabelled(line_key: str, header: str) -> str:
    """`line_key` with the header's column words blanked (spaces, so offsets stay) where only numbers are left
    besides them; else the line as it is."""
    if not header or not re.search(r"\d", line_key):
        return line_key
    words = sorted(_header_words(header), key=len, reverse=True)
    if not words:
        return line_key
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    blanked = pattern.sub(lambda m: " " * len(m.group(0)), line_key)
    if blanked == line_key or re.search(r"[^\W\d_]", blanked):
        return line_key
    return blanked
