"""The year of a numbered edition of an award or festival, told once in the document and then named by its number
alone ("هفتمین جشنواره ... در سال ۱۴۰۲" on the cover, "در هفتمین جشنواره ... تقدیرنامه سه ستاره" in the text).

The patterns are data (`edition_years`, `edition_named` in the `recognitions` lexicon): the first give an
edition's ordinal (group `ord`) and its year (group `y`), the second find an ordinal in a clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.model import PageInput
from exbench.extraction.recognition_mentions import lexicon
from exbench.language import to_ascii_digits

__all__ = ["edition_year", "editions_dated"]


def _year(digits: str) -> int:
    year = int(to_ascii_digits(digits))
    return year + 621 if year < 1900 else year  # a solar year as the labels count it (1402 = 2023)


def editions_dated(pages: Sequence[PageInput], language: str | None) -> tuple[tuple[str, int], ...]:
    """(ordinal, year) of each edition the document dates, one year per ordinal; an ordinal dated twice
    differently is left out."""
    years: dict[str, set[int]] = {}
    for page in pages:
        text = fold(page.text)
        for pattern in lexicon()["edition_years"].get(page.language or language or "", []):
            for match in compiled(pattern).finditer(text):
                years.setdefault(match["ord"], set()).add(_year(match["y"]))
    return tuple((ordinal, found.pop()) for ordinal, found in years.items() if len(found) == 1)


def edition_year(told: str, language: str, editions: Sequence[tuple[str, int]]) -> int | None:
    """The year of the edition a clause (folded) names by its ordinal alone, when the document dated it."""
    dated = dict(editions)
    for pattern in lexicon()["edition_named"].get(language, []):
        match = compiled(pattern).search(told)
        if match and match["ord"] in dated:
            return dated[match["ord"]]
    return None
