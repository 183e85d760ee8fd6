"""A score table laid on its side: the criteria are its columns ("Criterion 1 2 3 ... 9") and each
row one kind of number ("Available 100 100 ... 150", "Consensus 48 45 ... 53").

Which row holds the points is told by the numbers, not by the rows' names: the maxima are the row
whose cells are each a maximum the criterion has in a framework of the criteria seed and add up to a
model's whole (1000); the points the one other row of whole numbers each within its criterion's
maximum. Where a table also gives an earlier cycle's points ("Awarded 2025" over "Awarded 2022",
"امتیاز دوره قبل (۱۴۰۱)"), a row whose name speaks of an earlier cycle is passed over, and of rows
named by years the latest is this report's. A table where that cannot be told gives nothing.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import compiled
from exbench.extraction.score_headers import YEAR, ScoreRow, lexicon, value
from exbench.extraction.score_seed import criteria_counts, criterion_maxima, framework_maxima, model_totals

__all__ = ["criteria_line", "transposed"]

# The rows of the numbers follow the criteria's line within this many lines.
_ROWS_WITHIN = 5
# A row's name wrapped by the printer stands on at most this many lines above its numbers.
_NAME_LINES = 3
# A column header's cell wrapped one word a line: each line of the criteria's headers is this short.
_HEADER_CELL = 40
_CELL = re.compile(r"(?<![\w.,])(?:\d{1,2}[.,٬]\d{3}|\d{1,4}(?:[.,]\d{1,2})?)\s*[%٪]?(?![\w.,]\d)")


def criteria_line(key: str) -> tuple[int, bool] | None:
    """How many criteria a line names as columns, 1 to n in order ("Criterion 1 2 3 4 5 6 7 8 9",
    "C1 C2 ... C7"), after a caption of up to three words, and whether a total's column ends it ("... 9 Toplam");
    None for any other line."""
    lead = re.match(r"^(?:[^\W\d_]+\s*){0,3}", key)  # "Kriter", "Assessment criterion", "معیارارزیابی"
    labels = compiled(lexicon()["score_total_row"]).finditer(key, lead.end())
    total = next((m for m in labels if m.start() > lead.end() and not key[m.end() :].strip()), None)
    cells = key[lead.end() : total.start() if total else len(key)].split()
    words = {cell for cell in cells if not re.search(r"\d", cell)}
    if len(words) == 1 and cells[1::2] and all(cell in words for cell in cells[1::2]):  # "معیار ۱ معیار ۲ ..."
        cells = cells[::2]
    numbers = [re.fullmatch(r"[^\W\d_]{0,2}(\d{1,2})", cell) for cell in cells]
    if not cells or not all(numbers):
        return None
    found = [int(number.group(1)) for number in numbers]
    return (len(found), bool(total)) if found == list(range(1, len(found) + 1)) and len(found) in criteria_counts() else None


def _cells(key: str, count: int) -> tuple[list[str], int | None] | None:
    """The number cells of a row of the table and the year its name gives: a name of a few words, perhaps
    with a year ("Awarded 2025", "2022 döngüsü", "امتیاز کسب‌شده ۱۴۰۲"), then as many numbers as there
    are criteria."""
    cells = [match.group(0) for match in _CELL.finditer(key)]
    rest = _CELL.sub(" ", key).strip()
    year = None
    if len(cells) == count + 1 and YEAR.fullmatch(cells[0].strip()):
        year, cells = gregorian_cycle(int(cells[0])), cells[1:]
    return (cells, year) if len(cells) == count and len(re.sub(r"[()]", " ", rest).split()) <= 3 else None


def _this_cycle(rows: list[tuple[int, list[float]]], names: dict[int, tuple[str, int | None]]) -> list[tuple[int, list[float]]]:
    """Of rows that could each be the points, this cycle's: not one whose name speaks of an earlier cycle,
    and of rows named by years the latest."""
    earlier = compiled(lexicon()["score_other_cycle"])
    rows = [row for row in rows if not earlier.search(names[row[0]][0])] if len(rows) > 1 else rows
    years = [names[line][1] for line, _ in rows]
    if len(rows) > 1 and None not in years and len(set(years)) == len(years):
        latest = max(years)
        rows = [row for row in rows if names[row[0]][1] == latest]
    return rows


def _maxima_row(key: str) -> tuple[int, bool] | None:
    """How many criteria a row of maxima alone gives, and whether a total's cell ends it ("Maximum 100 100 ...
    150 1000", "Azami Puan" / "100 100 100 200 100 200 200 1000"): each cell a maximum its criterion has, in
    order, adding up to a model's whole (the whole's cell too, where one ends the row). It anchors a table laid
    on its side whose criteria's header cells a printer wrapped one word a line, where no line names them."""
    for count in criteria_counts():
        for total in (True, False):
            row = _cells(key, count + total)
            if row is None or row[1] is not None or any(re.search(r"[%٪.,]", cell) for cell in row[0]):
                continue
            cells = [value(cell) for cell in row[0]]
            whole = sum(cells[:count])
            if (
                all(cell in criterion_maxima(str(n)) for n, cell in enumerate(cells[:count], start=1))
                and whole in model_totals()
                and (not total or cells[-1] == whole)
            ):
                return count, total
    return None


