"""Assessment feedback reports: findings per criterion and the score profile.

A report is read line by line across pages (its lines are told apart in
report_layout): a criterion heading ("Kriter 3:", "Criterion 3 -", "معیار ۳:",
"4.1 ...", "3. Title" when findings follow) opens a criterion; a findings heading
opens strengths, areas for improvement or best practices, and each bullet, or
each paragraph where the report has no bullets, is one finding, its text whole
even when it wraps over lines or pages. A label opens one finding ("Strength
3.1 ...", "Güçlü Yön 1.2: ...", "قوت ۱-۲: ..."; the running number is no item).
An improvement project is a finding of the criterion it is linked to.

The other jobs are read elsewhere: rows of a findings table (criterion | kind |
finding) in findings_tables, the score profile (tables, score lines, scores in
sentences) in report_scores, the facts' records in report_facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from exbench.extraction.findings_tables import FindingsTable, criterion_side
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.report_facts import Finding, Score
from exbench.extraction.report_layout import (
    criterion_heading,
    criterion_named,
    finding_code,
    finding_label,
    findings_header,
    header_short,
    is_report,
    legend,
    legend_marks,
    lexicon,
    line_key,
    mark_type,
    section_heading,
    unnumbered,
)
from exbench.extraction.report_scores import ScoreReader
from exbench.extraction.score_tables import header_columns
from exbench.extraction.text_units import Span, lines

__all__ = ["Finding", "Score", "framework_of", "is_report", "read_report"]

_TERMINAL = (".", "!", "?", "؟", "…")


def _ended(text: str) -> bool:
    """A labeled finding's text ends with a sentence or with the sub-criterion code that closes it."""
    return text.rstrip().endswith(_TERMINAL) or finding_code(line_key(text)) is not None


@dataclass
class _Open:
    """A finding being read: its lines so far, as (page, span)."""

    page: int
    spans: list[tuple[int, Span]] = field(default_factory=list)
    bulleted: bool = False
    labeled: bool = False  # opened by a label: runs on over lines and pages until the text ends


def framework_of(pages: list[PageInput]) -> str | None:
    """The framework the report names first in its lexicon order (most specific first)."""
    text = line_key("\n".join(p.text for p in pages))
    for block in lexicon()["frameworks"]:
        if any(compiled(p).search(text) for p in block["patterns"]):
            return block["framework"]
    return None


