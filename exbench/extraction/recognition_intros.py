"""Recognitions a sentence announces and a list under it names: "X has been certified to three
standards following an audit in February:" then one line per standard ("ISO 9001:2015 – quality
management"). The sentence gives the receiver, the verb and the date; each line that opens with a level
is one recognition. The list ends at the first line that opens with none.
"""

from __future__ import annotations

from exbench.extraction.lexicons import any_match
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import owners_of
from exbench.extraction.recognition_years import receipt_dates
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines, sentences

__all__ = ["introduced_lists"]

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
                for owner in owners:
                    found.append(
                        Recognition(
                            **context.owner(owner),
                            scheme=mention.scheme,
                            level=mention.level,
                            stars=mention.stars if mention.scheme != "iso" else None,
                            year=year,
                            awarded_on=None,
                            evidence=Evidence(page.page_number, line.text),
                        )
                    )
    return found
