"""The headings of a feedback report: which lines open or close a criterion, a findings section, a score table
or an improvement project, read before a line is taken as a finding or a score (reports.py reads the rest).

A mixin of the report reader: it uses the reader's state (the score reader, the findings table, the line
that follows and the short lines just before) and sets the part being read.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.lexicons import compiled
from exbench.extraction.report_header_wraps import header_readings_of
from exbench.extraction.report_layout import (
    coded_heading,
    criterion_by_name,
    criterion_heading,
    criterion_named,
    finding_lead,
    findings_header,
    header_short,
    lead_criterion,
    lexicon,
    line_key,
    mark_type,
    section_heading,
    titled,
    unnumbered,
)
from exbench.extraction.score_headers import header_columns
from exbench.extraction.text_units import Span


def glued_criterion(key: str) -> int | None:
    """Where a criterion's heading starts that the printer glued after a numbered section's heading on one line
    ("2. Findings by criterion Criterion 1: Leadership", "۲. یافته‌ها به تفکیک معیار معیار ۱: رهبری"); None else."""
    if criterion_heading(key) or not re.match(r"[1-9] ?[.)]\s", key) or key.rstrip().endswith(TERMINAL):
        return None
    word = compiled(lexicon()["numbered_criterion"])
    for gap in re.finditer(r"\s", key):
        rest, before = key[gap.end() :], key[: gap.start()].rstrip()
        marked = re.match(r"\S+\s*\d{1,2}\s*[:\-–—]", rest)  # "Criterion 1: ...", not "criterion 2 evidence"
        if marked and word.match(rest) and criterion_heading(rest) and compiled(lexicon()["numbered_heading"]).match(before):
            return gap.end()
    return None


# A sub-criterion heading's title after a mark of the key has at most this many words; a finding says more.
_TITLE_WORDS = 4


class HeadingReader:
    """Lines that are headings: each opens or closes a part of the report and is no finding."""

    def past_header(self, header: str) -> None:
        """The lines of a header repeated over a page break that wrapped ("Criterio" / "nType" / "Observation"):
        its cells before its last line were read as the open row's words, which they are not."""
        spans = self.open.spans if self.open else self.table.row.spans if self.table.row else []
        glued = header.replace(" ", "")
        while len(spans) > 1 and header_short(key := line_key(spans[-1][1].text)) and key.replace(" ", "") in glued:
            spans.pop()

    def close_part(self) -> None:
        """A heading ends the findings-table row, the finding and the improvement project being read."""
        self.close_table_row()
        self.flush()
        self.close_project()
        self.numbered_criterion = None  # the heading that follows says by what it names its criterion
        self.verdict, self.concluded = None, False  # a paragraph left unended under the heading before is no finding

    def heads_nothing(self) -> bool:
        """The line is last, or another heading follows it: a heading heads something, so it is none."""
        if self.following is None:
            return True
        after = line_key(self.following.text)
        return bool(section_heading(unnumbered(after)) or criterion_heading(after))

    def structure(self, key: str, span: Span, page: int) -> bool:
        """Headings that open or close a part of the report; True when the line was one."""
        recent = self.recent
        while recent and compiled(lexicon()["score_section"]).match(unnumbered(recent[0])):
            recent = recent[1:]  # "Score summary" above the header is its heading, no cell of it
        windows = [  # "Achievemen" / "t": a word a narrow cell broke, mended
            reading for n in range(len(recent) + 1) for reading in header_readings_of([*recent[len(recent) - n :], key])
        ]
        found = [(c, w) for w in windows if (c := header_columns(w))]  # the widest reading of a wrapped header
        columns, header = max(found, key=lambda cw: (len(cw[0]), len(cw[1])), default=(None, ""))
        if columns:
            self.header = header
            self.close_table_row()
            self.flush()
            self.scores.open_table(columns, header)
            self.table.headed = False
            self.section, self.scores.in_scores = None, False
            return True
        header = findings_header([*self.recent, key])
        if header and header == self.table.last and self.unended():
            self.past_header(header)
            return True  # the table's header again over the next page: the finding goes on under it
        if header:
            self.close_table_row()
            self.flush()
            self.table.header(header)
            self.section, self.scores.in_scores = None, False
            return True
        bare = self.bare_row(key)
        if bare:  # "4." alone in a table's criterion column: the next criterion's row
            self.close_part()
            self.criterion, self.item, self.section, self.number_alone = bare, None, None, True
            return True
        by_name = criterion_by_name(key, self.framework, self.numbered_criterion, not self.scores.in_scores)
        if by_name and not self.table.headed and not self.scores.in_row(key):  # "3.1 Amaç, Vizyon ve Strateji"
            self.close_part()
            self.criterion, self.item, self.section, self.scores.in_scores = by_name, None, None, False
            return True
        following = self.following is not None and self.opens_findings(line_key(self.following.text), self.following.text)
        coded = coded_heading(key, self.framework, following) or titled(key, self.framework, following)
        if coded and not self.table.headed and not self.scores.in_row(key):  # "K1 Liderlik", "People (Criterion 3)"
            self.close_part()
            self.criterion, self.item, self.section, self.scores.in_scores = coded, None, None, False
            return True
        criterion = (
            criterion_heading(key) if not (self.table.kind_row(key) or self.table.awaiting_type or self.runs_on()) else None
        )
        coded = criterion is None and self.section and key.endswith(":") and unnumbered(key) != key
        found = criterion_heading(unnumbered(key)) if coded else None
        item = bool(found and not found.group("title"))
        if item:  # "1. زیرمعیار ۲-۱:" / "...": a numbered finding's code under its kind's heading, its text below
            criterion, key = found, unnumbered(key)
        titles = self.following is not None and self.label(line_key(self.following.text), self.following.text)
        if criterion and self.section and key.endswith(TERMINAL) and self.heads_nothing() and not titles:
            criterion = None  # "3.4 Tedarikçi ... düzensizdir." / "Kriter 4 – ...": a numbered finding, no heading
            # (but "1.4 Stratejiyi geliştirmek." before "Gelişmeye açık alan: ...": the sub-criterion's title)
        rest = key[criterion.end("num") :].lstrip(" .") if criterion else ""
        lead = finding_lead(rest, rest) if rest[:1] in ("(", "[") and self.section else None
        if lead and lead_criterion(lead):
            criterion = None  # "5.9 (Kriter 9) ...": the report's own paragraph number, then the finding's criterion
        labelled = criterion and self.label(key, span.text)
        if labelled and labelled[1].group("text"):
            criterion = None  # "9a – Güçlü yön: Fiziki ...": a finding its own code and kind open, no heading
        marked = mark_type(key, self.marks) if criterion and self.marks else None
        if marked and (key.endswith(TERMINAL) or len(key[marked[1] :].split()) > _TITLE_WORDS):
            criterion = None  # "1.1 (G) Liderler ... etmektedir.": a finding its code and a mark of the key open
        if criterion and not self.scores.in_row(key):
            self.close_part()
            number = re.sub(r"\s*-\s*", ".", criterion.group("num"))  # "۱-۲" is "1.2"
            sub = criterion.groupdict().get("sub")
            self.criterion = self.numbered_criterion = number.split(".")[0]
            self.item = number + sub if sub else number if "." in number else None
            title = re.sub(r"^[·•:|\-–—]\s*", "", criterion.groupdict().get("title") or "").strip()
            # "Item 1.1 · Strength", "1.3 (−)" / "...": the findings under it are of that kind
            title = title or key[criterion.end("num") :].strip()  # "Item 1.2 – –": the key's dash mark, no separator
            kind = section_heading(title) or (mark_type(title, self.marks) if self.marks else None) if title else None
            self.section, self.scores.in_scores = (
                kind[0] if kind and kind[1] >= len(title) else self.section if item else None,
                False,
            )
            self.labeled, self.prose = (False, len(self.findings)) if self.section else (self.labeled, self.prose)
            return True
        project = compiled(lexicon()["project_heading"]).match(key)
        if project:
            self.close_part()
            title = span.text[project.start("title") :].strip()
            start = span.start + project.start("title")
            self.project = (page, Span(start, start + len(title), title))
            self.criterion = self.item = self.section = None
            return True
        related = compiled(lexicon()["related_criterion"]).match(key)
        if related:
            self.flush()
            self.criterion, self.item, self.section = related.group("num"), None, None
            self.close_project()
            return True
        named = criterion_named(key, self.framework, anywhere=False) if self.following and not self.table.awaiting_type else None
        if named and named[1] >= len(key) and self.opens_findings(line_key(self.following.text), self.following.text):
            self.close_part()
            self.criterion, self.item, self.section, self.scores.in_scores = named[0], None, None, False
            return True  # "Leadership" / "+ ...": a criterion headed by its own framework's name alone (else a wrapped title)
        numbered = compiled(lexicon()["numbered_heading"]).match(key)
        if numbered and self.following is not None and not self.table.headed and not section_heading(key):
            after = line_key(self.following.text)
            if section_heading(after) or self.label(after, self.following.text):
                self.close_part()
                self.criterion, self.item, self.section, self.scores.in_scores = numbered.group("num"), None, None, False
                return True
        return False
