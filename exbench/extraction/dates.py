"""Find dates, date ranges, months and cued years in tr/fa/en text.

Templates (day-month-year orders, ranges, cued bare years) are code; month
names, cue words and separators are data (each language's `dates` lexicon).
Persian dates are Solar Hijri and are converted with jdatetime. A date without
a year is resolved only from the caller's reference date, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import jdatetime

from exbench.language import BASIC_LATIN, extracted, guess_language, is_arabic_script, load, of_script
from exbench.language import matching_form as normalize

__all__ = ["DateMatch", "find_dates", "jalali_year_span", "normalize_jalali_year"]

_ONE_DAY = dt.timedelta(days=1)
_YEARS = {"gregorian": range(1800, 2201), "jalali": range(1200, 1601)}
_NUMERIC = re.compile(r"(?<![\d.,/-])(?P<a>\d{1,4})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,4})(?!\d|[./-]\d)")


@dataclass(frozen=True)
class DateMatch:
    """A date or range; first/last are None when the year could not be resolved."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    precision: str  # 'day' | 'month' | 'year'
    calendar: str  # 'gregorian' | 'jalali'
    raw: str


def normalize_jalali_year(y: int) -> int:
    """Two-digit Solar Hijri years: 50..99 -> 13xx, 00..49 -> 14xx ("سال ۹۷" is 1397)."""
    if 0 <= y <= 49:
        return 1400 + y
    if 50 <= y <= 99:
        return 1300 + y
    return y


def gregorian_cycle(year: int) -> int:
    """A Solar Hijri year as the Gregorian year it begins in (۱۴۰۲ is 2023), a Gregorian year as it is: a cycle
    or a table's year is the year its assessment ran in, not a date's exact conversion."""
    return year + 621 if year < 1900 else year


def jalali_year_span(year: int) -> tuple[dt.date, dt.date]:
    """Gregorian dates of 1 Farvardin and the last day of Esfand of a Jalali year."""
    return _start("jalali", year, 1, 1), _start("jalali", year + 1, 1, 1) - _ONE_DAY


def _start(calendar: str, y: int, m: int | None, d: int | None) -> dt.date:
    m, d = m or 1, d or 1
    if calendar == "jalali":
        return jdatetime.date(y, m, d).togregorian()
    return dt.date(y, m, d)


def _end(calendar: str, y: int, m: int | None, d: int | None) -> dt.date:
    if d is not None:
        return _start(calendar, y, m, d)
    if m is None or m == 12:
        return _start(calendar, y + 1, 1, 1) - _ONE_DAY
    return _start(calendar, y, m + 1, 1) - _ONE_DAY


def _calendar_year(calendar: str, day: dt.date) -> int:
    return jdatetime.date.fromgregorian(date=day).year if calendar == "jalali" else day.year


def _alt(words: list[str] | dict[str, int]) -> str:
    return "|".join(re.escape(normalize(w)) for w in sorted(words, key=len, reverse=True))


