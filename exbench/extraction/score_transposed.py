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
from exbench.extraction.score_seed import criteria_counts, criterion_maxima, model_totals

__all__ = ["criteria_line", "transposed"]

# The rows of the numbers follow the criteria's line within this many lines.
_ROWS_WITHIN = 5
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


def transposed(keys: list[str]) -> list[tuple[int, int, list[ScoreRow]]]:
    """Each transposed score table of these lines, as (first line, last line, its criteria's scores)."""
    tables = []
    for index, key in enumerate(keys):
        columns = criteria_line(key)
        if columns is None:
            continue
        count, total = columns
        rows, totals, names = [], {}, {}
        for offset in range(1, _ROWS_WITHIN + 1):
            row = _cells(keys[index + offset], count + total) if index + offset < len(keys) else None
            if row is None:
                break
            cells, year = row
            names[index + offset] = (keys[index + offset], year)
            rows.append((index + offset, cells[:count]))
            totals[index + offset] = value(cells[-1]) if total and not re.search(r"[%٪]", cells[-1]) else None
        maxima = [
            (line, [value(c) for c in cells])
            for line, cells in rows
            if not any("%" in c or "٪" in c for c in cells)
            and all(value(c) in criterion_maxima(str(n)) for n, c in enumerate(cells, start=1))
            and sum(value(c) for c in cells) in model_totals()
        ]
        if len(maxima) != 1:
            continue
        top_line, top = maxima[0]
        points = [
            (line, [value(c) for c in cells])
            for line, cells in rows
            if line != top_line
            and not any("%" in c or "٪" in c or re.search(r"[.,]", c) for c in cells)
            and all(value(c) <= limit for c, limit in zip(cells, top, strict=True))
        ]
        points = _this_cycle(points, names)
        if len(points) != 1:
            continue
        line, scored = points[0]
        found = [ScoreRow(str(n), p, m, 0, 0) for n, (p, m) in enumerate(zip(scored, top, strict=True), start=1)]
        whole, got = totals.get(top_line), totals.get(line)
        if whole in model_totals() and got is not None and got <= whole:  # the total's column: "... 1000" / "... 505"
            found.append(ScoreRow(None, got, whole, 0, 0))
        tables.append((index, max(line, top_line), found))
    return tables
