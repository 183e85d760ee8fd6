"""A feedback report's findings read from its tables' cells, where the page text loses which column a
finding stood in.

A table of findings names its columns in its header row: kinds side by side ("Strengths | Areas for
Improvement", "معیار | نقاط قوت | زمینه‌های قابل بهبود"), or a kind column and a text column ("Criterion |
Type | Finding", "Alt kriter | İşaret | Tespit"). The page text gives such a row as one line of its
cells' words, so that two kinds' cells follow one another under one heading; the cells keep them apart.
A row's criterion is its criterion cell's (a number, "معیار ۱: رهبری", a model's criterion name), else the
item code opening the finding ("1.3 – ..."), else the criterion heading just above the table. A table
continuing over a page break without its header keeps the one before's when its columns are as many.

The table's reading replaces the text rules' findings it covers (their text stands in its cells) when it
gives at least as many findings, each with its criterion (report_table_merge); otherwise the text rules' stand. A table
whose header names no kind, and a cell that names none, give nothing: never a guessed kind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.quotes import as_written
from exbench.extraction.report_criteria import criterion_by_name, criterion_heading, criterion_named
from exbench.extraction.report_facts import Finding
from exbench.extraction.report_labels import placeholder
from exbench.extraction.report_layout import section_heading, table_type
from exbench.extraction.report_lexicon import lexicon, line_key
from exbench.language import to_ascii_digits

__all__ = ["cell_criterion", "table_findings"]

Table = tuple[tuple[str, ...], ...]
_MIN_WORDS = 4  # a finding is a sentence, not a label
_HEADING_LINES = 6  # lines above a table searched for its criterion's heading
_HEADING_WORDS = 10  # a heading line is short: a criterion's number and name
_PLACE_WORDS = 4  # a cell's opening words that find it in the page text
_SPANNING_ROWS = 3  # one-cell rows above a table's header that the reader took into it


@cache
def _block() -> dict:
    return load("report_tables")


def _whole(pattern: str, key: str) -> bool:
    return bool(compiled(r"^(?:" + pattern + r")\s*:?$").match(key))


def _columns(row: tuple[str, ...]) -> dict[int, str] | None:
    """The roles of a findings table's header cells (a kind, 'kind', 'text', 'criterion'), or None when
    the row is no such header: it names two kinds, or a kind column and a text column."""
    roles: dict[int, str] = {}
    for at, cell in enumerate(row):
        key = line_key(cell)
        section = section_heading(key)
        named = table_type(key, anywhere=False)
        if section and section[1] >= len(key.rstrip(" :")) or named and named[1].end() >= len(key.rstrip(" :")):
            roles[at] = section[0] if section else named[0]
        elif _whole(lexicon()["findings_kind_column"], key):
            roles[at] = "kind"
        elif _whole(lexicon()["findings_text_column"], key):
            roles[at] = "text"
        elif _whole(lexicon()["score_columns"]["criterion"], key):
            roles[at] = "criterion"
    kinds = [role for role in roles.values() if role not in ("kind", "text", "criterion")]
    if len(set(kinds)) >= 2 and len(kinds) == len(set(kinds)):
        return roles
    if "kind" in roles.values() and "text" in roles.values() and not kinds:
        return roles
    return None


def _row_kind(cell: str) -> str | None:
    """The kind a kind column's cell gives: a kind's name ("Strength", "نقطه قوت") or a mark ("+", "−", "AFI")."""
    key = line_key(cell).strip(" .:")
    for kind, marks in _block()["kind_marks"].items():
        if key in marks:
            return kind
    abbreviation = lexicon().get("kind_abbreviations", {}).get(key)
    if abbreviation:
        return abbreviation
    named = table_type(key, anywhere=False)
    return named[0] if named and named[1].end() >= len(key) else None


def _heading_criterion(key: str, framework: str | None) -> str | None:
    """The criterion a heading names: by the model's name after a section number ("3.1 Amaç, Vizyon ve
    Strateji" is criterion 1 of a report's section 3), else by its number ("Kriter 3:", "معیار ۱: رهبری")."""
    by_name = criterion_by_name(key, framework)
    if by_name:
        return by_name
    heading = criterion_heading(key)
    return re.match(r"\d{1,2}", heading.group("num")).group(0) if heading else None


