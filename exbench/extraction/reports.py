"""Assessment feedback reports: findings per criterion and the score profile.

A report is read line by line across pages (its lines are told apart in report_layout): a criterion
heading ("Kriter 3:", "Criterion 3 -", "معیار ۳:", "4.1 ...", "3. Title" when findings follow, "معیار رهبری"
by the model's name) opens a criterion; a findings heading opens strengths, areas for improvement or best
practices, and the lines under it are findings (read in report_findings), as does a running code of a kind
where no heading gives one (report_codes). An improvement project is a finding of the criterion it is linked to.

Elsewhere: which lines are headings in report_headings, findings-table rows in findings_tables, the score
profile in report_scores, the records in report_facts.
"""

from __future__ import annotations

import re

from exbench.extraction.finding_cells import cell_texts
from exbench.extraction.finding_letters import letter_mark
from exbench.extraction.finding_open import OpenFinding, ended
from exbench.extraction.findings_inline import inline_findings
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_codes import kind_codes
from exbench.extraction.report_contents import contents_lines
from exbench.extraction.report_facts import Finding, Score, placed
from exbench.extraction.report_findings import FindingsReader
from exbench.extraction.report_header_wraps import unglued
from exbench.extraction.report_headings import HeadingReader, glued_criterion
from exbench.extraction.report_layout import (
    bare_labels,
    closing_heading,
    criterion_heading,
    ending_heading,
    finding_lead,
    header_part,
    is_report,
    legend,
    legend_lines,
    lexicon,
    line_key,
    mark_type,
    parted_header,
    report_spans,
    section_heading,
    side_by_side,
    table_type,
    unnumbered,
)
from exbench.extraction.report_lexicon import framework_of
from exbench.extraction.report_marks import after_mark, key_letters, named_mark
from exbench.extraction.report_projects import ProjectReader
from exbench.extraction.report_scores import ScoreReader
from exbench.extraction.report_verdicts import VerdictReader, unmarked_report, worded_report
from exbench.extraction.report_wrapped import joined, wrapped_name
from exbench.extraction.score_letters import letter_scores
from exbench.extraction.text_units import Span

__all__ = ["Finding", "Score", "framework_of", "is_report", "read_report"]


