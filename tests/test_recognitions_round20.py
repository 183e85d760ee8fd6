"""Round 20 of the recognition rules: award bodies' results pages by level (a table's holder cell, a unit read
whole, the edition's year in the lead)."""

from __future__ import annotations

import datetime

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.recognition_winners import listed_names, winner_lists


def _winners(text: str, language: str, published: datetime.date, tables: tuple = ()) -> set[tuple]:
    page = PageInput(1, text, language, tables)
    return {(r.organization, r.stars, r.year) for r in winner_lists([page], DocumentContext(language, "", None, published))}


def test_a_winners_table_gives_the_holder_cell_not_its_sector() -> None:
    text = (
        "Regional Awards 2024: the results\n"
        "Recognised by EFQM 5 Star\n"
        "Organisation Sector\n"
        "University of Northmoor Higher education\n"
        "Wearside Fire and Rescue Service Public sector\n"
    )
    tables = (
        (
            ("Organisation", "Sector"),
            ("University of Northmoor", "Higher education"),
            ("Wearside Fire and Rescue Service", "Public sector"),
        ),
    )
    found = _winners(text, "en", datetime.date(2024, 11, 29), tables)
    assert found == {("University of Northmoor", 5, 2024), ("Wearside Fire and Rescue Service", 5, 2024)}


def test_a_unit_read_whole_is_not_split_at_its_joiner_and_a_legal_form_keeps_its_stop() -> None:
    assert listed_names("Batı Anadolu Üniversitesi Sağlık Uygulama ve Araştırma Hastanesi", "tr") == [
        "Batı Anadolu Üniversitesi Sağlık Uygulama ve Araştırma Hastanesi"
    ]
    assert listed_names("Trakya Teknik Hizmetler Ltd. Şti.", "tr") == ["Trakya Teknik Hizmetler Ltd. Şti."]


def test_a_results_page_published_in_the_next_year_dates_its_list_by_the_edition_its_lead_names() -> None:
    text = (
        "کد خبر: ۴۸۱۲ · تاریخ انتشار: ۲۲ دی ۱۴۰۳\n"
        "آیین اختتامیه بیست‌ودومین دوره جایزه ملی تعالی سازمانی (۱۴۰۳) برگزار شد و سازمان‌های برگزیده "
        "تندیس و تقدیرنامه‌های خود را دریافت کردند.\n"
        "تقدیرنامه سه ستاره\n"
        "شرکت گاز استان همدان\n"
    )
    found = _winners(text, "fa", datetime.date(2025, 1, 11))
    assert found == {("شرکت گاز استان همدان", 3, 2024)}


def test_a_results_page_whose_lead_states_no_single_year_keeps_the_documents() -> None:
    text = "The 2023 and 2024 winners\nRecognised by EFQM 4 Star\nRedmarsh Borough Council\n"
    assert _winners(text, "en", datetime.date(2025, 2, 1)) == {("Redmarsh Borough Council", 4, 2025)}


def test_a_lead_year_older_than_the_year_before_the_documents_dates_no_list() -> None:
    text = "Founded in 2010, the partnership announces this year's results\nRecognised by EFQM 4 Star\nRedmarsh Borough Council\n"
    assert _winners(text, "en", datetime.date(2025, 2, 1)) == {("Redmarsh Borough Council", 4, 2025)}
