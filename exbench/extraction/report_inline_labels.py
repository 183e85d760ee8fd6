"""Findings whose kind label stands inside a line, after the sub-criterion's title or the finding before it:
"1.1 Amaç ve vizyonu belirlemek. Güçlü yön: ... ", "... karşılaştırılmıştır. Gelişmeye açık alan: ...".

Reports that write their findings as running paragraphs put a bold label before each; printed, the label is no
longer at a line's start, so the report reader, which reads a label where it opens a line, took the paragraph for
one finding of the kind its grammar gives. Where a report tags its findings so (a few labels inside lines, not a
summary's one "Strengths: ..."), each such label opens a line of its own here (the pattern is lexicon data:
reports `embedded_label`), so that it is read as a label; the title before it is the sub-criterion's line.
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.report_lexicon import lexicon
from exbench.extraction.text_units import Span
from exbench.language import to_ascii_digits

__all__ = ["label_lines"]

# A report tags its findings with labels inside lines when at least this many stand so.
_TAGGED = 3


def _cuts(span: Span) -> list[int]:
    """Where a kind label follows a sentence's end inside the line, written as a title (capitalised where the
    script has capitals: "... ettiği. güçlü yön: ..." is no label)."""
    key = to_ascii_digits(fold(span.text))
    return [m.end() for m in compiled(lexicon()["embedded_label"]).finditer(key) if not span.text[m.end()].islower()]


def _pieces(span: Span, cuts: list[int]) -> list[Span]:
    bounds = [0, *cuts, len(span.text)]
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        text = span.text[start:end].rstrip()
        if text.strip():
            pieces.append(Span(span.start + start, span.start + start + len(text), text))
    return pieces


def label_lines(spans: list[tuple[Span, int]]) -> list[tuple[Span, int]]:
    """The report's lines (with their pages), each cut before the kind labels inside it, where the report tags
    its findings so; else as they are."""
    cuts = [_cuts(span) for span, _ in spans]
    if sum(len(c) for c in cuts) < _TAGGED:
        return spans
    return [(piece, page) for (span, page), at in zip(spans, cuts, strict=True) for piece in _pieces(span, at)]
