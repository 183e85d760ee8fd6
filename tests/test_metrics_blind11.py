"""Counts of the eleventh batch's dev pages, read from their rendered PDFs as a user's run reads them: a union's
applications and volunteers are the union's, an independent assessor is an assessor, a practice chosen as a best
practice is counted."""

from __future__ import annotations

from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple[str | None, str, float]]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_a_union_s_applications_and_trained_volunteers_who_served_are_the_union_s():
    """heldout11 tr_k01: 'Birlik, 2024 döneminde ... gelen 17 başvuruyu değerlendirmiş; değerlendirmelerde Birliğin
    eğitim almış 46 gönüllü değerlendiricisi görev yapmıştır.': trained assessors who served are counted, and a
    programme's figures are the union's, not the bus company's whose report it is."""
    found = _metrics("heldout11", "tr_k01")
    union = "Batı Anadolu Belediyeler Birliği"
    assert {(union, "organizations_assessed", 17.0), (union, "assessors", 46.0)} <= found
    assert ("Ilıcakent Toplu Taşıma ve Ulaşım Hizmetleri A.Ş.", "assessors", 4.0) in found


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
