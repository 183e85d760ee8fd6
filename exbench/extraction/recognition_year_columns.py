"""Tables of held awards whose year is the last column: "Award | Awarding body | Received by | Year".

Annual reports and performance reports print what the organization received as a table whose header row
ends with the word for year ("Year", "Yıl", "سال"), under or over a caption such as "Awards and
accreditations received" (`held_table_heads`). Each row's cells may wrap over several lines; a row ends at
the line whose last word is a year ("2023", "’23", in a solar calendar "۰۲"). A row whose year cell says
something else ("Shortlisted") runs into the next and is left out by the words that refuse it. Each row is
read as a row of a held table (`recognition_tables.row_recognitions`); a row naming an organization the
reader cannot place as its holder gives nothing.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle, normalize_jalali_year
from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.recognition_table_headers import holder_column, register_header
from exbench.extraction.recognition_tables import row_recognitions
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["year_last_tables"]

_MAX_HEADER_WORDS = 14
_MAX_ROW_LINES = 6
_CAPTION_LINES = 3  # a caption stands this many lines above the header at most, or right under the last row
# the year ending a row: four digits, "’23", or (solar calendar) two digits; a footnote star may follow
_YEAR_LAST = re.compile(r"(?:^|\s)(?P<year>(?:19|20)\d\d|1[34]\d\d|['’]\d\d|\d\d)\*?\s*$")
_PROSE = re.compile(r"\b[^\W\d_][^\W\d_A-ZÇĞİÖŞÜ]{3,}[.!?؟]\s+\S")


def _year(token: str, solar: bool) -> int | None:
    """The year a row's last cell gives; a bare two-digit number only in a solar calendar ("۰۲" = 1402)."""
    if token[0] in "'’":
        return 2000 + int(token[1:])
    number = int(token)
    if number < 100:
        return gregorian_cycle(normalize_jalali_year(number)) if solar else None
    return gregorian_cycle(number)


def _rows(page_lines: list[Span], header: int, solar: bool) -> list[tuple[int, str, Span, Span]]:
    """(year, cells, first line, last line) of each row under the header, until running text."""
    rows: list[tuple[int, str, Span, Span]] = []
    pending: list[Span] = []
    for line in page_lines[header + 1 :]:
        if _PROSE.search(line.text) or len(pending) >= _MAX_ROW_LINES:
            break
        match = _YEAR_LAST.search(to_ascii_digits(line.text))
        year = _year(match.group("year"), solar) if match else None
        if year is None:
            pending.append(line)
            continue
        cells = " ".join([p.text for p in pending] + [line.text[: match.start("year")]])
        rows.append((year, cells, (pending or [line])[0], line))
        pending = []
    return rows


def year_last_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of a held table whose last column is the year."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language or ""
        heads = lexicon()["held_table_heads"].get(language, [])
        year_words = lexicon()["held_table_year_words"].get(language, [])
        if not heads or not year_words:
            continue
        solar = load("dates").get(language, {}).get("calendar") == "jalali"
        page_lines = lines(page.text)
        for index, line in enumerate(page_lines):
            words = line.text.split()
            # the year's title wrapped onto a line of its own ("Belgelendirme" / "yılı")
            wrapped = index + 1 < len(page_lines) and fold(page_lines[index + 1].text.strip()) in year_words
            if not 2 < len(words) <= _MAX_HEADER_WORDS or not (fold(words[-1]) in year_words or wrapped):
                continue
            rows = _rows(page_lines, index + wrapped, solar)
            last = max((page_lines.index(r[3]) for r in rows), default=index)
            # the caption above the header, or right under the last row; or a header that titles the awards' column
            around = page_lines[max(0, index - _CAPTION_LINES) : index] + page_lines[last + 1 : last + 2]
            titled = any(any_match(heads, fold(c.text)) for c in around) or register_header(page_lines, index, language)
            if not rows or not titled:
                continue
            holders = holder_column(page_lines, index, language)
            for year, cells, first, end in rows:
                evidence = Evidence(page.page_number, page.text[first.start : end.end])
                found += row_recognitions(cells, (year,), evidence, language, context, named_only=not holders, holders=holders)
    return found
