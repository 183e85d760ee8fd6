"""A report's cycle year is the assessment's, not its issue date's: what its title states, the year of its
site visit, a Solar Hijri date's own year, the year before a Gregorian date early in a year; never a
model's edition or a past award named near the top."""

from __future__ import annotations

import datetime

import pytest

from exbench.extraction.cycle_year import cycle_year, stated_years
from exbench.extraction.model import PageInput
from tests.rendered import document_facts


@pytest.mark.parametrize(
    ("batch", "doc_id", "year"),
    [
        ("heldout4", "en_d09", 2024),  # "2024 Feedback Report", issued February 2025
        ("heldout6", "en_f09", 2016),  # site visit November 2016, issued January 2017; "EFQM Excellence Model 2013"
        ("heldout3", "en_c01", 2024),  # site visit March 2024; the cover also says "cargo in 2023"
        ("heldout9", "fa_i09", 2024),  # dated ۲۵ آذر ۱۴۰۳ (December 2024); an earlier award "سال ۱۴۰۱" near the top
        ("heldout5", "fa_e09", 2023),  # "(سال ۱۴۰۲)" in the letter; dated ۱۴۰۲/۱۰/۱۸ (January 2024)
        ("heldout5", "tr_e02", 2023),  # "Kurumsal Mükemmellik Ödülleri 2023", dated 05.01.2024
    ],
)
def test_a_reports_cycle_is_its_assessments_year(batch: str, doc_id: str, year: int) -> None:
    assert document_facts(batch, doc_id).cycle_year == year


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("Assessed against the EFQM Model 2020 in the 2024 cycle", "en", [2024]),
        ("Baldrige Excellence Framework (2023–2024) · Award cycle 2025", "en", [2025]),
        ("ISO 9001:2015 belgesi; 2021'den beri üye; Ödül 2023", "tr", [2023]),
        ("مدل EFQM ۲۰۲۰ · دوره ارزیابی: ۱۴۰۲", "fa", [2023]),
        ("Issued 9 January 2017 · Report 2016", "en", [2016]),
    ],
)
def test_a_year_written_alone_is_no_edition_nor_part_of_a_date(text: str, language: str, years: list[int]) -> None:
    assert stated_years(text, language, datetime.date(2025, 12, 31)) == years


def test_a_report_with_no_year_stated_takes_the_year_before_an_early_issue_date() -> None:
    pages = [PageInput(1, "Feedback Report\nThe applicant's strengths are listed below.", "en")]
    assert cycle_year(pages, None, [], "en", datetime.date(2025, 2, 10)) == 2024
    assert cycle_year(pages, None, [], "en", datetime.date(2025, 6, 10)) == 2025
