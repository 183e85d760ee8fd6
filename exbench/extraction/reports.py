"""Assessment feedback reports: findings per criterion and the score profile.

A report is read line by line across pages: a criterion heading ("Kriter 3:",
"Criterion 3 -", "معیار ۳:", Baldrige "4.1 ...") opens a criterion; a section
heading opens strengths, areas for improvement or best practices; each bullet,
or each paragraph where the report has no bullets, is one finding, its text
whole even when it wraps over lines or pages. Score lines give points per
criterion and the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

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


@cache
def _lexicon() -> dict:
    return load("reports")


def _key(text: str) -> str:
    return to_ascii_digits(fold(text)).strip()


def is_report(pages: list[PageInput]) -> bool:
    """A feedback report names itself so, or has criteria with strengths and improvement sections."""
    head = _key("\n".join(p.text for p in pages[:2]))
    if any(compiled(p).search(head) for p in _lexicon()["report_cues"]):
        return True
    whole = _key("\n".join(p.text for p in pages))
    headings = list(_lexicon()["sections"].values()) + [_lexicon()["score_section"]]
    if not any(compiled(p.replace("^", "(?m)^", 1)).search(whole) for p in headings):
        return False  # no section or score heading at all: not a report (and no need to look line by line)
    keys = [_key(span.text) for page in pages for span in lines(page.text)]
    sections = sum(1 for k in keys for p in _lexicon()["sections"].values() if compiled(p).match(k))
    numbered = compiled(_lexicon()["numbered_criterion"])
    criteria = sum(1 for k in keys if _criterion(k) or numbered.match(k))
    score_table = any(compiled(_lexicon()["score_section"]).match(k) for k in keys)
    return criteria >= 2 and (sections >= 2 or score_table)


def framework_of(pages: list[PageInput]) -> str | None:
    """The framework the report names first in its lexicon order (most specific first)."""
    text = _key("\n".join(p.text for p in pages))
    for block in _lexicon()["frameworks"]:
        if any(compiled(p).search(text) for p in block["patterns"]):
            return block["framework"]
    return None


def _criterion(key: str) -> re.Match[str] | None:
    for pattern in _lexicon()["criterion_heading"]:
        match = compiled(pattern).match(key)
        if match:
            return match
    return None


def _section(key: str) -> tuple[str, int] | None:
    for finding_type, pattern in _lexicon()["sections"].items():
        match = compiled(pattern).match(key)
        if match:
            return finding_type, match.end()
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

    def flush(self) -> None:
        """Close the open finding: its text whole, its evidence the part on its first page."""
        if self.open and self.open.spans and self.section:
            text = " ".join(" ".join(span.text for _, span in self.open.spans).split())
            if self.open.bulleted:
                text = re.sub(_lexicon()["bullet"], "", text, count=1)
            on_first_page = [span for page, span in self.open.spans if page == self.open.page]
            quote = self.page_texts[self.open.page][on_first_page[0].start : on_first_page[-1].end]
            if text:
                self.findings.append(
                    Finding(
                        self.context.subject,
                        self.framework,
                        self.criterion,
                        self.item,
                        self.section,
                        text,
                        Evidence(self.open.page, quote),
                    )
                )
        self.open = None

    def score_line(self, key: str, span: Span, page: int) -> bool:
        if self.in_scores and self.split_row(key, span, page):
            return True
        total = compiled(_lexicon()["score_total"]).search(key)
        if total:
            maximum = _number(total.group("max").replace(".", "")) if total.group("max") else None
            self.scores.append(
                Score(
                    self.context.subject,
                    self.framework,
                    None,
                    _number(total.group("points")),
                    maximum or 1000.0,
                    Evidence(page, span.text),
                )
            )
            return True
        row = compiled(_lexicon()["score_row"]).match(key)
        if row and (self.in_scores or row.group("max")):
            maximum = _number(row.group("max")) if row.group("max") else None
            points = _number(row.group("points"))
            if maximum is not None and points > maximum:
                return False
            self.scores.append(
                Score(self.context.subject, self.framework, row.group("num"), points, maximum, Evidence(page, span.text))
            )
            return True
        return False

    def line(self, span: Span, page: int) -> None:
        key = _key(span.text)
        criterion = _criterion(key)
        if criterion and not self.in_scores_row(key):
            self.close_table_row()
            self.flush()
            number = criterion.group("num")
            self.criterion, self.item = number.split(".")[0], number if "." in number else None
            self.section, self.in_scores = None, False
            return
        section = _section(key)
        if section:
            self.close_table_row()
            self.flush()
            self.section, self.in_scores = section[0], False
            rest = span.text[section[1] :].strip(" :")
            if rest:
                self.open = _Open(page, [(page, Span(span.start + span.text.index(rest), span.end, rest))])
            return
        if self.score_line(key, span, page):
            return
        if compiled(_lexicon()["score_section"]).match(key):
            self.close_table_row()
            self.flush()
            self.section, self.in_scores = None, True
            return
        if compiled(_lexicon()["section_end"]).match(key):
            self.flush()
            self.close_table_row()
            self.section, self.in_scores, self.pending_row = None, False, None
            return
        if self.section is None:
            if not self.in_scores:
                self.table_line(key, span, page)
            return
        bullet = compiled(_lexicon()["bullet"]).match(key)
        if bullet or self.open is None or self.open.page != page and not self.open.bulleted:
            self.flush()
            self.open = _Open(page, [(page, span)], bulleted=bool(bullet))
        else:
            self.open.spans.append((page, span))
        if not self.open.bulleted and span.text.rstrip().endswith(_TERMINAL):
            self.flush()

    def split_row(self, key: str, span: Span, page: int) -> bool:
        """A score table whose cells wrapped: "1. Amaç, Vizyon ve" / "Strateji" / "62"."""
        start = compiled(_lexicon()["wrapped_row_start"]).match(key)
        total = compiled(_lexicon()["wrapped_row_total"]).match(key)
        if start and not re.search(r"\d{2,}\s*(?:/|$)", key):
            self.pending_row = (start.group(1), span, page)
            return True
        if total:
            self.pending_row = (None, span, page)
            return True
        points = compiled(_lexicon()["wrapped_row_points"]).fullmatch(key)
        if points and self.pending_row is not None:
            criterion, first, first_page = self.pending_row
            maximum = float(points.group(2)) if points.group(2) else (1000.0 if criterion is None else None)
            quote = self.page_texts[page][first.start : span.end] if first_page == page else span.text
            self.scores.append(
                Score(self.context.subject, self.framework, criterion, float(points.group(1)), maximum, Evidence(page, quote))
            )
            self.pending_row = None
            return True
        return self.pending_row is not None and not re.search(r"\d", key)  # the row's wrapped name

    def _table_type(self, words: str) -> str | None:
        """The finding type a type cell names; a wrapped cell may have lost or gained spaces."""
        squeezed = re.sub(r"\s+", "", words)
        for finding_type, pattern in _lexicon()["table_types"].items():
            if compiled(pattern).match(words.strip()) or compiled(pattern).match(squeezed):
                return finding_type
        return None

    def _type_prefix(self, text: str) -> tuple[str, int] | None:
        """A type cell at the start of a row line whose other cells follow on the same line."""
        for finding_type, pattern in _lexicon()["table_types"].items():
            match = compiled(pattern.rstrip("$") + r"(?=\s|$)").match(text)
            if match:
                return finding_type, match.end()
        return None

    def table_line(self, key: str, span: Span, page: int) -> bool:
        """Rows of a findings table (criterion | type | finding): the cells come out one after
        another or side by side, and a narrow type cell may wrap or lose its spaces."""
        row_start = re.fullmatch(r"(\d{1,2})(?:\s+(.+))?", key)
        if row_start:
            rest = row_start.group(2) or ""
            whole_type = self._table_type(rest) if rest else None
            prefix = None if whole_type or not rest else self._type_prefix(rest)
            if not rest or whole_type or prefix:
                self.close_table_row()
                self.table_row = {
                    "criterion": row_start.group(1),
                    "type_words": rest if not prefix else "",
                    "type": whole_type or (prefix[0] if prefix else None),
                    "spans": [],
                }
                if prefix:
                    offset = span.text.index(span.text[row_start.start(2) :]) + prefix[1]
                    text = span.text[offset:].strip()
                    if text:
                        start = span.start + span.text.index(text, offset)
                        self.table_row["spans"].append((page, Span(start, start + len(text), text)))
                return True
        row = self.table_row
        if row is None:
            return False
        if row["type"] is None:
            row["type_words"] = (row["type_words"] + " " + key).strip()
            row["type"] = self._table_type(row["type_words"])
            if row["type"] is None and len(row["type_words"]) > 40:
                self.table_row = None  # not a findings table after all
            return True
        row["spans"].append((page, span))
        return True

    def close_table_row(self) -> None:
        row, self.table_row = self.table_row, None
        if row and row["type"] and row["spans"]:
            self.flush()
            self.criterion, self.item, self.section = row["criterion"], None, row["type"]
            self.open = _Open(row["spans"][0][0], row["spans"])
            self.flush()
            self.section = None

    def in_scores_row(self, key: str) -> bool:
        return self.in_scores and compiled(_lexicon()["score_row"]).match(key) is not None


def read_report(pages: list[PageInput], context: DocumentContext) -> tuple[list[Finding], list[Score]]:
    """Findings and scores of a feedback report (nothing for other documents)."""
    if not pages or not is_report(pages):
        return [], []
    reader = _ReportReader(context, framework_of(pages))
    for page in pages:
        reader.page_texts[page.page_number] = page.text
        for span in lines(page.text):
            reader.line(span, page.page_number)
    reader.close_table_row()
    reader.flush()
    return reader.findings, reader.scores
