"""Metric and recognition rules on sentences written for these tests (not the seeds'),
in Turkish, Persian and English, including the traps: plans, budgets, other
organizations' figures, hoped-for and applied-for awards."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def facts_of(text: str, language: str, organization: str | None = None, published_on: date | None = None):
    return extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)


def metric_set(text, language, **hints):
    return {(m.organization, m.metric_code, m.value) for m in facts_of(text, language, **hints).metrics}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Konya Büyükşehir Belediyesi'nde yapılan değerlendirmede 42 güçlü yön ve 87 gelişmeye açık alan belirlendi.",
            "tr",
            {("Konya Büyükşehir Belediyesi", "strengths", 42), ("Konya Büyükşehir Belediyesi", "improvement_areas", 87)},
        ),
        (
            "Nilüfer Belediyesi, değerlendirme sonucunda belirlenen alanlar için on dört iyileştirme projesi başlattı.",
            "tr",
            {("Nilüfer Belediyesi", "improvement_projects", 14)},
        ),
        (
            "Çalışmaya 12 iç değerlendirici ve 4 dış değerlendirici katıldı.",
            "tr",
            {("Maltepe Belediyesi", "assessors_internal", 12), ("Maltepe Belediyesi", "assessors_external", 4)},
        ),
        (
            "Isfahan Municipality identified 1,293 strengths and 2,731 areas for improvement.",
            "en",
            {("شهرداری اصفهان", "strengths", 1293), ("شهرداری اصفهان", "improvement_areas", 2731)},
        ),
        (
            "The assessment team of 18 assessors spent 640 person-hours of assessment in five weeks.",
            "en",
            {("Leeds City Council", "assessors", 18), ("Leeds City Council", "assessment_hours", 640)},
        ),
        (
            "در ارزیابی شهرداری شیراز سیصد و دوازده نقطه قوت و ۴۵۰ نقطه قابل بهبود شناسایی شد.",
            "fa",
            {("شهرداری شیراز", "strengths", 312), ("شهرداری شیراز", "improvement_areas", 450)},
        ),
        (
            "در این دوره ۲۴ پروژه بهبود تعریف شد و ۹ تجربه برتر معرفی شد.",
            "fa",
            {("شهرداری تبریز", "improvement_projects", 24), ("شهرداری تبریز", "best_practices", 9)},
        ),
    ],
)
def test_reported_counts(text, language, expected):
    organization = {"tr": "Maltepe Belediyesi", "en": "Leeds City Council", "fa": "شهرداری تبریز"}[language]
    if "Konya" in text or "Nilüfer" in text or "Isfahan" in text or "شیراز" in text:
        organization = None
    assert metric_set(text, language, organization=organization) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Belediye 2025 yılına kadar 50 iyileştirme projesi hayata geçirmeyi hedefliyor.", "tr"),
        ("Belediyemiz önümüzdeki yıl 20 iyileştirme projesi başlatacak.", "tr"),
        ("Proje için 12 milyon TL bütçe ayrıldı ve 40 güçlü yön hedefi konuldu.", "tr"),
        ("The council will launch 20 improvement projects next year.", "en"),
        ("The council plans to identify 30 strengths by 2026.", "en"),
        ("قرار است ۳۰ پروژه بهبود در سال آینده اجرا شود.", "fa"),
        ("جمعیت این شهر ۲ میلیون نفر است.", "fa"),
    ],
)
def test_plans_budgets_and_populations_are_not_metrics(text, language):
    organization = {"tr": "Maltepe Belediyesi", "en": "Leeds City Council", "fa": "شهرداری تبریز"}[language]
    assert metric_set(text, language, organization=organization) == set()


def test_another_organizations_figure_is_attributed_to_it():
    text = (
        "Kayseri Büyükşehir Belediyesi 35 güçlü yön ile öne çıktı. "
        "Geçen yıl aynı değerlendirmede Eskişehir Büyükşehir Belediyesi 28 güçlü yön elde etmişti."
    )
    assert metric_set(text, "tr", organization="Kayseri Büyükşehir Belediyesi") == {
        ("Kayseri Büyükşehir Belediyesi", "strengths", 35),
        ("Eskişehir Büyükşehir Belediyesi", "strengths", 28),
    }


def recognition_set(text, language, **hints):
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts_of(text, language, **hints).recognitions}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Bursa Büyükşehir Belediyesi, KalDer tarafından düzenlenen törende Mükemmellikte Yetkinlik 4 Yıldız belgesini aldı.",
            "tr",
            {("Bursa Büyükşehir Belediyesi", "kalder", 4, 2024)},
        ),
        (
            "Gaziantep Metropolitan Municipality was awarded the Recognised by EFQM 5 Star certificate in 2022.",
            "en",
            {("Gaziantep Metropolitan Municipality", "efqm", 5, 2022)},
        ),
        (
            "شهرداری مشهد در بیست و سومین دوره جایزه ملی تعالی سازمانی موفق به دریافت تندیس سیمین شد.",
            "fa",
            {("شهرداری مشهد", "iran_national", None, 2024)},
        ),
        (
            "شهرداری یزد تقدیرنامه سه ستاره جایزه ملی تعالی سازمانی را دریافت کرد.",
            "fa",
            {("شهرداری یزد", "iran_national", 3, 2024)},
        ),
        (
            "Üsküdar Belediyesi ISO 9001:2015 Kalite Yönetim Sistemi belgesini almaya hak kazandı.",
            "tr",
            {("Üsküdar Belediyesi", "iso", None, 2024)},
        ),
    ],
)
def test_received_recognitions(text, language, expected):
    assert recognition_set(text, language, published_on=date(2024, 5, 2)) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Belediyemiz bu yıl EFQM Mükemmellikte Yetkinlik ödülü için başvuru yaptı.", "tr"),
        ("Türkiye Mükemmellik Ödülü başvuruları başladı.", "tr"),
        ("The council hopes to achieve Recognised by EFQM 4 Star next year.", "en"),
        ("Leeds City Council has been shortlisted for the EFQM Global Award.", "en"),
        ("شهرداری قم امیدوار است در دوره آینده تندیس زرین را کسب کند.", "fa"),
        ("شهرداری کرج برای دریافت تندیس بلورین ثبت نام کرد.", "fa"),
    ],
)
def test_hoped_applied_and_announced_are_not_recognitions(text, language):
    assert recognition_set(text, language, published_on=date(2024, 5, 2)) == set()


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Eskişehir Büyükşehir Belediyesi, Türkiye Mükemmellik Ödülü'nün sahibi oldu.",
            "tr",
            {("Eskişehir Büyükşehir Belediyesi", "kalder", None, 2024)},
        ),
        (
            "Sheffield City Council was named winner of the EFQM Global Award.",
            "en",
            {("Sheffield City Council", "efqm", None, 2024)},
        ),
        (
            "شهرداری کرج مفتخر به دریافت تندیس زرین جایزه ملی تعالی سازمانی شد.",
            "fa",
            {("شهرداری کرج", "iran_national", None, 2024)},
        ),
        ("شهرداری رشت تقدیرنامه چهار ستاره را از آن خود کرد.", "fa", {("شهرداری رشت", "iran_national", 4, 2024)}),
    ],
)
def test_more_ways_of_saying_received(text, language, expected):
    assert recognition_set(text, language, published_on=date(2024, 5, 2)) == expected


@pytest.mark.parametrize(
    "text, language, organization, expected",
    [
        (
            "The council identified a total of 212 strengths during the assessment.",
            "en",
            "York City Council",
            {("York City Council", "strengths", 212)},
        ),
        ("نقاط قوت شناسایی شده ۲۳۴ مورد بود.", "fa", "شهرداری قم", {("شهرداری قم", "strengths", 234)}),
    ],
)
def test_more_ways_of_reporting_counts(text, language, organization, expected):
    assert metric_set(text, language, organization=organization) == expected
