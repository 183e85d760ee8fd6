"""A feedback report's score profile read from its tables' cells, for the criteria the text rules read no score of.

A score table's header names its criterion column and its points column, a maximum, a percent, a weight or
a sector's average beside them, in any order and language (the `reports` lexicon's `score_columns`, read as
the text rules read a header line). Each body row gives the criterion its criterion cell names and the
number in its points column; a total row ("Toplam", "جمع کل") names no criterion and gives nothing. A row
whose points are not one number, or exceed its maximum, gives nothing. The text rules' scores stand: a
table adds only the criteria they missed (a row whose cells the page text ran together), never a second
score of one criterion.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.quotes import as_written
from exbench.extraction.report_facts import Score
from exbench.extraction.report_lexicon import framework_of, lexicon, line_key
from exbench.extraction.report_tables import cell_criterion
from exbench.extraction.score_headers import header_readings
from exbench.extraction.score_seed import model_totals
from exbench.language import to_ascii_digits

__all__ = ["with_table_scores"]

Table = tuple[tuple[str, ...], ...]
_NUMBER = re.compile(r"^(\d{1,4})(?:[.,/٫](\d{1,2}))?$")
_ROLES = ("row_number", "criterion", "max", "percent", "compare", "band", "other", "element", "sub", "points", "obtained")


def _cell_role(cell: str) -> str | None:
    key = line_key(cell)
    columns = lexicon()["score_columns"]
    for role in _ROLES:
        if role in columns and compiled(r"^(?:" + columns[role] + r")\s*:?$").match(key):
            return "points" if role == "obtained" else role
    return None


def _columns(row: tuple[str, ...]) -> list[str | None] | None:
    """Each header cell's role, or None when the row is no score table's header: the text rules' reading
    of the header as one line when it gives one role a cell, else each cell on its own; one criterion
    column and one points column."""
    cells = [cell for cell in row if cell.strip()]
    if len(cells) != len(row):
        return None
    readings = [r for r in header_readings(line_key(" ".join(row))) if len(r) == len(row)]
    roles: list[str | None] = list(readings[0]) if readings else [_cell_role(cell) for cell in row]
    if roles.count("criterion") != 1 or roles.count("points") != 1:
        return None
    return roles


def _number(cell: str) -> float | None:
    match = _NUMBER.match(to_ascii_digits(cell.strip()))
    if not match:
        return None
    return float(f"{match.group(1)}.{match.group(2)}" if match.group(2) else match.group(1))


def _subtotal(cell: str, framework: str | None) -> tuple[str | None, float | None] | None:
    """A total row's criterion cell as (the criterion whose subtotal it is, None for the whole; the maximum it
    states in brackets): "Kriter 1 ara toplam (azami 100)", "Category 1 subtotal: Leadership", "جمع معیار ۱ – رهبری (حداکثر ۱۰۰)", "GENEL TOPLAM
    (azami 1000)"; None for a row that is no total."""
    key = to_ascii_digits(line_key(cell))
    scale = compiled(r"[(\[]\s*(?:" + lexicon()["score_columns"]["max"] + r")\s*[:.]?\s*(\d{2,4})\s*[)\]]").search(key)
    if scale:
        key = key[: scale.start()] + " " + key[scale.end() :]
    label = compiled(lexicon()["score_total_row"]).search(key) or compiled(lexicon()["score_subtotal_row"]).search(key)
    if label is None:  # "Category 1 subtotal: Leadership" by its own word too
        return None
    rest = (key[: label.start()] + " " + key[label.end() :]).strip(" -–:")
    criterion = cell_criterion(rest, framework) if re.search(r"\d", rest) else None
    return criterion, float(scale.group(1)) if scale else None


def _parted_scores(
    page: PageInput, table: Table, at: dict[str, int], context: DocumentContext, framework: str | None
) -> list[Score]:
    """A table of sub-criteria's rows closed by each criterion's subtotal row ("1.1 | 9" ... "Kriter 1 ara toplam
    (azami 100) | 38"): the subtotals are the criteria's points, the parts' rows are read past, and a total row
    that states a model's whole as its maximum gives the total."""
    found: list[Score] = []
    for row in table[1:]:
        total = _subtotal(row[at["criterion"]], framework) if len(row) > max(at.values()) else None
        points = _number(row[at["points"]]) if total else None
        if total is None or points is None or total[1] is not None and points > total[1]:
            continue
        criterion, maximum = total
        if criterion is None and maximum not in model_totals():
            continue  # "Enablers total": a part of the model, not the whole
        quote = as_written(page.text, " ".join(row))
        if quote and criterion not in {s.criterion_code for s in found}:
            found.append(Score(context.subject, framework, criterion, points, maximum, Evidence(page.page_number, quote)))
    return found


def _table_scores(
    page: PageInput, table: Table, roles: list[str | None], context: DocumentContext, framework: str | None
) -> list[Score]:
    at = {role: roles.index(role) for role in ("criterion", "points", "max") if role in roles}
    if any((_subtotal(row[at["criterion"]], framework) or (None,))[0] for row in table[1:] if len(row) == len(roles)):
        return _parted_scores(page, table, at, context, framework)
    found: list[Score] = []
    for row in table[1:]:
        if len(row) != len(roles) or compiled(lexicon()["score_total_row"]).search(line_key(row[at["criterion"]])):
            continue
        criterion = cell_criterion(row[at["criterion"]], framework)
        points = _number(row[at["points"]])
        maximum = _number(row[at["max"]]) if "max" in at else None
        if criterion is None or points is None or maximum is not None and points > maximum:
            continue
        quote = as_written(page.text, " ".join(row))
        if criterion in {s.criterion_code for s in found}:
            return []  # rows of one criterion's items ("1.1", "1.2"): no criterion's profile
        if quote:
            found.append(Score(context.subject, framework, criterion, points, maximum, Evidence(page.page_number, quote)))
    return found


def with_table_scores(pages: list[PageInput], context: DocumentContext, scores: list[Score], report: bool) -> list[Score]:
    """The report's scores with those of its score tables' rows whose criteria the text rules read none of;
    only in a report, one whose text rules read findings or scores (`report`)."""
    if not report or not any(page.tables for page in pages):
        return scores
    framework = framework_of(pages)
    read = {s.criterion_code for s in scores}
    added: list[Score] = []
    header: list[str | None] | None = None  # the last score table's columns
    for page in pages:
        for number, table in enumerate(page.tables):
            roles = _columns(table[0])
            if roles is None and number == 0 and header and all(len(row) == len(header) for row in table):
                roles, table = header, ((), *table)  # its header stayed on the page before
            header = roles
            if roles is None:
                continue
            table_scores = _table_scores(page, table, roles, context, framework)
            if len(table_scores) >= 2 or table_scores and not table[0]:  # a profile (or its rows the page break parted)
                added += [s for s in table_scores if s.criterion_code not in read]
                read |= {s.criterion_code for s in table_scores}
    return scores + added
