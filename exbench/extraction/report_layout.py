"""How the lines of a feedback report are told apart: criterion headings, findings
headings and labels, findings-table rows, score tables, and whether a document is a
report at all (from this structure, never from its title).

Every word is lexicon data (`reports.json` of each language); patterns are matched on
`line_key`: folded text with ASCII digits, whose offsets are the page's.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import PageInput
from exbench.extraction.score_tables import ScoreTable, header_columns
from exbench.extraction.text_units import lines
from exbench.language import to_ascii_digits


@cache
def lexicon() -> dict:
    """The merged `reports` lexicon, loaded once."""
    return load("reports")


def line_key(text: str) -> str:
    """A line as the patterns see it: folded, ASCII digits, offsets kept."""
    return to_ascii_digits(fold(text)).strip()


def is_report(pages: list[PageInput]) -> bool:
    """A feedback report by its structure, never by its title: criterion sections with findings
    headings or labels, a score table whose rows read, or a table of findings."""
    spans = [span for page in pages for span in lines(page.text)]
    keys = [line_key(span.text) for span in spans]
    numbered = compiled(lexicon()["numbered_criterion"])
    opens = [bool(section_heading(unnumbered(k)) or finding_label(k, s.text)) for k, s in zip(keys, spans, strict=True)]
    headed = compiled(lexicon()["numbered_heading"])
    criteria = sum(
        1
        for index, k in enumerate(keys)
        if criterion_heading(k)
        or numbered.match(k)
        or compiled(lexicon()["related_criterion"]).match(k)
        or headed.match(k)
        and index + 1 < len(keys)
        and opens[index + 1]
        and not opens[index]
    )
    sections = sum(opens)
    findings_tables = sum(1 for k in keys if compiled(lexicon()["findings_table_header"]).match(k))
    rows = sum(1 for k in keys if table_row_type(k))
    return (
        criteria >= 2
        and (sections >= 2 or findings_tables or score_rows(keys) >= 2)
        or (findings_tables and rows + sections >= 2 or score_rows(keys) >= 3)
    )


def score_rows(keys: list[str]) -> int:
    """How many rows the score tables of these lines read (a header alone is no table)."""
    count, table = 0, None
    for index, key in enumerate(keys):
        if table is not None:
            belongs, row = table.row(key)
            count += row is not None
            if belongs and not (row and row.criterion is None):
                continue
            table = None
        columns = header_columns(key) or (header_columns(keys[index - 1] + " " + key) if index else None)
        if columns:
            table = ScoreTable(columns)
    return count


def unnumbered(key: str) -> str:
    """A heading without its section number ("3. puan tablosu" -> "puan tablosu")."""
    return compiled(lexicon()["heading_number"]).sub("", key, count=1)


def finding_label(key: str, text: str) -> tuple[str, re.Match[str]] | None:
    """A finding introduced by its kind ("strength 3.1 ...", "güçlü yön: ...", "قوت ۱-۲: ...");
    a label with no number or colon stands before a capital ("Strength The company's ...")."""
    for finding_type, pattern in lexicon()["finding_labels"].items():
        match = compiled(pattern).match(key)
        if match and (match.group("running") or match.group("sep") or match.group("crit") or text[match.start("text")].isupper()):
            return finding_type, match
    return None


def table_type(words: str, anywhere: bool = True) -> tuple[str, re.Match[str]] | None:
    """The first finding-type cell in a findings-table row (or at its start); a wrapped cell may have lost its spaces."""
    best = None
    for finding_type, pattern in lexicon()["table_types"].items():
        regex = compiled(r"(?<!\w)(?:" + pattern + r")(?!\w)")
        match = regex.search(words) if anywhere else regex.match(words)
        if match and (best is None or match.start() < best[1].start()):
            best = (finding_type, match)
    return best


def table_row_type(key: str) -> tuple[str, re.Match[str]] | None:
    """The type cell of a findings-table row with the criterion's name beside its number."""
    row = re.match(r"^(\d{1,2})[.)]?\s+(.+)$", key)
    return table_type(row.group(2)) if row else None


def criterion_heading(key: str) -> re.Match[str] | None:
    for pattern in lexicon()["criterion_heading"]:
        match = compiled(pattern).match(key)
        if match:
            return match
    return None


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
    if bare == key:
        return None
    for finding_type, pattern in lexicon()["sections"].items():
        match = compiled(pattern).match(bare)
        if match:
            return finding_type, len(key) if match.end() == len(bare) else key.index(":") + 1
    return None
