"""Findings headings ("Strengths", "Key Strengths (3)", "نقاط قوت کلیدی") and headings a printer bulleted.

A page whose headings are items of nested lists ("• 1.1 Senior Leadership" / "• Strengths" / "• The City ...")
prints a bullet before each where the printer draws the list's marks (LibreOffice does, Chromium under the
page's style does not): a bullet before a line that is whole a findings heading or a criterion's heading is
the list's, no finding's, and the line is read as the heading.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.lexicons import compiled
from exbench.extraction.report_criteria import criterion_heading
from exbench.extraction.report_lexicon import lexicon, line_key
from exbench.extraction.text_units import Span

__all__ = ["section_heading", "unbulleted_headings", "unnumbered"]

# A glyph a printer draws before a list's item (a dash may be a kind's mark, and is left alone).
_GLYPH = re.compile(r"[•·▪●◦■□➢►]\s*")
# A criterion's heading has at most this many words; a finding says more.
_HEADING_WORDS = 8


def unnumbered(key: str) -> str:
    """A heading without its section number ("3. puan tablosu" -> "puan tablosu")."""
    return compiled(lexicon()["heading_number"]).sub("", key, count=1)


def section_heading(key: str) -> tuple[str, int] | None:
    """A findings heading: its kind, and where the text after it starts (a heading may
    be qualified or counted: "Key Strengths (3)", "نقاط قوت کلیدی")."""
    for finding_type, pattern in lexicon()["sections"].items():
        match = compiled(pattern).match(key)
        if match:
            return finding_type, match.end()
    bare = key
    for decoration in lexicon()["heading_decoration"]:
        bare = compiled(decoration).sub("", bare, count=1)
    for finding_type, pattern in lexicon()["sections"].items() if bare != key else ():
        match = compiled(pattern).match(bare)
        if match:
            return finding_type, len(key) if match.end() == len(bare) else key.index(":") + 1
    return None


def unbulleted_headings(spans: list[tuple[Span, int]]) -> list[tuple[Span, int]]:
    """The report's lines with the bullet a printer drew before a heading taken off (a findings heading, or a
    criterion's heading of a few words that ends no sentence); other lines as they are."""
    kept = []
    for span, page in spans:
        glyph = _GLYPH.match(span.text)
        rest = line_key(span.text[glyph.end() :]) if glyph else ""
        whole = section_heading(unnumbered(rest)) if rest else None
        heading = (
            whole
            and whole[1] >= len(unnumbered(rest))
            or (rest and criterion_heading(rest) and not rest.endswith(TERMINAL) and len(rest.split()) <= _HEADING_WORDS)
        )
        kept.append((Span(span.start + glyph.end(), span.end, span.text[glyph.end() :]), page) if heading else (span, page))
    return kept
