"""What sentences tell again of a table's rows: the row dates and names its receiver, the sentence only
repeats or guesses.

A sentence made of a row's words (rows run together, or a row a sentence splitter read as one), a sentence that
names a row's receiver shorter, and a sentence that tells again the star level a row gave its receiver in a
year it does not write are the row's reading, not recognitions of their own. A sentence that tells a level of
its own, in a year it writes out, stays.
"""

from __future__ import annotations

import re
from functools import reduce

from exbench.extraction.model import Recognition
from exbench.extraction.recognition_level_cells import named_in_full, read_on_from_row
from exbench.extraction.recognition_short_rows import row_told_shorter
from exbench.language import to_ascii_digits

__all__ = ["read_apart_from_rows"]


def read_apart_from_rows(found: list[Recognition], rows: list[Recognition], language: str = "") -> list[Recognition]:
    """The recognitions sentences gave, less those read from the words of a table's row that gave the same
    scheme (or from rows run together into one sentence): the row dates it ("2016, 2019, 2022 | Customer
    Service Excellence ..."), the sentence only guessed."""
    printed = [(r.evidence.page, r.scheme, " ".join(r.evidence.quote.split())) for r in rows]
    # a row that printed only its receiver's name (an item of a winners list under its intro) tells no level of its
    # own: a later sentence naming that receiver tells its own ("X also received the label in 2021")
    worded = [line for line, r in zip(printed, rows, strict=True) if line[2] != r.organization]
    same = {(r.organization, r.scheme, r.stars, r.year) for r in rows}  # the same reading stays, as the sentence says it

    def from_rows(r: Recognition) -> bool:
        said = " ".join(r.evidence.quote.split())
        quotes = [quote for page, scheme, quote in printed if page == r.evidence.page and scheme == r.scheme]
        if any(said in quote for quote in quotes):
            return not _told_apart(r, said, rows)
        if any(read_on_from_row(said, quote, r.level) for page, _, quote in worded if page == r.evidence.page):
            return True
        # rows run into the prose under the table ("... 2 Yıldız / X Belediyesi, 2019 yılında ... kazanmış"): the
        # sentence's own receiver, named outside every row of the page, keeps what the prose says of it
        rows_here = [quote for page, _, quote in worded if page == r.evidence.page and quote in said]
        rest = reduce(lambda text, quote: text.replace(quote, " "), rows_here, said)
        # (whatever scheme the row's level took: a festival's row read again by the prose as the national award's)
        return bool(rows_here) and not (r.organization and r.organization in rest)

    return [
        r
        for r in found
        if (r.organization, r.scheme, r.stars, r.year) in same
        or (
            not named_in_full(r, rows)
            and not row_told_shorter(r, rows, language)
            and not from_rows(r)
            and not _row_told_again(r, rows)
        )
    ]


def _row_told_again(sentence: Recognition, rows: list[Recognition]) -> bool:
    """Whether a sentence tells again the star level a row of the page gave its receiver, in a year the sentence
    does not write ("X (فاوا) با چهار ستاره بالاترین سطح را ... گرفت" under the results table): the row's, dated
    by the row, not a second receipt in the year the sentence could only guess."""
    if sentence.stars is None or sentence.year is None:
        return False
    said = to_ascii_digits(sentence.evidence.quote)
    # a Gregorian year or the solar year it falls in, written out
    if any(re.search(rf"(?<!\d){year}(?!\d)", said) for year in (sentence.year, sentence.year - 621, sentence.year - 622)):
        return False
    return any(
        row.evidence.page == sentence.evidence.page
        and (row.organization, row.scheme, row.stars) == (sentence.organization, sentence.scheme, sentence.stars)
        and row.year != sentence.year
        for row in rows
    )


def _told_apart(sentence: Recognition, said: str, rows: list[Recognition]) -> bool:
    """Whether a sentence inside a row's words tells a level of its own: another star level than every row that
    holds it, in a year the sentence writes out ("2024 | Recognised by EFQM – 6 Star | ... had been Recognised by
    EFQM with 5 stars in 2021"): an earlier level the item recalls, not the row's level guessed again."""
    holding = [r for r in rows if r.evidence.page == sentence.evidence.page and said in " ".join(r.evidence.quote.split())]
    return (
        sentence.stars is not None
        and sentence.year is not None
        and all(r.stars is not None and r.stars != sentence.stars and r.year != sentence.year for r in holding)
        and re.search(rf"(?<!\d){sentence.year}(?!\d)", to_ascii_digits(said)) is not None
    )
