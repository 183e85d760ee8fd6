"""Counts of the eleventh batch's dev pages, read from their rendered PDFs as a user's run reads them: a union's
applications and volunteers are the union's, an independent assessor is an assessor, a practice chosen as a best
practice is counted."""

from __future__ import annotations

from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple[str | None, str, float]]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_a_union_s_applications_are_the_union_s():
    """heldout11 tr_k01: 'Birlik, 2024 döneminde ... gelen 17 başvuruyu değerlendirmiş; ...': a programme's count
    of applications assessed is the union's, not the bus company's whose report it is; the trained volunteers
    ('eğitim almış 46 gönüllü değerlendiricisi') stay out, as every count of trained people does."""
    found = _metrics("heldout11", "tr_k01")
    company = "Ilıcakent Toplu Taşıma ve Ulaşım Hizmetleri A.Ş."
    assert ("Batı Anadolu Belediyeler Birliği", "organizations_assessed", 17.0) in found
    assert (company, "assessors", 4.0) in found
    assert not any(org == company and value in {17.0, 46.0} for org, _, value in found)


def test_trained_assessors_who_took_no_part_are_no_count():
    """heldout10 tr_j09: 'İdarenin kendi bünyesinde eğitim almış 38 iç değerlendirici bulunmakla birlikte bunlar
    ekipte yer almamıştır.': a pool of trained people, not a team."""
    assert not any(value == 38.0 for _, _, value in _metrics("heldout10", "tr_j09"))


def test_independent_assessors_are_assessors_and_their_hours_plain_hours():
    """heldout11 tr_k02: 'Derneğimizin 3 bağımsız değerlendiricisinden oluşan değerlendirme kurulu ... toplam 42 saat
    çalışmıştır.': independent of the municipality is not said to be external; labelled as the team, as heldout5
    tr_e12's '11 bağımsız uzmanımız' was."""
    found = _metrics("heldout11", "tr_k02")
    municipality = "Doğankaya Belediyesi"
    assert {(municipality, "assessors", 3.0), (municipality, "assessment_hours", 42.0)} <= found
    assert not any(code.endswith("_external") for _, code, _ in found)


def test_practices_chosen_as_best_practices_are_counted():
    """heldout11 tr_k12, a quality commission's minutes: 'Ayrıca 5 uygulama “iyi uygulama” olarak seçilerek ...'."""
    assert ("Beyazsu Üniversitesi", "best_practices", 5.0) in _metrics("heldout11", "tr_k12")


def test_a_festival_s_totals_before_its_assessors_are_the_municipality_s():
    """heldout11 fa_k02, a fire service's festival report: '... ۲۷ واحد، شامل ۲۱ سازمان و معاونت و ۶ شرکت وابسته به
    شهرداری، توسط ۶۲ ارزیاب داخلی ارزیابی شدند و کمیته داوری ۸ تجربه برتر را ... برگزید': the units, the internal
    assessors and the best practices chosen count the festival, which the municipality runs; the breakdown (21, 6)
    is no count, nor are the criteria 'معیارهای ۲، ۷ و ۹' a count of improvement projects."""
    found = _metrics("heldout11", "fa_k02")
    municipality, unit = "شهرداری مهرگان‌شهر", "سازمان آتش‌نشانی و خدمات ایمنی شهرداری مهرگان‌شهر"
    assert {
        (municipality, "organizations_assessed", 27.0),
        (municipality, "assessors_internal", 62.0),
        (municipality, "best_practices", 8.0),
    } <= found
    assert not any(org == unit and code != "assessors" and value in {8.0, 9.0, 62.0} for org, code, value in found)
    assert not any(value in {21.0, 6.0} for _, _, value in found)


def test_a_festival_s_units_assessed_on_a_model_with_its_year():
    """heldout11 fa_k09: '۲۳ سازمان و شرکت بر پایه مدل EFQM 2020 ارزیابی شدند': the model's edition between the
    units and the verb does not hide the count."""
    assert ("شهرداری آبگینه", "organizations_assessed", 23.0) in _metrics("heldout11", "fa_k09")


def test_an_award_s_totals_are_the_institute_s_that_runs_its_secretariat():
    """heldout11 fa_k04, a results announcement under 'سازمان مدیریت صنعتی | دبیرخانه جایزه ملی تعالی سازمانی': the
    round's 48 organizations, 186 assessors and 7,440 hours are the institute's, which runs the award; heldout8
    fa_h01's sentence that names the award in full keeps them for the award."""
    institute = "سازمان مدیریت صنعتی"
    found = _metrics("heldout11", "fa_k04")
    assert {
        (institute, "organizations_assessed", 48.0),
        (institute, "assessors", 186.0),
        (institute, "assessment_hours", 7440.0),
    } <= found
    assert ("جایزه ملی تعالی سازمانی", "organizations_assessed", 78.0) in _metrics("heldout8", "fa_h01")


def test_a_festival_s_units_named_in_a_list_before_the_model_and_its_year():
    """heldout10 fa_j10: '١٨ سازمان، معاونت و منطقه شهرداری بر پایه مدل EFQM 2020 ارزیابی شدند': a longer list of
    the kinds of unit still counts them, for the municipality that runs the festival."""
    assert ("شهرداری بندر آبگون", "organizations_assessed", 18.0) in _metrics("heldout10", "fa_j10")


def test_exemplary_assessors_honoured_at_a_ceremony_are_no_team():
    """heldout10 fa_j04: 'در پایان مراسم از ۱۲ ارزیاب نمونه ... با اهدای لوح تقدیر شد': people honoured, not a count."""
    assert not any(value == 12.0 for _, _, value in _metrics("heldout10", "fa_j04"))


def test_a_programme_by_its_initials_owns_the_organizations_its_examiners_assessed():
    """heldout10 en_j09: 'Across the state, CPEP examiners assessed 19 organizations in 2025' on a page that names the
    Cascadia Performance Excellence Program (and the Cascadia Quality Forum where the award was given)."""
    found = _metrics("heldout10", "en_j09")
    assert ("Cascadia Performance Excellence Program", "organizations_assessed", 19.0) in found
    assert not any(org == "Cascadia Quality Forum" for org, _, _ in found)


def test_applicants_a_programme_s_examiners_assessed_are_counted():
    """heldout10 en_j02: 'the Council’s 96 examiners assessed 14 applicants statewide': the programme's count of
    organizations assessed."""
    assert ("Prairie State Quality Council", "organizations_assessed", 14.0) in _metrics("heldout10", "en_j02")


def test_a_hospital_the_team_visited_is_a_site_of_the_trust_assessed():
    """heldout10 en_j01: 'The team (Team Leader plus four assessors) ... spent 3.5 days on site at Fenmoor General
    Hospital and two community hubs, and invested 310 hours in total.': the trust's team and hours."""
    found = _metrics("heldout10", "en_j01")
    trust = "Fenmoor Valley NHS Foundation Trust"
    assert {(trust, "assessors", 5.0), (trust, "assessment_hours", 310.0)} <= found
    assert not any(org == "Fenmoor General Hospital" for org, _, _ in found)
