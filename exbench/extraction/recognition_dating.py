"""Which years date which award mentions of a sentence, and the years a sentence borrows from its neighbours.

The runs of years the sentence holds go to the mention each stands nearest to; a sentence with none may
take the ceremony's year told just before or the day told just after, or a year relative to the document's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import jdatetime

from exbench.extraction.datelines import heading_year
from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import any_match, compiled, load
from exbench.extraction.recognition_mentions import Mention, lexicon, mentions_in
from exbench.extraction.recognition_years import YearRun, distance, year_runs
from exbench.extraction.sentence_view import SentenceView
from exbench.language import to_ascii_digits

__all__ = [
    "ceremony_year",
    "counted_year",
    "dates_a_level_before",
    "fronted_relative_year",
    "later_year",
    "preceding_ceremony_year",
    "relative_year",
    "solar_relative_year",
    "told_so_far",
    "years_by_mention",
]


def years_by_mention(
    view: SentenceView,
    mentions: list[Mention],
    runs: list[YearRun],
) -> dict[int, tuple[int, ...]]:
    """Each run of years goes to the mention it stands nearest to (index of mention -> years); a series
    said to go "respectively" with as many levels after it goes year by year ("۱۳۹۹ و ۱۴۰۱ به ترتیب A و B")."""
    chosen: dict[int, tuple[int, int, YearRun]] = {}
    paired: dict[int, tuple[int, ...]] = {}
    respectively = any_match(lexicon()["respectively"].get(view.language or "", []), view.folded)
    for run in runs:
        following = [index for index, m in enumerate(mentions) if m.start >= run.end and not m.series[1:]]
        if respectively and len(run.years) > 1 and len(following) >= len(run.years):
            paired.update({index: (year,) for index, year in zip(following, run.years, strict=False)})
            continue
        scored = [
            (distance(view.folded, run, m.start, m.end), index)
            for index, m in enumerate(mentions)
            if not (m.start <= run.start and run.end <= m.end)  # "ISO 45001:2018": an edition, no year
        ]
        if not scored:
            continue
        best, index = min(scored)
        if index not in chosen or best < chosen[index][0]:
            chosen[index] = (best, index, run)
    found = {index: run.years for index, (_, _, run) in chosen.items() if index not in paired} | paired
    again = [compiled(p) for p in lexicon()["again_before"].get(view.language or "", [])]
    for earlier, run in zip(runs, runs[1:], strict=False):
        # "named Green Port of the Year in 2019 and again in 2021": the later year is the same level's again
        owner = next((index for index, years in found.items() if earlier.years == years), None)
        if owner is not None and any(p.search(view.folded[earlier.end : run.start]) for p in again):
            found[owner] = (*found[owner], *run.years)
    opening = len(runs) == 1 and len(runs[0].years) == 1 and mentions and runs[0].end <= mentions[0].start
    if opening and not any_match(lexicon()["new_time"].get(view.language or "", []), view.folded):
        # "در آیین پایانی جشنواره در آذر ۱۴۰۲، A تندیس زرین ... و B لوح سه ستاره گرفت": a date that opens the
        # sentence dates all it tells
        found = {index: found.get(index, runs[0].years) for index in range(len(mentions))}
    return found


_YEAR = re.compile(r"(?<![\d.,/:-])((?:19|20)\d\d|1[34]\d\d)(?![\d.,/:-]\d)")


def preceding_ceremony_year(view: SentenceView) -> int | None:
    """The one year of the sentence before, in its paragraph, when both speak of the ceremony ("Ödülleri 2023
    töreni ... yapıldı. Törende X'e ... verildi."): the later sentence tells what was given there."""
    cues = lexicon()["ceremony"]
    if not view.preceding or not any(w in view.folded for w in cues) or not any(w in view.preceding for w in cues):
        return None
    years = {int(y) for y in _YEAR.findall(to_ascii_digits(view.preceding))}
    years = {gregorian_cycle(y) for y in years}
    return years.pop() if len(years) == 1 else None


def told_so_far(view: SentenceView, before: Sequence[SentenceView], year: int) -> bool:
    """Whether `year` is told in the sentence or in one before it in its paragraph (`before`: the sentences
    before it on the page; a sentence with a `preceding` one continues its paragraph). A paragraph's one year
    told only in a later sentence ("… 3 Yıldız düzeyine ulaşmıştır. … Belediye de 2023 döneminde … almıştı")
    dates what that sentence tells, not what came before it."""
    for told in (view, *reversed(before)):
        if year in {d.first.year for d in told.dates if d.first is not None} or heading_year(told.text) == year:
            return True  # "2021" on its own line: a timeline's heading tells the year of the paragraph under it
        if not told.preceding:
            return False  # the paragraph starts here
    return False


def dates_a_level_before(before: Sequence[SentenceView], year: int, preceding: bool) -> bool:
    """Whether `year` is told in an earlier sentence of the paragraph that names a level: the year of that level
    ("İtfaiye, 2022 yılında aldığı ... 3 Yıldız belgesinin ardından ... Kurum, bu değerlendirme sonucunda 4 Yıldız
    seviyesine ulaşmıştır"), which dates nothing the sentences after it tell (`preceding`: the sentence continues
    a paragraph)."""
    for told in reversed(before) if preceding else ():
        if year in {d.first.year for d in told.dates if d.first is not None} and mentions_in(told)[0]:
            return True
        if not told.preceding:
            return False
    return False


def relative_year(clause: str, language: str) -> int | None:
    """A year told relative to the document's ("last year's winner", "geçen yıl", "پارسال"): its offset."""
    for pattern, offset in lexicon()["relative_years"].get(language, {}).items():
        if compiled(pattern).search(clause):
            return offset
    return None


def _later_offset(folded: str, language: str) -> int | None:
    for pattern, offset in lexicon().get("later_years", {}).get(language, {}).items():
        if compiled(pattern).search(folded):
            return offset
    return None


def later_year(
    view: SentenceView, runs: Sequence[YearRun], before: Sequence[SentenceView], told: str, span: tuple[int, int], language: str
) -> tuple[int] | None:
    """ "… arrived in 2012. A year later Westhaven was Committed to Excellence. Two years after that it was
    Recognised …", "2017'de 3 Yıldız; iki yıl sonra 4 Yıldız", "۱۳۹۵: ...؛ دو سال بعد، تقدیرنامه دو ستاره": a year
    told as so many after another, in the clause (`told`) or between the mention before and this one (`span`
    of the folded sentence), counts from the last year told before it: in the sentence (its `runs`), else in
    the paragraph (itself perhaps told so: the chain is followed back); None where none is told."""
    offset = _later_offset(told, language) or _later_offset(view.folded[span[0] : span[1]], language)
    if offset is None:
        return None
    here = [run.years[-1] for run in runs if run.end <= span[1]]
    if here:
        return (here[-1] + offset,)
    total, sentence = offset, view
    for earlier in reversed(before):
        if not sentence.preceding:
            return None  # the paragraph starts at the sentence: no time of its own to count from
        years = [run.years[-1] for run in year_runs(earlier.text, earlier.folded, earlier.dates, language)]
        years = years or [d.first.year for d in earlier.dates if d.first is not None]
        if years:
            return (years[-1] + total,)
        step = _later_offset(earlier.folded, language)
        if step is None:
            return None
        total, sentence = total + step, earlier
    return None


def _past_month(told: str, language: str, reference: date | None) -> tuple[int] | None:
    """ "… went one better in November, when they were awarded 4 Stars" in a page of March 2025: a month told
    with no year, of a receipt told in the past, is its last one before the document's date (November 2024)."""
    months = load("dates").get(language, {}).get("months", {})
    if reference is None:
        return None
    for pattern in lexicon().get("past_month", {}).get(language, []):
        for match in compiled(pattern).finditer(told):
            month = months.get(match.group("month"))
            if month is not None:
                return (reference.year if month <= reference.month else reference.year - 1,)
    return None


def counted_year(
    view: SentenceView,
    runs: Sequence[YearRun],
    before: Sequence[SentenceView],
    told: str,
    span: tuple[int, int],
    language: str,
    reference: date | None,
) -> tuple[int] | None:
    """The year a clause tells without writing it: so many years after one told before (`later_year`), or a
    month gone by (told anywhere in a sentence that writes no date: "… in November, when they were awarded 4
    Stars")."""
    month_told = view.folded if not view.dates else told
    return later_year(view, runs, before, told, span, language) or _past_month(month_told, language, reference)


def fronted_relative_year(folded: str, clause_start: int, language: str) -> int | None:
    """ "This time last year, Lowmarsh was Recognised by EFQM at 3 Star": a relative year in the one phrase
    fronted before the sentence's first clause dates that clause."""
    opening = folded[:clause_start]
    if len(compiled(lexicon()["clause_boundary"]).findall(opening)) != 1:
        return None
    return relative_year(opening, language)


def solar_relative_year(clause: str, language: str, reference: date | None, offset: int) -> int | None:
    """ "اسفند پارسال" in a page of May 2024: a year told relative to the document's counts solar years where
    the language's calendar does (پارسال = 1402), and a solar month named with it gives the Gregorian year
    (Esfand 1402 = March 2024); None where the calendar is the Gregorian one."""
    dates = load("dates").get(language, {})
    if dates.get("calendar") != "jalali" or reference is None:
        return None
    solar = jdatetime.date.fromgregorian(date=reference).year + offset
    month = next((number for name, number in dates.get("months", {}).items() if re.search(rf"(?<!\w){name}(?!\w)", clause)), 1)
    return jdatetime.date(solar, month, 15).togregorian().year


def ceremony_year(view: SentenceView, following: SentenceView | None) -> tuple[int | None, object]:
    """A day in the next sentence when it dates the ceremony ("The labels were presented on 24 November")."""
    if following is None or not any(w in following.folded for w in lexicon()["ceremony"]):
        return None, None
    day = next((d for d in following.dates if d.first is not None and d.precision == "day"), None)
    return (day.first.year, day.first) if day else (None, None)