class _ReportReader(HeadingReader, FindingsReader, VerdictReader, ProjectReader):
    """Criterion sections and their findings line by line; scores go to the score reader, table rows to findings_tables."""

    def __init__(self, context: DocumentContext, framework: str | None, page_texts: dict[int, str]) -> None:
        super().__init__(context, framework, page_texts)
        self.scores = ScoreReader(context.subject, framework, page_texts)
        self.following: Span | None = None  # the next line, to tell a numbered criterion heading
        self.recent: list[str] = []  # the short lines just before, when they could be parts of a table header
        self.header = ""  # the score-table header just read, while no row has followed

    def line(self, span: Span, page: int) -> None:
        """Read a line; a header squeezed over lines ("Kriter" / "Puan") is read with the lines before."""
        self.read_line(key := line_key(span.text), span, page)
        cell = line_key(unglued(span.text))  # "AğırlıkAzami": two cells' words glued
        self.recent = [*self.recent[-6:], cell] if header_part(key) else []  # a header wraps over up to eight lines
        if not self.scores.table or self.scores.lines_read:
            self.header = ""

    def kind_in_row(self, key: str) -> bool:
        """A row's criterion cell under a findings table's header with its kind's cell on the line, or opening there
        and wrapped to the next ("1e – Liderlik Gelişmeye" / "Açık Alan")."""
        if not (self.table.headed and self.table.row is None or self.table.headed and self.table.row.type is not None):
            return False
        if not self.table.starts_row(key):
            return False
        after = line_key(self.following.text) if self.following else ""
        wrapped = table_type(key + " " + after, anywhere=True) if after else None
        return bool(table_type(key, anywhere=True) or wrapped and wrapped[1].start() < len(key))

    def read_line(self, key: str, span: Span, page: int) -> None:
        if self.scores.this_criterion(key, span, page, self.criterion):
            self.close_columns()  # "Kriterden 100 puan üzerinden 52 puan alınmıştır." under the criterion's cells
            self.close_table_row()
            self.flush()
            return
        if self.scores.table and not re.search(r"\d", unnumbered(key)) and closing_heading(unnumbered(key)):
            self.scores.close_table()  # "3. Bulgular": a heading after the table ends it
        if (
            self.scores.table
            and criterion_heading(key)
            and self.following
            and self.opens_findings(line_key(self.following.text), self.following.text)
        ):
            self.scores.close_table()  # "Criterion 1: ..." with findings after it is no row of the score table
        if self.scores.table and self.scores.table_line(key, span, page):
            return
        if self.matrix_line(key, span, page):
            return  # a row of a sub-criterion x kinds matrix ("1.1 (+) ...", "۱-۳ ...")
        named = named_mark(key, self.marks, self.framework) if not self.scores.table and not self.table.headed else None
        if named:  # "1. Purpose, Vision & Strategy + The Police ...": the row's criterion cell, then its first finding
            self.close_part()
            self.criterion, self.item, self.section, self.scores.in_scores = named[0], None, None, False
            self.read_line(key[named[1] :], Span(span.start + named[1], span.end, span.text[named[1] :]), page)
            return
        glued = glued_criterion(key) if not self.scores.table else None
        if glued:  # "2. Findings by criterion Criterion 1: Leadership": the section's heading, then the criterion's
            self.read_line(key[:glued].rstrip(), Span(span.start, span.start + glued, span.text[:glued].rstrip()), page)
            self.read_line(key[glued:], Span(span.start + glued, span.end, span.text[glued:]), page)
            return
        if self.kind_in_row(key) and self.table_line(key, span, page):
            return  # "1a – Liderlik Güçlü Yön": a row's criterion and kind cells under the table's header, no sub-criterion heading
        if self.structure(key, span, page):
            self.take_aside()
            kinds, part, parted = (self.columns[0], self.columns[1:3], self.parted) if self.columns else (None, None, False)
            self.close_columns()
            if kinds and (part != (self.criterion, self.item) or parted):  # the next row of the columns, headed by its criterion
                self.open_columns(kinds, parted)
                if parted:
                    self.criterion_row(key, span, page)  # "معیار ۱: رهبری 1a ...": the row's cells after its criterion's
                else:
                    self.headed(key, span, page)  # "معیار ۱: رهبری مدیرعامل ...": the name's cell, then the row's
            return
        heading = unnumbered(key)
        if self.columns is not None and (self.opens_findings(key, span.text) or finding_lead(key, span.text)):
            self.columns = None  # "G1. ...", "+ ...": the cells say their kinds themselves
        if self.columns is not None:
            if not (self.after_columns(key, heading) or section_heading(heading) or side_by_side(heading)):
                self.column_line(page, span)
                return
            self.close_columns()
        kinds = side_by_side(heading)
        if kinds:  # "Strengths  Areas for Improvement": cells of two columns follow
            self.close_table_row()
            self.flush()
            self.section, self.scores.in_scores = None, False
            self.open_columns(kinds, parted_header(heading))
            return
        if self.table.reversed_row(key):
            self.table_rows()
            return
        if (
            self.table.starts_row(key)
            and (self.table.kind_row(key) or self.table.unparted(key) or not self.label(key, span.text))
            or self.table.awaiting_type
        ):
            self.table_line(key, span, page)  # a wrapped type cell ("نقطه قوت") is no section heading
            return
        if self.marks and legend(key):  # the report's key ("+ strength, – area for improvement") is no finding
            self.close_table_row()
            self.flush()
            self.section = None
            return
        section = section_heading(heading)
        if section:
            self.close_table_row()
            self.flush()
            self.section, self.scores.in_scores, self.labeled = section[0], False, False
            self.prose = len(self.findings)  # paragraphs of this section so far, none yet
            self.code_letters = None
            offset = len(key) - len(heading) + section[1]
            rest = span.text[offset:].strip(" :")
            if rest:
                self.open = OpenFinding(page, [(page, Span(span.start + span.text.index(rest, offset), span.end, rest))])
                code = compiled(lexicon()["finding_subcode"]).match(key)
                own = code is not None and code.end() <= len(key) - len(heading)
                self.finding_criterion = code.group("num") if own else None  # "2.4 AFI: ...": the finding's own code
            return
        if self.coded_line(key, span, page):
            return
        label = self.label(key, span.text) if not self.goes_on() else None
        if label:
            self.close_table_row()
            self.set_aside()
            self.labeled_finding(*label, span, page)
            return
        marked = mark_type(key, self.marks) if self.marks else letter_mark(key, self.table.letters)
        if marked and not key[marked[1] :].strip() and (self.scores.table or self.scores.in_scores):
            marked = None  # a dash alone among a score table's cells ("40 – 45%") is no finding's mark
        if marked:  # "+ ..." / "– ..." where the report's key gives the marks their kinds
            self.close_table_row()
            self.set_aside()
            self.section, self.scores.in_scores, self.labeled = marked[0], False, True
            start, number = after_mark(key, span.text, marked[1])  # "GY-3 3b ...": criterion 3
            text = span.text[start:]
            self.open = OpenFinding(page, [(page, Span(span.start + start, span.end, text))], labeled=True)
            lead = compiled(lexicon()["finding_mark"]).match(key)
            code = lead.group("pcode") if lead else None  # "1.4 ▼ ...", "C6 ▲ ...": the part's criterion
            code = re.search(r"\d{1,2}", code).group(0) if code else None
            self.finding_criterion = number or code
            if ended(text):
                self.flush()
            return
        if self.scores.line(key, span, page):
            return
        if compiled(lexicon()["score_section"]).match(heading) and not re.search(r":\s*\d", heading):  # a score is no heading
            self.close_table_row()
            self.flush()
            self.section, self.scores.in_scores, self.concluded = None, True, True
            return
        if ending_heading(heading, span.text):
            self.flush()
            self.close_table_row()
            self.section, self.scores.in_scores, self.scores.pending_row = None, False, None
            self.verdict, self.concluded = None, True  # "3. Sonuç ve Öneri": no criterion's paragraphs follow
            return
        if self.section is None:
            if not self.scores.in_scores and not self.table_line(key, span, page):
                self.verdict_line(key, span, page)  # "Takım, ... takdirle gözlemlemiştir.": a finding told by its wording
            return
        self.section_line(key, span, page)


