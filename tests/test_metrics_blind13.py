"""Counts of dev pages read in the fourteenth round, read from their rendered PDFs as a user's run reads them: a
company named with and without its legal form is one company, a row's name keeps no aside naming its parent, a
verb's noun is no part of a name."""

from __future__ import annotations

from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple[str | None, str, float]]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_a_company_named_without_its_legal_form_is_the_one_named_with_it():
    """heldout13 en_m02: 'The largest single assessment of the year was Lowmoor Bus Company’s. ... a team of eleven
    assessors, who spent 312 hours on it; their report lists 64 strengths and 71 areas for improvement.' and later
    'Lowmoor Bus Company Ltd won the Prize for Leadership': one company."""
    company = "Lowmoor Bus Company Ltd"
    found = _metrics("heldout13", "en_m02")
    assert {(company, "assessors", 11.0), (company, "assessment_hours", 312.0), (company, "strengths", 64.0)} <= found
    assert not any(owner == "Lowmoor Bus Company" for owner, _, _ in found)


def test_a_row_s_aside_naming_the_parent_is_no_part_of_the_name():
    """heldout13 fa_m02, a table row 'شرکت حمل‌ونقل بار کوشک‌نو (وابسته به شهرداری کوشک‌نو) ۲۶۲ یک ستاره ۲۲ ۴۹': the
    company is the row's owner; the bracket says whose company it is."""
    company = "شرکت حمل\u200cونقل بار کوشک\u200cنو"
    assert {(company, "strengths", 22.0), (company, "improvement_areas", 49.0)} <= _metrics("heldout13", "fa_m02")


def test_the_noun_of_a_compound_verb_after_a_head_is_no_name():
    """heldout13 fa_m03: 'تیم ۶ نفره ارزیابان ... در این بیمارستان حضور داشتند': 'حضور داشتند' is a verb, not the
    name of a hospital, so the team is the assessed hospital's."""
    found = _metrics("heldout13", "fa_m03")
    assert ("بیمارستان تخصصی قلب آرمان", "assessors", 6.0) in found
    assert not any(owner and "حضور" in owner for owner, _, _ in found)


def test_a_count_given_as_an_average_is_no_count_and_good_practice_examples_are_counted():
    """heldout13 en_m02: '... completed 22 full assessments ... assessors recorded 1,146 strengths and 1,388 areas for
    improvement, an average of about 52 strengths per organisation. They also identified 41 examples of good
    practice': 22 organizations assessed and 41 good practices are the Partnership's; 52 is an average."""
    partnership = "Pennine Excellence Partnership"
    found = _metrics("heldout13", "en_m02")
    assert {(partnership, "organizations_assessed", 22.0), (partnership, "best_practices", 41.0)} <= found
    assert (partnership, "strengths", 1146.0) in found
    assert not any(value == 52.0 for _, _, value in found)


def test_a_community_interest_company_owns_the_counts_of_its_own_team():
    """heldout13 en_m04: 'Colne Community Health Services CIC ... ran its first self-assessment in March 2025 ... Its
    team of seven internal assessors recorded 33 strengths and 45 areas for improvement.': the partner's counts, its
    team internal."""
    partner = "Colne Community Health Services CIC"
    found = _metrics("heldout13", "en_m04")
    assert {(partner, "assessors_internal", 7.0), (partner, "strengths", 33.0), (partner, "improvement_areas", 45.0)} <= found


def test_a_part_of_the_hours_is_no_count_and_a_person_team_is_the_team():
    """heldout13 en_m01: 'The assessment was carried out by a five-person team, including the lead assessor. Between
    them the team invested 230 hours in the assessment, of which 96 hours were spent on site'."""
    service = "Harrowgate Vale Fire and Rescue Service"
    found = _metrics("heldout13", "en_m01")
    assert {(service, "assessors", 5.0), (service, "assessment_hours", 230.0)} <= found
    assert not any(value == 96.0 for _, _, value in found)


def test_a_hospital_named_without_its_descriptive_word_is_the_hospital():
    """heldout13 fa_m03: the page names 'بیمارستان تخصصی قلب آرمان' and then 'بیمارستان قلب آرمان' (without 'specialised'),
    whose head says 'ما پیش از ثبت‌نام، خودارزیابی کاملی با ۳۲ ارزیاب داخلی انجام دادیم. حاصل آن ۱۱۸ نقطه قوت ...'."""
    hospital = "بیمارستان تخصصی قلب آرمان"
    found = _metrics("heldout13", "fa_m03")
    assert {
        (hospital, "assessors_internal", 32.0),
        (hospital, "strengths", 118.0),
        (hospital, "improvement_areas", 174.0),
    } <= found
    assert not any(owner == "بیمارستان قلب آرمان" for owner, _, _ in found)


def test_our_team_is_the_speaker_s_whatever_was_named_before():
    """heldout13 tr_m03: KUAŞ's general manager: 'Üniversitenin 12 akademisyeni, ocak ayında tamamladığımız öz
    değerlendirmede 16 kişilik iç değerlendirme ekibimize rehberlik etti.': the 16 are KUAŞ's own team."""
    found = _metrics("heldout13", "tr_m03")
    assert ("Kuzeykent Ulaşım Hizmetleri A.Ş.", "assessors_internal", 16.0) in found
    assert not any(owner == "Kuzeykent Teknik Üniversitesi" for owner, _, _ in found)


def test_site_visits_to_some_of_the_applicants_count_the_organizations_assessed():
    """heldout13 tr_m10: 'KalDer’in açıkladığı verilere göre bu yıl ödül sürecine 47 kuruluş başvurdu, bunların 39’unda
    saha ziyareti gerçekleştirildi.'; tr_m02: '... bunlardan 12’sinde saha değerlendirmesi gerçekleştirilmiştir.'"""
    assert ("Türkiye Kalite Derneği", "organizations_assessed", 39.0) in _metrics("heldout13", "tr_m10")
    assert ("Batı Akdeniz Belediyeler Birliği", "organizations_assessed", 12.0) in _metrics("heldout13", "tr_m02")
