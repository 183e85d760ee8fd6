"""Turkish and Persian results tables and award titles as held-out dev documents print them: a festival's
"واحد | امتیاز | سطح" table whose cells hold scores and counts besides the level (a name cell wrapped over two
lines, a parent's name in brackets), Turkish levels a journey began and went on with, and a Persian report's cycle."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations
from tests.rendered import recognitions_read


def found(text: str, language: str, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=date(2025, 3, 1))
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_municipality_s_name_cell_ends_where_its_score_cell_starts():
    names = [m.canonical for m in find_organizations("شهرداری نیک‌دشت ۴۶۸ چهار ستاره ۴۷ ۷۱", "fa")]
    assert names == ["شهرداری نیک‌دشت"]


@pytest.mark.slow
def test_a_festival_s_results_table_gives_each_unit_its_star_level():
    got = recognitions_read("heldout13", "fa_m02")
    assert ("شهرداری نیک‌دشت", "municipal", 4, 2024) in got
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری نیک‌دشت", "municipal", 3, 2024) in got  # its name wraps
    assert ("شهرداری باغستان", "municipal", 3, 2024) in got
    assert ("سازمان پارک‌ها و فضای سبز شهرداری باغستان", "municipal", 2, 2024) in got
    assert not any(r[0] == "شهرداری کوشک‌نو" for r in got)  # "(وابسته به / شهرداری کوشک‌نو)": the parent, in brackets


def test_a_journey_begun_and_continued_with_levels_holds_each_and_a_renewal_audit_under_way_holds_nothing():
    text = (
        "2019 yılında Mükemmellikte Kararlılık belgesiyle başlayan, 2021’de 3 Yıldız ile süren mükemmellik "
        "yolculuğunda Şirketimiz böylece bir üst basamağa çıkmış oldu. 2018 yılında ISO 39001 Karayolu Trafik "
        "Güvenliği Yönetim Sistemi belgesini alan KUTAŞ’ın ISO 14001 Çevre Yönetim Sistemi belgesi için yeniden "
        "belgelendirme denetimi sürüyor."
    )
    got = found(text, "tr", organization="Kuzeykent Toplu Taşıma A.Ş.")
    assert ("Kuzeykent Toplu Taşıma A.Ş.", "kalder", None, 2019) in got
    assert ("Kuzeykent Toplu Taşıma A.Ş.", "kalder", 3, 2021) in got
    assert {r[3] for r in got if r[1] == "iso"} == {2018}  # ISO 39001 only: the ISO 14001 audit is under way


def test_a_company_named_by_its_trade_and_a_municipality_before_an_award_noun_are_names():
    assert [m.canonical for m in find_organizations("شرکت ذوب و نورد کاوه‌سپاهان در سال", "fa")] == ["شرکت ذوب و نورد کاوه‌سپاهان"]
    row = "۸ شهرداری بندر نیک‌سار گواهی تعهد به تعالی مدیریت شهری"
    assert [m.canonical for m in find_organizations(row, "fa")] == ["شهرداری بندر نیک‌سار"]


@pytest.mark.slow
def test_a_numbered_winners_table_under_a_row_column_gives_each_row_its_level():
    got = recognitions_read("heldout13", "fa_m10")
    assert ("بانک سرمایه‌گذاری آتیه‌نوین", "iran_national", 3, 2025) in got  # "۵ بانک ... تقدیرنامه سه ستاره"
    assert ("شرکت توزیع نیروی برق آبان‌دشت", "iran_national", 2, 2025) in got
    assert ("شهرداری بندر نیک‌سار", "iran_national", None, 2025) in got
    assert ("شرکت ذوب و نورد کاوه‌سپاهان", "iran_national", None, 2018) in got  # "۱۳۹۷ و ۱۴۰۰ به ترتیب"


@pytest.mark.slow
def test_a_persian_festival_report_issued_after_new_year_dates_its_level_by_the_cycle():
    """ "دوره: ۱۴۰۳ · تاریخ: یکشنبه ۱۲ اسفند ۱۴۰۳": the report of the solar year 1403's festival, issued on
    2 March 2025, gives the level the cycle's year (1403 = 2024), as for any level the text dates by its year."""
    got = recognitions_read("heldout12", "fa_l10")
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری ارغوان‌شهر", "municipal", 3, 2024) in got
    assert not any(r[3] == 2025 for r in got)


def test_the_sentence_leading_into_a_results_table_dates_its_rows_over_the_period_the_page_reports_on():
    text = (
        "گزارش عملکرد سالانه ۱۴۰۲\n"
        "جشنواره تعالی شهرداری‌های استان در سال ۱۴۰۲ برگزار شد.\n"
        "در آیین اختتامیه که اردیبهشت ۱۴۰۳ برگزار شد، واحدهای زیر گواهی ستاره دریافت کردند:\n"
        "واحد امتیاز سطح\n"
        "شهرداری نیک‌دشت ۴۶۸ چهار ستاره\n"
        "شهرداری باغستان ۳۷۷ سه ستاره\n"
    )
    got = found(text, "fa")
    assert ("شهرداری نیک‌دشت", "municipal", 4, 2024) in got
    assert ("شهرداری باغستان", "municipal", 3, 2024) in got
