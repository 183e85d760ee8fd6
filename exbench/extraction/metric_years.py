"""The year a count is about: its sentence's, "this year" as the document's, its paragraph's, the cycle's or the date's."""

from __future__ import annotations

from exbench.extraction.lexicons import any_match, load
from exbench.extraction.model import DocumentContext
from exbench.extraction.recognition_mentions import document_year
from exbench.extraction.sentence_view import SentenceView


def period_year(view: SentenceView, context: DocumentContext, language: str, paragraph_year: int | None) -> int | None:
    """The year a count is about: the one its sentence names, else the document's when the sentence says "this year"
    (lexicon `this_year`: "ارزیابی امسال با حضور ۷ ارزیاب" under a paragraph that recounts the awards of 1399 and
    1403), else its paragraph's, the report's cycle or the document's date
    (a figure reported without a period is as of it)."""
    own = view.year()
    if own is None and any_match(load("metrics")[language].get("this_year", []), view.folded):
        own = document_year(context, language, view.folded)
    return own or paragraph_year or context.cycle_year or context.as_of_year
