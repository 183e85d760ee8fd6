"""A score-table row's number cells read as its points and maximum, the table's header columns given."""

from __future__ import annotations

from exbench.extraction.score_cells import OPTIONAL as _OPTIONAL
from exbench.extraction.score_cells import RATIO as _RATIO
from exbench.extraction.score_cells import SHARE as _SHARE
from exbench.extraction.score_cells import SIGNED as _SIGNED
from exbench.extraction.score_cells import fit_cells, scale_as_points, share_points, sides_of
from exbench.extraction.score_headers import ScoreRow, value
from exbench.extraction.score_seed import criterion_maxima, framework_maxima, model_totals

__all__ = ["required_columns", "row_score", "weighed_shares"]

# A share printed as a whole percent is off by at most half a percent of its weight.
_ROUNDING = 0.005


def required_columns(columns: list[str]) -> list[str]:
    """The columns a row must fill: all but the optional ones, and the percent where no column holds points."""
    numeric = [c for c in columns if c != "criterion"]
    share = "points" not in numeric
    return [c for c in numeric if c not in _OPTIONAL or share and c == "percent"]


def row_score(
    columns: list[str],
    readings: list[list[str]],
    cells: list[str],
    criterion: str | None,
    ordinal: bool = False,
    before: int | None = None,
) -> ScoreRow | None:
    """The row's score, its cells put in the header's columns; None where they cannot be (a misread row)."""
    numeric = [c for c in columns if c != "criterion"]
    if len(cells) > len(numeric):  # "100 40 48 +8" under max, two cycles' points and a change: the change is no cell
        cells = [c for c in cells if not _SIGNED.match(c)] or cells
    named = numeric
    sides = sides_of(columns, cells, before)
    fit = fit_cells(numeric, cells, readings) if sides is None else None
    short = len(cells) < len(numeric)
    if short:
        # Cells left empty (a total's band, a criterion without parts): points and maximum are plain numbers.
        named, cells = required_columns(columns), [c for c in cells if not _RATIO.search(c)]
    # The numbers beside the criterion cell: after it where the header puts it first.
    first = columns[0] == "criterion"
    kept = cells[-len(named) :] if first else cells[: len(named)]
    rest = cells[: len(cells) - len(kept)] if first else cells[len(kept) :]
    values = sides if sides is not None else fit if fit is not None else dict(zip(named, kept, strict=False))
    if _SIGNED.match(values.get("points", "")):
        return None  # "+8" where the points should be: the change column's cell, the row misread
    if "points" in values and scale_as_points(values, criterion):
        values = {
            "percent": values.get("percent") or values["band"],
            "max": values["points"],
        }  # "100 | 40%": the scale, and its share
    shares_only = set(values) == {"percent"} and required_columns(columns) == ["percent"]
    percent_points = set(values) == {"points"} == set(numeric) and bool(_RATIO.search(values["points"]))
    if (ordinal or criterion) and (shares_only or percent_points):
        # "Leadership | 45%", "1 Liderlik | %45" under "% of weight", or printed as a percent under a bare "Score":
        # the share of the criterion's weight, weighed once the table ends
        share = values.get("percent") or values["points"]
        if _SHARE.fullmatch(share) and _RATIO.search(share) and value(share) <= 100:
            return ScoreRow(criterion, value(share), None, 0, 0, ordinal, share=True)
        return None
    if "points" not in values:  # "100 | %59": a share of the criterion's maximum
        share = share_points(values, criterion, ordinal)
        return ScoreRow(criterion, share[0], share[1], 0, 0, ordinal) if share else None
    if "other" in values and "percent" not in values and _RATIO.search(values["points"]):
        # "Ağırlık | Değerlendirme" with "150 | %40": the points printed as a share of the weight beside them
        share = share_points({"percent": values["points"], "other": values["other"]}, criterion, ordinal)
        return ScoreRow(criterion, share[0], share[1], 0, 0, ordinal) if share else None
    if _RATIO.search(values["points"]) or _RATIO.search(values.get("max", "")):
        return None
    points = value(values["points"])
    if criterion is None and short and points in model_totals() and {"other", "max"} & set(numeric):
        return None  # "Total (weighted) | 1000" / "438": the whole's scale alone on its line, the points wrapped below
    if "sub" in numeric:
        subs = [v for c, v in zip(named, kept, strict=False) if c == "sub"] if named is numeric else rest
        if subs and sum(value(v) for v in subs) != points:
            return None  # a criterion's points are its parts' sum: else the cells were misread
        if not subs and "max" in values and criterion and value(values["max"]) not in criterion_maxima(criterion):
            return None  # no parts and a maximum no criterion has: cells of parts, misread as the last two
    maximum = value(values["max"]) if "max" in values else None
    weight = values.get("other", "")
    if criterion is None and not ordinal and maximum is None and weight and not _RATIO.search(weight):
        if 100 < value(weight) not in model_totals():
            return None  # "Enablers total | 500 | 237": a part's total under a weight column, not the whole's
        maximum = value(weight) if value(weight) in model_totals() else None  # weights in percent add up to 100
    if maximum is not None and points > maximum:
        return None
    return ScoreRow(criterion, points, maximum, 0, 0, ordinal)


def weighed_shares(shares: list[ScoreRow], framework: str | None, total: float | None) -> list[ScoreRow]:
    """Criteria 1..n's points from the shares of their weights a table gave (weight_shares): the weights the
    report's framework gives its criteria (else the one set of weights of as many criteria: a report may name an
    award scheme before its model), only where the points add up to the total the report states, within the
    rounding of the shares printed; else none."""
    maxima = framework_maxima()
    if not shares or total is None:
        return []
    fits = [maxima[framework]] if framework in maxima and len(maxima[framework]) == len(shares) else []
    fits = fits or list(dict.fromkeys(w for w in maxima.values() if len(w) == len(shares)))  # a scheme named, not its model
    if len(fits) != 1:
        return []
    if any(row.criterion is not None and row.criterion != str(n) for n, row in enumerate(shares, start=1)):
        return []  # numbered rows weigh only as criteria 1..n in order
    rows = [
        ScoreRow(row.criterion, round(row.points * weight / 100, 2), weight, 0, 0)
        for row, weight in zip(shares, fits[0], strict=True)
    ]
    return rows if abs(sum(row.points for row in rows) - total) <= sum(fits[0]) * _ROUNDING else []


def parts_scale(criterion: str, parts: list[ScoreRow]) -> float | None:
    """The scale of a criterion given by its parts' rows ("1.1 ... 70 38", "1.2 ... 50 25"): their maxima's sum,
    where every part states one and the sum is a maximum the criterion has in a framework (else a part may be
    missing, and the criterion's points cannot be told)."""
    maxima = [p.max_points for p in parts if p.max_points is not None]
    if len(maxima) < len(parts) or sum(maxima) not in criterion_maxima(criterion):
        return None
    return sum(maxima)