def cell_criterion(cell: str, framework: str | None) -> str | None:
    """The criterion a row's criterion cell names: "1", "1.2", "1a", "Kriter 3: ...", "معیار ۱: رهبری", a model's name."""
    key = to_ascii_digits(line_key(cell))
    heading = _heading_criterion(key, framework)
    if heading:
        return heading
    number = re.match(r"(?:[^\W\d_]{1,3}\s?)?(\d{1,2})(?:[.\-]\d{1,2}|[a-e])?(?![\d,])", key)
    if number:
        return number.group(1)
    named = criterion_named(key, framework)
    return named[0] if named else None


def _heading_above(page: PageInput, table: Table, framework: str | None) -> str | None:
    """The criterion whose heading stands just above the table on its page ("Kriter 1: Amaç, ..."); the
    table is found in the page text by its first body cell's opening words (its header may be any table's)."""
    first = next((cell for row in table[1:] for cell in row if len(cell.split()) >= 2), "")
    words = first.split()[:_PLACE_WORDS]
    place = re.search(r"\s+".join(map(re.escape, words)), page.text) if words else None
    if place is None:
        return None
    for line in reversed(page.text[: place.start()].rstrip().split("\n")[-_HEADING_LINES:]):
        key = to_ascii_digits(line_key(line))
        heading = _heading_criterion(key, framework)
        named = criterion_named(key, framework, anywhere=False)
        if heading or named:
            return heading or named[0]
    return None


def _pieces(cell: str) -> list[tuple[str | None, str]]:
    """The findings of a cell (several when each opens with a bullet or an item code after a sentence's
    end), each with the criterion its item code names."""
    ascii_cell = to_ascii_digits(cell)  # one character for one: offsets hold
    lead = compiled(r"(?:^|(?<=[.!?؟…»”\"]\s))" + _block()["cell_lead"])
    starts = [m for m in lead.finditer(ascii_cell)]
    if not starts or starts[0].start() > 0:
        starts = [None, *starts]
    found = []
    for index, match in enumerate(starts):
        begin = match.end() if match else 0
        end = starts[index + 1].start() if index + 1 < len(starts) else len(cell)
        item = match and (match.group("item") or match.group("dotted"))
        text = cell[begin:end].strip()
        empty = compiled(_block()["empty_cell"]).match(fold(text)) or placeholder(line_key(text))  # "No area for ... recorded."
        if len(text.split()) >= _MIN_WORDS and not empty:
            found.append((re.match(r"\d{1,2}", item).group(0) if item else None, text))
    return found


def _code_criterion(row: tuple[str, ...], roles: dict[int, str]) -> str | None:
    """Where no column is the criterion's, the criterion a row's code cell names by its item's code ("S-3.2-01 |
    Strength | ..."): a code column the header names as a running number's ("Code", "Kod", "کد") holds it."""
    for at, cell in enumerate(row):
        found = compiled(_block()["code_cell"]).match(to_ascii_digits(line_key(cell))) if at not in roles else None
        if found:
            return found.group("num")
    return None


def _section_row(row: tuple[str, ...], framework: str | None) -> str | None:
    """The criterion a row spanning the table names ("معیار ۱: رهبری" across every column): the rows after it are its."""
    filled = [cell for cell in row if cell.strip()]
    if len(filled) != 1:
        return None
    key = to_ascii_digits(line_key(filled[0]))
    heading = _heading_criterion(key, framework)
    if heading:
        return heading
    named = criterion_named(key, framework, anywhere=False)
    return named[0] if named and named[1] >= len(key.rstrip(" .:")) else None


def _table_findings(
    page: PageInput,
    table: Table,
    roles: dict[int, str],
    body: Table,
    context: DocumentContext,
    framework: str | None,
    carried: str | None = None,
) -> list[Finding]:
    """The findings of a table's body rows under the header whose column roles are given; `carried`: the
    criterion the table's part on the page before ended under."""
    above = _heading_above(page, table, framework) or carried
    kind_at = next((at for at, role in roles.items() if role == "kind"), None)
    criterion_at = next((at for at, role in roles.items() if role == "criterion"), None)
    found = []
    previous: str | None = None  # the criterion cell of the row above
    for row in body:
        section = _section_row(row, framework)
        if section:
            above = section
            continue
        cell = row[criterion_at] if criterion_at is not None and criterion_at < len(row) else None
        if cell is not None and compiled(_block()["same_as_above"]).match(cell):
            cell = previous  # a ditto mark or a cell merged with the one above repeats it
        previous = cell
        row_criterion = cell_criterion(cell, framework) if cell else _code_criterion(row, roles)
        row_kind = _row_kind(row[kind_at]) if kind_at is not None and kind_at < len(row) else None
        for at, role in roles.items():
            kind = row_kind if role == "text" else None if role in ("kind", "criterion") else role
            if kind is None or at >= len(row):
                continue
            for item_criterion, text in _pieces(row[at]):
                criterion = row_criterion or item_criterion or above
                quote = as_written(page.text, text)
                if quote and len(quote.split()) >= min(len(text.split()), _MIN_WORDS):  # words on the page, no cell misread
                    found.append(
                        Finding(context.subject, framework, criterion, None, kind, text, Evidence(page.page_number, quote))
                    )
    return found


