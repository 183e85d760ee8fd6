"""Recognitions a page lists as a table: "HEPDAK tarafından akredite edilen programlar", one row per
organization with the span (start and end dates) of each accreditation it holds.

Such a table has no verb per row: the heading says what every row received. A row is an
organization the finder names, followed by lines that hold only dates and durations; each
(start, end) pair of the row is one recognition, dated by its start. Renewals written in
one cell ("01.04.2018 04.04.2020 | 30.09.2020 30.09.2023") give as many spans as pairs, and
the starts are the earliest dates however the cells were read. A page without such a
heading, or a row without a pair of dates, gives nothing.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.dates import find_dates
from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_colon_lists import colon_receivers
from exbench.extraction.recognition_column_tables import column_tables, completes, within_column_table
from exbench.extraction.recognition_cycle_tables import cycle_tables, within_cycle_table
from exbench.extraction.recognition_intros import introduced_lists, past_winners
from exbench.extraction.recognition_key_values import key_value_outcomes
from exbench.extraction.recognition_level_first import level_first_tables, within_level_first
from exbench.extraction.recognition_level_tables import level_tables, within_level_table
from exbench.extraction.recognition_list_tables import list_tables, within_list_table
from exbench.extraction.recognition_name_first import name_first_rows
from exbench.extraction.recognition_outcomes import outcome_rows
from exbench.extraction.recognition_owners import gives
from exbench.extraction.recognition_results import result_rows
from exbench.extraction.recognition_tables import held_tables
from exbench.extraction.recognition_winners import winner_lists
from exbench.extraction.recognition_year_columns import year_last_tables
from exbench.extraction.recognition_year_groups import year_groups

__all__ = ["listed_recognitions"]

_WORD = re.compile(r"[^\W\d_]{2,}")
_DAY_RANGE = re.compile(r"(?<=\d)\s*[-–]\s*(?=\d{1,2}[./]\d{1,2}[./]\d{2,4})")


@cache
def _lexicon() -> dict:
    return load("recognitions")


def _row_text(text: str, start: int, stop: int) -> str:
    """The rest of the organization's line and the lines after it that hold only dates and durations."""
    lines = text[start:stop].split("\n")
    kept = [lines[0]]
    limit = _lexicon()["listing_row_words"]
    for line in lines[1:]:
        if len(_WORD.findall(line)) > limit:
            break
        kept.append(line)
    return "\n".join(kept)


def _starts(row: str, language: str | None) -> list[int]:
    """Years of the starts of the spans a row gives: a range is one span, two single days are one (a start alone, one)."""
    row = _DAY_RANGE.sub(" ", row)  # "1.05.2016-30.09.2018": two days, start and end
    dates = [d for d in find_dates(row, language) if d.first is not None and d.precision == "day"]
    ranges = [d for d in dates if d.last is not None and d.last != d.first]
    days = sorted(d.first for d in dates if d not in ranges)
    starts = [d.first for d in ranges] + days[: (len(days) + 1) // 2]
    return sorted({day.year for day in starts})


def listed_recognitions(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per organization and span of a page that lists what it holds under a heading, per
    organization a page lists as a winner under a level, and per row of a table of what the document's
    organization holds."""
    lexicon = _lexicon()
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language
        if not language:
            continue
        folded = fold(page.text)
        heads = [m for p in lexicon["listing_heads"].get(language, []) for m in compiled(p).finditer(folded)]
        if not heads:
            continue
        first_head = min(m.start() for m in heads)
        mentions = [m for m in find_organizations(page.text, language) if m.canonical and m.start > first_head]
        for index, mention in enumerate(mentions):
            stop = mentions[index + 1].start if index + 1 < len(mentions) else len(page.text)
            row = _row_text(page.text, mention.end, stop)
            for year in _starts(row, language):
                found.append(
                    Recognition(
                        organization=mention.canonical,
                        scheme="other",
                        level=lexicon["listing_level"][language],
                        stars=None,
                        year=year,
                        awarded_on=None,
                        evidence=Evidence(page.page_number, (page.text[mention.start : mention.end] + row).strip()[:300]),
                    )
                )
    found = (
        found
        + winner_lists(pages, context)
        + held_tables(pages, context)
        + year_last_tables(pages, context)
        + introduced_lists(pages, context)
        + past_winners(pages, context)
        + result_rows(pages, context)
        + outcome_rows(pages, context)
        + name_first_rows(pages, context)
        + year_groups(pages, context)
        + key_value_outcomes(pages, context)
        + colon_receivers(pages, context)
    )
    by_list = list_tables(pages, context)  # a results table by receiver and level: its rows, not its lines' readings
    found = [r for r in found if not within_list_table(r, by_list)] + by_list
    by_level = level_tables(pages, context)
    found = [r for r in found if not within_level_table(r, by_level)] + by_level
    by_first = level_first_tables(pages, context)  # "Level | Organisation | Sector": its rows, short forms spelled out
    found = [r for r in found if not within_level_first(r, by_first)] + by_first
    by_cycle = cycle_tables(pages, context)  # a past winners table dates its rows by cycle, not by the page
    found = [r for r in found if not within_cycle_table(r, by_cycle)] + by_cycle
    # any other table of receivers, read by what its columns hold; a row a reader above read stands as read, unless
    # this one only adds the stars of a column that reader did not know, or that reader ran two rows into one
    columns = column_tables(pages, context)
    merged = {id(k) for k in found if sum(within_column_table(r, [k]) for r in columns) > 1}
    known = [k for k in found if id(k) not in merged]
    by_columns = [
        row
        for row in columns
        if all(completes(row, k) for k in known if within_column_table(k, [row]) or within_column_table(row, [k]))
    ]
    found = [r for r in found if id(r) not in merged and not within_column_table(r, by_columns)] + by_columns
    # "2022 | Türkiye Kalite Derneği (KalDer) | Mükemmellikte ...": a giver's column names no holder
    return [r for r in found if not (r.organization and gives(r.organization, context.language or ""))]
