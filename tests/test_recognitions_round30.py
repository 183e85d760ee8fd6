"""Round 30 of the recognitions: the awards a union of municipalities (or a municipality) runs for its members are
the `municipal` scheme's whatever they are called, and winners lists and results tables print names with their
head cut short ("Çamlıova Bld.", "Kuzeyli Üniv."), a short form before the name in full, or two names in a cell."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.recognition_winner_lines import listed_names
from tests.rendered import recognitions_read

_DAY = datetime.date(2025, 1, 20)


def _read(text: str, language: str, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, _DAY)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_unions_own_award_grades_to_its_members_are_the_municipal_scheme() -> None:
    text = (
        "Kuzey Vadi Belediyeler Birliği Bülteni\n"
        "Birliğimizin 2016'dan bu yana düzenlediği Yerel Yönetimlerde Mükemmellik Festivali 2024 yılında yapıldı.\n"
        "Festivalin Büyük Ödülü 12 Aralık 2024'te Akçay Belediyesi'ne verildi.\n"
        "Dereli Belediyesi Fen İşleri Müdürlüğü de Festivalin Başarı Ödülü'nü aldı.\n"
    )
    found = _read(text, "tr", "Kuzey Vadi Belediyeler Birliği")
    assert ("Akçay Belediyesi", "municipal", None, 2024) in found
    assert ("Dereli Belediyesi Fen İşleri Müdürlüğü", "municipal", None, 2025) in found
    assert not [f for f in found if f[1] == "other"]


def test_an_award_body_s_award_to_a_member_stays_other_in_a_unions_page() -> None:
    text = (
        "Kuzey Vadi Belediyeler Birliği Bülteni\n"
        "Birliğimizin düzenlediği Yerel Yönetimlerde Mükemmellik Festivali bu yıl da yapıldı.\n"
        "Akçay Belediyesi, Türkiye Kalite Derneği'nin İlham Veren Kamu Yönetimi Ödülü'nü 2024'te aldı.\n"
    )
    found = _read(text, "tr", "Kuzey Vadi Belediyeler Birliği")
    assert not [f for f in found if f[0] == "Akçay Belediyesi" and f[1] == "municipal"]


def test_a_standard_a_council_holds_stays_other_in_a_councils_partnership_news() -> None:
    text = (
        "South Vale Councils Partnership\n"
        "The Partnership runs the South Vale Excellence Awards for its member councils.\n"
        "Harwick District Council was awarded the Customer Service Excellence standard in March 2024.\n"
    )
    found = _read(text, "en", "South Vale Councils Partnership")
    assert ("Harwick District Council", "other", None, 2024) in found
    assert not [f for f in found if f[1] == "municipal"]


def test_names_with_a_head_cut_short_are_names_on_a_winners_list() -> None:
    assert listed_names("Kumtepe Bld., Sakızlı Bld.", "tr") == ["Kumtepe Bld.", "Sakızlı Bld."]
    assert listed_names("Yenikent BB İtfaiye Daire Bşk.", "tr") == ["Yenikent BB İtfaiye Daire Bşk."]
    assert listed_names("Caldmoor Univ.", "en") == ["Caldmoor Univ."]
    # a short form before the name in full, in brackets or after a dash, gives the name in full
    assert listed_names("STSO (Sarıyaka Ticaret ve Sanayi Odası)", "tr") == ["Sarıyaka Ticaret ve Sanayi Odası"]
    assert listed_names("TEPMETRO – Tepecik Metro İşletmeleri A.Ş.", "tr") == ["Tepecik Metro İşletmeleri A.Ş."]
    # a cut head after common words is no name: a sector's cell
    assert listed_names("Yerel yönetim Bld.", "tr") == []


def test_tables_under_a_level_heading_give_each_row_the_level_across_a_page_break() -> None:
    """An award body's results page (Chromium PDF): a level heading at the foot of page 1, its table of
    "Kuruluş | Sektör | İl" on page 2, names shortened in the cells and spelled out elsewhere on the page."""
    found = recognitions_read("heldout27", "tr_ab02")
    for name, stars in (
        ("Kuzeyli Üniversitesi", 4),
        ("Sarıyaka Ticaret ve Sanayi Odası", 4),
        ("Demirtaş Lojistik Ltd. Şti.", 4),
        ("Çamlıova Belediyesi", 3),
        ("Yenikent BB İtfaiye Daire Bşk.", 3),
        ("Pelit Gıda A.Ş.", 3),
        ("Tepecik Metro İşletmeleri A.Ş.", 2),
    ):
        assert (name, "kalder", stars, 2024) in found


def test_a_unions_level_first_results_table_dates_its_rows_by_the_edition_above_it() -> None:
    """A union's newsletter of January 2025 (Chromium PDF): "Seviye | Belediye" rows of its own 2024 awards, two
    and three members in one cell, each named in full where the page writes the name in full."""
    found = recognitions_read("heldout27", "tr_ab03")
    for name, stars in (
        ("Dalyanköy Belediyesi", 3),
        ("Kumtepe Belediyesi", 2),
        ("Sakızlı Belediyesi", 2),
        ("Ortaköy Bld.", 1),
        ("Kavaklıdere Bld.", 1),
    ):
        assert (name, "municipal", stars, 2024) in found


def test_a_year_an_earlier_sentence_gives_to_its_own_level_does_not_date_the_next_level() -> None:
    text = (
        "Akçay Belediyesi, 2019 yılında aldığı Mükemmellikte Kararlılık belgesinin ardından yönetim "
        "yaklaşımlarını geliştirmiştir. Belediye, değerlendirme sonucunda Mükemmellikte Yetkinlik 3 Yıldız "
        "belgesi almaya hak kazanmıştır.\n"
    )
    facts = extract_document([PageInput(1, text, "tr", ())], None, None, datetime.date(2024, 6, 10))
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("Akçay Belediyesi", "kalder", None, 2019) in found
    assert ("Akçay Belediyesi", "kalder", 3, 2024) in found


def test_a_date_in_another_languages_words_is_no_year_stated_alone() -> None:
    """A Persian dateline that prints the Gregorian month in English gives no year of its own: the one year the
    lead states alone is the award's round ("دوره ۱۴۰۳", 2024 as the labels count solar years)."""
    from exbench.extraction.cycle_year import stated_years

    lead = "پنجشنبه ۱۸ بهمن February 2025 6 - ۱۴۰۳\nآیین اختتامیه جایزه ملی تعالی سازمانی دوره ۱۴۰۳"
    assert set(stated_years(lead, "fa", datetime.date(2025, 2, 6))) == {2024}


def test_a_persian_short_name_in_brackets_after_a_listed_name_is_no_part_of_it() -> None:
    assert listed_names("شرکت بهره‌برداری راه‌آهن شهری البرزان( مترو البرزان)", "fa") == ["شرکت بهره‌برداری راه‌آهن شهری البرزان"]
    assert listed_names("شرکت پالایش نفت کرانه (سهامی عام)", "fa") == ["شرکت پالایش نفت کرانه (سهامی عام)"]
