"""Counts are given to the organization a clause is about and stay out when they are not what they seem."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.metrics import metrics_in_sentence
from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import sentences

HELDOUT = Path(__file__).resolve().parent / "heldout"


def _metrics(text: str, language: str, subject: str = "Ortaköy Belediyesi") -> set[tuple[str, str, float]]:
    context = DocumentContext(language, subject, 2023, datetime.date(2023, 11, 20))
    found = set()
    for span in sentences(text):
        view = SentenceView(span, 1, language, datetime.date(2023, 11, 20))
        found |= {(m.organization, m.metric_code, m.value) for m in metrics_in_sentence(view, context, None)}
    return found


def test_a_team_with_its_split_counts_once_as_the_whole_team():
    found = _metrics("Değerlendirme Ekibi: 7 kişi (1 takım lideri, 6 değerlendirici)", "tr")
    assert found == {("Ortaköy Belediyesi", "assessors", 7.0)}


def test_the_assessing_body_does_not_own_the_assessment_team():
    found = _metrics("Türkiye Kalite Derneği'nin beş kişilik değerlendirici ekibi toplam 120 saat çalıştı.", "tr")
    assert ("Ortaköy Belediyesi", "assessors", 5.0) in found
    assert not any(org == "Türkiye Kalite Derneği" for org, _, _ in found)


def test_hours_of_an_internal_team_are_internal_hours():
    found = _metrics(
        "Our self-assessment was carried out by 12 trained internal assessors over 300 hours.", "en", "Oakridge Council"
    )
    assert found == {("Oakridge Council", "assessors_internal", 12.0), ("Oakridge Council", "assessment_hours_internal", 300.0)}


def test_a_total_before_its_breakdown_is_the_count():
    found = _metrics("در این دوره ۳۰ واحد شامل ۲۰ منطقه، ۶ سازمان و ۴ شرکت ارزیابی شدند.", "fa", "شهرداری دشتستان")
    assert found == {("شهرداری دشتستان", "organizations_assessed", 30.0)}


def test_a_count_after_the_word_for_year_is_no_year():
    found = _metrics("در همان سال ۱۸ پروژه بهبود در سازمان اجرا شد.", "fa", "شهرداری دشتستان")
    assert found == {("شهرداری دشتستان", "improvement_projects", 18.0)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("تربیت ۱۲ ارزیاب داخلی تا پایان سال ۱۴۰۳", "fa"),
        ("Bugüne kadar 3 değerlendirici eğitim çalıştayı düzenlendi.", "tr"),
        ("The council serves 84,000 residents and trained 40 staff.", "en"),
    ],
)
def test_counts_that_are_not_what_they_seem_stay_out(text, language):
    assert _metrics(text, language) == set()


def test_an_association_that_assessed_owns_the_count_of_those_it_assessed():
    text = "This year the Northern Association of Towns' expert panel assessed 14 municipalities."
    found = _metrics(text, "en", "Millford Municipality")
    assert found == {("Northern Association of Towns", "organizations_assessed", 14.0)}


def test_a_rendered_fire_brigade_report_gives_its_counts_to_the_brigade_not_to_the_assessor():
    """tr_r04 (dev split): a KalDer validation report of a municipal fire brigade, read from its PDF with
    the organization a manifest would give."""
    from exbench.reading.pdf import read_pdf

    title, pages = read_pdf(HELDOUT / "pdf-chromium" / "tr_r04.pdf")
    brigade = "Doğanbey Belediyesi İtfaiye Müdürlüğü"
    facts = extract_document([PageInput(p.page_number, p.text, p.language) for p in pages], title, brigade)
    got = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert {(brigade, "assessors", 2.0), (brigade, "assessment_hours", 16.0), (brigade, "improvement_projects", 3.0)} <= got
    assert not any("Kalite" in org or "KalDer" in org for org, _, _ in got)
    kinds = {o.canonical: o.org_type for o in facts.organizations}
    assert kinds.get(brigade) == "fire_service"


@pytest.mark.parametrize(
    ("text", "language", "owner"),
    [
        (
            "Yeşilırmak Belediyesi, Türkiye Kalite Derneği (KalDer) tarafından verilen belgeyi 2023 yılında aldı.",
            "tr",
            "Yeşilırmak Belediyesi",
        ),
        ("Ashfield Council was assessed by the Northern Association of Towns in 2023.", "en", "Ashfield Council"),
    ],
)
def test_the_agent_of_a_passive_is_not_what_the_clause_is_about(text, language, owner):
    from exbench.extraction.organizations import find_organizations, short_names

    names = short_names(find_organizations(text, language))
    view = SentenceView(next(iter(sentences(text))), 1, language, None, names)
    assert view.organization_before(text.index("2023")) == owner


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Call 0800 123 4567 for assessment enquiries, open 24 hours.", "en"),
        ("در سال ۱۴۰۲ تعداد ۱۲ ارزیاب داخلی آموزش دیدند.", "fa"),
        ("Kurumumuzda 120 kişi değerlendirici olarak yetiştirildi.", "tr"),
        ("Değerlendirme 3 gün sürdü ve 1-5 ölçeğinde puanlandı.", "tr"),
    ],
)
def test_people_trained_phone_lines_days_and_scales_are_no_assessment_counts(text, language):
    assert _metrics(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The examiner team of seven spent 540 hours reviewing the application.",
            "en",
            {("assessors", 7.0), ("assessment_hours", 540.0)},
        ),
        (
            "An internal assessment team of 12 worked for 300 hours.",
            "en",
            {("assessors_internal", 12.0), ("assessment_hours_internal", 300.0)},
        ),
        (
            "Öz değerlendirme yedi kişilik iç değerlendirme ekibi tarafından toplam 210 saatte yapıldı.",
            "tr",
            {("assessors_internal", 7.0), ("assessment_hours_internal", 210.0)},
        ),
        ("تیم ارزیابی ۶ نفر (سرارزیاب و ۵ ارزیاب) بود.", "fa", {("assessors", 6.0)}),
        ("Number of strengths identified was 17.", "en", {("strengths", 17.0)}),
    ],
)
def test_teams_are_counted_whole_and_of_their_kind(text, language, expected):
    assert {(code, value) for _, code, value in _metrics(text, language)} == expected
