"""Counts of the twenty-fifth round: a count's figure for an earlier year given right after it ("against 33 in
2025", "این رقم در دوره ششم (۱۴۰۴) ۱۹ واحد بود"), Persian hours in plain hours beside the assessors, a Persian team
counted by its kinds, a Turkish team named in the genitive ("Ekibin"), and trained assessors the sentence says did
the assessment with ("ile öz değerlendirme yapılmış")."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _read(text: str, language: str, published: str = "2026-10-01") -> set[tuple]:
    date = datetime.date.fromisoformat(published)
    facts = extract_document([PageInput(1, text, language, ())], None, None, date)
    return {(m.metric_code, m.value, m.period_year) for m in facts.metrics}


def _counts(text: str, language: str, published: str = "2026-10-01") -> set[tuple]:
    return {(code, value) for code, value, _year in _read(text, language, published)}


def test_an_earlier_years_figure_after_a_count_is_that_years_count():
    found = _read("We received 57 applications this year. 39 organisations were assessed, against 33 in 2025.", "en")
    assert {("organizations_assessed", 39.0, 2026), ("organizations_assessed", 33.0, 2025)} <= found
    found = _read("The 2026 cycle at a glance: 14 organisations assessed (up from 11 in 2024).", "en")
    assert ("organizations_assessed", 11.0, 2024) in found
    text = (
        "در این دوره ۲۲ واحد شامل مناطق، سازمان‌ها و شرکت‌های وابسته شهرداری ارزیابی شدند؛ این رقم در دوره ششم (۱۴۰۴) ۱۹ واحد بود."
    )
    assert {("organizations_assessed", 22.0, 2026), ("organizations_assessed", 19.0, 2025)} <= _read(text, "fa")


def test_an_earlier_figure_needs_a_count_before_it_and_a_year():
    """Applications are no count, so the figure they rose from is none either; a figure with no year is left."""
    text = "This year we received 38 applications, up from 33 in 2024, and carried out site visits at 31 organisations."
    assert not any(value in (33.0, 38.0) for _, value in _counts(text, "en"))
    text = "39 organisations were assessed, against 33 the year before."
    assert _counts(text, "en") == {("organizations_assessed", 39.0)}


def test_persian_plain_hours_are_read_only_as_person_hours():
    """Plain hours beside the assessors were taken back: on never-tuned halves half of them were no assessment's."""
    text = "ارزیابی این شرکت توسط ۶ ارزیاب در ۳ روز انجام شد. مجموع زمان صرف‌شده برای ارزیابی ۱۴۴ ساعت بوده است."
    assert ("assessment_hours", 144.0) not in _counts(text, "fa")
    text = "ارزیابی این شرکت توسط ۶ ارزیاب در ۳ روز و در مجموع ۱۴۴ نفر-ساعت انجام شد."
    assert ("assessment_hours", 144.0) in _counts(text, "fa")


def test_persian_hours_that_are_a_limit_a_length_or_training_are_no_count():
    assert not _counts("پاسخ به شکایات ارزیابان در کمتر از ۴۸ ساعت انجام می‌شود.", "fa")
    assert not _counts("دوره ۴۰ ساعته تربیت ارزیاب برگزار شد.", "fa")
    assert not _counts("برگزاری ۴۰ ساعت آموزش برای ارزیابان", "fa")


def test_turkish_team_in_the_genitive_with_its_hours():
    assert ("assessment_hours", 108.0) in _counts("Ekibin sahada geçirdiği süre toplam 108 saat oldu.", "tr")


def test_trained_assessors_who_did_the_assessment():
    text = (
        "2025 yılında Belediyemiz bünyesinde eğitimlerini tamamlayan 24 iç değerlendirici ile öz değerlendirme "
        "yapılmış, çıkan sonuçlara göre 12 iyileştirme projesi başlatılmıştır."
    )
    assert {("assessors_internal", 24.0), ("improvement_projects", 12.0)} <= _counts(text, "tr")
    text = "İdarenin kendi bünyesinde eğitim almış 38 iç değerlendirici bulunmakla birlikte bunlar ekipte yer almamıştır."
    assert not _counts(text, "tr")


def test_a_persian_team_counted_by_its_kinds_has_its_size_too():
    text = "این سازمان توسط تیمی متشکل از ۲ ارزیاب داخلی و ۱ ارزیاب خارجی ارزیابی شد."
    assert {("assessors_internal", 2.0), ("assessors_external", 1.0), ("assessors", 3.0)} <= _counts(text, "fa")
    text = "تیم‌های ارزیابی از ۳۴ ارزیاب داخلی و ۶ ارزیاب خارجی تشکیل شده بودند."
    assert not any(code == "assessors" for code, _ in _counts(text, "fa"))
    text = "تیم ارزیابی این سازمان شامل ۴ ارزیاب (۳ ارزیاب داخلی و ۱ ارزیاب خارجی) بود."
    assert [value for code, value in _counts(text, "fa") if code == "assessors"] == [4.0]


def test_persian_plain_hours_stand_on_their_numbers_line():
    """A table's header may break a year from the unit of its column ("زمان ارزیابی داخلی (نفر- ... ۱۴۰۱" / "ساعت)")."""
    text = "زمان ارزیابی داخلی (نفر- نقاط قوت زمینه‌های بهبود ۱۴۰۱\nساعت)"
    assert not _counts(text, "fa")
