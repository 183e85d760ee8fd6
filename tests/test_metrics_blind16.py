"""Counts of the sixteenth blind batch's dev half (tests/heldout16): pages of counts about several organizations
(a holding's members' table, an award body's cycle statistics, two companies compared), whose columns name a
count by its noun and its unit in brackets, or by a plural."""

from __future__ import annotations

from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_turkish_columns_that_name_the_team_and_the_assessment_by_their_unit():
    """heldout16 tr_u11: "Kuruluş | Kategori | Takım (kişi) | Saha ziyareti (gün) | Değerlendirme (saat) | ..."; the
    days column is read past."""
    found = _metrics("heldout16", "tr_u11")
    hospital = "Özel Yeşilçam Hastanesi"
    assert {(hospital, "assessors", 4.0), (hospital, "assessment_hours", 88.0)} <= found
    assert (hospital, "assessors", 2.0) not in found and (hospital, "assessment_hours", 2.0) not in found


def test_a_persian_column_of_internal_assessors_in_the_plural():
    """heldout16 fa_u12: "شرکت | ارزیابان داخلی | نفرساعت خودارزیابی | ..." counts each member's internal assessors."""
    found = _metrics("heldout16", "fa_u12")
    assert ("شرکت آب منطقه‌ای کویرسار", "assessors_internal", 7.0) in found
    assert not any(code == "assessors" for _, code, _ in found)
