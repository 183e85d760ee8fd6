"""How the lines of a feedback report are told apart: criterion headings, findings headings and labels,
findings-table rows, score tables, and whether a document is a report at all (from its structure, never its
title). Every word is lexicon data (`reports.json` of each language); patterns are matched on `line_key`:
folded text with ASCII digits, whose offsets are the page's.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.findings_inline import names_criteria_inline
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import PageInput
from exbench.extraction.report_codes import coded_kind, kind_codes
from exbench.extraction.report_criteria import coded_heading, criterion_by_name, criterion_heading, criterion_named
from exbench.extraction.report_criteria import titled_heading as titled
from exbench.extraction.report_header_wraps import header_readings_of
from exbench.extraction.report_inline_labels import label_lines
from exbench.extraction.report_labels import bare_labels, finding_label
from exbench.extraction.report_lexicon import lexicon, line_key
from exbench.extraction.report_marks import cell_mark, legend, legend_lines, legend_marks, mark_type, named_mark
from exbench.extraction.report_sections import joined_headings, section_heading, unbulleted_headings, unnumbered
from exbench.extraction.report_verdicts import worded_report
from exbench.extraction.report_wrapped import report_lines
from exbench.extraction.score_headers import header_columns
from exbench.extraction.score_named import named_scores
from exbench.extraction.score_statements import floating_scores, stated_criteria
from exbench.extraction.score_tables import ScoreTable
from exbench.extraction.score_transposed import transposed
from exbench.extraction.score_unstacked import unstacked
from exbench.extraction.text_units import Span, lines

__all__ = [
    "bare_labels",
    "closing_heading",
    "criterion_by_name",
    "criterion_heading",
    "criterion_named",
    "ending_heading",
    "coded_heading",
    "finding_code",
    "finding_lead",
    "findings_header",
    "header_part",
    "header_short",
    "is_report",
    "lead_criterion",
    "legend",
    "legend_lines",
    "lexicon",
    "line_key",
    "mark_type",
    "report_spans",
    "score_header",
    "score_rows",
    "parted_header",
    "section_heading",
    "side_by_side",
    "table_row_type",
    "table_type",
    "titled",
    "unnumbered",
]


def report_spans(pages: list[PageInput]) -> list[tuple[Span, int]] | None:
    """Every line of a report with its page number, None for a document that is no report; a report whose
    criterion headings only read whole from a narrow cell's wrapped lines is read with those lines joined."""
    split = lines if pages and is_report(pages) else report_lines if pages and is_report(pages, wrapped=True) else None
    if split is None:
        return None
    paged = [(span, page.page_number) for page in pages for span in split(page.text)]
    texts = {page.page_number: page.text for page in pages}
    return unbulleted_headings(label_lines(joined_headings(unstacked(paged, texts), texts)))


def is_report(pages: list[PageInput], wrapped: bool = False) -> bool:
    """A feedback report by its structure, never by its title: criterion sections with findings
    headings or labels, a score table whose rows read, or a table of findings; `wrapped`: with criterion
    names a narrow cell wrapped over lines read whole (report_wrapped)."""
    paged = [(span, page.page_number) for page in pages for span in (report_lines if wrapped else lines)(page.text)]
    spans = [span for span, _ in unbulleted_headings(label_lines(paged))]
    keys = [line_key(span.text) for span in spans]
    marks = legend_marks(keys)
    bare = bare_labels(keys, [span.text for span in spans])
    codes = kind_codes(keys, [span.text for span in spans])
    numbered = compiled(lexicon()["numbered_criterion"])
    opens = [
        bool(
            section_heading(unnumbered(k))
            or side_by_side(unnumbered(k))
            or finding_label(k, s.text, s.text in bare)
            or marks
            and mark_type(k, marks)
            or coded_kind(k, s.text, codes)
        )
        for k, s in zip(keys, spans, strict=True)
    ]
    headed = compiled(lexicon()["numbered_heading"])
    criteria = sum(
        1
        for index, k in enumerate(keys)
        if criterion_heading(k)
        or criterion_by_name(k, None)
        or (lead := finding_lead(k, spans[index].text)) is not None
        and lead_criterion(lead)  # "(+) [1.2] ...", "C1 ..."
        or (coded := coded_kind(k, spans[index].text, codes)) is not None
        and coded[2] is not None  # "S 1.2 ...": its code's
        or finding_code(k) is not None
        and re.search(r"[^\W\d_]", k) is not None  # "... (C1)", "... [1c]": a finding closed by its criterion's code
        or numbered.match(k)
        or named_mark(k, marks, None) is not None  # "1. Purpose, ... & Strategy + The ...": a row's cells run on
        or index + 1 < len(keys)
        and opens[index + 1]
        and (named := criterion_named(k, None)) is not None
        and named[1] >= len(k.rstrip(" :"))  # "Paydaş Algıları" / "+ ...": a criterion headed by its name alone
        or compiled(lexicon()["related_criterion"]).match(k)
        or index + 1 < len(keys)
        and opens[index + 1]
        and titled(k, None, True) is not None  # "People (Criterion 3)" / "Strengths"
        or headed.match(k)
        and index + 1 < len(keys)
        and opens[index + 1]
        and not opens[index]
    )
    sections = sum(opens)
    findings_tables = sum(1 for index in range(len(keys)) if findings_header(keys[max(0, index - 4) : index + 1]))
    rows = sum(1 for k in keys if table_row_type(k, marks))
    return bool(
        criteria >= 2
        and (sections >= 2 or findings_tables or score_rows(keys) >= 2)
        or (findings_tables and rows + sections >= 2 or score_rows(keys) >= 3)
        or criteria >= 2
        and (bool(named_scores("\n".join(keys), None)) or worded_report("\n".join(keys)))  # a scoring profile in
        # prose, or findings told by the assessor's wording under criterion headings
        or criteria >= 2
        and stated_criteria("\n".join(keys)) >= 3  # criteria's scores stated with their scale, in headings or prose
        or bool(floating_scores(["\n".join(keys)], None) or transposed(keys))  # each criterion's scale in order, or on its side
        or names_criteria_inline(keys)  # "در معیار ۴ ...": findings that name their criterion, and their stated counts
    )