def _rows(keys: list[str], first: int, count: int, total: bool, wrapped: bool) -> list[tuple[int, list[str], str, int | None]]:
    """The number rows from line `first` on, as (line, cells, name, year); where `wrapped`, a row's name may
    stand on up to three short lines above its numbers ("Obtained" / "2014 (for" / "reference)" / "31 30 ...")."""
    rows: list[tuple[int, list[str], str, int | None]] = []
    above: list[str] = []
    index = first
    while index < len(keys) and len(rows) < _ROWS_WITHIN:
        row = _cells(keys[index], count + total)
        if row is None:
            short = len(keys[index].split()) <= 3 and not re.search(r"\d", YEAR.sub(" ", keys[index]))
            if not (wrapped and short and len(above) < _NAME_LINES):
                break
            above.append(keys[index])
            index += 1
            continue
        cells, year = row
        years = [int(y.group(0)) for y in YEAR.finditer(" ".join(above))]
        rows.append((index, cells, " ".join([*above, keys[index]]), year or (gregorian_cycle(years[-1]) if years else None)))
        above, index = [], index + 1
    return rows


def _table(rows: list[tuple[int, list[str], str, int | None]], count: int, total: bool) -> tuple[int, list[ScoreRow]] | None:
    """The criteria's scores of a table's number rows and its last line read, or None where which row holds the
    maxima or this cycle's points cannot be told."""
    names = {line: (name, year) for line, _, name, year in rows}
    totals = {line: value(cells[-1]) if total and not re.search(r"[%٪]", cells[-1]) else None for line, cells, _, _ in rows}
    rows_cells = [(line, cells[:count]) for line, cells, _, _ in rows]
    maxima = [
        (line, [value(c) for c in cells])
        for line, cells in rows_cells
        if not any("%" in c or "٪" in c for c in cells)
        and all(value(c) in criterion_maxima(str(n)) for n, c in enumerate(cells, start=1))
        and sum(value(c) for c in cells) in model_totals()
    ]
    if len(maxima) != 1:
        return None
    top_line, top = maxima[0]
    points = [
        (line, [value(c) for c in cells])
        for line, cells in rows_cells
        if line != top_line
        and not any("%" in c or "٪" in c or re.search(r"[.,]", c) for c in cells)
        and all(value(c) <= limit for c, limit in zip(cells, top, strict=True))
    ]
    points = _this_cycle(points, names)
    if len(points) != 1:
        return None
    line, scored = points[0]
    found = [ScoreRow(str(n), p, m, 0, 0) for n, (p, m) in enumerate(zip(scored, top, strict=True), start=1)]
    whole, got = totals.get(top_line), totals.get(line)
    if whole in model_totals() and got is not None and got <= whole:  # the total's column: "... 1000" / "... 505"
        found.append(ScoreRow(None, got, whole, 0, 0))
    return max(line, top_line), found


def _percent_profile(keys: list[str], index: int) -> tuple[int, list[ScoreRow]] | None:
    """A profile laid on its side whose columns head each criterion with its maximum in brackets ("C1 (max 100)",
    "۶. نتایج مشتریان (۱۵۰)", their cells wrapped over short lines) and whose one row gives each criterion's
    percent of that maximum ("2025 52% 55% ... 39%"): the maxima a framework's in its order, the points each
    percent of its maximum. A row of the maxima's shares of the whole (weights) is none. (first line, scores)"""
    found = [(count, row) for count in criteria_counts() if (row := _cells(keys[index], count)) is not None]
    if len(found) != 1 or not all(re.search(r"[%٪]", cell) for cell in found[0][1][0]):
        return None
    count, percents = found[0][0], [value(cell) for cell in found[0][1][0]]
    first = index
    while first > 0 and len(keys[first - 1]) <= _HEADER_CELL and not re.search(r"[^\d\s][.!?؟]$", keys[first - 1]):
        first -= 1
    bracket = compiled(r"[(\[)\]]\s*(?:(?:" + lexicon()["score_columns"]["max"] + r")\s*)?(\d{2,4})\s*[()\[\]]")
    maxima = tuple(float(m.group(1)) for m in bracket.finditer(" ".join(keys[first:index])))
    if maxima not in framework_maxima().values() or len(maxima) != count:
        return None
    if percents == [round(m * 100 / sum(maxima)) for m in maxima] or any(p > 100 for p in percents):
        return None  # each criterion's weight in the whole, no points
    pairs = enumerate(zip(percents, maxima, strict=True), start=1)
    return first, [ScoreRow(str(n), round(p * m / 100, 1), m, 0, 0) for n, (p, m) in pairs]


def transposed(keys: list[str]) -> list[tuple[int, int, list[ScoreRow]]]:
    """Each transposed score table of these lines, as (first line, last line, its criteria's scores): after a
    line naming the criteria as columns, or from a row of maxima alone where no such line stands above it."""
    tables: list[tuple[int, int, list[ScoreRow]]] = []
    for index, key in enumerate(keys):
        if tables and index <= tables[-1][1]:
            continue  # a row of a table already read
        columns = criteria_line(key)
        anchored = _maxima_row(key) if columns is None else None
        profile = _percent_profile(keys, index) if columns is None and anchored is None else None
        if profile is not None:
            tables.append((profile[0], index, profile[1]))
        if columns is None and anchored is None:
            continue
        count, total = columns or anchored
        start = index + 1 if columns else index
        table = _table(_rows(keys, start, count, total, wrapped=columns is None), count, total)
        if table is not None:
            tables.append((index, *table))
    return tables
