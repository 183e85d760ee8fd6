"""Counts of a whole award programme are its organizer's; counts of one assessment are the applicant's.

The sentences are written for these tests (invented organizations); one test reads a rendered dev PDF.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

HELDOUT3 = Path(__file__).resolve().parent / "heldout3"


def _facts(text: str, language: str, organization: str | None) -> set[tuple[str | None, str, float]]:
    pages = [PageInput(1, text, language)]
    facts = extract_document(pages, None, organization, datetime.date(2024, 3, 1))
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


def test_a_festival_of_a_municipality_s_units_counts_for_the_municipality_not_the_unit_reported_on():
    unit = "سازمان پارک‌ها و فضای سبز شهرداری بیدستان"
    text = (
        "گزارش ارزیابی سازمان پارک‌ها و فضای سبز شهرداری بیدستان\n\n"
        "در این دوره از جشنواره ۱۸ سازمان و منطقه ارزیابی شدند و ۳۷ ارزیاب داخلی در ارزیابی‌ها همکاری کردند.\n\n"
        "تیم ارزیابی این سازمان از یک سرارزیاب و سه ارزیاب تشکیل شد."
    )
    found = _facts(text, "fa", unit)
    assert ("شهرداری بیدستان", "organizations_assessed", 18.0) in found
    assert ("شهرداری بیدستان", "assessors_internal", 37.0) in found
    assert (unit, "assessors", 4.0) in found
    assert not any(org == unit and code in ("organizations_assessed", "assessors_internal") for org, code, _ in found)


def test_the_assessing_association_s_programme_counts_are_the_association_s():
    text = (
        "Karlıdere Belediyesi Mükemmellikte Yetkinlik belgesini Türkiye Kalite Derneği’nden aldı.\n\n"
        "Dernek bu yıl 52 kuruluşu sahada değerlendirdi; sürece 210 gönüllü değerlendirici katıldı."
    )
    found = _facts(text, "tr", "Karlıdere Belediyesi")
    assert {code: org for org, code, _ in found if code in ("organizations_assessed", "assessors")} == {
        "organizations_assessed": "Türkiye Kalite Derneği",
        "assessors": "Türkiye Kalite Derneği",
    }


def test_a_programme_count_belongs_to_the_organizer_the_sentence_before_names():
    text = (
        "The Upland Excellence Scheme is run by the Fellside Association of Councils. "
        "In the 2023 round, 14 councils were assessed by 41 trained peer assessors."
    )
    found = _facts(text, "en", "Marrow Vale Borough Council")
    assert ("Fellside Association of Councils", "organizations_assessed", 14.0) in found
    assert ("Fellside Association of Councils", "assessors", 41.0) in found
    assert not any(org == "Marrow Vale Borough Council" for org, _, _ in found)


@pytest.mark.parametrize(
    ("text", "language", "team"),
    [
        ("Değerlendirme takımı, takım lideri Ayşe Demir ve dört değerlendiriciden oluştu.", "tr", 5.0),
        ("Ekip; bir takım lideri, üç değerlendirici ve bir gözlemciden oluşuyordu.", "tr", 4.0),
        ("ارزیابی را سرارزیاب به همراه پنج ارزیاب انجام داد.", "fa", 6.0),
        ("The report was written by a team of six examiners (a team leader and five examiners).", "en", 6.0),
        ("The visit was made by a team of three assessors and a team leader.", "en", 4.0),
    ],
)
def test_a_team_is_counted_once_with_its_leader(text, language, team):
    found = {(code, value) for _, code, value in _facts(text, language, None)}
    assert {value for code, value in found if code == "assessors"} == {team}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Raporda 9 güçlü alan ve 14 geliştirilecek alan yer aldı.", "tr", {("strengths", 9.0), ("improvement_areas", 14.0)}),
        ("Ekip, 4-6 Mart tarihlerinde sahada bulundu ve toplam 72 adam-saat çalıştı.", "tr", {("assessment_hours", 72.0)}),
        (
            "Ahead of the visit our 8 internal self-assessors put in 120 hours.",
            "en",
            {("assessors_internal", 8.0), ("assessment_hours_internal", 120.0)},
        ),
        ("Değerlendirme ekibi\nÜç kişiden oluşmuştur: A. Kaya (takım lideri), B. Er, C. Ak", "tr", {("assessors", 3.0)}),
    ],
)
def test_words_real_authors_use_for_the_counts(text, language, expected):
    assert {(code, value) for _, code, value in _facts(text, language, None)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024 Hedefleri\nTamamlanacak iyileştirme projesi sayısı 15",
        "Meclis üyesi, 27 iyileştirme projesinin raporunu görmek istediklerini söyledi ve rapor sunulacak.",
    ],
)
def test_a_planned_count_is_no_count(text):
    assert _facts(text, "tr", "Yazıtepe Belediyesi") == set()


def test_a_participle_of_ability_is_no_plan():
    text = "Programa destek verebilecek 11 belediyeden 40 adet alanında uzman personel belirlendi."
    assert {(code, value) for _, code, value in _facts(text, "tr", "Yazıtepe Belediyesi")} >= {("experts", 40.0)}


def test_a_rendered_festival_report_gives_festival_counts_to_the_municipality():
    """fa_c02 (dev half of heldout3): a municipal festival's feedback report on its fire service, read from
    the PDF with the organization a manifest would give."""
    from exbench.reading.pdf import read_pdf

    title, pages = read_pdf(HELDOUT3 / "pdf-chromium" / "fa_c02.pdf")
    fire = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری کرانه‌شهر"
    facts = extract_document([PageInput(p.page_number, p.text, p.language) for p in pages], title, fire)
    got = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    city = "شهرداری کرانه‌شهر"
    assert {
        (city, "organizations_assessed", 26.0),
        (city, "assessors_internal", 54.0),
        (city, "assessment_hours_internal", 1980.0),
        (fire, "assessors", 4.0),
        (fire, "assessment_hours", 96.0),
    } == got


def test_an_assessment_of_one_applicant_stays_the_applicant_s_even_beside_an_assessing_body():
    text = "After two earlier assessments, 5 assessors from the British Quality Foundation visited Eastwick Borough Council."
    found = _facts(text, "en", "Eastwick Borough Council")
    assert found == {("Eastwick Borough Council", "assessors", 5.0)}


def test_a_team_of_people_that_is_no_assessment_team_counts_no_assessors():
    assert _facts("A team of 12 people from every directorate wrote the application.", "en", "Eastwick Borough Council") == set()


def test_the_municipality_a_directorate_belongs_to_keeps_its_own_count():
    unit = "Kavaklı Belediyesi Zabıta Müdürlüğü"
    found = _facts("Kavaklı Belediyesi bu yıl 14 iyileştirme projesini tamamladı.", "tr", unit)
    assert found == {("Kavaklı Belediyesi", "improvement_projects", 14.0)}
