"""Assessment feedback reports: findings per criterion and the score profile.

A report is read line by line across pages (its lines are told apart in
report_layout): a criterion heading ("Kriter 3:", "Criterion 3 -", "معیار ۳:",
"4.1 ...", "3. Title" when findings follow) opens a criterion; a findings heading
opens strengths, areas for improvement or best practices, and each bullet, or
each paragraph where the report has no bullets, is one finding, its text whole
even when it wraps over lines or pages. A label opens one finding ("Strength
3.1 ...", "Güçlü Yön 1.2: ...", "قوت ۱-۲: ..."; the running number is no item).
A findings table gives criterion, kind and text per row; an improvement project
is a finding of the criterion it is linked to. Score tables are read by their
header (score_tables), and scores stated in sentences fill in what no table gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exbench.extraction.lexicons import compiled
from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.report_layout import (
    criterion_heading,
    finding_label,
    is_report,
    lexicon,
    line_key,
    section_heading,
    table_type,
    unnumbered,
)
from exbench.extraction.score_tables import ScoreTable, header_columns, statements
from exbench.extraction.text_units import Span, lines

__all__ = ["Finding", "Score", "framework_of", "is_report", "read_report"]

_TERMINAL = (".", "!", "?", "؟", "…")


@dataclass(frozen=True)
class Finding:
    organization: str
    framework: str | None
    criterion_code: str | None
    item_code: str | None
    finding_type: str
    text: str
    evidence: Evidence


@dataclass(frozen=True)
class Score:
    organization: str
    framework: str | None
    criterion_code: str | None
    points: float
    max_points: float | None
    evidence: Evidence


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


def _number(text: str) -> float:
    return float(text.replace(",", "."))


class _ReportReader:
    def __init__(self, context: DocumentContext, framework: str | None) -> None:
        self.context, self.framework = context, framework
        self.criterion: str | None = None
        self.item: str | None = None
        self.section: str | None = None
        self.in_scores = False
        self.open: _Open | None = None
        self.findings: list[Finding] = []
        self.scores: list[Score] = []
        self.page_texts: dict[int, str] = {}
        self.pending_row: tuple[str | None, Span, int] | None = None  # a score row whose points are on a later line
        self.table_row: dict | None = None  # a findings-table row being read: criterion, type words, text
        self.score_table: ScoreTable | None = None
        self.ordinal_quotes: list[tuple[int, str]] = []  # where each named row of the score table stands
        self.table_first: tuple[int, int] | None = None  # (page, start) of the score row being read
        self.project: tuple[int, Span] | None = None  # an improvement project waiting for its criterion
        self.finding_criterion: str | None = None  # a criterion named by the open finding's own label
        self.following: Span | None = None  # the next line, to tell a numbered criterion heading
        self.previous = ""  # the line before, when it could be half of a table header
        self.labeled = False  # the findings of this section are introduced by labels
        self.findings_table = False  # under the header of a criterion / kind / finding table

    def flush(self) -> None:
        """Close the open finding: its text whole, its evidence the part on its first page."""
        if self.open and self.open.spans and self.section:
            text = " ".join(" ".join(span.text for _, span in self.open.spans).split())
            if self.open.bulleted:
                text = re.sub(lexicon()["bullet"], "", text, count=1)
            on_first_page = [span for page, span in self.open.spans if page == self.open.page]
            quote = self.page_texts[self.open.page][on_first_page[0].start : on_first_page[-1].end]
            if text:
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

    def score(self, criterion: str | None, points: float, maximum: float | None, page: int, quote: str) -> None:
        self.scores.append(Score(self.context.subject, self.framework, criterion, points, maximum, Evidence(page, quote)))

    def table_line(self, key: str, span: Span, page: int) -> bool:
        """A row of a score table: its criterion cell and numbers in the header's column order."""
        table = self.score_table
        assert table is not None
        if self.table_first is None or table.pending is None and not table.pending_total:
            self.table_first = (page, span.start)
        named = len(table.ordinal)
        belongs, row = table.row(key)
        if not belongs:
            self.close_score_table()
            return False
        if len(table.ordinal) > named:
            self.ordinal_quotes.append((page, span.text))
        if row:
            first_page, first_start = self.table_first
            quote = self.page_texts[page][first_start : span.end] if first_page == page else span.text
            maximum = row.max_points if row.max_points is not None or row.criterion else 1000.0
            self.score(row.criterion, row.points, maximum, page, quote)
            self.table_first = None
            if row.criterion is None:
                self.close_score_table()  # the total closes the table
        return True

    def close_score_table(self) -> None:
        """The rows named but not numbered take their place in the model's order, where they can."""
        if self.score_table:
            for row, (page, quote) in zip(self.score_table.ordered(), self.ordinal_quotes, strict=False):
                self.score(row.criterion, row.points, row.max_points, page, quote)
        self.score_table, self.ordinal_quotes = None, []

    def score_line(self, key: str, span: Span, page: int) -> bool:
        if self.in_scores and self.split_row(key, span, page):
            return True
        total = compiled(lexicon()["score_total"]).match(key)  # a total row, not "... in total 160" in prose
        if total:
            maximum = _number(total.group("max").replace(".", "")) if total.group("max") else None
            self.score(None, _number(total.group("points")), maximum or 1000.0, page, span.text)
            return True
        row = compiled(lexicon()["score_row"]).match(key)
        if row and (self.in_scores or row.group("max")):
            maximum = _number(row.group("max")) if row.group("max") else None
            points = _number(row.group("points"))
            if maximum is not None and points > maximum:
                return False
            self.score(row.group("num"), points, maximum, page, span.text)
            return True
        return False

    def structure(self, key: str, span: Span, page: int) -> bool:
        """Headings that open or close a part of the report; True when the line was one."""
        columns = header_columns(key) or (header_columns(self.previous + " " + key) if self.previous else None)
        if columns:
            self.close_table_row()
            self.flush()
            self.close_score_table()
            self.score_table, self.table_first, self.findings_table = ScoreTable(columns), None, False
            self.section, self.in_scores = None, False
            return True
        if compiled(lexicon()["findings_table_header"]).match(key):
            self.close_table_row()
            self.flush()
            self.findings_table, self.section, self.in_scores = True, None, False
            return True
        criterion = criterion_heading(key)
        if criterion and not self.in_scores_row(key):
            self.close_table_row()
            self.flush()
            self.close_project()
            number = criterion.group("num")
            sub = criterion.groupdict().get("sub")
            self.criterion = number.split(".")[0]
            self.item = number + sub if sub else number if "." in number else None
            self.section, self.in_scores = None, False
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
        numbered = compiled(lexicon()["numbered_heading"]).match(key)
        if numbered and self.following is not None and not self.findings_table and not section_heading(key):
            after = line_key(self.following.text)
            if section_heading(after) or finding_label(after, self.following.text):
                self.close_table_row()
                self.flush()
                self.close_project()
                self.criterion, self.item, self.section, self.in_scores = numbered.group("num"), None, None, False
                return True
        return False

    def line(self, span: Span, page: int) -> None:
        key = line_key(span.text)
        self.read_line(key, span, page)
        # A header squeezed over two lines ("Kriter" / "Puan") is read with the line before.
        self.previous = key if len(key) < 40 and not re.search(r"\d", key) else ""

    def read_line(self, key: str, span: Span, page: int) -> None:
        if self.score_table and self.table_line(key, span, page):
            return
        if self.structure(key, span, page):
            return
        if (
            self.findings_table
            and compiled(lexicon()["findings_row"]).fullmatch(key)
            and not finding_label(key, span.text)
            or (self.table_row is not None and self.table_row["type"] is None)
        ):
            self.findings_table_line(key, span, page)  # a wrapped type cell ("نقطه قوت") is no section heading
            return
        heading = unnumbered(key)
        section = section_heading(heading)
        if section:
            self.close_table_row()
            self.flush()
            self.section, self.in_scores, self.labeled = section[0], False, False
            offset = len(key) - len(heading) + section[1]
            rest = span.text[offset:].strip(" :")
            if rest:
                self.open = _Open(page, [(page, Span(span.start + span.text.index(rest, offset), span.end, rest))])
            return
        label = finding_label(key, span.text)
        if label:
            self.close_table_row()
            self.flush()
            finding_type, match = label
            running = match.group("running")
            if match.group("crit"):
                self.finding_criterion = match.group("crit")
            elif self.findings_table and running and re.fullmatch(r"\d{1,2}", running):
                self.finding_criterion = running  # a row of a kind | criterion | finding table
            elif self.criterion is None and running and re.fullmatch(r"\d{1,2}\s*[.\-/]\s*\d{1,2}", running):
                self.finding_criterion = re.split(r"\s*[.\-/]\s*", running)[0]  # "strength 3.1" outside any criterion
            self.section, self.in_scores, self.labeled = finding_type, False, True
            text = span.text[match.start("text") :]
            self.open = _Open(page, [(page, Span(span.start + match.start("text"), span.end, text))], labeled=True)
            if text.rstrip().endswith(_TERMINAL):
                self.flush()
            return
        if self.score_line(key, span, page):
            return
        if compiled(lexicon()["score_section"]).match(heading):
            self.close_table_row()
            self.flush()
            self.section, self.in_scores = None, True
            return
        if compiled(lexicon()["section_end"]).match(heading):
            self.flush()
            self.close_table_row()
            self.section, self.in_scores, self.pending_row = None, False, None
            return
        if self.section is None:
            if not self.in_scores:
                self.findings_table_line(key, span, page)
            return
        if not re.search(r"[^\W\d_]", key) or any(compiled(c).search(key) for c in lexicon()["chrome_line"]):
            return  # bullets pushed onto a line of their own, a page number, a footer: no finding
        bullet = compiled(lexicon()["bullet"]).match(key)
        if self.labeled and (self.open is None or not self.open.labeled):
            return  # findings here are labeled: a line outside one is no finding (a footer, a note)
        if self.open and self.open.labeled and not bullet:
            self.open.spans.append((page, span))
        elif bullet or self.open is None or self.open.page != page and not self.open.bulleted:
            self.flush()
            self.open = _Open(page, [(page, span)], bulleted=bool(bullet))
        else:
            self.open.spans.append((page, span))
        if not self.open.bulleted and span.text.rstrip().endswith(_TERMINAL):
            self.flush()

    def split_row(self, key: str, span: Span, page: int) -> bool:
        """A score table whose cells wrapped: "1. Amaç, Vizyon ve" / "Strateji" / "62"."""
        start = compiled(lexicon()["wrapped_row_start"]).match(key)
        total = compiled(lexicon()["wrapped_row_total"]).match(key)
        if start and not re.search(r"\d{2,}\s*(?:/|$)", key):
            self.pending_row = (start.group(1), span, page)
            return True
        if total:
            self.pending_row = (None, span, page)
            return True
        points = compiled(lexicon()["wrapped_row_points"]).fullmatch(key)
        if points and self.pending_row is not None:
            criterion, first, first_page = self.pending_row
            maximum = float(points.group(2)) if points.group(2) else (1000.0 if criterion is None else None)
            quote = self.page_texts[page][first.start : span.end] if first_page == page else span.text
            self.score(criterion, float(points.group(1)), maximum, page, quote)
            self.pending_row = None
            return True
        return self.pending_row is not None and not re.search(r"\d", key)  # the row's wrapped name

    def findings_table_line(self, key: str, span: Span, page: int) -> bool:
        """Rows of a findings table (criterion | type | finding): the cells come out one after
        another or side by side, and a narrow type cell may wrap or lose its spaces. Under the
        table's header the criterion's name may stand between its number and the type; without
        a header seen, the type cell must follow the number or stand alone."""
        loose = self.findings_table
        row_start = compiled(lexicon()["findings_row"]).fullmatch(key)
        if row_start:
            rest = row_start.group("rest") or ""
            found = table_type(rest, anywhere=loose) if rest else None
            if found or (not rest or loose and len(rest) <= 60):
                self.close_table_row()
                part = row_start.group("part") or row_start.group("sub")
                self.table_row = {
                    "criterion": row_start.group("num"),
                    "item": row_start.group("num") + ("." if part.isdigit() else "") + part if part else None,
                    "type_words": "" if found else rest,
                    "type": None,
                    "spans": [],
                }
                if found:
                    self.table_row["type"] = found[0]
                    self.row_text(span, page, row_start.start("rest") + found[1].end())
                return True
        row = self.table_row
        if row is None:
            return False
        if row["type"] is None:
            row["type_words"] = (row["type_words"] + " " + key).strip()
            words, squeezed = row["type_words"], re.sub(r"\s+", "", row["type_words"])
            found = table_type(words, anywhere=loose) or table_type(squeezed, anywhere=loose)
            if found and (loose or found[1].end() == len(words) or found[1].end() == len(squeezed)):
                row["type"] = found[0]
                here = table_type(key, anywhere=True)
                if here and here[0] == found[0]:
                    self.row_text(span, page, here[1].end())
            elif len(words) > (60 if loose else 40):
                self.table_row = None  # not a findings table after all
            return True
        row["spans"].append((page, span))
        return True

    def row_text(self, span: Span, page: int, offset: int) -> None:
        """The part of a row's line after its type cell: the start of the finding's text."""
        text = span.text[offset:].strip()
        if text and self.table_row is not None:
            start = span.start + span.text.index(text, offset)
            self.table_row["spans"].append((page, Span(start, start + len(text), text)))

    def close_table_row(self) -> None:
        row, self.table_row = self.table_row, None
        if row and row["type"] and row["spans"]:
            self.flush()
            self.criterion, self.item, self.section = row["criterion"], row["item"], row["type"]
            self.open = _Open(row["spans"][0][0], row["spans"])
            self.flush()
            self.section = None

    def in_scores_row(self, key: str) -> bool:
        return self.in_scores and compiled(lexicon()["score_row"]).match(key) is not None

    def running_scores(self, pages: list[PageInput]) -> None:
        """Scores stated in sentences, for criteria (and the total) no score table gave."""
        have = {s.criterion_code for s in self.scores}
        for page in pages:
            for row in statements(line_key(page.text)):
                if row.criterion in have:
                    continue
                have.add(row.criterion)
                maximum = row.max_points if row.max_points is not None or row.criterion else 1000.0
                self.score(row.criterion, row.points, maximum, page.page_number, page.text[row.start : row.end])


def read_report(pages: list[PageInput], context: DocumentContext) -> tuple[list[Finding], list[Score]]:
    """Findings and scores of a feedback report (nothing for other documents)."""
    if not pages or not is_report(pages):
        return [], []
    reader = _ReportReader(context, framework_of(pages))
    every = [(span, page.page_number) for page in pages for span in lines(page.text)]
    for page in pages:
        reader.page_texts[page.page_number] = page.text
    for index, (span, page_number) in enumerate(every):
        reader.following = every[index + 1][0] if index + 1 < len(every) else None
        reader.line(span, page_number)
    reader.close_table_row()
    reader.close_score_table()
    reader.flush()
    reader.close_project()
    reader.running_scores(pages)
    return reader.findings, reader.scores
