"""Recognitions an awards page lists under year headings, as a user's run reads the Chromium PDF: each item
under "سال ۱۴۰۳" is dated by its heading; a finalist place, a membership, a person's honour and what is still
under way give nothing."""

from __future__ import annotations

from tests.rendered import recognitions_read


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
