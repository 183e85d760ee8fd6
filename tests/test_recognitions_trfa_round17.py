"""Turkish and Persian recognitions in genres beyond the press release: a province's past-winners table by cycle,
a milestone list whose dated items open with a noun of receipt, and a path "begun in 1398 with" a certificate."""

from __future__ import annotations

import pytest

from tests.rendered import recognitions_read


@pytest.mark.slow
def test_a_past_winners_table_dates_each_row_by_its_cycle_and_a_province_s_award_is_not_the_national_one():
    got = recognitions_read("heldout16", "fa_u02")  # "دوره ۱۴۰۰ | تندیس سیمین | ...", the cycle cell spanning rows
    assert ("شرکت آب و فاضلاب شهری گرگان‌رود", "other", None, 2021) in got
    assert ("بانک قرض‌الحسنه مهر اترک", "other", 4, 2022) in got  # a name wrapped onto the cell's second line
    assert ("شرکت آب و فاضلاب شهری گرگان‌رود", "other", None, 2023) in got
    assert not any(r[1] == "iran_national" or r[3] == 2024 for r in got)  # not the page's date, nor the national award


@pytest.mark.slow
def test_a_milestone_item_that_opens_with_its_year_and_a_noun_of_receipt_is_received_that_year():
    got = recognitions_read("heldout16", "fa_u04")  # "۱۴۰۰: کسب تقدیرنامه چهار ستاره."
    assert ("شرکت توسعه و بهره‌برداری بندر نایبند", "iran_national", 4, 2021) in got
    assert ("شرکت توسعه و بهره‌برداری بندر نایبند", "iran_national", None, 2023) in got  # "۱۴۰۲: دریافت تندیس بلورین"
    assert not any(r[3] == 2024 and r[1] == "iran_national" for r in got)  # "۱۴۰۳: ثبت‌نام برای ارزیابی": applied


@pytest.mark.slow
def test_a_path_begun_in_a_year_with_a_certificate_dates_that_certificate_and_the_level_two_years_later():
    # "مسیر تعالی را از سال ۱۳۹۸ با دریافت گواهی تعهد به تعالی آغاز کرد و دو سال بعد تقدیرنامه دو ستاره ..."
    got = recognitions_read("heldout16", "fa_u03")
    assert ("شرکت آب منطقه‌ای زاگرس جنوبی", "iran_national", None, 2019) in got
    assert ("شرکت آب منطقه‌ای زاگرس جنوبی", "iran_national", 2, 2021) in got


@pytest.mark.slow
def test_an_adverb_after_a_persian_name_is_no_part_of_it():
    got = recognitions_read("heldout16", "fa_u11")  # "بانک پارس‌آفرین پیش‌تر، در دوره ۱۴۰۰، تقدیرنامه چهار ستاره گرفته بود"
    assert ("بانک پارس‌آفرین", "iran_national", 4, 2021) in got
    assert not any("پیش‌تر" in (r[0] or "") for r in got)
