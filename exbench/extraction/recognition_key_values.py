"""Recognitions a key-value table states: "Applicant | Northmoor Fire and Rescue Service", "Outcome | Recognised by
EFQM – 5 Star (confirmed by the EFQM Validation Panel, 3 March 2025)".

A feedback report's cover, an award body's results card, gives the outcome as a table of two cells a row, with no
verb: the key cell says the value is what was received (`outcome_keys` in the `recognitions` lexicon, the colon a
sentence would have), so a value that names a level is a recognition. Its holder is the value of a row whose key
names the applicant or recipient (`holder_keys`), else the document's organization; its year is the date the value
gives ("confirmed … 3 March 2025"), else the document's. A value that plans, applies or shortlists gives nothing.
Only tables the reader gives as cells are read: a key run into its value in a line of text is no key.
"""

from __future__ import annotations

from exbench.extraction.dates import find_dates
from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.model import DocumentContext, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_level_cells import row_quote
from exbench.extraction.recognition_mentions import document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import gives
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span

__all__ = ["key_value_outcomes"]


def _cell(text: str) -> str:
    return " ".join(text.split())


def _holder(rows: list[tuple[str, ...]], language: str) -> str | None:
    """The organization a holder row names ("Applicant | X"), None when the table has no such row."""
    keys = lexicon().get("holder_keys", {}).get(language, [])
    for key, value in rows:
        if any_match(keys, fold(_cell(key))):
            named = [m for m in find_organizations(_cell(value), language) if m.canonical and not m.self_reference]
            if named and not gives(named[0].canonical, language):
                return named[0].canonical
    return None


def key_value_outcomes(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per outcome row of a two-column table that names a level."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language or ""
        keys = lexicon().get("outcome_keys", {}).get(language, [])
        if not keys:
            continue
        refusals = lexicon()["not_attained"].get(language, [])
        for table in page.tables:
            rows = [row for row in table if len(row) == 2]
            if len(rows) != len(table):
                continue
            for key, value in rows:
                value = _cell(value)
                if not any_match(keys, fold(_cell(key))) or any_match(refusals, fold(value)):
                    continue
                view = SentenceView(Span(0, len(value), value), page.page_number, language, context.reference_date)
                mentions, bodies = mentions_in(view)
                named = [m for m in with_schemes(mentions, bodies, None) if m.scheme]
                if not named:
                    continue
                dated = [d.first.year for d in find_dates(value, language, context.reference_date) if d.first is not None]
                year = dated[0] if dated else document_year(context, language)
                owner = context.owner(_holder(rows, language))
                found.append(named[0].received(owner, year, row_quote(page, (key, value))))
    return found
