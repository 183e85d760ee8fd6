"""Recognitions a sentence or a heading announces and a list under it names.

"X has been certified to three standards following an audit in February:" then one line per standard
("ISO 9001:2015 – quality management"): the sentence gives the receiver, the verb and the date; each line
that opens with a level is one recognition, and the list ends at the first line that opens with none.
A roll of earlier winners ("Previous Gold winners" / "2021 – Ashby Council; 2022 – Brampton Water Ltd")
gives each year its winner: the heading (`past_winner_heads`) says what they won.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import owners_of
from exbench.extraction.recognition_years import receipt_dates
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines, sentences
from exbench.language import to_ascii_digits

__all__ = ["introduced_lists", "past_winners"]

_BULLETS = "•·▪◦‣–-*\uf0b7 "


def _received(view: SentenceView, language: str) -> bool:
    words = lexicon()
    verbs = words["attained"].get(language, []) + words["iso_attained"].get(language, [])
    return any_match(verbs, view.folded) and not any_match(words["not_attained"].get(language, []), view.folded)


def introduced_lists(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per level a list names under a sentence, ending in a colon, that says who received them."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language
        if not language:
            continue
        page_lines = lines(page.text)
        for sentence in sentences(page.text):
            if not sentence.text.rstrip().endswith(":"):
                continue
            view = SentenceView(sentence, page.page_number, language, context.reference_date)
            if mentions_in(view)[0] or not _received(view, language):
                continue  # a sentence that names its levels itself is read as a sentence
            end = len(view.text)
            owners = owners_of(view, Mention(None, end, end, None), 0, end)
            if not owners:
                continue
            dated = [d for d in receipt_dates(view.folded, view.dates, language) if d.first is not None]
            year = dated[0].first.year if dated else document_year(context, language)
            for line in (line for line in page_lines if line.start >= sentence.end):
                text = line.text.lstrip(_BULLETS)
                item = SentenceView(Span(0, len(text), text), page.page_number, language)
                mentions, bodies = mentions_in(item)
                mentions = with_schemes(mentions, bodies, None)
                if not mentions or mentions[0].start > 0:
                    break
                mention = mentions[0]
                found += [mention.received(context.owner(owner), year, Evidence(page.page_number, line.text)) for owner in owners]
    return found


_YEAR_NAME = re.compile(r"(?:^|[;,،]\s*)((?:19|20)\d\d|1[34]\d\d)\s*[–—:-]\s*([^;،]+)")
_ROLL_LINES = 4  # a roll wraps over a few lines at most


def past_winners(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per year and winner a roll of earlier winners gives, under its heading."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language
        heads = lexicon()["past_winner_heads"].get(language or "", [])
        if not heads:
            continue
        page_lines = lines(page.text)
        for index, line in enumerate(page_lines):
            if len(line.text.split()) > 6 or not any_match(heads, fold(line.text)):
                continue
            roll = " ".join(item.text for item in page_lines[index + 1 : index + 1 + _ROLL_LINES])
            roll = to_ascii_digits(roll.split(". ")[0])  # the roll ends with its sentence
            for match in _YEAR_NAME.finditer(roll):
                names = [m for m in find_organizations(match.group(2), language) if m.canonical]
                if len(names) != 1 or names[0].start > 0:
                    continue  # a cell that is not one name, alone
                year = int(match.group(1))
                found.append(
                    Recognition(
                        **context.owner(names[0].canonical),
                        scheme="other",
                        level=line.text.strip(),
                        stars=None,
                        year=gregorian_cycle(year),
                        awarded_on=None,
                        evidence=Evidence(page.page_number, line.text),
                    )
                )
    return found