def read_report(pages: list[PageInput], context: DocumentContext, polar: bool = False) -> tuple[list[Finding], list[Score]]:
    """Findings and scores of a feedback report (nothing for other documents); `polar`: the paragraphs under
    its criterion headings are findings of the kind their grammar gives (a report that marks none otherwise)."""
    every = report_spans(pages)
    if every is None:
        return [], letter_scores(pages, context.subject)  # a letter announcing the result states the score
    reader = _ReportReader(context, framework_of(pages), {page.page_number: page.text for page in pages})
    keys = [line_key(span.text) for span, _ in every]
    (reader.marks, key_lines), contents = legend_lines(keys), contents_lines(keys)
    texts = [span.text for span, _ in every]
    reader.table.marks, reader.bare, reader.codes = reader.marks, bare_labels(keys, texts), kind_codes(keys, texts)
    reader.table.letters = key_letters(keys)
    reader.worded, reader.polar = polar or worded_report("\n".join(texts)), polar
    index = 0
    while index < len(every):
        span, page_number = every[index]
        taken = 1
        if reader.columns is not None:  # a row's criterion name its narrow column wrapped: "1. Amaç," / "Vizyon ve" / ...
            run = [s for s, p in every[index : index + 3] if p == page_number]
            taken = wrapped_name(run, 0, reader.page_texts[page_number])
            span = joined(run[:taken], reader.page_texts[page_number])
        reader.following = every[index + taken][0] if index + taken < len(every) else None
        reader.before = texts[index - 1].strip() if index else ""  # the line before, a key's or a contents line too
        if index not in key_lines and index not in contents:  # the report's key and its table of contents are none
            reader.line(span, page_number)
        index += taken
    for finish in (
        reader.scores.close_table,
        reader.close_part,
        reader.take_aside,
        reader.close_columns,
        reader.close_dashed,
        reader.orient_codes,
    ):
        finish()
    reader.scores.running(pages)
    stated = unmarked_report("\n".join(keys))
    inline = inline_findings(pages, context, reader.framework, stated) if not polar and not reader.findings else []
    polar_read = read_report(pages, context, polar=True) if not polar and not reader.findings and stated else None
    if polar_read and len(polar_read[0]) >= len(placed(inline, reader.framework)):
        return polar_read  # criteria's paragraphs whose marks the printer lost ("[S]", "++")
    if polar and (not stated or any(not 0 < sum(f.finding_type == k for f in reader.findings) <= n for k, n in stated.items())):
        reader.findings = []  # none, or more, of a kind than the report says it holds: they are not its findings
    if not polar and not reader.findings:  # sentences naming their criterion inline ("Under criterion 3, ...")
        reader.findings = inline
    return placed(cell_texts(reader.findings, pages), reader.framework), reader.scores.scores
