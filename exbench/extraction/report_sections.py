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


# A finding's sub-criterion code in brackets after a heading on its line ("[2.1]", "(1.4)").
_CODE_AFTER = re.compile(r"\s+[\[(]\d{1,2}(?:[.\-]\d{1,2}|[a-e])[\])]\s")
# A findings heading's line a narrow column wrapped is short.
_WRAPPED = 30


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
    for at, (span, page) in enumerate(spans):
        glyph = _GLYPH.match(span.text)
        rest = line_key(span.text[glyph.end() :]) if glyph else ""
        whole = section_heading(unnumbered(rest)) if rest else None
        after = spans[at + 1][0].text.lstrip() if at + 1 < len(spans) else ""
        wraps = after[:1].islower()  # "• 1.4 Stratejik hedefler ... ve" / "hedef kartlarına ...": a bulleted finding
        heading = (
            whole
            and whole[1] >= len(unnumbered(rest))
            or (
                rest
                and criterion_heading(rest)
                and not rest.endswith(TERMINAL)
                and len(rest.split()) <= _HEADING_WORDS
                and not wraps
            )
        )
        kept.append((Span(span.start + glyph.end(), span.end, span.text[glyph.end() :]), page) if heading else (span, page))
    return kept


def joined_headings(spans: list[tuple[Span, int]], texts: dict[int, str]) -> list[tuple[Span, int]]:
    """The report's lines with a findings heading a narrow column wrapped over two lines read as one ("Key areas
    for" / "improvement", the term of a definition list beside its findings): neither line alone is a heading,
    both are short and hold no number, and together they are a whole heading; other lines as they are."""
    kept: list[tuple[Span, int]] = []
    for span, page in spans:
        if kept and kept[-1][1] == page:
            last = kept[-1][0]
            first, second = unnumbered(line_key(last.text)), line_key(span.text)
            both = f"{first} {second}"
            whole = section_heading(both) if len(first) < _WRAPPED and len(second) < _WRAPPED else None
            if whole and whole[1] >= len(both) and not section_heading(first) and not re.search(r"\d", second):
                kept[-1] = (Span(last.start, span.end, texts[page][last.start : span.end].replace("\n", " ")), page)
                continue
        kept.extend((part, page) for part in _term_apart(span))
    return kept


def _term_apart(span: Span) -> list[Span]:
    """A definition list's term and its first finding on one line ("Key strengths [2.1] The ..."): the heading,
    then the finding opened by its sub-criterion's code in brackets; any other line whole."""
    key = line_key(span.text)
    code = _CODE_AFTER.search(key)
    whole = section_heading(key[: code.start()]) if code and code.start() < _WRAPPED else None
    if whole is None or whole[1] < code.start():
        return [span]
    end, start = code.start(), code.start() + len(code[0]) - len(code[0].lstrip())
    return [Span(span.start, span.start + end, span.text[:end]), Span(span.start + start, span.end, span.text[start:])]
