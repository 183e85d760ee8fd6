"""Turkish and Persian recognitions as dev documents write them: Persian results tables of many columns dated by
the cycle named above them, a range of stars, a table's header row, and a Persian dative receiver."""

from __future__ import annotations

import pytest

from tests.rendered import recognitions_read


@pytest.mark.slow
def test_a_persian_table_of_many_columns_gives_each_row_its_level():
    got = recognitions_read("heldout15", "fa_t11")  # "سازمان بخش تعداد ارزیابان ... سطح کسب‌شده"
    assert ("بیمارستان تخصصی و فوق‌تخصصی مهرگان", "iran_national", None, 2024) in got
    assert ("شرکت سیمان سپیدکوه", "iran_national", 4, 2024) in got
    assert ("شرکت بیمه آرمان‌پارس", "iran_national", 3, 2024) in got
    assert not any(r[0] and r[0].startswith("سازمان همیاری") for r in got)  # "در انتظار بازدید تکمیلی": pending


@pytest.mark.slow
def test_a_festival_table_takes_the_cycle_named_above_it_and_sentences_name_its_rows_in_full():
    got = recognitions_read("heldout15", "fa_t12")  # a newsletter of Tir 1404 on the festival's cycle 1403
    assert ("سازمان مدیریت حمل‌ونقل بار شهرداری کرانه", "municipal", 3, 2024) in got
    assert ("منطقه دو شهرداری کرانه", "municipal", 2, 2024) in got
    # "شرکت عمران و بهسازی ... این شرکت در سال ۱۴۰۲ گواهینامه ISO 9001": the row's company, named in full
    assert ("شرکت عمران و بهسازی شهری کرانه", "iso", None, 2023) in got
    assert not any(r[3] == 2025 or (r[0] or "") == "سازمان حمل‌ونقل بار" for r in got)  # no guessed year, no short twin


@pytest.mark.slow
def test_a_range_of_stars_names_the_scale_and_no_level():
    got = recognitions_read("heldout14", "fa_s11")  # "... برگزیده بر اساس امتیاز ارزیابی، از یک تا چهار ستاره دریافت کردند"
    assert not any(r[0] == "شهرداری سپیدکوه" for r in got)
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری سپیدکوه", "municipal", 4, 2023) in got


@pytest.mark.slow
def test_the_header_row_of_a_table_printed_under_a_list_s_introduction_is_no_winner():
    got = recognitions_read("heldout15", "fa_t03")  # "فهرست دریافت‌کنندگان تقدیرنامه ... به شرح زیر است:" then "سازمان سطح"
    assert not any(r[0] == "سازمان سطح" for r in got)
    assert ("دانشگاه صنعتی کاوه", "iran_national", 3, 2024) in got


@pytest.mark.slow
def test_a_persian_award_given_to_names_after_it_is_theirs_not_the_last_clause_s_receiver():
    got = recognitions_read("heldout15", "fa_t03")
    # "تندیس سیمین به شرکت پالایش ... رسید و تندیس بلورین به طور مشترک به بانک ... و شرکت آب و فاضلاب ... اهدا شد"
    assert ("بانک تجارت نوین پارس", "iran_national", None, 2024) in got
    assert ("شرکت آب و فاضلاب استان البرزکوه", "iran_national", None, 2024) in got
    assert ("شرکت پالایش گاز کوهسار جنوبی", "iran_national", None, 2024) in got