@cache
def _grammar(code: str) -> tuple[dict[str, tuple[int, str]], dict[str, int], list[re.Pattern[str]]]:
    """Month lookup, day-word lookup and the compiled templates of one language."""
    lex = load("dates")[code]
    months = {normalize(k): (v, lex["calendar"]) for k, v in lex["months"].items()}
    months.update({normalize(k): (v, "gregorian") for k, v in lex["gregorian_months"].items()})
    day_words = {normalize(k): v for k, v in lex["day_words"].items()}
    suf, tail, gap = lex["day_suffix"], lex["month_tail"], lex["day_month_gap"]
    dn = rf"(?<![\d.,/])\d{{1,2}}(?!\d){suf}"
    words = f"|(?<![^\\W\\d_])(?:{_alt(day_words)})" if day_words else ""
    day = lambda n: rf"(?P<d{n}>{dn}{words})"  # noqa: E731
    mon = lambda n: rf"(?<![^\W\d_])(?P<m{n}>{_alt(months)})(?:{tail})?(?![^\W\d_])"  # noqa: E731
    year = lambda n: rf"(?P<y{n}>\d{{4}})(?!\d)"  # noqa: E731
    rs = "(?:" + "|".join(lex["range_separators"]) + ")"
    ls = "(?:" + "|".join(lex["range_separators"] + lex["list_separators"]) + ")"
    ys = lex["month_year_gap"]
    this = rf"(?:\s+(?P<this>{_alt(lex['this_year_after'])}))" if lex["this_year_after"] else "(?P<this>(?!))"
    templates = [
        rf"{day(1)}{gap}{mon(1)}{ys}{year(1)}{rs}{day(2)}{gap}{mon(2)}{ys}{year(2)}",
        rf"{day(1)}{gap}{mon(1)}{rs}{day(2)}{gap}{mon(2)}(?:{ys}{year(2)})?",
        rf"(?P<dl>{dn}(?:(?:{ls}|\s*,\s*){dn})*?{ls}{dn}){gap}{mon(1)}(?:{ys}{year(1)})?",
        rf"{day(1)}{gap}{mon(1)}(?:{ys}{year(1)}|{this})?",
        rf"{mon(1)}{rs}{mon(2)}{ys}{year(2)}",
        rf"{mon(1)}(?:{ys}{year(1)}|{this})",
    ]
    if lex["month_first"]:
        templates += [
            rf"{mon(1)}\s+{day(1)}{rs}{mon(2)}\s+{day(2)},?\s+{year(2)}",
            rf"{mon(1)}\s+(?P<dl>{dn}(?:(?:{ls}|\s*,\s*){dn})*?{ls}{dn}),?\s+{year(1)}",
            rf"{mon(1)}\s+{day(1)}(?:,?\s+{year(1)})?(?!\d)",
        ]
    if lex["bare_month"]:
        templates.append(rf"(?<![^\W\d_])(?P<m1>{_alt(months)})(?:{tail})(?![^\W\d_])")
    yy = r"\d{4}|\d{2}" if lex["two_digit_years"] else r"\d{4}"
    years = (
        rf"(?P<y1>{yy})(?!\d)(?:{rs}(?:(?:{_alt(lex['year_prefix'])})\s+)?(?P<y2>{yy})(?!\d))?"
        if lex["year_prefix"]
        else rf"(?P<y1>\d{{4}})(?!\d)(?:{rs}(?P<y2>\d{{4}})(?!\d))?"
    )
    if lex["year_prefix"]:
        templates.append(rf"(?<![^\W\d_])(?:{_alt(lex['year_prefix'])})\s+{years}")
    if lex["year_preposition"]:
        templates.append(rf"(?<![^\W\d_])(?:{_alt(lex['year_preposition'])})\s+(?P<body>{years})")
    suffixes = "|".join(lex["year_suffix"]) or "(?!)"
    greg = "|".join(lex["gregorian_year_suffix"]) or "(?!)"
    four = years.replace(r"|\d{2}", "")
    templates.append(rf"(?<![\d.,/])(?P<body>{four}(?:{suffixes}|(?P<greg>{greg})))")
    return months, day_words, [re.compile(t) for t in templates]


@dataclass
class _Parts:
    start: int
    end: int
    calendar: str
    y1: int | None = None
    m1: int | None = None
    d1: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    this_year: bool = False


