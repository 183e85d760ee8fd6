"""Counts of dev pages of several batches, read from their rendered PDFs as a user's run reads them: who owns the
programme totals an unnamed award secretary gives, what a head noun refers to, whose turn a speaker's count is in
minutes, and the counts a table of contents or an instrumental phrase hid."""

from __future__ import annotations

import pytest

from tests.test_metrics_blind8 import _metrics

NATIONAL_AWARD = "جایزه ملی تعالی سازمانی"


@pytest.mark.parametrize(
    ("batch", "doc_id", "expected"),
    [
        ("heldout9", "fa_i11", {("organizations_assessed", 58.0), ("assessors", 285.0)}),  # "دبیر جایزه ... گفت"
        ("heldout9", "fa_i09", {("organizations_assessed", 47.0)}),  # "از سوی دبیرخانه جایزه ارزیابی شدند"
        ("heldout7", "fa_g11", {("organizations_assessed", 64.0), ("assessors", 412.0)}),
    ],
)
def test_the_totals_an_unnamed_award_secretary_gives_are_the_award_s_the_page_names(batch, doc_id, expected):
    """A news page names the national award in full and no other award body: the totals its secretary states
    ('به گفته دبیر جایزه، ...') are the award secretariat's, not left without an owner."""
    found = _metrics(batch, doc_id)
    assert {(NATIONAL_AWARD, code, value) for code, value in expected} <= found


def test_totals_of_an_award_secretary_stay_unowned_when_an_institute_is_named_as_organizer():
    """heldout3 fa_c03 names the Industrial Management Institute beside the award: whose totals they are cannot
    be told, so they stay without an owner rather than go to the award."""
    found = _metrics("heldout3", "fa_c03")
    assert not any(org == NATIONAL_AWARD and code == "organizations_assessed" for org, code, _ in found)


def test_a_genitive_head_noun_refers_to_the_organization_of_that_kind_named_before():
    """heldout5 en_e11: '... said the trust's five-strong assessment team had ...' on a page that names the
    housing trust; the count is the trust's, not left without an owner."""
    found = _metrics("heldout5", "en_e11")
    assert ("Halewood Valley Housing Trust", "assessors", 5.0) in found
    assert ("Halewood Valley Housing Trust", "strengths", 26.0) in found


def test_a_speaker_s_turn_in_council_minutes_reports_for_the_unit_the_speaker_heads():
    """heldout6 tr_f11: 'İTFAİYE DAİRE BAŞKANI – ... 18 iç değerlendiricimiz toplam 432 saat çalıştı. Bu çalışma
    sonunda 27 güçlü yön ...' in the municipal council's minutes: the fire department's counts."""
    found = _metrics("heldout6", "tr_f11")
    unit = "Sarıçam Büyükşehir Belediyesi İtfaiye Dairesi Başkanlığı"
    assert {(unit, "assessors_internal", 18.0), (unit, "strengths", 27.0), (unit, "improvement_projects", 11.0)} <= found
    assert not any(org == "Sarıçam Büyükşehir Belediyesi" for org, _, _ in found)


def test_a_plan_heading_in_a_table_of_contents_opens_no_plan_section():
    """heldout9 en_i10: the contents list '4. Next steps' before '1. Executive summary'; the summary's counts
    ('Four assessors ... a total of 168 hours', 'seven strengths and seven areas for improvement') are reported."""
    found = _metrics("heldout9", "en_i10")
    trust = "Severnvale Community Healthcare NHS Trust"
    assert {(trust, "assessors", 4.0), (trust, "assessment_hours", 168.0), (trust, "strengths", 7.0)} <= found


@pytest.mark.parametrize(
    ("batch", "doc_id", "owner", "value"),
    [
        ("heldout9", "fa_i10", "شهرداری نیک‌آباد", 22.0),  # "۲۲ سازمان و منطقه شهرداری با حضور ۴۰ ارزیاب ارزیابی شدند"
        ("heldout6", "fa_f02", "شهرداری ارغوان‌شهر", 34.0),  # "۳۴ واحد (...) با مشارکت ۶۲ ارزیاب داخلی ... ارزیابی شدند"
    ],
)
def test_a_festival_total_read_over_an_instrumental_phrase_leaves_its_count_of_assessors(batch, doc_id, owner, value):
    found = _metrics(batch, doc_id)
    assert (owner, "organizations_assessed", value) in found
    assert any(code.startswith("assessors") for org, code, _ in found if org == owner)


def test_a_partitive_count_of_internal_assessors_keeps_a_mixed_team_s_hours_plain():
    """heldout9 tr_i02: 'Büyükşehir’in iç değerlendiricilerinden üç kişi ve bir dış değerlendirici ...; ekip toplam
    88 adam-saat çalışmıştır'."""
    found = _metrics("heldout9", "tr_i02")
    unit = "Yeşilırmak Büyükşehir Belediyesi Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert {(unit, "assessors_internal", 3.0), (unit, "assessment_hours", 88.0)} <= found
    assert not any(code == "assessment_hours_external" for _, code, _ in found)


def test_the_british_quality_foundation_named_in_full_owns_its_programme_totals():
    """heldout6 en_f04: 'the British Quality Foundation says it supported the assessment of 41 organisations by
    152 volunteer assessors'."""
    found = _metrics("heldout6", "en_f04")
    assert {
        ("British Quality Foundation", "organizations_assessed", 41.0),
        ("British Quality Foundation", "assessors", 152.0),
    } <= found
