"""Counts of the twenty-third round: a count dated "this year" under a paragraph that recounts earlier years, the
partitive of the assessors themselves ("Bu değerlendiricilerin 9’u ... dış"), the applicants taken on told by a
bare partitive ("17 birim başvurmuş, 14’ü ..."), hours in the accusative ("280 saati buldu") and a team counted
with its noun left out ("assessed by a team of six")."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _counts(text: str, language: str, organization: str | None = None, published: str | None = None) -> set[tuple]:
    date = datetime.date.fromisoformat(published) if published else None
    facts = extract_document([PageInput(1, text, language, ())], None, organization, date)
    return {(m.organization, m.metric_code, m.value, m.period_year) for m in facts.metrics}


def test_this_year_dates_a_count_by_the_document_not_by_the_paragraph():
    """A paragraph that names one earlier year dates its undated counts, but not one its sentence says is this
    year's: the document's own year (a Persian page after Nowruz: the solar year that began in 2025)."""
    text = (
        "شرکت آب و فاضلاب استان نمونه‌آباد پیش‌تر در سال ۱۳۹۹ تقدیرنامه سه ستاره را کسب کرده بود. "
        "به گفته مدیرعامل، ارزیابی امسال با حضور ۶ ارزیاب انجام شد و گزارش آن ۲۸ نقطه قوت را برشمرده است."
    )
    years = {year for _, code, _, year in _counts(text, "fa", published="2025-10-06") if code in ("assessors", "strengths")}
    assert years == {2025}
    text = "Bu yıl 52 kuruluş değerlendirildi ve 170 gönüllü değerlendirici görev aldı."
    years = {year for *_, year in _counts(text, "tr", published="2024-10-14")}
    assert years == {2024}


def test_the_partitive_of_the_assessors_themselves_counts_a_kind():
    text = (
        "Birliğimizin Mükemmellik Programı’nda toplam 36 değerlendirici görev almıştır. "
        "Bu değerlendiricilerin 7’si üniversitelerden davet edilen dış değerlendiricilerdir."
    )
    found = {(code, value) for _, code, value, _ in _counts(text, "tr")}
    assert {("assessors", 36.0), ("assessors_external", 7.0)} <= found
    text = "Toplam 20 değerlendirici görev yaptı. Bu değerlendiricilerin 12’si belediyenin iç değerlendiricileridir."
    assert ("assessors_internal", 12.0) in {(code, value) for _, code, value, _ in _counts(text, "tr")}


def test_applicants_taken_on_told_by_a_bare_partitive():
    """The applicants are no count; the part taken on to the site visit is the organizations assessed."""
    text = "Ödül programının üçüncü döneminde 21 birim başvurmuş, 16’sı saha ziyaretine alınmıştır."
    found = {(code, value) for _, code, value, _ in _counts(text, "tr")}
    assert ("organizations_assessed", 16.0) in found
    assert not any(value == 21.0 for _, value in found)


def test_hours_in_the_accusative():
    text = "Geçen yılki ödül değerlendirmesinde beş kişilik ekip bizimle dört gün geçirdi; ekibin toplam mesaisi 190 saati buldu."
    assert ("assessment_hours", 190.0) in {(code, value) for _, code, value, _ in _counts(text, "tr")}


def test_an_assessment_team_counted_with_its_noun_left_out():
    text = "Ashby Borough Council was assessed by a team of five, led by a senior team leader, in March 2024."
    found = {(organization, code, value) for organization, code, value, _ in _counts(text, "en")}
    assert ("Ashby Borough Council", "assessors", 5.0) in found
    text = "The Council’s leisure trust was assessed by a team of ten volunteers from the region."
    assert not {(code, value) for _, code, value, _ in _counts(text, "en")}


def test_findings_summed_over_a_programme_go_to_its_organizer():
    """More strengths than one assessment ever lists, in a sentence that names no one, are the programme's: its
    organizer's, like the programme's other counts; a total the page's own organization reports stays its own."""
    text = (
        "Every year the Westmoor Quality Council publishes the figures of its awards programme. "
        "This year 97 volunteer assessors took part.\n\n"
        "Feedback reports issued this year contained 1,120 strengths and 1,390 areas for improvement between them."
    )
    found = {(organization, code, value) for organization, code, value, _ in _counts(text, "en")}
    assert ("Westmoor Quality Council", "strengths", 1120.0) in found
    assert ("Westmoor Quality Council", "improvement_areas", 1390.0) in found
