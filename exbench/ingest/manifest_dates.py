"""Dates and years of the manifest: ISO as written, other unambiguous forms and the Solar Hijri calendar converted."""

from __future__ import annotations

import datetime as dt
import re

import jdatetime

from exbench.ingest.input_warnings import shown
from exbench.language.digits import to_ascii_digits

YEARS = range(1900, 2101)
SOLAR_HIJRI_YEARS = range(1300, 1500)
SOLAR_HIJRI_OFFSET = 621  # 1 Farvardin 1401 falls in March 2022
# YYYY-MM-DD; year first with / or .; day first with dots; year last with / or -
_DATE_FORMS = tuple(
    re.compile(pattern, re.ASCII)
    for pattern in (
        r"(\d{4})-(\d{2})-(\d{2})",
        r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})",
        r"(\d{1,2})\.(\d{1,2})\.(\d{4})",
        r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})",
    )
)
_YEAR = re.compile(r"\d{1,30}", re.ASCII)


def _day(year: int, month: int, day: int) -> tuple[dt.date | None, str | None]:
    """The Gregorian day of a written year, month and day: Solar Hijri when the year is one (1300..1499)."""
    try:
        if year in SOLAR_HIJRI_YEARS:
            return jdatetime.date(year, month, day).togregorian(), None
        return dt.date(year, month, day), None
    except ValueError as error:
        return None, str(error)


def _day_month(first: int, second: int) -> tuple[int, int] | None:
    """(day, month) of a year-last date written with / or -, None when either order could be meant (03/04/2021)."""
    if first == second or second > 12 >= first:
        return (second, first) if second > 12 else (first, second)
    if first > 12 >= second:
        return first, second
    return None


def check_published_on(value: str) -> tuple[str | None, str | None]:
    """(clean value, None), (None, why it was dropped) or (converted value, what was converted).

    YYYY-MM-DD is taken as it is. Year first with / or . (2021/02/12), day
    first with dots (12.02.2021, as Turkish and Persian write it) and year last
    with / or - when only one order is possible (25/02/2021) are converted, as
    is a Solar Hijri date (1399-11-24, 1399/11/24); 03/04/2021 could be March
    or April and is dropped.
    """
    text = to_ascii_digits(value)
    iso, year_first, dotted, year_last = (pattern.fullmatch(text) for pattern in _DATE_FORMS)
    if iso or year_first:
        year, month, day = (int(part) for part in (iso or year_first).groups())
        form = "" if iso else "year/month/day"
    elif dotted or year_last:
        first, second, year = (int(part) for part in (dotted or year_last).groups())
        order = (first, second) if dotted else _day_month(first, second)
        if order is None:
            return None, f"{shown(value)} could be day/month or month/day (write YYYY-MM-DD)"
        day, month = order
        form = "day.month.year" if dotted else "day/month/year" if (day, month) == (first, second) else "month/day/year"
    else:
        return None, f"{shown(value)} is not a date (write YYYY-MM-DD)"
    hijri = year in SOLAR_HIJRI_YEARS
    found, problem = _day(year, month, day)
    if found is None:
        return None, f"{shown(value)} is not a real {'Solar Hijri ' if hijri else ''}date ({problem})"
    if not hijri and year not in YEARS:
        return None, f"{shown(value)} is outside the years {YEARS.start}..{YEARS.stop - 1}"
    if hijri:
        return found.isoformat(), f"{shown(value)} looks like a Solar Hijri date; it was read as {found.isoformat()}"
    if form:
        return found.isoformat(), f"{shown(value)} was read as {form}: {found.isoformat()}"
    return found.isoformat(), None


def check_cycle_year(value: str) -> tuple[str | None, str | None]:
    """A Gregorian year; a Solar Hijri one (1300..1499) is converted, with a note saying so."""
    text = to_ascii_digits(value)
    if not _YEAR.fullmatch(text):
        return None, f"{shown(value)} is not a year (write four digits, e.g. 2022)"
    year = int(text)
    if year in SOLAR_HIJRI_YEARS:
        gregorian = year + SOLAR_HIJRI_OFFSET
        return str(
            gregorian
        ), f"{shown(value)} looks like a Solar Hijri year; it was read as {gregorian} (the Gregorian year in which it begins)"
    if year not in YEARS:
        return None, f"{shown(value)} is not a year in {YEARS.start}..{YEARS.stop - 1}"
    return str(year), None
