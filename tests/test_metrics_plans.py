"""Counts under a heading of targets or plans are planned, not reported; counts too large for one assessment
are a programme's, and belong to its organizer, never to the applicant the document is about.

Most sentences are written for these tests (invented organizations); two tests read rendered dev PDFs.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.targets import plan_sections

HELDOUT4 = Path(__file__).resolve().parent / "heldout4"


def _facts(text: str, language: str, organization: str | None) -> set[tuple[str | None, str, float]]:
    facts = extract_document([PageInput(1, text, language)], None, organization, datetime.date(2024, 3, 1))
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


def _read(name: str, organization: str) -> set[tuple[str | None, str, float]]:
    from exbench.reading.pdf import read_pdf

    title, pages = read_pdf(HELDOUT4 / "pdf-chromium" / f"{name}.pdf")
    facts = extract_document([PageInput(p.page_number, p.text, p.language) for p in pages], title, organization)
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "3.5 Kalite Çalışmaları\nÖz değerlendirmede 9 iç değerlendirici görev aldı.\n3.6 2025 Yılı Hedefleri\n"
            "Hedef Değer\nİç değerlendirici sayısı 20\nİyileştirme projesi sayısı 15\n3.7 Diğer Bilgiler",
            "tr",
        ),
        (
            "Results\nNine internal assessors took part in the self-assessment.\n\nTargets for 2025\n"
            "Internal assessors 20\nImprovement projects 15",
            "en",
        ),
        ("نتایج\nدر خودارزیابی ۹ ارزیاب داخلی شرکت کردند.\n\nاهداف سال آینده\nارزیاب داخلی ۲۰\nپروژه بهبود ۱۵", "fa"),
    ],
)
def test_a_count_under_a_targets_heading_is_planned_and_the_one_before_it_reported(text, language):
    found = {(code, value) for _, code, value in _facts(text, language, None)}
    assert ("assessors_internal", 9.0) in found
    assert not any(value in (15.0, 20.0) for _, value in found)


def test_a_numbered_targets_section_ends_at_the_next_section_number():
    text = "4.2 2025 Hedefleri\nİç değerlendirici sayısı 20\n4.3 Değerlendirme\nDeğerlendirme ekibi 5 kişiden oluştu."
    ((start, end),) = plan_sections(text, "tr")
    assert text[start:end].strip().endswith("20") and "4.3" not in text[start:end]


def test_targets_set_against_what_was_achieved_are_no_plan():
    assert plan_sections("Targets and results 2023\nImprovement projects 12", "en") == []


def test_an_activity_report_s_targets_table_is_no_metric():
    """tr_d11 (dev half of heldout4): '3.6.5 2024 Yılı Hedefleri' lists 20 internal assessors as a target."""
    found = _read("tr_d11", "Yeşilvadi Belediyesi")
    assert ("Yeşilvadi Belediyesi", "assessors_internal", 14.0) in found
    assert not any(value == 20.0 for _, _, value in found)


def test_counts_too_large_for_one_assessment_are_the_award_body_s_that_speaks():
    """tr_d12 (dev half of heldout4): the chair of KalDer tells the programme's figures in a news item about a
    winner; 187 assessors and 7,120 hours are the association's, not the winner's."""
    found = _read("tr_d12", "Ege Liman İşletmeleri A.Ş.")
    programme = {(org, code) for org, code, value in found if value in (187.0, 7120.0)}
    assert programme == {("Türkiye Kalite Derneği", "assessors"), ("Türkiye Kalite Derneği", "assessment_hours")}


def test_a_programme_count_of_an_award_the_finder_cannot_name_is_nobody_s_rather_than_the_applicant_s():
    text = (
        "شهرداری بندر کیان در این دوره تقدیرنامه سه ستاره دریافت کرد.\n\n"
        "به گفته دبیر جایزه ملی تعالی سازمانی، در این دوره ۸۷ سازمان و شرکت ارزیابی شدند."
    )
    found = _facts(text, "fa", "شهرداری بندر کیان")
    assert not any(org == "شهرداری بندر کیان" for org, code, _ in found if code == "organizations_assessed")


def test_a_municipality_s_own_festival_counts_stay_the_municipality_s():
    text = (
        "معاون شهرداری آبگینه گزارش داد که در جشنواره تعالی شهرداری ۱۹ سازمان و منطقه ارزیابی شدند. "
        "در این دوره ۳۲ ارزیاب داخلی در مجموع ۱۴۲۰ نفر-ساعت ارزیابی انجام دادند."
    )
    found = _facts(text, "fa", "شهرداری آبگینه")
    assert ("شهرداری آبگینه", "assessors_internal", 32.0) in found
