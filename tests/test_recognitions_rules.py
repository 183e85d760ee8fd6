"""Recognitions as a reader of the sentence would list them: what was received, by whom and in which
year; nothing from plans, applications, memberships, shortlists or contract awards. Sentences are
written for these tests in Turkish, Persian and English; one test reads a rendered held-out PDF."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

HELDOUT = Path(__file__).parent / "heldout"


def recognitions_of(text: str, language: str, organization: str | None = None, published_on: date | None = None):
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return facts.recognitions


def keys(text: str, language: str, **hints) -> set[tuple]:
    return {(r.organization, r.scheme, r.stars, r.year) for r in recognitions_of(text, language, **hints)}


def test_each_organization_of_a_list_receives_its_own():
    text = "Yeşilova Belediyesi ve Karaca Belediyesi 2022 yılında Mükemmellikte Yetkinlik 3 Yıldız belgesine layık görüldü."
    assert keys(text, "tr") == {
        ("Yeşilova Belediyesi", "kalder", 3, 2022),
        ("Karaca Belediyesi", "kalder", 3, 2022),
    }


def test_each_year_of_a_listed_series_is_a_recognition():
    text = "Belediyemiz 2015, 2017 ve 2020 yıllarında Mükemmellikte Kararlılık belgesi almıştır."
    found = keys(text, "tr", organization="Çamlıca Belediyesi")
    assert found == {("Çamlıca Belediyesi", "kalder", None, year) for year in (2015, 2017, 2020)}


def test_two_levels_in_one_sentence_keep_their_own_years():
    text = (
        "Ashford Borough Council achieved Committed to Excellence in 2015 and went on to reach "
        "Recognised by EFQM 4 Star in 2019, having used the EFQM Model since 2012."
    )
    assert keys(text, "en") == {
        ("Ashford Borough Council", "efqm", None, 2015),
        ("Ashford Borough Council", "efqm", 4, 2019),
    }


def test_a_start_year_or_a_deadline_never_dates_a_recognition():
    text = "Belediyemiz 2016'dan beri EFQM modelini uygulamakta olup 2021 yılında Mükemmellikte Kararlılık belgesini aldı."
    assert keys(text, "tr", organization="Çamlıca Belediyesi") == {("Çamlıca Belediyesi", "kalder", None, 2021)}


def test_without_a_year_in_the_text_the_document_date_dates_it():
    text = "Harlow District Council has been awarded Recognised by EFQM 3 Star."
    assert keys(text, "en", published_on=date(2023, 5, 2)) == {("Harlow District Council", "efqm", 3, 2023)}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Belediyemiz 2026 yılında Türkiye Mükemmellik Ödülü'ne başvurmayı planlıyor.", "tr"),
        ("Hedefimiz 2027 yılı sonuna kadar Mükemmellikte Yetkinlik 5 Yıldız seviyesine ulaşmak.", "tr"),
        ("Harlow District Council has been shortlisted for the EFQM Global Award.", "en"),
        ("Harlow District Council became a member of EFQM in 2020 and received its membership certificate.", "en"),
        ("The council has awarded a £3m contract to Brightline Ltd for the renewal of street lighting.", "en"),
        ("Our ambition is to be Recognised by EFQM 5 Star by 2027.", "en"),
        ("Three councils were awarded the European Label of Governance Excellence this year.", "en"),
        ("Harlow District Council's chief executive Dr. Amy Lowe received the Public Leader of the Year Award.", "en"),
        ("Belediye Başkanı Sayın Ali Kaya, Yılın Yerel Yöneticisi Ödülüne layık görüldü.", "tr"),
        ("شهرداری نیک‌آباد امیدوار است در دوره آینده تندیس زرین جایزه ملی تعالی را دریافت کند.", "fa"),
        ("این سازمان در سال ۱۴۰۲ برای دریافت تقدیرنامه ثبت‌نام کرد.", "fa"),
    ],
)
def test_plans_applications_memberships_shortlists_and_contracts_give_none(text, language):
    assert recognitions_of(text, language, organization="Harlow District Council", published_on=date(2024, 3, 1)) == []


def test_a_finalist_clause_does_not_cancel_the_award_beside_it():
    text = (
        "Karaca Belediyesi 2019 yılında Mükemmellikte Yetkinlik belgesine layık görülmüş, "
        "geçen yıl ise Türkiye Mükemmellik Büyük Ödülü'nde finalistler arasında yer almıştı."
    )
    assert keys(text, "tr") == {("Karaca Belediyesi", "kalder", None, 2019)}


def test_the_giver_is_not_the_receiver():
    text = (
        "Karaca Belediyesi, Türkiye Kalite Derneği (KalDer) tarafından düzenlenen törende "
        "Mükemmellikte Yetkinlik 4 Yıldız belgesine layık görüldü."
    )
    assert {r.organization for r in recognitions_of(text, "tr", published_on=date(2024, 11, 14))} == {"Karaca Belediyesi"}


def test_levels_are_in_base_form_on_one_line():
    text = "Karaca Belediyesi bu yıl Türkiye Mükemmellik Ödülü'nü almaya hak kazandı ve Mükemmellikte\nYetkinlik 4 Yıldız belgesini aldı."
    levels = {r.level for r in recognitions_of(text, "tr", published_on=date(2024, 11, 14))}
    assert levels == {"Türkiye Mükemmellik Ödülü", "Mükemmellikte Yetkinlik 4 Yıldız"}


def test_persian_statue_is_dated_by_the_solar_hijri_year():
    text = "شهرداری نیک‌آباد در سال ۱۴۰۱ موفق به دریافت تندیس سیمین جایزه ملی تعالی سازمانی شد."
    found = recognitions_of(text, "fa", organization="شهرداری نیک‌آباد")
    assert [(r.scheme, r.level, r.year) for r in found] == [("iran_national", "تندیس سیمین", 2022)]


def test_band_definitions_in_brackets_are_not_the_result():
    text = (
        "بر اساس آیین‌نامه جشنواره تعالی شهرداری (۳۰۰ تا ۳۹۹ امتیاز: سه ستاره؛ ۴۰۰ امتیاز و بالاتر: چهار ستاره)، "
        "این سازمان در این دوره سه ستاره دریافت کرد."
    )
    found = recognitions_of(text, "fa", organization="شهرداری نیک‌آباد", published_on=date(2023, 11, 26))
    assert [(r.scheme, r.stars, r.year) for r in found] == [("municipal", 3, 2023)]


def test_iso_certificates_are_one_each():
    text = "Yeşilova Belediyesi ISO 9001:2015 ve ISO 14001:2015 belgelerini 2020 yılında almıştır."
    found = recognitions_of(text, "tr")
    assert {(r.scheme, r.level, r.year) for r in found} == {("iso", "ISO 9001", 2020), ("iso", "ISO 14001", 2020)}


def test_a_listing_page_gives_one_recognition_per_organization_and_span():
    text = (
        "Kurul tarafından akredite edilen kurumlar\n"
        "Kurum Akreditasyon Tarihi Bitiş Tarihi\n"
        "Yeşilova Belediyesi\n01.03.2019 28.02.2022\n"
        "Karaca Belediyesi\n15.06.2018 14.06.2021\n14.06.2021 14.06.2024\n"
        "Kurumların başvuruları her yıl ocak ayında alınmakta ve değerlendirilmektedir.\n"
    )
    assert keys(text, "tr") == {
        ("Yeşilova Belediyesi", "other", None, 2019),
        ("Karaca Belediyesi", "other", None, 2018),
        ("Karaca Belediyesi", "other", None, 2021),
    }
    # the warehouse sets aside a fact whose quote is not the page's own words
    assert all(r.evidence.quote in text for r in recognitions_of(text, "tr"))


@pytest.mark.slow
def test_a_rendered_strategic_plan_gives_its_achieved_recognitions_and_not_its_targets():
    from exbench.reading import read_document

    label = json.loads((HELDOUT / "labels" / "tr_p01.json").read_text(encoding="utf-8"))
    title, pages = read_document(HELDOUT / "pdf-chromium" / "tr_p01.pdf", "application/pdf")
    facts = extract_document(
        [PageInput(p.page_number, p.text, p.language) for p in pages],
        title=title,
        organization=label["manifest_organization"],
        published_on=date.fromisoformat(label["published_on"]),
    )
    found = {(r.scheme, r.stars, r.year) for r in facts.recognitions if r.organization == "Akçaova Belediyesi"}
    assert {("kalder", None, 2018), ("kalder", 3, 2021), ("eloge", None, 2019), ("eloge", None, 2023)} <= found
    assert not {r for r in facts.recognitions if r.year and r.year >= 2025}  # the plan's targets and application
    assert all("\n" not in (r.level or "") for r in facts.recognitions)


def test_levels_and_years_named_in_order_go_pairwise():
    text = "شهرداری نیک‌آباد در سال‌های ۱۳۹۶ و ۱۳۹۷ به ترتیب تقدیرنامه دو و سه ستاره جایزه ملی تعالی را دریافت کرد."
    found = recognitions_of(text, "fa", organization="شهرداری نیک‌آباد")
    assert sorted((r.level, r.stars, r.year) for r in found) == [
        ("تقدیرنامه دو ستاره", 2, 2017),
        ("تقدیرنامه سه ستاره", 3, 2018),
    ]


def test_stars_named_before_the_level_belong_to_it():
    text = "Yeşilova Belediyesi 2021 yılında 4 Yıldız ile Mükemmellikte Yetkinlik belgesi almıştır."
    found = recognitions_of(text, "tr")
    assert [(r.level, r.stars, r.year) for r in found] == [("Mükemmellikte Yetkinlik 4 Yıldız", 4, 2021)]
