"""A finding being read: its lines so far over one or more pages, and where its text ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.report_layout import finding_code, line_key
from exbench.extraction.text_units import Span

__all__ = ["OpenFinding", "ended"]


def ended(text: str) -> bool:
    """A labeled finding's text ends with a sentence or with the sub-criterion code that closes it."""
    return text.rstrip().endswith(TERMINAL) or finding_code(line_key(text)) is not None


@dataclass
class OpenFinding:
    """A finding being read: its lines so far, as (page, span)."""

    page: int
    spans: list[tuple[int, Span]] = field(default_factory=list)
    bulleted: bool = False
    labeled: bool = False  # opened by a label: runs on over lines and pages until the text ends
    held: tuple = ()  # kind, criterion, item and own criterion of a finding set aside before its text ended
    note: bool = False  # the report's aside ("Note: ..."), read to its end and dropped

    def quoted(self, page_texts: dict[int, str]) -> tuple[int, str]:
        """The page and words that quote the finding: its first page that holds words (a label closing a page
        quotes nothing of a text that the next page holds)."""
        for page in dict.fromkeys(page for page, _ in self.spans):
            on_page = [span for at, span in self.spans if at == page]
            quote = page_texts[page][on_page[0].start : on_page[-1].end]
            if re.search(r"[^\W\d_]", quote):
                return page, quote
        return self.page, ""
