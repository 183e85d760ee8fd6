"""The codes of a findings table's rows: how many criteria a model may number, and which part of a
two-part code ("1.2", "۱-۲") is the criterion.

The models' criteria are lexicon data (reports: criterion_names).
"""

from __future__ import annotations

import re

from exbench.extraction.report_layout import lexicon

__all__ = ["code_first", "criterion_side", "most_criteria"]


def most_criteria() -> int:
    """The most criteria any model has (its criteria are numbered 1..n)."""
    return max(int(code) for codes in lexicon()["criterion_names"].values() for code in codes if code.isdigit())


def criterion_side(pairs: list[tuple[int, int]]) -> int:
    """Which part of a table's two-part codes is the criterion: the first, unless only the second
    runs in order down the table (a right-to-left code "۱-۲" a PDF gives back as "2-1")."""

    def ordered(values: list[int]) -> bool:
        return all(a <= b for a, b in zip(values, values[1:], strict=False))

    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    return 1 if not ordered(first) and ordered(second) else 0


def code_first(key: str, start: re.Match[str]) -> bool:
    """A row of a kind-last table opens with its code cell ("1.4 ...", "1a ...", "C2-03 ..."), not with a
    criterion heading's words ("Criterion 2: People"); a lettered part alone ("1a") must have its text."""
    prefix = key[: start.start("num")]
    return not re.search(r"\s", prefix) and (not start.group("sub") or bool(start.group("rest")))
