"""Receivers and years of the twelfth batch's Turkish and Persian dev documents, read from their Chromium PDFs:
a receiver after its award with the awarding body before it, a winner listed with its short name in brackets,
an earlier level given in brackets with its year, a hospital named without one of its words, and a bare solar
year after "در"."""

from __future__ import annotations

from tests.rendered import document_facts, recognitions_read


def test_the_awarding_body_before_the_award_is_no_receiver():
    # "Türkiye Kalite Derneği’nin (KalDer) ... törende Türkiye Mükemmellik Büyük Ödülü’nü ... Tunca ... A.Ş. kazandı."
    found = recognitions_read("heldout12", "tr_l03")
    assert ("Tunca Otomotiv Yan Sanayi A.Ş.", "kalder", None, 2024) in found
    # "Boğazkent Metro İşletmesi A.Ş. (Boğazkent Metro)" on its own line under "Mükemmellikte Yetkinlik 5 Yıldız alan kuruluşlar"
    assert ("Boğazkent Metro İşletmesi A.Ş.", "kalder", 5, 2024) in found
    assert not any(org and "Derneği" in org for org, *_ in found)


def test_an_earlier_level_in_brackets_with_its_year_is_read():
    # "... 2024 yılı Kurumsal Mükemmellik Ödülü’nde Üç Yıldız seviyesine ulaşmıştır (2023’te İki Yıldız)."
    found = recognitions_read("heldout12", "tr_l11")
    own = "KIYITAŞ Kıyıbaşı Toplu Taşıma Hizmetleri A.Ş."
    assert {(own, "municipal", 3, 2024), (own, "municipal", 2, 2023)} <= found


def test_a_hospital_named_without_one_of_its_words_is_the_documents_hospital():
    # "بیمارستان مهرآیین ... در سال ۱۴۰۱ تقدیرنامه دو ستاره ... را دریافت کرده" in a report on "بیمارستان فوق‌تخصصی مهرآیین"
    found = recognitions_read("heldout12", "fa_l01")
    assert ("بیمارستان فوق‌تخصصی مهرآیین", "iran_national", 2, 2022) in found
    assert not any(org == "بیمارستان مهرآیین" for org, *_ in found)


def test_a_bare_solar_year_after_dar_dates_the_award():
    # "بیمه سپهرآرا که سه سال پیش، در ۱۴۰۰، تندیس سیمین را گرفته بود": 1400 is 2021, not the page's year
    found = recognitions_read("heldout12", "fa_l03")
    assert any(scheme == "iran_national" and year == 2021 for _, scheme, _, year in found)


def test_the_documents_own_organization_is_no_short_name_and_a_legal_form_in_brackets_stays():
    # "شهرداری سپیدشهر" in its own report stays itself beside "شهرداری منطقه چهار سپیدشهر"
    assert ("شهرداری سپیدشهر", "iran_national", None, 2022) in recognitions_read("heldout3", "fa_c04")
    # "شرکت سیمان سپیدکوه ۲ (سهامی عام)" on a winners' line: the bracket is its legal form, no short name
    assert ("شرکت سیمان سپیدکوه ۲ (سهامی عام)", "iran_national", None, 2024) in recognitions_read("heldout4", "fa_d12")


def test_a_name_read_with_a_word_too_many_is_not_a_short_form():
    # heldout fa_n04: the university named in full keeps its commitment certificate; the page's name read with a
    # word too many ("دانشگاه دانشگاه علوم پزشکی ...") is not the full name of which it would be a short form.
    found = recognitions_read("heldout", "fa_n04")
    assert ("دانشگاه علوم پزشکی دماوند", "iran_national", None, 2021) in found


def test_a_sentence_that_opens_with_the_receiver_and_the_body_is_no_winners_line():
    # The own set's tr_a01 as LibreOffice prints it: the headline "... Mükemmellikte / Yetkinlik Ödülü" wraps, and
    # the next line "Konya Büyükşehir Belediyesi, Türkiye Kalite Derneği (KalDer)" opens a sentence; it names no two
    # winners of that award.
    found = document_facts("eval", "tr_a01", "libreoffice").recognitions
    assert sorted((r.scheme, r.level, r.year) for r in found) == [("kalder", "Mükemmellikte Yetkinlik 4 Yıldız", 2023)]