def closing_heading(heading: str) -> bool:
    """A findings heading or a heading that closes a part of the report (it ends a score table)."""
    return bool(section_heading(heading) or compiled(lexicon()["section_end"]).match(heading))


def ending_heading(heading: str, text: str) -> bool:
    """A heading that closes the findings ("Summary", "Sonraki Adımlar"): no sentence, and no line a sentence
    goes on in ("findings and rate decisions in open session, ...": a lower-case start)."""
    closing = compiled(lexicon()["section_end"]).match(heading) and not heading.endswith(TERMINAL)
    return bool(closing and not text.lstrip()[:1].islower())


def header_short(key: str) -> bool:
    """A line that could be one cell of a table header wrapped over lines ("Kriter" / "Puan")."""
    return len(key) < 40 and not re.search(r"\d", key) and not key.endswith((".", "!", "?", "؟"))


# A cycle's year heading a column ("2025 Konsensüs", "۱۴۰۳"): the only digits a header's cell holds.
_YEAR = re.compile(r"(?<!\d)(?:19|20|۱۳|۱۴)\d\d(?!\d)")


def header_part(key: str) -> bool:
    """A line that could be a piece of a score table's header wrapped over lines: a short cell, one naming a
    cycle's year ("2025 Konsensüs" / "Puanı"), or the stop a narrow cell parted from its word ("Max" / ".")."""
    return header_short(_YEAR.sub("", key)) or key in (".", ":")


def findings_header(keys: list[str]) -> str | None:
    """The header of a findings table ending at the last of these lines, its cells perhaps wrapped
    over the short lines before it: the longest such header (its first cell may be a running number)."""
    found = None
    for count in range(1, len(keys) + 1):
        if count > 1 and (not header_short(keys[-count]) or criterion_by_name(keys[-count], None)):
            break  # "معیار رهبری" / "علامت شرح یافته": the criterion's heading above a kind | finding header
        windows = header_readings_of(keys[-count:]) if header_short(keys[-1]) else [" ".join(keys[-count:])]
        for window in windows:  # "işare" / "t": a word a narrow cell broke, mended
            if compiled(lexicon()["findings_table_header"]).match(window) and (
                found is None or compiled(lexicon()["findings_table_numbered"]).match(window)
            ):
                found = window
                break
    return found


def score_header(keys: list[str]) -> tuple[list[str], str] | None:
    """The columns of a score-table header whose cells wrapped over the short lines ending here, and its text;
    a numbered scores heading above it ("ج) امتیاز معیارها", "4. Puanlar") is its heading, no cell of it."""
    found = None
    for count in range(2, len(keys) + 1):
        line = keys[-count]
        if not header_short(line) or unnumbered(line) != line and compiled(lexicon()["score_section"]).match(unnumbered(line)):
            break
        text = " ".join(keys[-count:])
        columns = header_columns(text)
        found = (columns, text) if columns else found
    return found


