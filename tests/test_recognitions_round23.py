"""Round 23 of the recognition rules: where names follow their head noun, a receiver cut after its first words, or
written without its head, is the organization the document names in full; a scheme's level dated by a solar day of
the winter is its solar year's cycle."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.recognition_owners import subject_shortened


def _read(text: str, language: str, organization: str | None, published: datetime.date) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_persian_name_cut_after_its_first_words_is_the_documents_own() -> None:
    own = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار"
    text = (
        f"گزارش ارزیابی {own}\n"
        "در ششمین دوره جشنواره تعالی مدیریت شهرداری دریاکنار (۱۴۰۳)، ۲۲ سازمان ارزیابی شدند.\n"
        "سازمان آتش‌نشانی با این امتیاز حائز تندیس دو ستاره جشنواره شد.\n"
    )
    found = _read(text, "fa", own, datetime.date(2025, 1, 24))
    assert {o for o, *_ in found} == {own}


def test_the_own_name_wins_over_another_with_the_same_first_words() -> None:
    own = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار"
    names = (own, "سازمان آتش‌نشانی شهرداری مشهد")
    assert subject_shortened(["سازمان آتش‌نشانی"], names, "fa") == [own]
    # two other organizations share the first words: neither is meant
    assert subject_shortened(["سازمان آتش‌نشانی"], ("شهرداری دریاکنار", *names[1:], "سازمان آتش‌نشانی شهرداری کرج"), "fa") == [
        "سازمان آتش‌نشانی"
    ]


def test_where_names_come_before_their_head_the_first_words_are_the_parent() -> None:
    names = ("Kestrel Vale University Estates and Facilities Directorate", "Kestrel Vale University Library")
    assert subject_shortened(["Kestrel Vale University"], names, "en") == ["Kestrel Vale University"]
    unit = "Kuzeykent Büyükşehir Belediyesi İtfaiye Dairesi Başkanlığı"
    assert subject_shortened(["Kuzeykent Büyükşehir Belediyesi"], (unit,), "tr") == ["Kuzeykent Büyükşehir Belediyesi"]


def test_a_persian_name_written_without_its_head_noun_receives() -> None:
    text = (
        "جدول سازمان‌های ارزیابی‌شده: شرکت سیمان سپیدکوه و شرکت بیمه آرمان‌پارس.\n"
        "سیمان سپیدکوه که در دوره ۱۴۰۱ تقدیرنامه دو ستاره جایزه ملی تعالی سازمانی گرفته بود، امسال به چهار ستاره رسید.\n"
    )
    found = _read(text, "fa", None, datetime.date(2024, 12, 2))
    assert ("شرکت سیمان سپیدکوه", "iran_national", 2, 2022) in found


def test_a_headless_name_inside_a_name_the_finder_read_is_not_taken() -> None:
    text = "در آیین سازمان مدیریت صنعتی، شرکت آب منطقه‌ای البرز تندیس سیمین جایزه ملی تعالی سازمانی را دریافت کرد.\n"
    found = _read(text, "fa", "سازمان مدیریت صنعتی", datetime.date(2024, 12, 2))
    assert {o for o, *_ in found} == {"شرکت آب منطقه‌ای البرز"}


def test_a_level_dated_by_a_winter_solar_day_is_its_solar_years_cycle() -> None:
    text = (
        "کمیته داوری در جلسه ۱۰ بهمن ۱۴۰۲ اعطای تقدیرنامه چهار ستاره جایزه ملی تعالی سازمانی به "
        "شرکت آب و فاضلاب شهری استان سپیدرود را تصویب کرد.\n"
    )
    found = _read(text, "fa", None, datetime.date(2024, 5, 1))
    assert found == {("شرکت آب و فاضلاب شهری استان سپیدرود", "iran_national", 4, 2023)}


def test_a_certificate_dated_by_a_winter_solar_day_keeps_the_days_year() -> None:
    text = "گواهینامه ISO 9001:2015 شرکت آب منطقه‌ای خاوران‌دشت در ۱۲ اسفند ۱۴۰۲ تمدید شد.\n"
    found = _read(text, "fa", None, datetime.date(2024, 7, 15))
    assert {year for *_, year in found} == {2024}
