"""The year a recognition was received, read from the words around it.

A sentence may date several recognitions ("Committed to Excellence in 2014 and
Recognised for Excellence 3 Star in 2016") or one recognition several times
("2012, 2014, 2019 ve 2021 yıllarında"). Each run of years goes to the mention
it stands nearest to, a clause boundary between them counting as distance. A
year that dates something else (a deadline, a start: "by 2027", "2016'dan
beri", "since 2016") is no year of receipt; the cue words are data in the
`recognitions` lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exbench.extraction.dates import DateMatch, gregorian_cycle
from exbench.extraction.lexicons import compiled, load
from exbench.language import to_ascii_digits

# A clause boundary crossed between a year and a mention costs this many characters of distance.
_BOUNDARY_COST = 60


@dataclass(frozen=True)
class YearRun:
    """One year or a listed series of years, at `start:end` of the sentence."""

    start: int
    end: int
    years: tuple[int, ...]


@cache
def _rules() -> dict:
    return load("recognitions")


def _series_before(text: str, date: DateMatch, separators: str) -> tuple[int, list[int]]:
    """'2012, 2014, 2019 ve' before '2021 yıllarında': the bare years listed before a dated year."""
    years: list[int] = []
    cursor = date.start
    while True:
        head = to_ascii_digits(text[max(0, cursor - 20) : cursor])
        match = re.search(rf"((?:19|20)\d\d|1[34]\d\d)\s*(?:{separators})\s*$", head)
        if not match:
            return cursor, years
        year = int(match.group(1))
        years.insert(0, gregorian_cycle(year))
        cursor = cursor - (len(head) - match.start())


def _series_after(text: str, end: int, separators: str) -> tuple[int, list[int]]:
    """'1396 و 1397' after 'سال‌های 1396': the bare years listed after a dated year."""
    years: list[int] = []
    while True:
        tail = to_ascii_digits(text[end : end + 20])
        match = re.match(rf"\s*(?:{separators})\s*((?:19|20)\d\d|1[34]\d\d)(?![\d.,/:-]\d)", tail)
        if not match:
            return end, years
        year = int(match.group(1))
        years.append(gregorian_cycle(year))
        end += match.end()


_VERBLESS_WORDS = 6
_LEFT = 60


def _held(folded: str, language: str) -> bool:
    """Whether the sentence says something is held ("has held ... since 2015"): its start is its receipt."""
    return any(compiled(p).search(folded) for p in _rules()["held_verbs"].get(language, []))


def receipt_dates(folded: str, dates: list[DateMatch], language: str) -> list[DateMatch]:
    """The dates of a sentence that may date a receipt: no period, deadline or start ("by 2027", "2016'dan beri"),
    except the start of something held ("has held the standard since 2015")."""
    rules = _rules()
    before = [compiled(p) for p in rules["year_not_received_before"].get(language, [])]
    after = [compiled(p) for p in rules["year_not_received_after"].get(language, [])]
    # "گواهینامه ISO 9001 از سال ۱۳۹۷", "ISO 9001 since 2015": a line of a few words with no verb names what is
    # held since then, as a verb of holding would
    held = _held(folded, language) or len(folded.split()) <= _VERBLESS_WORDS
    since = [compiled(p) for p in rules["year_since_before"].get(language, [])] if held else []
    since_after = [compiled(p) for p in rules["year_since_after"].get(language, [])] if held else []  # "2019’dan bu yana"
    kept = []
    for date in dates:
        if date.first is None or date.last is None:
            continue
        if date.precision == "year" and date.last.year - date.first.year > 1:
            continue  # a period ("2024-2028")
        # the words before reach back far enough for a clause that dates a start ("since beginning its excellence
        # journey in 2016"); every cue is anchored at the year
        left, right = folded[max(0, date.start - _LEFT) : date.start], folded[date.end : date.end + 30]
        if (
            any(p.search(left) for p in since)
            or any(p.match(right) for p in since_after)
            or not (any(p.search(left) for p in before) or any(p.match(right) for p in after))
        ):
            kept.append(date)
    # "following an assessment in November 2024, we were awarded ... in January 2025": the assessment's date
    # dates no receipt when another date does; alone ("At its previous assessment in 2021 ...") it still does
    assessed = [compiled(p) for p in rules["year_of_assessment_before"].get(language, [])]
    of_assessment = [d for d in kept if any(p.search(folded[max(0, d.start - 30) : d.start]) for p in assessed)]
    return [d for d in kept if d not in of_assessment] or kept


def _bare_years(text: str, language: str, taken: list[YearRun]) -> list[YearRun]:
    """Years no preposition cues that still date what the sentence names: "(۱۴۰۱)", "Silver Award for 2023"."""
    ascii_text = to_ascii_digits(text)
    runs = []
    for pattern in _rules()["bare_year_cues"].get(language, []):
        for match in compiled(pattern).finditer(ascii_text):
            group = next(g for g in ("y", "sy", "gy") if g in match.groupdict())
            start, end = match.span(group)
            if any(run.start < end and start < run.end for run in taken + runs):
                continue
            # "سال ۹۹": the solar year 1399; "in ’12": 2012
            year = int(match[group]) + {"y": 0, "sy": 1300, "gy": 2000}[group]
            # "(2022, 2023 and 2024)": the years listed after a bare one are the same series
            end, following = _series_after(ascii_text, end, _rules()["year_series_separator"]) if group == "y" else (end, [])
            runs.append(YearRun(start, end, (gregorian_cycle(year), *following)))
    return runs


def year_runs(text: str, folded: str, dates: list[DateMatch], language: str) -> list[YearRun]:
    """The years of a sentence that may date a receipt, each series as one run."""
    separators = _rules()["year_series_separator"]
    runs: list[YearRun] = []
    for date in receipt_dates(folded, dates, language):
        start, listed = _series_before(text, date, separators)
        end, following = _series_after(text, date.end, separators)
        runs.append(YearRun(start, end, (*listed, date.first.year, *following)))
    return runs + _bare_years(folded, language, runs)


def _boundaries(folded: str, start: int, end: int) -> int:
    return len(compiled(_rules()["clause_boundary"]).findall(folded, start, end)) if start < end else 0


def distance(folded: str, run: YearRun, start: int, end: int) -> int:
    """How far a run of years stands from a mention at `start:end` (clause boundaries count extra)."""
    if run.end <= start:
        return start - run.end + _BOUNDARY_COST * _boundaries(folded, run.end, start)
    if run.start >= end:
        return run.start - end + _BOUNDARY_COST * _boundaries(folded, end, run.start)
    return 0
