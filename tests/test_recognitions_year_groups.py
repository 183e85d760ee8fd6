"""Recognitions an awards page lists under year headings, as a user's run reads the Chromium PDF: each item
under "2024" or "سال ۱۴۰۳" is dated by its heading; a finalist place, a membership, a person's honour and
what is still under way give nothing."""

from __future__ import annotations

from tests.rendered import recognitions_read


def test_a_table_of_awards_grouped_by_year_dates_each_row_by_its_heading():
    found = recognitions_read("heldout12", "tr_l02")
    own = "Akçayaka Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert {
        (own, "kalder", 5, 2024),
        (own, "iso", None, 2023),
        (own, "kalder", 4, 2022),
        (own, "iso", None, 2022),
        (own, "kalder", 2, 2019),
    } <= found
    # "2020–2021 | Sıfır Atık Belgesi | ... Haziran 2021’de alındı.": a span's item, dated by the year it names
    assert (own, "other", None, 2021) in found and (own, "other", None, 2020) not in found
    # "Türkiye Mükemmellik Ödülü – Finalist", and "ISO 9001 belgemizin gözetim denetimi Mart 2025’te yapılacaktır."
    assert not any(scheme == "kalder" and stars is None and org == own for org, scheme, stars, _ in found)
    assert not any(year == 2025 for *_, year in found)


def test_a_list_under_solar_year_headings_gives_each_item_its_heading_year():
    found = recognitions_read("heldout12", "fa_l02")
    own = "شرکت فولاد سپیددشت"
    assert {
        (own, "iran_national", None, 2024),  # سال ۱۴۰۳: تندیس سیمین
        (own, "iso", None, 2023),  # سال ۱۴۰۲: دریافت گواهینامه ISO 50001
        (own, "iran_national", None, 2022),
        (own, "iran_national", 4, 2020),
        (own, "iran_national", None, 2019),
    } <= found
    # "فرایند تمدید گواهینامه‌های ISO 9001 و ISO 14001 در حال انجام است": a renewal under way
    assert (own, "iso", None, 2025) not in found
