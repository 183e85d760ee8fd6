"""What the criteria seed says of each framework's criteria: how many there are, their
maxima and the model's whole. The score readers check what they read against it: a
maximum no criterion has, or a total on no model's scale, was misread.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache

from exbench.reference import seed_file

__all__ = [
    "criteria_counts",
    "criterion_maxima",
    "criterion_maximum",
    "framework_maxima",
    "model_totals",
    "smallest_criterion_scale",
]


@cache
def criteria_counts() -> frozenset[int]:
    """How many criteria the frameworks of the criteria seed have (7, 9): the rows a score table
    whose criteria are named but not numbered must have to be read in the model's order."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        per_framework = Counter(row["framework"] for row in csv.DictReader(rows))
    return frozenset(per_framework.values())


@cache
def criterion_maxima(criterion: str) -> frozenset[float]:
    """The maxima a criterion of this number has in the frameworks of the criteria seed."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        return frozenset(float(row["max_points"]) for row in csv.DictReader(rows) if row["criterion_code"] == criterion)


@cache
def model_totals() -> frozenset[float]:
    """The whole of each framework of the criteria seed (the sum of its criteria's maxima, 1000):
    a score stated on such a scale is the organization's total."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        sums = Counter()
        for row in csv.DictReader(rows):
            sums[row["framework"]] += float(row["max_points"])
    return frozenset(sums.values())


@cache
def smallest_criterion_scale() -> float:
    """The smallest maximum a criterion of the seed has: a smaller scale is a part's (a sub-criterion's)."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        return min(float(row["max_points"]) for row in csv.DictReader(rows))


@cache
def criterion_maximum(framework: str | None, criterion: str) -> float | None:
    """A criterion's maximum in a framework of the criteria seed (None when the seed has no such criterion)."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if row["framework"] == framework and row["criterion_code"] == criterion:
                return float(row["max_points"])
    return None


@cache
def framework_maxima() -> dict[str, tuple[float, ...]]:
    """Each framework's criteria's maxima in the criteria's order (efqm2020: 100, 100, 100, 200, 100, 200, 200)."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        found: dict[str, list[tuple[int, float]]] = {}
        for row in csv.DictReader(rows):
            found.setdefault(row["framework"], []).append((int(row["criterion_code"]), float(row["max_points"])))
    return {framework: tuple(m for _, m in sorted(criteria)) for framework, criteria in found.items()}
