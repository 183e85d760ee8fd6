"""Counts of organizations assessed told by the verbs a writer uses for an assessment (active or passive, with
the assessors who did it between the count and the verb, the part of those who entered that was), a team said to
consist of its members, and the units an organization assesses in its own self-assessment: read from the dev pages'
rendered PDFs as a user's run reads them."""

from __future__ import annotations

from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple[str | None, str, float]]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_units_a_self_assessment_assessed_are_the_organization_s_own():
    """heldout6 tr_f03, council minutes: '2024 yılı öz değerlendirme sürecinde 18 iç değerlendirici 11 müdürlüğü
    değerlendirmiş, iç değerlendiriciler toplam 432 adam-saat çalışmıştır.': an active verb counts the units assessed,
    and a self-assessment is the municipality's own, not the award body's the minutes named before."""
    found = _metrics("heldout6", "tr_f03")
    municipality = "Kumlubel Belediyesi"
    assert {
        (municipality, "organizations_assessed", 11.0),
        (municipality, "assessors_internal", 18.0),
        (municipality, "assessment_hours_internal", 432.0),
    } <= found


def test_the_assessors_between_a_count_and_its_verb_leave_both_counts():
    """heldout6 tr_f01: '... ön incelemeyi geçen 12 belediye 41 gönüllü değerlendiricinin katılımıyla sahada
    değerlendirilmiştir.' and 'Gölyaka Belediyesi’nin değerlendirme takımı, takım lideri Dr. Sevim Arıkan ile
    birlikte dört kişiden oluşmuştur.'"""
    found = _metrics("heldout6", "tr_f01")
    union = "Güney Marmara Belediyeler Birliği"
    assert {(union, "organizations_assessed", 12.0), (union, "assessors", 41.0)} <= found
    assert ("Gölyaka Belediyesi", "assessors", 4.0) in found


def test_units_taken_to_a_site_visit_are_assessed():
    """heldout9 tr_i02: 'Ödül programına bu yıl 11 birim başvurmuş, bunlardan 9’u saha ziyaretine alınmıştır.'"""
    assert ("Yeşilırmak Büyükşehir Belediyesi", "organizations_assessed", 9.0) in _metrics("heldout9", "tr_i02")


def test_part_of_the_applicants_assessed_is_counted():
    """heldout9 en_i03: 'This year 96 organisations entered; 58 of them were assessed on site by our 31 volunteer
    assessors': those who entered are no count of the assessed, the part that was assessed is."""
    found = document_facts("heldout9", "en_i03").metrics
    assert [m.value for m in found if m.metric_code == "organizations_assessed"] == [58.0]


def test_hours_under_a_row_of_internal_assessors_are_internal_hours():
    """heldout9 tr_i10, a stats block: 'İç değerlendirici: 14 kişi' / 'Çalışma: 392 adam-saat'."""
    found = _metrics("heldout9", "tr_i10")
    unit = "Karaçam Büyükşehir Belediyesi Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert {(unit, "assessors_internal", 14.0), (unit, "assessment_hours_internal", 392.0)} <= found


def test_a_team_of_n_persons_written_as_one_word_is_counted():
    """heldout9 fa_i03: 'تیم هفت‌نفره ارزیابان در مجموع ۲۴۰ نفرساعت در شرکت ما حضور داشتند': the count and 'نفره'
    joined by a zero-width non-joiner. The sentence names the company less a middle word ("شرکت آب و فاضلاب خاوران"):
    the counts go to the name the page gives in full, "شرکت آب و فاضلاب استان خاوران"."""
    found = _metrics("heldout9", "fa_i03")
    full = "شرکت آب و فاضلاب استان خاوران"
    assert {(full, "assessors", 7.0), (full, "assessment_hours", 240.0)} <= found
