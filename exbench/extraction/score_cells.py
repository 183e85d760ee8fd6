"""The number cells of one score-table row, put in their columns: rows that left optional
columns empty, rows of a header that reads two ways ("Score %": one column or two), rows
whose running number stands apart from the criterion cell, and points a row states as a
share of its criterion's maximum ("100 | %59": 59 points).
"""

from __future__ import annotations

import re
from itertools import combinations

from exbench.extraction.lexicons import compiled
from exbench.extraction.score_headers import lexicon, value
from exbench.extraction.score_seed import criteria_counts, criterion_maxima, framework_maxima, model_totals

__all__ = [
    "NUMBER",
    "SIGNED",
    "OPTIONAL",
    "RATIO",
    "SHARE",
    "fit_cells",
    "merged_elements",
    "number_to_name",
    "row_lead",
    "scale_as_points",
    "share_points",
    "sides_of",
    "uncaptioned",
    "wider_reading",
    "wrapped_name",
]

# A number cell: "64", "1.000", "63,5", "64%", "%64"; a band ("%55-60", "40–45%") is one cell; a change
# between cycles keeps its sign ("+8", "-3" after a space): a cell of its own, never points (score_row_values).
NUMBER = re.compile(
    r"(?<![\w.,/٫٬+−])(?:(?:\+|(?<=\s)[-–−])(?=\d))?(?:[%٪]\s*)?\d{1,4}(?:[.,٫٬]\d{1,3})?"
    r"(?:[%٪]?[-–]\d{1,3}(?:[.,٫]\d{1,3})?)?\s*[%٪]?(?![\w/])"
)
# A signed cell: a change between two cycles' points, not points.
SIGNED = re.compile(r"\s*[+\-–−]\d")
# Columns a row may leave empty; the others (points, and the maximum where there is one) it must fill.
OPTIONAL = frozenset({"band", "percent", "other", "sub", "element", "compare"})
# A cell that is a ratio or a band ("64%", "%55-60", "40–45%"), never points nor a maximum.
RATIO = re.compile(r"[%٪]|\d[-–]\d")
# A share of a maximum: one percentage, no band.
SHARE = re.compile(r"\s*[%٪]?\s*\d{1,3}(?:[.,]\d{1,2})?\s*[%٪]?\s*")


def _kinds_fit(columns: list[str], cells: list[str]) -> bool:
    """Whether each cell is of its column's kind: a ratio or band only in a percent or band column."""
    return all(
        column in ("other", "element", "compare") or bool(RATIO.search(cell)) == (column in ("percent", "band"))
        for column, cell in zip(columns, cells, strict=True)
    )


def fit_cells(numeric: list[str], cells: list[str], readings: list[list[str]]) -> dict[str, str] | None:
    """The cells of a row with fewer cells than the header's number columns, by column: the other reading of
    the header whose columns they fill exactly ("Item | Weighting | Score %" with "120 | 51%": no points
    column), else the optional columns left empty whose leaving fits every cell's kind ("1000 | 546" under
    "% | Weight | Points"); None unless that is one reading of the points and the maximum."""
    if "sub" in numeric or not cells or len(cells) >= len(numeric):
        return None
    for reading in readings:
        other = [column for column in reading if column != "criterion"]
        if other != numeric and len(other) == len(cells) and "sub" not in other and _kinds_fit(other, cells):
            return dict(zip(other, cells, strict=True))
    optional = [index for index, column in enumerate(numeric) if column in OPTIONAL]
    if len(numeric) - len(cells) > len(optional):
        return None
    fits = []
    for drop in combinations(optional, len(numeric) - len(cells)):
        columns = [column for index, column in enumerate(numeric) if index not in drop]
        if _kinds_fit(columns, cells):
            fits.append(dict(zip(columns, cells, strict=True)))
    found = {(fit.get("points"), fit.get("max")) for fit in fits}
    return fits[0] if len(found) == 1 else None


def merged_elements(numeric: list[str], cells: list[str], readings: list[list[str]]) -> bool:
    """A RADAR sheet's row whose cells span its element columns (results: "40% (relevance and usability)" |
    "30% (performance)" under approach | deployment | assessment) is whole once its last two cells are plain
    numbers (maximum and points) and fewer elements fill the columns one way only."""
    plain = len(cells) >= 2 and not any(RATIO.search(cell) for cell in cells[-2:])
    return "element" in numeric and plain and fit_cells(numeric, cells, readings) is not None


def share_points(values: dict[str, str], criterion: str | None, ordinal: bool) -> tuple[float, float] | None:
    """(points, maximum) of a row that gives a share of a scale and no points ("100 | %59"): the share of the
    maximum or weight cell, where that is a maximum the criterion has in a framework (a row named, not
    numbered: any criterion's), or a model's whole for the total; a weight that is no such scale ("%10") or a
    band ("50–65%") gives none: points are never guessed."""
    share, scale = values.get("percent") or values.get("band") or "", values.get("max") or values.get("other") or ""
    if not SHARE.fullmatch(share) or not RATIO.search(share) or not scale or RATIO.search(scale):
        return None
    maximum = value(scale)
    if criterion is None and ordinal:
        scales = {m for maxima in framework_maxima().values() for m in maxima}
    else:
        scales = set(criterion_maxima(criterion)) if criterion is not None else set(model_totals())
    if maximum not in scales or value(share) > 100:
        return None
    return round(value(share) * maximum / 100, 2), maximum


