"""Recognitions of the twelfth batch's dev documents as a user's run reads their Chromium PDFs: a history
timeline whose lines open with their year ("2013 KalDer’den Mükemmellikte Kararlılık belgesi aldı.") dates
each line's award by it, never by the page's date."""

from __future__ import annotations

from tests.rendered import recognitions_read


def test_a_timelines_line_is_dated_by_the_year_it_opens_with():
    found = recognitions_read("heldout12", "tr_l04")
    company = "Körfezkent Deniz Ulaşım A.Ş."
    assert {(company, "iso", None, 2006), (company, "kalder", None, 2013), (company, "kalder", 3, 2016)} <= found
    assert (company, "iso", None, 2022) in found  # "2022 ISO 14001 ... ve ISO 45001 ... belgelerini aldı."
    assert not any(year == 2025 for *_, year in found)  # the page's own date ("Son güncelleme: 3 Şubat 2025")
