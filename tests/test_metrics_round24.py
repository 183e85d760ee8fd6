"""Counts of the twenty-fourth round: the applicants visited told by the locative of the units visited ("49
kuruluşta saha ziyareti yapıldı"), the number of units assessed told by a participle ("değerlendirdiği kuruluş
sayısı 43"), a count's key before a colon ("Değerlendirici sayısı: 5"), an English count that opens with "Of these," or whose noun
is followed by a place ("58 organisations across the UK were assessed") or that a programme evaluated ("to evaluate
12 applicant organizations"), and a Persian purpose phrase "for next year" that makes no plan of a count defined."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _counts(text: str, language: str, published: str = "2025-01-20") -> set[tuple]:
    date = datetime.date.fromisoformat(published)
    facts = extract_document([PageInput(1, text, language, ())], None, None, date)
    return {(m.metric_code, m.value) for m in facts.metrics}


def test_applicants_visited_told_by_the_locative_of_the_units():
    text = (
        "2024 döneminde ödül sürecine 61 kuruluş başvurdu; başvuru dokümanı ön incelemeden geçen 38 kuruluşta "
        "saha ziyareti yapıldı."
    )
    found = _counts(text, "tr")
    assert ("organizations_assessed", 38.0) in found
    assert not any(value == 61.0 for _, value in found)


def test_units_assessed_told_by_a_participle_before_the_count():
    text = "Bir önceki dönemde, 2023’te, derneğin saha ziyaretiyle değerlendirdiği kuruluş sayısı 36 idi."
    assert ("organizations_assessed", 36.0) in _counts(text, "tr")
    text = "Değerlendirilen belediye sayısı ise 12 oldu."
    assert ("organizations_assessed", 12.0) in _counts(text, "tr")


def test_a_count_named_before_a_colon():
    text = "1. Değerlendirme hakkında\nDeğerlendirici sayısı: 6 (takım lideri dahil)"
    assert ("assessors", 6.0) in _counts(text, "tr")


def test_english_organizations_assessed_of_these_across_a_place_and_evaluated():
    text = "The Foundation said 52 organisations had registered for this year's award. Of these, 29 were assessed on site."
    found = _counts(text, "en")
    assert ("organizations_assessed", 29.0) in found
    assert not any(value == 52.0 for _, value in found)
    text = "The Foundation says 47 organisations across the region were assessed for recognition this year."
    assert ("organizations_assessed", 47.0) in _counts(text, "en")
    text = "This year 61 volunteer examiners contributed 4,980 hours to evaluate 14 applicant organizations."
    assert ("organizations_assessed", 14.0) in _counts(text, "en")


def test_persian_projects_defined_for_next_year_are_counted():
    """'برای سال آینده' (for next year) says what the projects are for; the verb says they were defined: a fact.
    A count the verb puts in the future stays out, and so do the other counts of its clause no more."""
    text = (
        "حاصل این ارزیابی‌ها شناسایی ۹۱۲ نقطه قوت، ۱۳۰۸ زمینه قابل بهبود و ۴۴ بهروش بوده و "
        "۵۱۲ پروژه بهبود برای سال آینده تعریف شده است."
    )
    found = _counts(text, "fa", "2025-03-01")
    assert {("improvement_areas", 1308.0), ("best_practices", 44.0), ("improvement_projects", 512.0)} <= found
    text = "شرکت در سال آینده ۱۲ پروژه بهبود تعریف خواهد کرد."
    assert not _counts(text, "fa", "2025-03-01")


def test_trained_assessors_who_served_are_a_team():
    """Training before a count makes it no team's, unless the count is said to have served on the assessment."""
    text = "Değerlendirmelerde Birliğin eğitim almış 52 gönüllü değerlendiricisi görev yapmıştır."
    assert ("assessors", 52.0) in _counts(text, "tr")
    text = "Şirketin eğitim almış 41 iç değerlendiricisi bulunmakla birlikte bunlar ekipte yer almamıştır."
    assert not _counts(text, "tr")