def _carried(pages: list[PageInput], before: list[Finding], framework: str | None) -> str | None:
    """The criterion a table's rows after a page break are under: a criterion heading after the last finding
    of the table before (a new table whose header alone stayed on the page before), else that finding's."""
    last = next((f for f in reversed(before) if f.criterion_code), None)
    if last is None:
        return None
    text = next((page.text for page in pages if page.page_number == last.evidence.page), "")
    at = text.find(last.evidence.quote)
    for line in reversed(text[at + len(last.evidence.quote) :].split("\n") if at >= 0 else []):
        key = to_ascii_digits(line_key(line))
        heading = _heading_criterion(key, framework) if len(key.split()) <= _HEADING_WORDS else None
        if heading:
            return heading
    return last.criterion_code


def _continue_row(before: list[Finding], roles: dict[int, str], body: Table) -> Table:
    """The body of a table's part after a page break, its first row taken into the findings of the part before
    where its criterion cell is empty: the rest of the row the break split ("... results are not" /
    "segmented by station type.")."""
    criterion_at = next((at for at, role in roles.items() if role == "criterion"), 0)
    if not body or criterion_at >= len(body[0]) or body[0][criterion_at].strip():
        return body
    for at, role in roles.items():
        rest = " ".join(body[0][at].split()) if at < len(body[0]) else ""
        last = next((i for i in range(len(before) - 1, -1, -1) if role in (before[i].finding_type, "text")), None)
        if rest and last is not None and role not in ("kind", "criterion"):
            before[last] = replace(before[last], text=before[last].text + " " + rest)
    return body[1:]


def _header(table: Table) -> tuple[dict[int, str] | None, Table]:
    """A findings table's column roles and body rows: its first row, or the first after rows that are each one
    cell across the table (a title or a paragraph the reader took into the table from above its header)."""
    for at, row in enumerate(table[: _SPANNING_ROWS + 1]):
        roles = _columns(row)
        if roles is not None:
            return roles, _own_rows(table[at + 1 :], roles)
        if sum(1 for cell in row if cell.strip()) > 1:
            break
    return None, table[1:]


def _own_rows(body: Table, roles: dict[int, str]) -> Table:
    """The body rows under a header, up to a row with cells in columns the header does not name after rows
    that had none: another table the reader joined below (a score table), whose title (a row of one cell
    just before it) is not a finding. A table whose rows fill such a column from the first is left whole."""
    for at, row in enumerate(body):
        if any(cell.strip() and column not in roles for column, cell in enumerate(row)):
            if at == 0:
                return body
            titled = sum(1 for cell in body[at - 1] if cell.strip()) == 1
            return body[: at - 1 if titled else at]
    return body


def table_findings(pages: list[PageInput], context: DocumentContext, framework: str | None) -> list[list[Finding]]:
    """The findings of each table of findings in the report, table by table."""
    tables: list[list[Finding]] = []
    header: tuple[dict[int, str], int] | None = None  # the last findings table's columns, and how many
    for page in pages:
        for number, table in enumerate(page.tables):
            roles, body = _header(table)
            carried = None
            if roles is None and number == 0 and header and max(len(row) for row in table) == header[1]:
                roles, body = header[0], table  # its header stayed on the page before
                carried = _carried(pages, tables[-1], framework)
                body = _continue_row(tables[-1], roles, body)
            if roles is None:
                header = None
                continue
            header = (roles, max(len(row) for row in table))
            tables.append(_table_findings(page, table, roles, body, context, framework, carried))
    return tables