def _resolve(p: _Parts, reference: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last Gregorian day; raises ValueError for impossible dates."""
    cal = p.calendar
    m2, d2 = p.m2 or p.m1, p.d2 if p.d2 is not None else (p.d1 if p.m2 is None else None)
    y1, y2 = p.y1, p.y2
    later = (m2 or 13, d2 or 0) < (p.m1 or 0, p.d1 or 0)
    if y1 is None and y2 is None:
        if reference is None:
            _start(cal, 1403 if cal == "jalali" else 2024, p.m1, p.d1)  # validates day/month
            return None, None
        y1 = _calendar_year(cal, reference)
        if not p.this_year:
            for back in range(9):
                try:
                    if _start(cal, y1 - back, p.m1, p.d1) <= reference:
                        break
                except ValueError:
                    continue
            y1 -= back
        y2 = y1 + 1 if later else y1
    elif y1 is None:
        y1 = y2 - 1 if later else y2
    elif y2 is None:
        y2 = y1 + 1 if later else y1
    first, last = _start(cal, y1, p.m1, p.d1), _end(cal, y2, m2, d2)
    if last < first or y1 not in _YEARS[cal] or y2 not in _YEARS[cal]:
        raise ValueError("not a date")
    return first, last


def _from_template(m: re.Match[str], text: str, code: str) -> _Parts | None:
    months, day_words, _ = _grammar(code)
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    lex = load("dates")[code]
    if lex["month_capitalized"] and any(not text[m.start(g)].isupper() for g in ("m1", "m2") if g in groups):
        return None
    span = m.span("body") if "body" in groups else m.span()
    p = _Parts(span[0], span[1], lex["calendar"], this_year="this" in groups)
    for n in ("1", "2"):
        if f"m{n}" in groups:
            month, p.calendar = months[groups[f"m{n}"]]
            setattr(p, f"m{n}", month)
        if f"d{n}" in groups:
            raw = groups[f"d{n}"]
            setattr(p, f"d{n}", day_words.get(raw) or int(re.match(r"\d+", raw).group()))
        if f"y{n}" in groups:
            setattr(p, f"y{n}", int(groups[f"y{n}"]))
    if "dl" in groups:
        days = re.findall(r"\d+", groups["dl"])
        p.d1, p.d2, p.m2 = int(days[0]), int(days[-1]), p.m1
    if p.m1 is None:  # a cued bare year: pick its calendar from the number
        p.y1 = normalize_jalali_year(p.y1) if p.y1 < 100 else p.y1
        p.y2 = normalize_jalali_year(p.y2) if p.y2 is not None and p.y2 < 100 else p.y2
        jalali = lex["calendar"] == "jalali" and p.y1 in range(1300, 1500) and "greg" not in groups
        p.calendar = "jalali" if jalali else "gregorian"
        if p.calendar == "gregorian" and p.y1 not in range(1900, 2101):
            return None
    return p


def _from_numeric(m: re.Match[str], order: str) -> _Parts | None:
    a, b, c = (int(m.group(g)) for g in "abc")
    if len(m.group("a")) == 4 and len(m.group("c")) <= 2:
        y, mo, d = a, b, c
    elif len(m.group("c")) == 4 and len(m.group("a")) <= 2:
        if order == "dmy" or a > 12 or a == b:
            y, mo, d = c, b, a
        elif b > 12:
            y, mo, d = c, a, b
        else:
            return None
    else:
        return None
    calendar = "jalali" if 1300 <= y < 1500 else "gregorian" if 1900 <= y <= 2100 else None
    if calendar is None:
        return None
    return _Parts(m.start(), m.end(), calendar, y, mo, d)


def _languages(text: str, language: str | None) -> list[str]:
    """The language given, else those of the text's scripts (Arabic script first, then Latin when A-Z occurs)."""
    if language in load("dates"):
        return [language]
    codes = [entry.code for entry in of_script("Arab", extracted())] if is_arabic_script(text) else []
    latin = [entry.code for entry in of_script("Latn", extracted())]
    return codes + (latin if BASIC_LATIN.search(text) or not codes else [])


def find_dates(text: str, language: str | None, reference: dt.date | None = None) -> list[DateMatch]:
    """All dates in text order, non-overlapping; the longest wins where they overlap."""
    norm = normalize(text)
    candidates: list[tuple[int, int, int, _Parts]] = []
    for code in _languages(text, language):
        for rank, pattern in enumerate(_grammar(code)[2]):
            for m in pattern.finditer(norm):
                parts = _from_template(m, text, code)
                if parts is not None:
                    candidates.append((parts.start, -(parts.end - parts.start), rank, parts))
    lexicon = load("dates")
    order = lexicon[language if language in lexicon else guess_language(text)]["numeric_order"]
    for m in _NUMERIC.finditer(norm):
        parts = _from_numeric(m, order)
        if parts is not None:
            candidates.append((parts.start, -(parts.end - parts.start), -1, parts))
    result: list[DateMatch] = []
    for start, _, _, p in sorted(candidates, key=lambda c: c[:3]):
        if result and start < result[-1].end:
            continue
        try:
            first, last = _resolve(p, reference)
        except ValueError:
            continue
        precision = "day" if p.d1 else "month" if p.m1 else "year"
        result.append(DateMatch(p.start, p.end, first, last, precision, p.calendar, text[p.start : p.end]))
    return result