def scale_as_points(values: dict[str, str], criterion: str | None) -> bool:
    """Whether a row's points cell is its criterion's scale, its percent cell the share it got ("امتیاز معیار |
    درصد" with "100 | 40%"): no maximum column, and the points are a maximum the criterion has in a framework
    of which no framework's maximum makes them the percent given (100 of 200 is 50%: points)."""
    share, points = values.get("percent") or values.get("band", ""), values.get("points", "")  # "Başarı oranı": one share
    if criterion is None or "max" in values or not SHARE.fullmatch(share) or not RATIO.search(share) or RATIO.search(points):
        return False
    maxima, stated, percent = criterion_maxima(criterion), value(points), value(share)
    return stated in maxima and percent < 100 and all(abs(stated * 100 / m - percent) > 0.6 for m in maxima)


def number_to_name(line_key: str, numeric: int) -> str:
    """A row whose running number opens it apart from its criterion cell ("1 | 60 | 100 | Amaç, ..."): the
    number set before the criterion's name ("60 100 1 amaç, ..."), where the rows' criterion cells are read;
    `numeric` is how many number columns the header has."""
    lead = re.match(r"(\d{1,2})\s+", line_key)
    if lead is None or int(lead.group(1)) > max(criteria_counts()):
        return line_key
    name = re.search(r"[^\W\d_]", line_key)
    if name is None or len(NUMBER.findall(line_key)) != numeric + 1:
        return line_key
    return line_key[lead.end() : name.start()] + lead.group(1) + " " + line_key[name.start() :]


def sides_of(columns: list[str], cells: list[str], before: int | None) -> dict[str, str] | None:
    """The cells of a row with cells left empty whose criterion cell stands between number columns
    ("1000 | Overall | | 513"): those before it are the columns' before it, those after the columns'
    after it; None where that cannot be told (the criterion first or last, or no place known); `before`
    is how many of the row's cells stood before its criterion cell."""
    numeric = [c for c in columns if c != "criterion"]
    at = columns.index("criterion") if "criterion" in columns else 0
    if before is None or not 0 < at < len(numeric) or len(cells) >= len(numeric) or "sub" in numeric:
        return None
    values: dict[str, str] = {}
    for named, side in ((numeric[:at], cells[:before]), (numeric[at:], cells[before:])):
        if len(side) < len(named):
            named, side = [c for c in named if c not in OPTIONAL], [c for c in side if not RATIO.search(c)]
        values.update(zip(named, side, strict=False))
    return values


# Words a cell gives in brackets after its number: "40% (relevance and usability)", wrapped or not.
_CAPTION = re.compile(r"(?<=[\d%٪])\s*\([^()\d]*(?:\)|$)")


def uncaptioned(line_key: str, open_caption: bool) -> tuple[str, bool]:
    """A score row's line without the words its cells give in brackets after their numbers (RADAR results'
    elements, "٪۴۰ (مرتبط بودن و قابلیت" / "استفاده)", "30% (performance)"): they name no criterion and hold no
    number. Also whether a caption goes on to the next line (`open_caption`: one went on from the line before)."""
    if open_caption:
        close = line_key.find(")")
        if close < 0 and re.search(r"\d", line_key) is None:
            return "", True
        line_key = line_key[close + 1 :] if close >= 0 else line_key
    still_open = bool((last := list(_CAPTION.finditer(line_key))) and not last[-1].group(0).endswith(")"))
    return _CAPTION.sub(" ", line_key).strip(), still_open


def wrapped_name(line_key: str) -> bool:
    """A line that can be the wrapped part of a row's name: short, and no sentence."""
    return len(line_key) <= 40 and not line_key.rstrip().endswith((".", ";", ":", "!", "?", "؟"))


def wider_reading(readings: list[list[str]], columns: list[str], count: int) -> list[str] | None:
    """The header's reading with as many number columns as a table's first row has numbers, where the reading
    chosen has fewer ("Maximum Points | %" or "Maximum | Points | %"), its criterion where the chosen one has it."""
    place = columns.index("criterion") if "criterion" in columns else None
    for reading in readings:
        numeric = [c for c in reading if c != "criterion"]
        if len(numeric) == count and (reading.index("criterion") if "criterion" in reading else None) == place:
            return reading
    return None


def row_lead(columns: list[str], line_key: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The criterion cell's number of a score-table row where the header puts it: first, or after the cells of
    the columns before it ("38 K1 Liderlik 100", "100 1. Purpose ..."); a number no framework's criterion has
    is none. `found` are the row's number cells."""
    lead = compiled(lexicon()["score_row_lead"])
    before = columns.index("criterion") if "criterion" in columns else None
    if before == 0:
        head = lead.match(line_key)
    else:
        head = None
        if before and len(found) >= before:
            at = found[before - 1].end()
            head = lead.match(line_key, at + len(line_key[at:]) - len(line_key[at:].lstrip()))
        head = head or lead.search(line_key)
    if head and int(head.group("num") or head.group("bare")) > max(criteria_counts()):
        return None  # "55 Category 1": the points cell before the criterion's
    return head
