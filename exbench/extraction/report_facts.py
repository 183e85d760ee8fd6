"""The facts a feedback report yields: findings per criterion and the score profile.

Kept apart from the reading so that the score reader, the findings-table reader and
the report reader all hand back the same records.
"""

from __future__ import annotations

from dataclasses import dataclass

from exbench.extraction.model import Evidence

__all__ = ["Finding", "Score", "placed"]


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


def placed(findings: list[Finding], framework: str | None) -> list[Finding]:
    """The findings a report places under a criterion. In a report of a framework with criteria every
    finding belongs to one; a paragraph read under none (a summary, or a finding whose criterion's
    heading was not read) would be reported with its criterion unknown, so it is left out."""
    return [finding for finding in findings if finding.criterion_code is not None or framework is None]