class _ReportReader:
    """Criterion sections and their findings, line by line; scores go to the score reader
    and findings-table rows to the findings-table reader."""

    def __init__(self, context: DocumentContext, framework: str | None, page_texts: dict[int, str]) -> None:
        self.context, self.framework, self.page_texts = context, framework, page_texts
        self.criterion: str | None = None
        self.item: str | None = None
        self.section: str | None = None
        self.open: _Open | None = None
        self.findings: list[Finding] = []
        self.scores = ScoreReader(context.subject, framework, page_texts)
        self.table = FindingsTable()
        self.project: tuple[int, Span] | None = None  # an improvement project waiting for its criterion
        self.finding_criterion: str | None = None  # a criterion named by the open finding's own label
        self.following: Span | None = None  # the next line, to tell a numbered criterion heading
        self.recent: list[str] = []  # the short lines just before, when they could be parts of a table header
        self.header = ""  # the score-table header just read, while no row has followed
        self.labeled = False  # the findings of this section are introduced by labels
        self.coded: list[tuple[int, int, tuple[int, int]]] = []  # (finding, table, two-part code) of table rows
        self.marks: dict[str, str] = {}  # the kind marks of the report's key ("+ strength, – area for improvement")

    def flush(self) -> None:
        """Close the open finding: its text whole, its evidence the part on its first page."""
        if self.open and self.open.spans and self.section:
            text = " ".join(" ".join(span.text for _, span in self.open.spans).split())
            if self.open.bulleted:
                text = re.sub(lexicon()["bullet"], "", text, count=1)
            code = finding_code(line_key(text))
            if code:  # "... [1c]": the finding names its own sub-criterion
                self.finding_criterion = self.finding_criterion or code.group("num")
                text = text[: code.start()].rstrip()
            named = None if self.finding_criterion else criterion_named(line_key(text), self.framework)
            if named and text[named[1] :].strip():  # "Strategy: ...": the finding names its criterion
                self.finding_criterion, text = named[0], text[named[1] :].strip()
            on_first_page = [span for page, span in self.open.spans if page == self.open.page]
            quote = self.page_texts[self.open.page][on_first_page[0].start : on_first_page[-1].end]
            heading = not (self.open.bulleted or self.open.labeled or text.endswith(_TERMINAL)) and len(text.split()) <= 3
            if text and not heading:  # a few words without a full stop, unbulleted, are a heading ("Feedback")
                self.findings.append(
                    Finding(
                        self.context.subject,
                        self.framework,
                        self.finding_criterion or self.criterion,
                        self.item,
                        self.section,
                        text,
                        Evidence(self.open.page, quote),
                    )
                )
        self.open = None
        self.finding_criterion = None

    def close_project(self) -> None:
        """An improvement project is a finding of the criterion the report links it to (or of none)."""
        if self.project:
            page, span = self.project
            self.project = None
            section, self.section = self.section, "improvement_project"
            self.open = _Open(page, [(page, span)])
            self.flush()
            self.section = section

    def close_table_row(self) -> None:
        """End the findings-table row being read and take the rows read whole as findings."""
        self.table.close()
        self.table_rows()

    def table_rows(self) -> None:
        """Each findings-table row read whole is a finding of its criterion."""
        rows, self.table.closed = self.table.closed, []
        for row in rows:
            self.flush()
            self.criterion, self.item, self.section = row.criterion, row.item, row.type
            self.open = _Open(row.spans[0][0], row.spans)
            if row.pair:
                self.coded.append((len(self.findings), row.table, row.pair))
            self.flush()
            self.section = None

    def orient_codes(self) -> None:
        """Findings-table rows take the part of their two-part code that runs in order as criterion."""
        for table in {t for _, t, _ in self.coded}:
            rows = [(index, pair) for index, t, pair in self.coded if t == table and index < len(self.findings)]
            side = criterion_side([pair for _, pair in rows])
            for index, pair in rows if side else []:
                self.findings[index] = replace(self.findings[index], criterion_code=str(pair[side]), item_code=None)

    def table_line(self, key: str, span: Span, page: int) -> bool:
        taken = self.table.line(key, span, page)
        self.table_rows()
        return taken

    def structure(self, key: str, span: Span, page: int) -> bool:
        """Headings that open or close a part of the report; True when the line was one."""
        windows = [" ".join([*self.recent[len(self.recent) - n :], key]) for n in range(len(self.recent) + 1)]
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
        if header:
            self.close_table_row()
            self.flush()
            self.table.header(header)
            self.section, self.scores.in_scores = None, False
            return True
        criterion = criterion_heading(key)
        if criterion and not self.scores.in_row(key):
            self.close_table_row()
            self.flush()
            self.close_project()
            number = criterion.group("num")
            sub = criterion.groupdict().get("sub")
            self.criterion = number.split(".")[0]
            self.item = number + sub if sub else number if "." in number else None
            self.section, self.scores.in_scores = None, False
            return True
        project = compiled(lexicon()["project_heading"]).match(key)
        if project:
            self.close_table_row()
            self.flush()
            self.close_project()
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
        # only the report's own framework's names: "Leadership" may be the wrapped end of a longer title
        named = criterion_named(key, self.framework, anywhere=False) if self.following is not None else None
        if named and named[1] >= len(key) and self.opens_findings(line_key(self.following.text), self.following.text):
            self.close_table_row()
            self.flush()
            self.close_project()
            self.criterion, self.item, self.section, self.scores.in_scores = named[0], None, None, False
            return True  # "Leadership" / "+ ...": a criterion headed by its name alone
        numbered = compiled(lexicon()["numbered_heading"]).match(key)
        if numbered and self.following is not None and not self.table.headed and not section_heading(key):
            after = line_key(self.following.text)
            if section_heading(after) or finding_label(after, self.following.text):
                self.close_table_row()
                self.flush()
                self.close_project()
                self.criterion, self.item, self.section, self.scores.in_scores = numbered.group("num"), None, None, False
                return True
        return False

    def ends_table(self, heading: str) -> bool:
        """A findings heading or a heading that closes a part of the report."""
        return bool(section_heading(heading) or compiled(lexicon()["section_end"]).match(heading))

    def opens_findings(self, key: str, text: str) -> bool:
        """A line that opens findings: a findings heading, a label, or a kind mark of the report's key."""
        return bool(section_heading(unnumbered(key)) or finding_label(key, text) or (self.marks and mark_type(key, self.marks)))

    def line(self, span: Span, page: int) -> None:
        key = line_key(span.text)
        self.read_line(key, span, page)
        # A header squeezed over lines ("Kriter" / "Puan") is read with the lines before.
        self.recent = [*self.recent[-3:], key] if header_short(key) else []
        if not self.scores.table or self.scores.lines_read:
            self.header = ""

    def read_line(self, key: str, span: Span, page: int) -> None:
        if self.scores.table and not re.search(r"\d", unnumbered(key)) and self.ends_table(unnumbered(key)):
            self.scores.close_table()  # "3. Bulgular": a heading after the table ends it
        if self.scores.table and self.scores.table_line(key, span, page):
            return
        if self.structure(key, span, page):
            return
        if self.table.reversed_row(key):
            self.table_rows()
            return
        if self.table.starts_row(key) and not finding_label(key, span.text) or self.table.awaiting_type:
            self.table_line(key, span, page)  # a wrapped type cell ("نقطه قوت") is no section heading
            return
        if self.marks and legend(key):  # the report's key ("+ strength, – area for improvement") is no finding
            self.close_table_row()
            self.flush()
            self.section = None
            return
        heading = unnumbered(key)
        section = section_heading(heading)
        if section:
            self.close_table_row()
            self.flush()
            self.section, self.scores.in_scores, self.labeled = section[0], False, False
            offset = len(key) - len(heading) + section[1]
            rest = span.text[offset:].strip(" :")
            if rest:
                self.open = _Open(page, [(page, Span(span.start + span.text.index(rest, offset), span.end, rest))])
            return
        label = finding_label(key, span.text)
        if label:
            self.close_table_row()
            self.flush()
            self.labeled_finding(*label, span, page)
            return
        marked = mark_type(key, self.marks) if self.marks else None
        if marked:  # "+ ..." / "– ..." where the report's key gives the marks their kinds
            self.close_table_row()
            self.flush()
            self.section, self.scores.in_scores, self.labeled = marked[0], False, True
            text = span.text[marked[1] :]
            self.open = _Open(page, [(page, Span(span.start + marked[1], span.end, text))], labeled=True)
            if _ended(text):
                self.flush()
            return
        if self.scores.line(key, span, page):
            return
        if compiled(lexicon()["score_section"]).match(heading):
            self.close_table_row()
            self.flush()
            self.section, self.scores.in_scores = None, True
            return
        if compiled(lexicon()["section_end"]).match(heading):
            self.flush()
            self.close_table_row()
            self.section, self.scores.in_scores, self.scores.pending_row = None, False, None
            return
        if self.section is None:
            if not self.scores.in_scores:
                self.table_line(key, span, page)
            return
        self.section_line(key, span, page)

    def labeled_finding(self, finding_type: str, match: re.Match[str], span: Span, page: int) -> None:
        """A finding opened by its label ("Strength 3.1 ..."): it runs on until its text ends."""
        running = match.group("running")
        if match.group("crit"):
            self.finding_criterion = match.group("crit")
        elif self.table.headed and running and re.fullmatch(r"\d{1,2}", running):
            self.finding_criterion = running  # a row of a kind | criterion | finding table
        elif self.criterion is None and running and re.fullmatch(r"\d{1,2}\s*[.\-/]\s*\d{1,2}", running):
            self.finding_criterion = re.split(r"\s*[.\-/]\s*", running)[0]  # "strength 3.1" outside any criterion
        self.section, self.scores.in_scores, self.labeled = finding_type, False, True
        text = span.text[match.start("text") :]
        self.open = _Open(page, [(page, Span(span.start + match.start("text"), span.end, text))], labeled=True)
        if _ended(text):
            self.flush()

    def section_line(self, key: str, span: Span, page: int) -> None:
        """A line under a findings heading: a bullet opens a finding, a paragraph is one."""
        if not re.search(r"[^\W\d_]", key) or any(compiled(c).search(key) for c in lexicon()["chrome_line"]):
            return  # bullets pushed onto a line of their own, a page number, a footer: no finding
        bullet = compiled(lexicon()["bullet"]).match(key)
        if self.open and self.open.bulleted and not bullet and finding_code(line_key(self.open.spans[-1][1].text)):
            self.flush()  # the bullet closed with its sub-criterion code: what follows is a note, no finding
            return
        if self.labeled and (self.open is None or not self.open.labeled):
            return  # findings here are labeled: a line outside one is no finding (a footer, a note)
        if self.open and self.open.labeled and not bullet:
            self.open.spans.append((page, span))
            if _ended(span.text):
                self.flush()
            return
        elif bullet or self.open is None or self.open.page != page and not self.open.bulleted:
            self.flush()
            self.open = _Open(page, [(page, span)], bulleted=bool(bullet))
        else:
            self.open.spans.append((page, span))
        if not self.open.bulleted and span.text.rstrip().endswith(_TERMINAL):
            self.flush()


def read_report(pages: list[PageInput], context: DocumentContext) -> tuple[list[Finding], list[Score]]:
    """Findings and scores of a feedback report (nothing for other documents)."""
    if not pages or not is_report(pages):
        return [], []
    reader = _ReportReader(context, framework_of(pages), {page.page_number: page.text for page in pages})
    every = [(span, page.page_number) for page in pages for span in lines(page.text)]
    reader.marks = reader.table.marks = legend_marks([line_key(span.text) for span, _ in every])
    for index, (span, page_number) in enumerate(every):
        reader.following = every[index + 1][0] if index + 1 < len(every) else None
        reader.line(span, page_number)
    reader.close_table_row()
    reader.scores.close_table()
    reader.flush()
    reader.close_project()
    reader.orient_codes()
    reader.scores.running(pages)
    return reader.findings, reader.scores.scores
