"""Where a line of a report's findings goes on or stops: a footer's wrapped line, a short capitalised heading of
the report's own, a paragraph the page break cut, a long sentence left unended on the line before. The part of
the findings reader (report_findings) that tells a line's continuation from a new finding.
"""

from __future__ import annotations

from exbench.extraction.finding_open import OpenFinding, ended
from exbench.extraction.findings_tables import FindingsTable
from exbench.extraction.report_labels import chrome
from exbench.extraction.report_layout import line_key
from exbench.extraction.text_units import Span

__all__ = ["LineContinuations"]

# A line of this many words that ends no sentence goes on in the next line.
_PARAGRAPH_WORDS = 8
# A heading of the report's own, no findings heading, has at most this many words.
_TITLE_WORDS = 3
# A finding's sentence has at least this many words before the page may cut it.
_SENTENCE_WORDS = 3


class LineContinuations:
    """The findings reader's tests of whether a line goes on from the one before."""

    open: OpenFinding | None
    table: FindingsTable
    page_texts: dict[int, str]

    def chrome_wrap(self, span: Span, page: int) -> bool:
        """The page's last line goes on in lower case from a footer ("... · This report is" / "confidential."): no finding."""
        before = getattr(self, "before", "")
        last = span.end >= len(self.page_texts.get(page, "").rstrip())
        return last and span.text.lstrip()[:1].islower() and bool(before) and chrome(line_key(before))

    def titled(self, span: Span) -> bool:
        """The open paragraph is one short unended line of capitalised words and a long line opens after it in a capital: a
        heading of the report's own ("Değerlendirme Takımı") ends the findings (a narrow cell goes on in a line as short)."""
        if not self.open or self.open.bulleted or self.open.labeled or len(self.open.spans) != 1:
            return False
        words = self.open.spans[0][1].text.split()
        capitals = all(word[0].isupper() for word in words if word[0].isalpha())
        short = len(words) <= _TITLE_WORDS and not ended(self.open.spans[0][1].text)
        return short and capitals and span.text.lstrip()[:1].isupper() and len(span.text.split()) >= _PARAGRAPH_WORDS

    def carried(self, span: Span) -> bool:
        """A paragraph the page break cut: its last line ended no sentence and this one goes on in lower case."""
        return self.unended() and span.text.lstrip()[:1].islower()

    def unended(self) -> bool:
        """The finding or findings-table row being read has not ended its sentence."""
        spans = self.open.spans if self.open else self.table.row.spans if self.table.row else []
        words = " ".join(span.text for _, span in spans).split()
        return len(words) >= _SENTENCE_WORDS and not ended(spans[-1][1].text)  # a mark alone ("–") is no sentence

    def goes_on(self) -> bool:
        """The line before was a long sentence left unended: this line goes on with it ("... Ekip toplam" / "8 güçlü ..."), no label.
        A line closed by its finding's sub-criterion code ("... .(3.2)") has ended."""
        before = getattr(self, "before", "")
        words = [word for word in before.split() if word[:1].isalpha()]
        titled = sum(word[0].isupper() for word in words) * 2 > len(words)  # a title's words are capitalised
        unended = not before.endswith(":") and not ended(before)
        return len(before.split()) >= _PARAGRAPH_WORDS and unended and not titled
