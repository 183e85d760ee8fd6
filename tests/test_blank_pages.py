"""A blank page before the text (a printer's empty cover) changes nothing: the dateline is still found."""

from __future__ import annotations

from datetime import date

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

NEWS = (
    "Akdere, 12 March 2024\n"
    "Akdere Borough Council wins EFQM 4 Star recognition\n"
    "Akdere Borough Council received the Recognised by EFQM 4 Star award this week. "
    "Last year the council was awarded the EFQM Committed to Excellence certificate.\n"
)


def _facts(pages: list[PageInput]) -> tuple:
    facts = extract_document(pages)
    return facts.reference_date, facts.subject, sorted((r.organization, r.level, r.year) for r in facts.recognitions)


def test_a_blank_first_page_leaves_the_dateline_and_the_years_it_resolves():
    alone = _facts([PageInput(1, NEWS, "en")])
    behind_a_blank = _facts([PageInput(1, "", None), PageInput(2, NEWS, "en")])
    assert alone[0] == date(2024, 3, 12)
    assert behind_a_blank == alone
