"""The findings of a feedback report as its lines are read: a finding opened by a bullet, a label, a kind mark of
the report's key or a lead ("KY-1", "(+) [1.2]") runs on until its text ends; a paragraph under a findings heading
is one where the report has no bullets. Its kind is the heading, label or mark that opened it, its criterion the
one its own code names, else the criterion heading above it. A note ("Note: ...") is the report's aside, none.

The report reader (reports) tells the headings apart and hands each line under a findings heading here; rows of a
findings table come whole from findings_tables.
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.finding_continuations import LineContinuations
from exbench.extraction.finding_open import OpenFinding, ended
from exbench.extraction.findings_columns import ColumnsReader
from exbench.extraction.findings_table_rows import TableRowsReader
from exbench.extraction.findings_tables import FindingsTable
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import DocumentContext, Evidence
from exbench.extraction.report_codes import coded_kind
from exbench.extraction.report_criteria import criterion_lead
from exbench.extraction.report_facts import Finding
from exbench.extraction.report_labels import chrome, finding_label, lead_code, note, placeholder
from exbench.extraction.report_layout import (
    finding_code,
    finding_lead,
    lead_criterion,
    lexicon,
    line_key,
    mark_type,
    section_heading,
    unnumbered,
)
from exbench.extraction.text_units import Span

__all__ = ["FindingsReader"]


class FindingsReader(ColumnsReader, TableRowsReader, LineContinuations):
    """The findings read so far and the one being read, with the criterion and kind they fall under."""

    def __init__(self, context: DocumentContext, framework: str | None, page_texts: dict[int, str]) -> None:
        self.context, self.framework, self.page_texts = context, framework, page_texts
        self.criterion: str | None = None
        self.item: str | None = None
        self.section: str | None = None
        self.open: OpenFinding | None = None
        self.findings: list[Finding] = []
        self.finding_criterion: str | None = None  # a criterion named by the open finding's own label
        self.labeled = False  # the findings of this section are introduced by labels
        self.aside: OpenFinding | None = None  # a labeled finding whose text goes on after its neighbour's
        self.prose: int | None = None  # where the unbulleted paragraphs of the current findings heading start
        self.marks: dict[str, str] = {}  # the kind marks of the report's key ("+ strength, – area for improvement")
        self.coded: list[tuple[int, int, tuple[int, int]]] = []  # (finding, table, two-part code) of table rows
        self.table = FindingsTable(framework)
        self.code_letters: str | None = None  # the letters of the running codes under this heading ("KY")
        self.columns = None  # the side-by-side columns being read (findings_columns)
        self.rows = None
        self.bare: frozenset[str] = frozenset()  # lines opening with a bare kind label (a script without capitals)
        self.codes: dict[str, str] = {}  # the kinds of the running codes that tag the report's findings ("GY")
        self.coded_section: str | None = None  # the kind the last running code gave, while no heading gave another
        self.numbered_criterion: str | None = None  # the criterion a heading opened by its number ("Category 7: Results")

    def runs_on(self) -> bool:
        """The next line goes on in lower case: this one opens a paragraph and is no heading ("1.1 Takım, ..." /
        "sorunlarını doğrudan ...")."""
        following = getattr(self, "following", None)
        if following is None or compiled(lexicon()["heading_number"]).match(line_key(following.text)):
            return False  # "a) Strengths": an enumerated heading follows
        return following.text.lstrip()[:1].islower()

    def opens_findings(self, key: str, text: str) -> bool:
        """A line that opens findings: a findings heading, a label, or a kind mark of the report's key."""
        return bool(section_heading(unnumbered(key)) or self.label(key, text) or (self.marks and mark_type(key, self.marks)))

    def label(self, key: str, text: str) -> tuple[str, re.Match[str]] | None:
        """A finding's label opening the line (a bare one where the report tags its findings so)."""
        return finding_label(key, text, text in self.bare)

    def flush(self) -> None:
        """Close the open finding: its text whole, its evidence the part on its first page."""
        if self.open and self.open.spans and self.section and not self.open.note:
            text = " ".join(" ".join(span.text for _, span in self.open.spans).split())
            text = re.sub(lexicon()["bullet"], "", text, count=1) if self.open.bulleted else text
            lead = finding_lead(line_key(text), text)
            if lead:  # "(+) [1.2] ...", "KY-1 (1a) ...", "(Direction) ...": the lead is no part of the text
                self.finding_criterion = self.finding_criterion or lead_criterion(lead)
                text = text[lead.end() :]
            code = finding_code(line_key(text))
            if code:  # "... [1c]": the finding names its own sub-criterion
                self.finding_criterion = self.finding_criterion or code.group("num")
                text = text[: code.start()].rstrip()
            said = compiled(lexicon()["criterion_colon_lead"]).match(line_key(text))
            if said and text[said.end() :].strip():  # "Kriter 4: SCADA ...": the finding names its criterion
                self.finding_criterion, text = self.finding_criterion or said.group("num"), text[said.end() :]
            own = compiled(lexicon()["finding_subcode"]).match(line_key(text))  # "1.2 İdarenin ...": a code cell
            text = text[own.end() :] if own and not own.group("open") and own.group("num") == self.criterion else text
            named = criterion_lead(line_key(text), self.framework, self.finding_criterion is None)
            if named and text[named[1] :].strip():  # "Strategy: ...", "(Strategy) ...": the finding names its criterion
                self.finding_criterion, text = self.finding_criterion or named[0], text[named[1] :].strip()
            page, quote = self.open.quoted(self.page_texts)
            loose = not self.open.bulleted or re.match(r"\s*\d", self.open.spans[0][1].text) is not None  # "8. Scoring"
            heading = loose and not (self.open.labeled or text.endswith(TERMINAL)) and len(text.split()) <= 3
            cells = compiled(lexicon()["findings_header_cell"]).sub(" ", line_key(text))
            heading = heading or not re.search(r"[^\W\d_]", cells) or placeholder(line_key(text))  # a header, "None."
            if text and not heading:  # a few words without a full stop, unbulleted, are a heading ("Feedback")
                self.findings.append(
                    Finding(
                        self.context.subject,
                        self.framework,
                        self.finding_criterion or self.criterion,
                        self.item,
                        self.section,
                        text,
                        Evidence(page, quote),
                    )
                )
                if self.open.bulleted or self.open.labeled:
                    self.prose = None
        self.open = None
        self.finding_criterion = None

    def coded_line(self, key: str, span: Span, page: int) -> bool:
        """A finding opened by a running code of its kind where no heading gave another ("[K4] GY-2 — ...")."""
        found = coded_kind(key, span.text, self.codes) if self.section in (None, self.coded_section) else None
        if not found:
            return False
        self.close_table_row()
        self.set_aside()
        kind, start, criterion = found
        self.section = self.coded_section = kind
        self.labeled, self.finding_criterion = True, criterion
        text = span.text[start:]
        self.open = OpenFinding(page, [(page, Span(span.start + start, span.end, text))], labeled=True)
        if ended(text):
            self.flush()
        return True

    def set_aside(self) -> None:
        """Close the open finding, or set it aside when it is labeled and its text has not ended: beside
        it in a side-by-side column, the next label may open before the rest of its cell is read."""
        self.take_aside()
        if self.open and self.open.labeled and not ended(self.open.spans[-1][1].text):
            self.open.held = (self.section, self.criterion, self.item, self.finding_criterion)
            self.aside, self.open, self.finding_criterion = self.open, None, None
        else:
            self.flush()

    def take_aside(self) -> None:
        """The finding set aside is closed as it was when set aside."""
        if self.aside:
            aside, self.aside = self.aside, None
            now = (self.open, self.section, self.criterion, self.item, self.finding_criterion)
            self.open = aside
            self.section, self.criterion, self.item, self.finding_criterion = aside.held
            self.flush()
            self.open, self.section, self.criterion, self.item, self.finding_criterion = now

    def labeled_finding(self, finding_type: str, match: re.Match[str], span: Span, page: int) -> None:
        """A finding opened by its label ("Strength 3.1 ..."): it runs on until its text ends."""
        running = match.group("running")
        # "(Kriter 3)", "[Strength – Criterion 3]", "1a · Strength", "(1a) Strength.", "S-3.2-01 Strength", "قوت ۱ — معیار ۱": its criterion
        code = next(filter(None, map(match.group, ("crit", "bcrit", "pcode", "bcode", "lcode", "ucrit"))), None)
        if code:
            self.finding_criterion = code
        elif self.table.headed and running and re.fullmatch(r"\d{1,2}", running):
            self.finding_criterion = running  # a row of a kind | criterion | finding table
        elif self.criterion is None and (own := lead_code(match)):
            self.finding_criterion = own  # "strength 3.1", "1a – Strength: ...", "Criterion 6 AFI: ..." outside any
        self.section, self.scores.in_scores, self.labeled = finding_type, False, True
        text = span.text[match.start("text") :]
        self.open = OpenFinding(page, [(page, Span(span.start + match.start("text"), span.end, text))], labeled=True)
        if ended(text):
            self.flush()

    def section_line(self, key: str, span: Span, page: int) -> None:
        """A line under a findings heading: a bullet opens a finding, a paragraph is one."""
        if self.open and not ended(self.open.spans[-1][1].text) and re.fullmatch(r"[\d\s.,%٪/\-–)£$€₺]+[.!?؟]", key):
            self.open.spans.append((page, span))  # "... since" / "2013.", "... above" / "£250,000.": its last word
            self.flush()
            return
        if self.code_alone(key, span, page):
            return
        code = finding_code(key) if not self.open and self.findings and self.findings[-1].criterion_code is None else None
        if code and code.start() == 0 and self.findings[-1].finding_type == self.section:
            self.findings[-1] = replace(self.findings[-1], criterion_code=code.group("num"))  # "... ahead." / "(3.4)"
            return
        if not re.search(r"[^\W\d_]", key) or chrome(key) or self.chrome_wrap(span, page):
            return  # bullets pushed onto a line of their own, a page number, a footer: no finding
        if note(key):  # "Note: ...": the report's aside, read to its end and dropped
            self.set_aside()
            self.open = None if ended(span.text) else OpenFinding(page, [(page, span)], note=True)
            return
        lead = finding_lead(key, span.text)
        if lead and not lead.group("tag"):
            letters = re.sub(r"[\d\-]", "", lead.group("code") or lead.group("mark") or "")
            if self.labeled and self.code_letters is not None and letters != self.code_letters:
                self.open = self.aside = self.section = None  # "A8" under "G" codes: the heading's kind is unsure
                return
            self.code_letters = letters
            self.set_aside()  # "KY-1 ...", "(+) [1.2] ...": a finding opened by its code runs on until its text ends
            if not self.labeled and self.prose is not None and not any(i >= self.prose for i, _, _ in self.coded):
                del self.findings[self.prose :]  # a note on the codes before the first coded finding is no finding
            self.labeled = True
            self.open = OpenFinding(page, [(page, span)], labeled=True)
            if ended(span.text):
                self.flush()
            return
        bullet = compiled(lexicon()["bullet"]).match(key)
        if self.open and self.open.bulleted and not bullet and finding_code(line_key(self.open.spans[-1][1].text)):
            self.flush()  # the bullet closed with its sub-criterion code: what follows is a note, no finding
            return
        if self.labeled and (self.open is None or not self.open.labeled):
            if self.aside and not span.text.lstrip()[:1].isupper():  # the rest of a cell beside the one just read
                self.aside.spans.append((page, span))
                if ended(span.text):
                    self.take_aside()
            return  # findings here are labeled: a line outside one is no finding (a footer, a note)
        if self.open and self.open.labeled and not bullet:
            if self.aside and self.aside.held[0] != self.section and not ended(self.open.spans[-1][1].text):
                self.aside = self.open = None  # two cells side by side both unended: whose line this is is unsure
                return
            self.open.spans.append((page, span))
            if ended(span.text):
                self.flush()
            return
        elif bullet or self.open is None or self.open.page != page and not self.open.bulleted and not self.carried(span):
            self.flush()
            self.open = OpenFinding(page, [(page, span)], bulleted=bool(bullet))
        elif self.titled(span):  # "Değerlendirme Takımı" / "Takım Lideri: ...": a heading of the report's own
            self.open = self.section = None
            return
        else:
            self.open.spans.append((page, span))
        if not self.open.bulleted and ended(span.text):  # a full stop, or the code closing it ("... [Item 1.1]")
            self.flush()

    def code_alone(self, key: str, span: Span, page: int) -> bool:
        """A sub-criterion code alone on its line ("(2.2)", or ")۲-۱(" as a right-to-left print turned its
        brackets) closes the open finding its unended text wrapped from; a turned one names no criterion."""
        if not self.open or ended(self.open.spans[-1][1].text):
            return False
        code = finding_code(key)
        last = line_key(self.open.spans[-1][1].text)
        split = finding_code(last + " " + key) if not code and re.search(r"[(\[]\s*[^\W\d_]*\s*$", last) else None
        if code and code.start() == 0 or split and split.start() < len(last):
            self.open.spans.append((page, span))  # its text's code ("[بخش" / "۴.۴]" too): the finding's criterion (flush)
        elif not re.fullmatch(r"\)\s*\d{1,2}\s*[.\-]\s*\d{1,2}\s*\(", key):
            return False
        self.flush()
        return True

    def emit_cells(self, found: list[tuple[str, str | None, str | None, list[tuple[int, Span]]]]) -> None:
        """Each (kind, criterion, item, cell) of side-by-side columns as a finding, the reader's state kept."""
        now = (self.open, self.section, self.criterion, self.item, self.finding_criterion)
        for kind, criterion, item, cell in found:
            self.open, self.section, self.criterion, self.item = OpenFinding(cell[0][0], cell), kind, criterion, item
            self.finding_criterion = None
            self.flush()
        self.open, self.section, self.criterion, self.item, self.finding_criterion = now
