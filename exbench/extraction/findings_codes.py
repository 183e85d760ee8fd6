"""The codes of a findings table's rows: how many criteria a model may number, and which part of a
two-part code ("1.2", "۱-۲") is the criterion.

The models' criteria are lexicon data (reports: criterion_names).
"""

from __future__ import annotations

from exbench.extraction.report_layout import lexicon

__all__ = ["criterion_side", "most_criteria"]


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
