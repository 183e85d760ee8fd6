"""Recognitions a sentence gives to the receivers it lists after a colon.

"... presented the European Label of Governance Excellence (ELoGE) to four member municipalities: the
Municipality of Kerevo, the Town of Bradisce and the Municipality of Orlovec." The sentence names one level
before the colon and says there who is given it, by a count of receivers ("four member municipalities") or a
verb of giving ("awarded to", `winner_intros`); what follows the colon to the sentence's end is only names
(each with its article). Each name receives the level, dated by the sentence, else by the document. A sentence
that hopes, plans or shortlists (`not_attained`) gives nothing.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.recognition_mentions import document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_winner_lines import listed_names
from exbench.extraction.recognition_years import receipt_dates
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import sentences

__all__ = ["colon_receivers"]

_COLON = re.compile(r":\s+")  # a list's colon, not the one of "ISO 9001:2015"
_FULL_STOP = re.compile(r"[.!?؟]\s*$")
_VERB_REACH = 80  # characters before the level where its verb stands ("will present the European Label of ... (ELoGE)")
_LIST_LINES = 6  # a list of receivers wraps over a few lines at most


def _without_articles(text: str, language: str) -> str:
    """The listed names without the article each opens with ("the Municipality of Kerevo, the Town of ...")."""
    article = lexicon().get("definite_article", {}).get(language)
    if not article:
        return text
    joiners = "|".join(re.escape(j) for j in lexicon()["winner_list_joiners"].get(language, []))
    before = rf"(^|[;,،]\s*|\s(?:{joiners})\s+)" if joiners else r"(^|[;,،]\s*)"
    return re.sub(before + r"(?:" + article.removeprefix(r"\b") + r")", r"\1", text, flags=re.IGNORECASE)


def _listed_part(text: str, start: int) -> int:
    """Where the list after the colon ends: at the sentence's full stop, over the lines a narrow column wraps it
    into (a line ending in an article or a comma, "... the Municipality of Kerevo, the" / "Town of Bradisce", goes on)."""
    end = start
    for line in text[start:].split("\n")[:_LIST_LINES]:
        end += len(line) + 1
        if _FULL_STOP.search(line):
            break
    return min(end, len(text))


def _introduces(before: str, language: str) -> bool:
    """The part before the colon says who is given the level: a count of receivers or a verb of giving to."""
    words = lexicon()
    return any_match(words["unnamed_receivers"].get(language, []) + words["winner_intros"].get(language, []), before)


def _not_given(told: str, language: str) -> bool:
    """The level's verb and what follows it hope, plan or shortlist; the count of receivers ("four member municipalities") is
    no membership."""
    words = lexicon()
    for pattern in words["unnamed_receivers"].get(language, []):
        told = compiled(pattern).sub(" ", told)
    return any_match(words["not_attained"].get(language, []), told)


def colon_receivers(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per name a sentence lists after a colon as the receivers of the one level it names."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language
        if not language:
            continue
        for sentence in sentences(page.text):
            colon = _COLON.search(sentence.text)
            if colon is None or ":" in sentence.text[colon.end() :]:
                continue
            view = SentenceView(sentence, page.page_number, language, context.reference_date)
            before = view.folded[: colon.start()]
            if not _introduces(before, language):
                continue
            mentions, bodies = mentions_in(view)
            mentions = [m for m in with_schemes(mentions, bodies, None) if m.end <= colon.start()]
            if len({(m.scheme, m.level, m.stars) for m in mentions}) != 1 or _not_given(
                before[max(0, mentions[-1].start - _VERB_REACH) :], language
            ):
                continue  # no level, or several (which name got which is not said), or one not given
            listed = sentence.start + colon.end(), _listed_part(page.text, sentence.start + colon.end())
            rest = " ".join(page.text[listed[0] : listed[1]].split())
            names = listed_names(_without_articles(rest, language), language)
            if not names:
                continue
            dated = [
                d for d in receipt_dates(view.folded, view.dates, language) if d.first is not None and d.end <= colon.start()
            ]
            year = dated[0].first.year if dated else document_year(context, language)
            if year is not None and context.reference_date is not None and year > context.reference_date.year:
                continue
            # the words as the page prints them, from the level to the list's end: evidence is checked against the page
            evidence = Evidence(page.page_number, page.text[sentence.start + mentions[-1].start : listed[1]].strip()[:300])
            found += [mentions[0].received(context.owner(name), year, evidence) for name in names]
    return found
