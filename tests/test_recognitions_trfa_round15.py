"""Persian recognitions as held-out dev documents write them: a unit or company named
without its municipality, a result beside an aside on the round before, a score
that led to a level, a candidacy, and a plaque for counted people."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import recognitions_read


def found(text: str, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, "fa")], organization=organization, published_on=date(2025, 2, 1))
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_result_beside_an_aside_on_the_round_before_is_received():
    text = (
        "گزارش ارزیابی سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار\n"
        "ششمین جشنواره تعالی مدیریت شهرداری دریاکنار\n"
        "سازمان آتش‌نشانی با این امتیاز حائز تندیس دو ستاره جشنواره شد ( در دوره پنجم: ۳۶۱ امتیاز)."
    )
    got = found(text, organization="سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار")
    assert {(r[1], r[2], r[3]) for r in got} == {("municipal", 2, 2025)}  # received, in the document's round


@pytest.mark.slow
def test_a_municipality_s_festival_table_names_its_units_and_companies_in_full():
    got = recognitions_read("heldout14", "fa_s11")
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری سپیدکوه", "municipal", 4, 2023) in got
    assert ("سازمان مدیریت حمل و نقل مسافر شهرداری سپیدکوه", "municipal", 3, 2023) in got
    assert ("شرکت بهره‌برداری قطار شهری سپیدکوه", "municipal", 3, 2023) in got  # a company: the city alone
    assert not any(r[0] == "سازمان آتش‌نشانی و خدمات ایمنی" for r in got)


@pytest.mark.slow
def test_a_unit_s_report_gives_its_festival_level_beside_the_round_before():
    got = recognitions_read("heldout14", "fa_s03")
    assert ("municipal", 2, 2024) in {r[1:] for r in got}  # beside "( در دوره پنجم: ۳۶۱ امتیاز)"
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار", "iso", None, 2023) in got  # "سازمان": the unit itself
    assert ("سازمان حمل‌ونقل بار شهرداری دریاکنار", "municipal", 3, 2024) in got


def test_a_score_that_led_to_a_level_is_a_level_received_in_its_round():
    text = (
        "بانک اعتبار تعاون ایرانیان («بانک اعتبار تعاون») در دوره ۱۴۰۳ جایزه ملی تعالی سازمانی توسط تیمی هشت‌نفره "
        "ارزیابی شد. امتیاز بانک در دوره ۱۴۰۱، ۴۰۲ بود که به دریافت تقدیرنامه چهار ستاره منجر شد."
    )
    got = found(text, organization="بانک اعتبار تعاون ایرانیان")
    assert ("بانک اعتبار تعاون ایرانیان", "iran_national", 4, 2022) in got


def test_a_candidate_for_a_level_holds_none_and_a_weekday_is_no_part_of_a_name():
    text = (
        "دانشگاه صنعتی کوهسار پنجشنبه گزارش ارزیابی را دریافت کرد. دانشگاه در سال ۱۴۰۱ گواهینامه ISO 21001 سیستم "
        "مدیریت سازمان‌های آموزشی را دریافت کرده و در رتبه‌بندی ملی دانشگاه‌های صنعتی رتبه ۳ را دارد؛ عضو کنسرسیوم "
        "دانشگاه‌های نسل سوم است و خود را کاندیدای تندیس بلورین دوره بعد می‌داند."
    )
    got = found(text, organization="دانشگاه صنعتی کوهسار")
    assert ("دانشگاه صنعتی کوهسار", "iso", None, 2022) in got
    assert not any(r[1] == "iran_national" for r in got)
    assert all(r[0] == "دانشگاه صنعتی کوهسار" for r in got)


def test_a_plaque_given_to_counted_assessors_or_contractors_is_no_organization_s_recognition():
    text = (
        "همچنین در آیین «روز ملی صنعت گاز» از ۱۲ پیمانکار برتر شرکت با اهدای لوح تقدیر قدردانی شد. "
        "در پایان مراسم، مدیرعامل بیمارستان امید شفا به عنوان «مدیر تعالی‌گرای سال» معرفی شد و از ۱۲ ارزیاب ممتاز "
        "این دوره نیز با اهدای لوح تقدیر قدردانی شد."
    )
    assert found(text, organization="شرکت گاز استان آبان‌دشت") == set()
