"""Counts and their owners of the twenty-ninth round: a table row headed by the short form of an organization the
page names in full is that organization's (its head cut short, left out or given as initials); a header cell that
spans two columns heads the column its counts stand in."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _metrics(text: str, language: str, tables: tuple, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, tables)], None, organization, datetime.date(2025, 3, 1))
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


def test_turkish_rows_that_cut_the_head_short_are_the_municipalities_the_page_named():
    rows = (
        ("Belediye", "Güçlü yön", "Gelişmeye açık alan", "Değerlendirici"),
        ("Ormanlı Bld.", "27", "19", "4"),
        ("Taşçeşme Bld.", "15", "33", "3"),
    )
    text = "Birlik programında Ormanlı Belediyesi ve Taşçeşme Belediyesi ödül almıştır. Özetler aşağıdadır.\n" + "\n".join(
        " ".join(row) for row in rows
    )
    found = _metrics(text, "tr", (rows,))
    assert ("Ormanlı Belediyesi", "strengths", 27.0) in found
    assert ("Taşçeşme Belediyesi", "improvement_areas", 33.0) in found
    assert ("Taşçeşme Belediyesi", "assessors", 3.0) in found


def test_persian_rows_that_leave_out_the_head_are_the_bodies_the_page_named():
    rows = (
        ("دستگاه", "تعداد ارزیابان", "نقاط قوت", "زمینه‌های بهبود"),
        ("راه و شهرسازی", "۴", "۲۶", "۴۵"),
        ("شهرداری نیک‌آباد", "۳", "۱۵", "۵۲"),
    )
    text = "در این دوره اداره کل راه و شهرسازی استان البرزکوه و شهرداری نیک‌آباد ارزیابی شدند.\n" + "\n".join(
        " ".join(row) for row in rows
    )
    found = _metrics(text, "fa", (rows,))
    assert ("اداره کل راه و شهرسازی استان البرزکوه", "strengths", 26.0) in found
    assert ("شهرداری نیک‌آباد", "improvement_areas", 52.0) in found


def test_english_row_that_gives_the_kind_in_initials_is_the_council_the_page_named():
    rows = (
        ("Organisation", "Strengths", "Areas for improvement"),
        ("Hallbeck MBC", "21", "14"),
        ("Orwin Housing Trust", "12", "9"),
    )
    text = "Hallbeck Metropolitan Borough Council and Orwin Housing Trust were assessed this year.\n" + "\n".join(
        " ".join(row) for row in rows
    )
    found = _metrics(text, "en", (rows,))
    assert ("Hallbeck Metropolitan Borough Council", "strengths", 21.0) in found
    assert ("Orwin Housing Trust", "improvement_areas", 9.0) in found


def test_a_row_that_fits_no_name_or_two_names_has_no_owner():
    rows = (
        ("Organisation", "Strengths", "Areas for improvement"),
        ("Housing", "21", "14"),
        ("Northgate", "12", "9"),
    )
    text = "Northgate Housing Trust and Northgate College were assessed this year.\n" + "\n".join(" ".join(row) for row in rows)
    found = _metrics(text, "en", (rows,))
    assert not {m for m in found if m[2] in (21.0, 14.0, 12.0, 9.0)}


def test_header_cell_spanning_two_columns_heads_the_counts_under_it():
    rows = (
        ("Organisation", "Sector", "Team size", "", "Assessment hours", ""),
        ("Dunmere Water Ltd", "Utilities", "", "6", "", "210"),
        ("Kelso Vale College", "Education", "", "3", "", "64"),
    )
    text = "Dunmere Water Ltd and Kelso Vale College were assessed in 2024.\n" + "\n".join(" ".join(row) for row in rows)
    found = _metrics(text, "en", (rows,))
    assert ("Dunmere Water Ltd", "assessors", 6.0) in found
    assert ("Dunmere Water Ltd", "assessment_hours", 210.0) in found
    assert ("Kelso Vale College", "assessment_hours", 64.0) in found


def test_persian_head_noun_that_a_verb_follows_at_once_names_no_organization():
    text = (
        "بیمارستان مهرآیین پارس در جایزه ملی ارزیابی شد. مدیر کیفیت گفت: «تیم ارزیابی پنج‌نفره بود و دو روز در بیمارستان بودند؛"
        " در گزارش بازخورد ۲۹ نقطه قوت و ۴۱ زمینه بهبود آمده بود.»"
    )
    facts = extract_document([PageInput(1, text, "fa", ())], None, None, datetime.date(2025, 3, 1))
    names = {o.canonical for o in facts.organizations}
    assert not any("بودند" in name for name in names)
    assert "بیمارستان مهرآیین پارس" in names


def test_turkish_programme_counts_are_the_page_owners_when_its_first_sentence_says_it_runs_the_programme():
    own = "Batı Ege Belediyeler Birliği"
    text = (
        f"{own} (BEBB), üye belediyelerinde kaliteyi yaygınlaştırmak amacıyla 2020 yılından bu yana “Yerel Mükemmellik "
        "Programı”nı yürütmektedir. Program, Türkiye Kalite Derneği ile imzalanan protokol çerçevesinde uygulanmaktadır.\n"
        "2024 döngüsünde 12 belediye saha ziyareti ile değerlendirilmiştir. Değerlendirme çalışmalarında toplam 31 "
        "değerlendirici görev almıştır."
    )
    found = _metrics(text, "tr", (), own)
    assert (own, "assessors", 31.0) in found
    assert ("Türkiye Kalite Derneği", "assessors", 31.0) not in found


def test_persian_unit_row_is_the_subsidiary_the_page_named_in_full_not_a_name_made_up_for_it():
    own = "شهرداری کوهدشت"
    rows = (
        ("واحد", "نقاط قوت", "زمینه‌های بهبود"),
        ("منطقه ۲", "۳۱", "۲۴"),
        ("آتش‌نشانی", "۲۲", "۳۵"),
    )
    text = "در هفتمین دوره جشنواره، منطقه ۲ و سازمان آتش‌نشانی و خدمات ایمنی شهرداری کوهدشت«۳ ستاره» گرفتند.\n" + "\n".join(
        " ".join(row) for row in rows
    )
    found = _metrics(text, "fa", (rows,), own)
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری کوهدشت", "strengths", 22.0) in found
    assert ("منطقه ۲ شهرداری کوهدشت", "strengths", 31.0) in found


def test_turkish_team_of_one_kind_named_with_the_body_it_comes_from_counts_that_kind():
    own = "Yeşilova Belediyesi"
    text = f"{own} 2024 yılında dış değerlendirmeye katılmıştır. Beş kişilik KalDer dış değerlendirme takımı saha ziyareti yapmıştır."
    found = _metrics(text, "tr", (), own)
    assert (own, "assessors_external", 5.0) in found
    assert (own, "assessors", 5.0) not in found
