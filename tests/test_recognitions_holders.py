"""Recognitions as the seventh held-out batch's dev pages print them: a record of what an organization holds
laid out as a timeline (a series of years wrapped over lines, bullets, a month before the year, a row "for"
another organization, a unit in the scope cell), a footnote number after a sentence's full stop, units that
receive ("İtfaiye Müdürlüğümüz", "Zabıta Müdürlüğü’ne"), two Persian names joined by "و", a winners heading
with no colon, and an accreditation given by its verb."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.test_recognitions_references import _read


def found(text: str, language: str, organization: str | None = None, published_on: date = date(2024, 12, 12)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_record_of_recognition_gives_each_year_of_a_series_and_a_row_for_another_organization_to_it():
    release = (
        "Calderbrook wins European label for good governance\n"
        "A record of recognition\n"
        "2016, 2019,\n"
        "2022\n"
        "Customer Service Excellence standard — achieved and re-accredited for the Council’s Contact\n"
        "Centre\n"
        "2023 Investors in People Gold\n"
        "March 2024 ISO 14001 for Calderbrook Leisure Trust, the Council’s leisure partner\n"
        "The Council has been shortlisted in the LGC Awards 2024 (Digital Impact category) and is now working towards "
        "Investors in People Platinum, with an assessment planned for 2025.\n"
    )
    got = found(release, "en", organization="Calderbrook Borough Council", published_on=date(2024, 7, 4))
    unit = "Calderbrook Borough Council Contact Centre"
    assert got == {
        (unit, "other", None, 2016),
        (unit, "other", None, 2019),
        (unit, "other", None, 2022),
        ("Calderbrook Borough Council", "other", None, 2023),
        ("Calderbrook Leisure Trust", "iso", None, 2024),
    }


def test_a_timeline_ends_at_running_text_and_a_bare_unit_in_its_scope_holds_its_row():
    report = (
        "Tablo 14. Ödül ve Belgeler\n"
        "Yıl Ödül / Belge Veren Kuruluş Alan Birim\n"
        "2022 Sıfır Atık Belgesi (Temel Seviye) Çevre, Şehircilik ve İklim\n"
        "Değişikliği Bakanlığı\n"
        "Temizlik İşleri\n"
        "Müdürlüğü\n"
        "2021 Mükemmellikte Kararlılık 2\n"
        "Yıldız\n"
        "KalDer Belediye geneli\n"
        "Akyaka Belediyesi İtfaiye Müdürlüğü, 2023 yılında Türkiye\n"
        "Belediyeler Birliği’nin yarışmasında finale kalmış, ancak ödül alamamıştır. Belediyemiz ayrıca\n"
        "Türkiye Mükemmellik Ödülü 2024 dönemi için KalDer’e başvurusunu yapmıştır.\n"
    )
    got = found(report, "tr", organization="Akyaka Belediyesi", published_on=date(2024, 3, 1))
    assert ("Akyaka Belediyesi Temizlik İşleri Müdürlüğü", "other", None, 2022) in got
    assert ("Akyaka Belediyesi", "kalder", 2, 2021) in got  # the prose under the last row no longer cancels it


def test_a_timeline_of_bullets_with_solar_years():
    post = (
        "کارنامه تعالی شهرداری در یک نگاه:\n"
        "✅ ۱۴۰۰ – گواهی تعهد به تعالی ( جایزه ملی تعالی سازمانی)\n"
        "✅ ۱۴۰۱ – گواهینامه ISO 9001:2015 )سیستم مدیریت کیفیت)\n"
        "✅ ISO/IEC 27001 – ۱۴۰۲ برای سازمان فناوری اطلاعات و ارتباطات شهرداری\n"
    )
    got = found(post, "fa", organization="شهرداری ساحل‌آباد", published_on=date(2024, 4, 21))
    assert ("شهرداری ساحل‌آباد", "iran_national", None, 2021) in got
    assert ("شهرداری ساحل‌آباد", "iso", None, 2022) in got
    assert ("شهرداری ساحل‌آباد", "iso", None, 2024) not in got  # the row dates it, not the post
    # the level before the year, for the municipality's unit named with the parent's head and no place
    assert ("سازمان فناوری اطلاعات و ارتباطات شهرداری ساحل‌آباد", "iso", None, 2023) in got


def test_a_footnote_number_after_the_full_stop_ends_the_sentence():
    text = (
        "شرکت پیش از این در سال ۱۳۹۹ گواهی تعهد به تعالی و در سال ۱۴۰۰ تقدیرنامه دو ستاره دریافت کرده بود.۱\n"
        "شرکت در دوره ۱۴۰۱ نیز در جایزه ثبت‌نام کرد، اما پیش از ارزیابی انصراف داد.\n"
    )
    company = "شرکت بهره‌برداری قطار شهری آرامدشت"
    assert found(text, "fa", organization=company, published_on=date(2024, 1, 10)) == {
        (company, "iran_national", None, 2020),
        (company, "iran_national", 2, 2021),
    }


def test_units_receive_under_their_organizations_name():
    minutes = (
        "İtfaiye Müdürlüğümüz ISO 9001:2015 belgesini yeniledi, Zabıta Müdürlüğümüz ise KalDer’in "
        "Mükemmellikte Kararlılık 2 Yıldız belgesini aldı."
    )
    assert found(minutes, "tr", organization="Sarıkaya Belediyesi") == {
        ("Sarıkaya Belediyesi İtfaiye Müdürlüğü", "iso", None, 2024),
        ("Sarıkaya Belediyesi Zabıta Müdürlüğü", "kalder", 2, 2024),
    }
    report = (
        "Ödül Kurulu’nun 20 Aralık 2023 tarihli kararıyla Fen İşleri Müdürlüğü’ne Gümüş Ödül verilmiştir; Altın\n"
        "Ödül ise bu dönem Zabıta Müdürlüğü’ne verilmiştir.\n"
        "Belediyemiz ISO 9001:2015 belgesini 2019’dan bu yana sürdürmektedir.\n"
    )
    assert found(report, "tr", organization="Yeşilırmak Belediyesi Fen İşleri Müdürlüğü") == {
        ("Yeşilırmak Belediyesi Fen İşleri Müdürlüğü", "other", None, 2023),
        ("Yeşilırmak Belediyesi Zabıta Müdürlüğü", "other", None, 2023),
        ("Yeşilırmak Belediyesi", "iso", None, 2019),  # "Belediyemiz" in a report on its unit
    }


def test_two_persian_names_joined_by_and_and_a_winners_heading_without_a_colon():
    news = (
        "همچنین بانک سپهرآیین و شرکت گاز استان کوهدشت هر یک تندیس بلورین گرفتند.\n"
        "برگزیدگان تقدیرنامه چهار ستاره\n"
        "دانشگاه علوم پزشکی ارس\n"
        "شرکت توزیع نیروی برق شهرستان مهرگان\n"
    )
    assert found(news, "fa", published_on=date(2024, 11, 27)) == {
        ("بانک سپهرآیین", "iran_national", None, 2024),
        ("شرکت گاز استان کوهدشت", "iran_national", None, 2024),
        ("دانشگاه علوم پزشکی ارس", "iran_national", 4, 2024),
        ("شرکت توزیع نیروی برق شهرستان مهرگان", "iran_national", 4, 2024),
    }


def test_an_accreditation_given_by_its_verb_and_a_note_that_defines_a_scheme():
    text = (
        "Harbor County Fire-Rescue (HCFR) applied for the 2024 Governor’s Award for Performance Excellence. "
        "HCFR was first accredited by the Commission on Fire Accreditation International (CFAI) in 2015 and "
        "reaccredited in 2020.\n"
    )
    assert found(text, "en", organization="Harbor County Fire-Rescue") == {
        ("Harbor County Fire-Rescue", "other", None, 2015),
        ("Harbor County Fire-Rescue", "other", None, 2020),
    }
    note = "1. ELoGE is awarded by national platforms accredited by the Council of Europe’s Centre of Expertise."
    assert found(note, "en", organization="Calderbrook Borough Council") == set()


def _found(doc_id: str) -> set[tuple]:
    return {(r.organization, r.scheme, r.stars, r.year) for r in _read(doc_id, "heldout7")[0].recognitions}


@pytest.mark.slow
def test_printed_timelines_and_tables_of_held_awards():
    got = _found("tr_g11")  # "MESKİ’nin kalite yolculuğu" | "2014 ISO 9001 Kalite Yönetim" | "Sistemi belgesi" ...
    owner = "Menteşe Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert {(owner, "iso", None, 2014), (owner, "kalder", 2, 2017), (owner, "kalder", 3, 2020)} <= got
    assert not any(r[3] == 2025 for r in got)  # "2025 Hedef: Türkiye Mükemmellik Ödülü"
    got = _found("en_g04")
    assert ("Calderbrook Borough Council Contact Centre", "other", None, 2019) in got
    assert ("Calderbrook Leisure Trust", "iso", None, 2024) in got


@pytest.mark.slow
def test_printed_units_footnotes_and_persian_lists():
    assert ("Sarıkaya Belediyesi Zabıta Müdürlüğü", "kalder", 2, 2024) in _found("tr_g12")
    assert ("شرکت بهره‌برداری قطار شهری آرامدشت", "iran_national", 2, 2021) in _found("fa_g01")
    got = _found("fa_g11")
    assert ("بانک سپهرآیین", "iran_national", None, 2024) in got
    assert ("دانشگاه علوم پزشکی ارس", "iran_national", 4, 2024) in got
    assert not any(r[2] is None and r[1] == "iso" for r in got)  # "دریافت گواهینامه ISO 37001 در دستور کار است"


def test_a_winners_heading_over_categories_each_with_its_winner_on_the_next_line():
    page = (
        "Category Prize Winners\n"
        "Leading with Vision, Inspiration and Integrity\n"
        "Calder Valley NHS Foundation Trust\n"
        "Succeeding through the Talent of People\n"
        "Kingsreach Metropolitan Borough Council’s Adult Social Care directorate\n"
        "Also Shortlisted\n"
        "Brightwater Academy Trust · Norlink Rail Ltd — each finalist received a certificate of participation.\n"
    )
    got = found(page, "en", published_on=date(2024, 11, 21))
    assert ("Calder Valley NHS Foundation Trust", "other", None, 2024) in got
    assert any(r[0].startswith("Kingsreach Metropolitan Borough Council") and r[0].endswith("directorate") for r in got)
    assert not any("Brightwater" in r[0] for r in got)


def test_a_unit_named_after_its_organizations_reference_holds_a_certificate_since_its_year():
    text = "The Department’s Water Reclamation Division has been certified to ISO 14001 since 2017."
    assert found(text, "en", organization="City of Marlow Utilities Department") == {
        ("City of Marlow Utilities Department Water Reclamation Division", "iso", None, 2017)
    }


def test_an_outcomes_table_gives_each_awarded_row_the_label_and_the_earlier_years_its_notes_give():
    page = (
        "European Label of Governance Excellence (ELoGE):\n"
        "2025 recipients\n"
        "Recipients and outcomes\n"
        "Council 2025 outcome Notes\n"
        "Borough of Kelsby Council Label awarded Third label for Kelsby, after 2019 and 2022.\n"
        "Harbourside Town Council Label renewed Previous label '21. The Town Council also holds\n"
        "Ashcombe Parish Council Not awarded Self-assessment below the threshold on 4 of 12\n"
        "principles.\n"
        "Moorgate City Council Deferred Application received; assessment postponed to\n"
        "2026.\n"
    )
    assert found(page, "en", published_on=date(2025, 11, 14)) == {
        ("Borough of Kelsby Council", "eloge", None, 2025),
        ("Borough of Kelsby Council", "eloge", None, 2019),
        ("Borough of Kelsby Council", "eloge", None, 2022),
        ("Harbourside Town Council", "eloge", None, 2025),
        ("Harbourside Town Council", "eloge", None, 2021),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ashby Borough Council is now ISO 9001 certified (since March 2020).", "en", ("iso", None, 2020)),
        ("The Council won the IRRV Performance Award 2022.", "en", ("other", None, 2022)),
        ("Belediyemiz Sıfır Atık Belgesi almaya hak kazandı.", "tr", ("other", None, 2024)),
        ("گواهینامه ایزو ۹۰۰۱ در سال ۱۳۹۹ به شهرداری ساحل‌آباد اعطا شد.", "fa", ("iso", None, 2020)),
        ("لوح تقدیر جشنواره تعالی مدیریت شهری به شهرداری ساحل‌آباد اهدا شد.", "fa", ("municipal", None, 2024)),
    ],
)
def test_awards_written_as_other_authors_write_them(text: str, language: str, expected: tuple) -> None:
    assert {r[1:] for r in found(text, language, organization="Ashby Borough Council")} == {expected}


def test_a_permit_and_a_standards_own_noun_are_no_awards():
    assert found("Belediyemiz yapı ruhsatı belgesini aldı.", "tr", organization="Akyaka Belediyesi") == set()
    iso = "Üsküdar Belediyesi ISO 9001:2015 Kalite Yönetim Sistemi belgesini almaya hak kazandı."
    assert found(iso, "tr") == {("Üsküdar Belediyesi", "iso", None, 2024)}
    rank = "شهرداری ساحل‌آباد در ارزیابی عملکرد رتبه اول استان را کسب کرد."
    assert found(rank, "fa", organization="شهرداری ساحل‌آباد") == set()
