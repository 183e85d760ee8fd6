"""Improvement projects of a feedback report: a project heading ("Project 2: ...", "Proje 1 – ...") waits
for the criterion the report links it to ("Related criterion: 3") and is a finding of that criterion (or of none).
"""

from __future__ import annotations

from exbench.extraction.finding_open import OpenFinding
from exbench.extraction.text_units import Span

__all__ = ["ProjectReader"]


class ProjectReader:
    """The improvement project being read, as a part of the findings reader (whose `flush` takes it)."""

    project: tuple[int, Span] | None = None  # an improvement project waiting for its criterion

    def close_project(self) -> None:
        """An improvement project is a finding of the criterion the report links it to (or of none)."""
        if self.project:
            page, span = self.project
            self.project = None
            section, self.section = self.section, "improvement_project"
            self.open = OpenFinding(page, [(page, span)])
            self.flush()
            self.section = section
