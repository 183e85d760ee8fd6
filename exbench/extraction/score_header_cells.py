"""Which of a score header's claimed words make one cell, and which only qualify another's.

Two criterion words joined by a slash or side by side are one column ("Kriter / Alt Kriter", "Criterion |
Criterion name"); a criterion word right beside a weight's or a maximum's words says whose they are ("وزن
معیار", "Kriter Ağırlığı") and is no column of its own (score_headers.py). Claimed words are (start, end, role).
"""

from __future__ import annotations

import re


def one_cell(line_key: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two criterion words joined by a slash are one cell ("Criterion / part", "Kriter / Alt Kriter",
    "معیار / زیرمعیار"): the rows are a criterion's or a part's. Two side by side are one too ("معیار |
    عنوان معیار", "Criterion | Criterion name"): the criterion's number, then its name, as each row opens."""
    merged: list[tuple[int, int, str]] = []
    for start, end, role in sorted(taken):
        last = merged[-1] if merged else None
        if last and role == last[2] == "criterion" and re.fullmatch(r"\s*/?\s*", line_key[last[1] : start]):
            merged[-1] = (last[0], end, role)
        else:
            merged.append((start, end, role))
    return merged


def qualifiers_dropped(line_key: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A criterion word the header names twice: where one stands right after a weight's or a maximum's
    words, or right before a weight's, it says whose they are ("وزن معیار", "Kriter Ağırlığı"), no column of
    its own; one before a maximum's may be a wrapped cell's own words ("Kriter azami puanına oranı")."""
    criteria = [t for t in taken if t[2] == "criterion"]
    if len(criteria) < 2:
        return taken
    near = [
        t
        for t in sorted(criteria)[1:]  # the first of them names the column ("Kriter | Ağırlık | ... Kriter azami ...")
        if any(
            r in ("other", "max")
            and e <= t[0]
            and re.fullmatch(r"\s*", line_key[e : t[0]])
            or r == "other"
            and t[1] <= s
            and re.fullmatch(r"\s*", line_key[t[1] : s])
            for s, e, r in taken
        )
    ]
    drop = near[: len(criteria) - 1]
    return [t for t in taken if t not in drop]
