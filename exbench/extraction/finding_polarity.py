"""Which of two side-by-side columns (strengths | areas for improvement) a cell belongs to, from its
grammar: an area for improvement states a lack (a negated verb, "no", "without", "only", "limited").

A reader gives such a table's cells one after another with nothing to tell the columns apart: row by
row (left cell, then right) or column by column (a list in each cell), and an empty cell leaves no
trace. The cues are lexicon data (reports: `area_cues`, per language).
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon, line_key

__all__ = ["kinds_by_polarity", "states_a_lack"]

_PAIR = frozenset({"strength", "improvement_area"})


def states_a_lack(text: str) -> bool:
    """The finding states a lack: a cue of an area for improvement in its words."""
    key = line_key(text)
    return any(compiled(r"(?<!\w)(?:" + cue + r")(?!\w)").search(key) for cue in lexicon()["area_cues"])


def kinds_by_polarity(texts: list[str], first: str, second: str) -> list[str] | None:
    """The kind of each cell of a strengths | areas table: an area where the cell states a lack, else a
    strength. None (the cells cannot be told apart this way) unless the columns are strengths and areas,
    the first cell is of the first column's kind (both orders of reading start with it) and both kinds occur."""
    if {first, second} != _PAIR:
        return None
    kinds = ["improvement_area" if states_a_lack(text) else "strength" for text in texts]
    if kinds[0] != first or len(set(kinds)) < 2:
        return None
    return kinds
