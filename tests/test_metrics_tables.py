"""Counts read from tables of counts in the thirteenth batch's dev pages, as a user's run reads their PDFs: each
number is the metric its column (or row) names, of the organization or unit its row names, for the year its
column, its row or the table's caption gives; columns of days, scores and bands are read past."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading import read_document
from tests.rendered import document_facts

BATCH = Path(__file__).resolve().parent / "heldout13"
ORGANIZER = "سازمان همیاری شهرداری‌های استان سبزدشت"


def _metrics(doc_id: str, printer: str = "chromium") -> frozenset[tuple[str | None, str, float, int | None]]:
    return frozenset(
        (m.organization, m.metric_code, m.value, m.period_year) for m in document_facts("heldout13", doc_id, printer).metrics
    )


@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
def test_a_union_s_table_gives_each_member_its_counts(printer):
    """tr_m02 'Tablo 3.7 – 2024 döneminde ...': Kuruluş | Değerlendirici sayısı | Saha ziyareti (gün) | Güçlü yön |
    İyileştirmeye açık alan | Puan bandı. The visit's days and the score band are no counts; WeasyPrint breaks the
    table over two pages, and its last row, on the second page, is still read under the header."""
    found = _metrics("tr_m02", printer)
    assert {
        ("Serinkaya Belediyesi İtfaiye Müdürlüğü", "assessors", 4.0, 2024),
        ("Serinkaya Belediyesi İtfaiye Müdürlüğü", "strengths", 33.0, 2024),
        ("Serinkaya Belediyesi İtfaiye Müdürlüğü", "improvement_areas", 48.0, 2024),
        ("Dereköy Belediyesi", "improvement_areas", 61.0, 2024),
    } <= found
    assert not any(org == "Akçaova Belediyesi" and value in {3.0, 300.0, 399.0} for org, _, value, _ in found)


def test_a_university_s_units_and_its_totals():
    """tr_m04: a table per unit (Birim | İç değerlendirici | Değerlendirme süresi (saat) | ...): a unit is named in
    full under the university, its hours are internal hours (the table's assessors are internal), the totals row
    is the university's and last round's totals row is last round's; a dash counts nothing."""
    found = _metrics("tr_m04")
    university = "Ege Körfez Üniversitesi"
    assert {
        (f"{university} Tıp Fakültesi", "assessors_internal", 6.0, 2024),
        (f"{university} Tıp Fakültesi", "assessment_hours_internal", 144.0, 2024),
        (f"{university} Kütüphane ve Dokümantasyon Daire Başkanlığı", "strengths", 9.0, 2024),
        (university, "assessment_hours_internal", 486.0, 2024),
        (university, "improvement_areas", 66.0, 2023),
    } <= found
    assert not any(org == university and code.startswith("assessors") for org, code, _, _ in found)


def test_a_trust_s_table_with_years_as_columns():
    """en_m04: 'Westbury and Colne Valley NHS FT | 2022 | 2023 | 2024' over rows of metrics: each year is its
    column's period; the assessors are internal, so the assessor hours are internal hours."""
    found = _metrics("en_m04")
    trust = "Westbury and Colne Valley NHS Foundation Trust"
    assert {
        (trust, "assessors_internal", 22.0, 2022),
        (trust, "assessment_hours_internal", 558.0, 2023),
        (trust, "improvement_projects", 23.0, 2024),
    } <= found
    assert not any(code == "assessment_hours" for _, code, _, _ in found)


@pytest.mark.parametrize("printer", ["chromium", "libreoffice"])
def test_a_persian_union_s_table_of_units(printer):
    """fa_m02: واحد | امتیاز (از ۱۰۰۰) | سطح | تعداد نقاط قوت | تعداد زمینه‌های بهبود, each row a municipality or its
    organization: the score and the level are no counts. LibreOffice draws no rules, so its table is read as the
    page text was read before, and gives no other count."""
    found = _metrics("fa_m02", printer)
    if printer == "chromium":
        assert {
            ("سازمان آتش\u200cنشانی و خدمات ایمنی شهرداری نیک\u200cدشت", "strengths", 38.0, 2023),
            ("شهرداری باغستان", "improvement_areas", 72.0, 2023),
        } <= found
    assert not any(value in {468.0, 402.0, 1000.0} for _, _, value, _ in found)


def test_an_html_page_s_table_gives_the_same_counts():
    """fa_m02 as its HTML page: the table's cells come from the DOM, and its rows give the counts the PDF's do."""
    folder = BATCH / "docs"
    _title, pages = read_document(folder / "fa_m02.html", "text/html")
    facts = extract_document([PageInput(p.page_number, p.text, p.language, p.tables) for p in pages], None, ORGANIZER)
    found = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert {("شهرداری نیک\u200cدشت", "strengths", 47.0), ("شهرداری نیک\u200cدشت", "improvement_areas", 71.0)} <= found
