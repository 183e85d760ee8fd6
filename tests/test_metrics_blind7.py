"""Counts of the seventh batch's dev pages, read from their rendered PDFs as a user's run reads them: who owns a
programme's figures, which count is the one assessed, and which hours are the internal team's."""

from __future__ import annotations

import pytest

from tests.test_metrics_blind8 import _metrics as batch_metrics


def _metrics(doc_id: str, printer: str = "chromium") -> frozenset[tuple[str | None, str, float]]:
    """The metrics of a heldout7 dev document, with the organization and date its manifest row would give."""
    return batch_metrics("heldout7", doc_id, printer)


def test_a_programme_count_told_of_the_award_body_by_its_bare_name_is_the_body_s():
    """tr_g01: 'KalDer’in 2024 ödül döneminde toplam 41 kuruluş değerlendirilmiş, süreçte 187 değerlendirici görev
    almıştır' in a water utility's feedback report; the utility is a unit of a municipality, named before it
    ('Karaçam Büyükşehir Belediyesi’ne bağlı KARSU'), which owns neither the programme nor the team."""
    found = _metrics("tr_g01")
    utility = "Karaçam Büyükşehir Belediyesi Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert {("Kalite Derneği", "organizations_assessed", 41.0), ("Kalite Derneği", "assessors", 187.0)} <= found
    assert {(utility, "assessors", 6.0), (utility, "assessment_hours", 312.0)} <= found
    assert not any(org == "Karaçam Büyükşehir Belediyesi" for org, _, _ in found)


def test_assessors_internal_and_external_together_are_the_assessors_of_the_festival_s_organizer():
    """fa_g02: '۲۲ سازمان و ۶ شرکت وابسته به شهرداری نیک‌آباد ارزیابی شدند و ۴۸ ارزیاب داخلی و بیرونی در آن
    مشارکت داشتند': the units counted are not who ran the festival, and both kinds of assessors are all of them."""
    found = _metrics("fa_g02")
    assert ("شهرداری نیک‌آباد", "assessors", 48.0) in found
    assert not any(code == "assessors_internal" for _, code, _ in found)


def test_organizations_that_registered_are_not_the_ones_assessed():
    """fa_g03: '۱۲۴ سازمان ثبت‌نام کردند که ۸۱ سازمان ارزیابی شدند'."""
    found = _metrics("fa_g03")
    assert ("سازمان مدیریت صنعتی", "organizations_assessed", 81.0) in found
    assert not any(value == 124.0 for _, _, value in found)


@pytest.mark.parametrize(
    ("doc_id", "owner", "hours"),
    [("tr_g10", "Yeşilova Belediyesi Fen İşleri Müdürlüğü", 64.0), ("tr_g03", "Akyaka Belediyesi", 216.0)],
)
def test_hours_after_a_sentence_that_counted_internal_assessors_are_internal_hours(doc_id, owner, hours):
    """tr_g10: '... 4 iç değerlendirici tarafından 2 gün süreyle değerlendirilmiştir. Değerlendiriciler ... toplam 64 saat
    çalışmıştır'; tr_g03, a sidebar: '... 18 iç değerlendirici' / '216 saat çalışarak ...'."""
    found = _metrics(doc_id)
    assert (owner, "assessment_hours_internal", hours) in found
    assert (owner, "assessment_hours", hours) not in found


def test_projects_an_organization_planned_are_no_reported_count():
    """tr_g11: 'İdare, bu tespitlerden yola çıkarak 2024 yılı için 11 iyileştirme projesi planladı.'"""
    assert not any(code == "improvement_projects" for _, code, _ in _metrics("tr_g11"))


def test_a_plan_in_a_relative_clause_leaves_the_counts_before_it_reported():
    """en_g11: 'Their 210 hours of assessment produced a report identifying 22 strengths and 15 areas for
    improvement, which the company will address through ...'."""
    owner = "Tamsworth Water Services Ltd"
    expected = {(owner, "assessment_hours", 210.0), (owner, "strengths", 22.0), (owner, "improvement_areas", 15.0)}
    assert expected <= _metrics("en_g11")


@pytest.mark.parametrize("printer", ["chromium", "libreoffice"])
def test_a_unit_named_bare_in_its_municipality_s_minutes_owns_its_assessment(printer):
    """tr_g12, council minutes of Sarıkaya Belediyesi: 'Zabıta Müdürlüğü’nü 3 kişilik KalDer değerlendirici ekibi ...
    toplam 24 saat değerlendirdi', '... raporunda Zabıta Müdürlüğü için 14 güçlü yön ve 12 iyileştirmeye açık alan'."""
    unit = "Sarıkaya Belediyesi Zabıta Müdürlüğü"
    expected = {
        (unit, "assessors", 3.0),
        (unit, "assessment_hours", 24.0),
        (unit, "strengths", 14.0),
        (unit, "improvement_areas", 12.0),
    }
    found = _metrics("tr_g12", printer)  # LibreOffice's page runs on into a sentence naming a company after the count
    assert expected <= found
    assert not any(org == "Sarıkaya Belediyesi" for org, _, _ in found)


def test_festival_wide_findings_after_the_units_it_counted_are_the_organizer_s():
    """heldout5 fa_e02 (dev): '۱۷ سازمان و ۴ شرکت وابسته به شهرداری نیک‌آباد ارزیابی شدند و ارزیابان در مجموع جشنواره
    ۶۱۸ نقطه قوت و ۹۴۲ زمینه قابل بهبود ثبت کردند': the units counted own no finding, the municipality's festival does."""
    found = batch_metrics("heldout5", "fa_e02")
    assert {("شهرداری نیک‌آباد", "strengths", 618.0), ("شهرداری نیک‌آباد", "improvement_areas", 942.0)} <= found


@pytest.mark.parametrize(
    ("doc_id", "owner", "count"), [("tr_g10", "Yeşilova Belediyesi", 7.0), ("tr_g02", "Yeşilırmak Belediyesi", 9.0)]
)
def test_the_units_of_an_internal_award_assessed_after_more_applied_are_counted(doc_id, owner, count):
    """tr_g10: '9 müdürlük başvuru yapmış, bunlardan 7’si saha ziyaretiyle değerlendirilmiştir'; tr_g02: '12 müdürlük
    başvuru yapmış, ön incelemeyi geçen 9 müdürlük sahada değerlendirilmiştir': the municipality's award counts them."""
    found = _metrics(doc_id)
    assert (owner, "organizations_assessed", count) in found
    assert not any(code == "organizations_assessed" and value != count for _, code, value in found)


def test_a_team_of_n_of_the_award_s_assessors_and_the_team_s_time_are_read_in_persian():
    """fa_g11: 'ارزیابی شرکت را تیمی ۹ نفره از ارزیابان جایزه ... انجام دادند'; fa_g09: 'مجموع زمان صرف‌شده تیم ۲۲۴ نفرساعت
    بوده است' on its own line after the paragraph that named the team."""
    assert ("شرکت بهره‌برداری قطار شهری کرجان", "assessors", 9.0) in _metrics("fa_g11")
    assert ("شرکت آب و فاضلاب شهری استان سپیدرود", "assessment_hours", 224.0) in _metrics("fa_g09")
