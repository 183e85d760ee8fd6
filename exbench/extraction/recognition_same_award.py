"""The level just named, named again by the next sentence in other years.

"… Ödülü’nü kazandı. Belediye, aynı ödülü 2021’de de almıştı.": a sentence that names no level of its own but
words for the same award (`same_award`: "aynı ödülü", "the same award", "همین جایزه") and a verb of attainment
gives the level the sentence before named again, in its own years, to the same receiver unless it names one.
"""

from __future__ import annotations

from exbench.extraction.lexicons import any_match
from exbench.extraction.model import Recognition
from exbench.extraction.quotes import quote
from exbench.extraction.recognition_clauses import attained
from exbench.extraction.recognition_mentions import lexicon, mentions_in
from exbench.extraction.recognition_years import year_runs
from exbench.extraction.sentence_view import SentenceView

__all__ = ["same_award_again"]


def same_award_again(found: list[Recognition], following: SentenceView | None, language: str) -> list[Recognition]:
    """ "… Ödülü’nü kazandı. Belediye, aynı ödülü 2021’de de almıştı.": the next sentence gives the level
    just named again ("the same award", "همین جایزه") in other years; the receiver stays, unless it names one."""
    if not found or following is None or not any_match(lexicon()["same_award"].get(language, []), following.folded):
        return []
    if mentions_in(following)[0] or not attained(following, language, found[-1].scheme):
        return []
    years = [year for run in year_runs(following.text, following.folded, following.dates, language) for year in run.years]
    named = [m.canonical for m in following.organizations if m.canonical]
    last = found[-1]
    evidence = quote(following.page, following.span, 0)
    return [
        Recognition(
            **{
                **vars(last),
                "organization": named[0] if named else last.organization,
                "year": year,
                "awarded_on": None,
                "evidence": evidence,
            }
        )
        for year in dict.fromkeys(years)
        if year != last.year
    ]
