"""The facts a feedback report yields: findings per criterion and the score profile.

Kept apart from the reading so that the score reader, the findings-table reader and
the report reader all hand back the same records.
"""

from __future__ import annotations

from dataclasses import dataclass

from exbench.extraction.model import Evidence

__all__ = ["Finding", "Score"]


@dataclass(frozen=True)
class Finding:
    organization: str
    framework: str | None
    criterion_code: str | None
    item_code: str | None
    finding_type: str
    text: str
    evidence: Evidence


@dataclass(frozen=True)
class Score:
    organization: str
    framework: str | None
    criterion_code: str | None
    points: float
    max_points: float | None
    evidence: Evidence