def score_rows(keys: list[str]) -> int:
    """How many rows the score tables of these lines read (a header alone is no table)."""
    count, table = 0, None
    for index, key in enumerate(keys):
        if table is not None:
            belongs, row = table.row(key)
            count += row is not None
            if belongs and not (row and row.criterion is None):
                continue
            count += len(table.ordered())  # rows named, not numbered, as many as a model's criteria
            table = None
        columns = header_columns(key)
        wrapped = score_header(keys[max(0, index - 4) : index + 1])  # the widest reading of a wrapped header
        header = wrapped if wrapped and (not columns or len(wrapped[0]) >= len(columns)) else (columns, key) if columns else None
        if header:
            table = ScoreTable(header[0], header=header[1])
    return count + (len(table.ordered()) if table is not None else 0)


def table_type(words: str, anywhere: bool = True) -> tuple[str, re.Match[str]] | None:
    """The first finding-type cell in a findings-table row (or at its start); a wrapped cell may have lost its spaces."""
    best = None
    for finding_type, pattern in lexicon()["table_types"].items():
        regex = compiled(r"(?<!\w)(?:" + pattern + r")(?!\w)")
        match = regex.search(words) if anywhere else regex.match(words)
        if match and (best is None or match.start() < best[1].start()):
            best = (finding_type, match)
    return best


def table_row_type(key: str, marks: dict[str, str] | None = None) -> tuple[str, int] | None:
    """The type cell of a findings-table row with the criterion's name beside its number, or a
    kind mark of the report's key after the row's codes ("1 1.1 + ...", "۲ ۱-۲ − ...")."""
    row = re.match(r"^(\d{1,2})[.)]?\s+(.+)$", key)
    if not row:
        return None
    if marks:
        coded = re.match(r"^(?:\d{1,3}(?:[.\-]\d{1,2}|[a-e])?\s+){1,2}", key)
        marked = cell_mark(key[coded.end() :], marks) if coded else None
        if marked:
            return marked
    found = table_type(row.group(2))
    return (found[0], found[1].end()) if found else None


def finding_lead(key: str, text: str) -> re.Match[str] | None:
    """What opens a finding's text and is no part of it: a kind mark in brackets ("(+)"), a running code
    in capitals ("KY-1", "A3"), a tag ("(Direction)") and a sub-criterion code ("[1.2]", "(1a)") naming
    the finding's criterion; None when the text opens with none of them."""
    match = compiled(lexicon()["finding_lead"]).match(key)
    if not match or not match.end():
        return None
    code = match.group("code") or match.group("ccode")
    if code and any(char.islower() for char in text[: len(code)]):
        return None  # a running code is written in capitals (or a script without case: "ق ۱"): "to5" is running text
    return match


def lead_criterion(match: re.Match[str]) -> str | None:
    """The criterion a finding's lead names: its bracketed code ("[1.2]", "(K2)") or its opening code ("C1 ...")."""
    return match.group("num") or match.group("cnum") or match.group("unum")


def finding_code(key: str) -> re.Match[str] | None:
    """A sub-criterion code closing a finding ("... [1c]", "... (2a)"): whose finding it is."""
    return compiled(lexicon()["finding_code"]).search(key)


def side_by_side(key: str) -> tuple[str, str] | None:
    """Two findings headings of different kinds on one line ("Strengths Areas for Improvement"): the
    header of two columns side by side, in the order the line gives them (after a criterion's column:
    "زیرمعیار نقاط قوت فرصت‌های بهبود")."""
    lead = _lead_columns(key)  # "زیرمعیار معیار ..."
    key = key[lead.end() :] if lead else key
    for match in re.finditer(r"\s+", key):
        left, right = section_heading(key[: match.start()]), section_heading(key[match.end() :])
        if left and right and left[0] != right[0] and left[1] == match.start() and right[1] == len(key) - match.end():
            return left[0], right[0]
    return None


def _lead_columns(key: str) -> re.Match[str] | None:
    """The criterion's (and sub-criterion's) columns before two kinds' columns in a header."""
    return compiled(r"^(?:(?:" + lexicon()["score_columns"]["criterion"] + r")\s+){1,2}").match(key)


def parted_header(key: str) -> bool:
    """A header of two kinds' columns after a criterion's and a sub-criterion's ("معیار زیرمعیار نقاط قوت ..."):
    each row opens with the criterion's name, then the sub-criterion's code or a dash for none."""
    lead = _lead_columns(key)
    return bool(lead and len(lead.group(0).split()) >= 2 and side_by_side(key))
