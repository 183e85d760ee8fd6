"""The header of a table of counts with a column per cycle: which year each column's counts are of.

An award body's statistics set its cycles side by side ("Gösterge | 2021 | 2022 | 2023 | 2024 | 2025 (hedef)",
"شاخص | دوره ۱۴۰۰ | دوره ۱۴۰۱", "Awards cycle | 2021 | ... | 2025 plan"): a column headed by a year, alone or
with the word for a cycle, holds that cycle's counts; a column whose year carries a plan's word (lexicon
`table_counts` `target_column`) holds targets, never counts, and is read past, as is a column with no year
whose header is a plan's or a bound's word ("Target", "Maximum capacity": `target_column`, `bound_column`); a
year may say its counts are the actual ones ("2024 (gerçekleşen)": `actual_column`). A Solar Hijri year is its
Gregorian cycle (1400 is 2021), as the document's cycle is.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.metric_cells import table_lexicon
from exbench.language import to_ascii_digits

_YEAR_IN = re.compile(r"(?<!\d)((?:19|20|13|14)\d\d)(?!\d)")
_MIN_YEARS = 2


def column_years(header: tuple[str, ...], language: str) -> list[int | None] | None:
    """The year of each column after the first (None: a target column, read past), or None when the header is
    no row of cycles: fewer than two year columns, or a cell that is neither a year nor a year's target."""
    years: list[int | None] = []
    for cell in header[1:]:
        year, target = _header_year(cell, language)
        if year is None and _no_count_column(cell, language):
            years.append(None)
            continue
        if year is None:
            return None
        years.append(None if target else year)
    counted = [year for year in years if year is not None]
    if len(counted) < _MIN_YEARS or len(set(counted)) != len(counted):
        return None
    return years


def _header_year(cell: str, language: str) -> tuple[int | None, bool]:
    """(the one year a header cell names, whether it is a target's) or (None, False) when the cell says more
    than a year, the word for a cycle and a plan's word."""
    text = to_ascii_digits(" ".join(cell.split()))
    found = _YEAR_IN.findall(text)
    if len(found) != 1:
        return None, False
    year = _gregorian(int(found[0]), language)
    if year is None:
        return None, False
    rest = fold(_YEAR_IN.sub(" ", text))
    lexicon = table_lexicon(language)
    target = lexicon.get("target_column")
    is_target = bool(target and compiled(target).search(rest))
    if is_target:
        rest = compiled(target).sub(" ", rest)
    for key in ("cycle_column", "actual_column"):
        if lexicon.get(key):
            rest = compiled(lexicon[key]).sub(" ", rest)
    if re.sub(r"[\s()\[\]:.,/–-]+", "", rest):
        return None, False
    return year, is_target


def _no_count_column(cell: str, language: str) -> bool:
    """Whether a header cell with no year heads a column of plans or bounds ("Target", "Maximum capacity",
    "ظرفیت"): no counts of any cycle, read past like a year's target column."""
    text = fold(" ".join(cell.split()))
    if not text or _YEAR_IN.search(to_ascii_digits(text)):
        return False
    lexicon = table_lexicon(language)
    return any(lexicon.get(key) and compiled(lexicon[key]).search(text) for key in ("target_column", "bound_column"))


def _gregorian(year: int, language: str) -> int | None:
    """A Gregorian year as it is; a Solar Hijri one (in a language whose calendar is Jalali) as its cycle's."""
    if 1900 <= year < 2100:
        return year
    if load("dates").get(language, {}).get("calendar") == "jalali" and 1300 <= year < 1500:
        return gregorian_cycle(year)
    return None
