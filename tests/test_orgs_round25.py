"""Round 25 of the organization rules: names cut short or run long (a heading line above, a connector counted,
an adverb, an award noun), kinds of names not known before (a Turkish "İdaresi", a municipality's water
administration), abbreviations after a unit or a case ending, lists with an article, and the assessed
organization of a paragraph when a sentence names only the body that assessed."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations, short_names


def _names(text: str, language: str) -> list[str]:
    return [m.canonical for m in find_organizations(text, language) if m.canonical]


def _facts(text: str, language: str, organization: str | None = None):  # noqa: ANN202
    return extract_document([PageInput(1, text, language, ())], None, organization, datetime.date(2025, 12, 1))


def test_a_line_of_a_running_head_gives_no_word_to_the_name_under_it() -> None:
    text = (
        "Türkiye Mükemmellik Ödülü 2018 · Geri Bildirim Raporu\n"
        "Gediz Vadisi Su ve Kanalizasyon İdaresi Genel\n"
        "Müdürlüğü (GEVASKİ)\n"
        "Değerlendirme dönemi: 2018 Model: EFQM Mükemmellik Modeli 2013 Rapor tarihi: 20 Kasım 2018 ve diğer bilgiler\n"
    )
    assert "Gediz Vadisi Su ve Kanalizasyon İdaresi Genel Müdürlüğü" in _names(text, "tr")
    text = "T.C. Sağlık Bakanlığı · Kuzeydağ İli Kamu Hastaneleri Mükemmellik Programı\nIlıcaköy Devlet Hastanesi\nDış Değerlendirme Raporu\n"
    assert "Ilıcaköy Devlet Hastanesi" in _names(text, "tr")


def test_an_award_or_report_noun_before_a_name_is_no_word_of_it() -> None:
    text = "2023 Türkiye Mükemmellik Ödülleri\nTürkiye Mükemmellik Büyük Ödülü Doğanay Metal Sanayi ve Ticaret A.Ş.\n"
    assert "Doğanay Metal Sanayi ve Ticaret A.Ş." in _names(text, "tr")
    assert not any(name.startswith("Ödülü") for name in _names(text, "tr"))


def test_a_metropolitan_municipality_head_is_no_place_of_its_unit() -> None:
    cells = "2024 Bozkaya Büyükşehir Belediyesi İtfaiye\nDairesi Başkanlığı\nISO 45001:2018 İSG Yönetim Sistemi Belgesi"
    units = [m for m in find_organizations(cells, "tr") if m.parent]
    assert [m.canonical for m in units] == ["Bozkaya Büyükşehir Belediyesi İtfaiye Dairesi Başkanlığı"]
    assert not any(m.parent for m in find_organizations("Büyükşehir Belediyesi İtfaiye Dairesi Başkanlığı", "tr"))


def test_a_water_administration_is_an_organization_and_a_unit_of_its_municipality() -> None:
    assert _names("Trakya Su İdaresi de ilk kez 2016'da aldığı ISO 9001 belgesini yeniledi.", "tr") == ["Trakya Su İdaresi"]
    wrapped = "Nisan 2024\nMenteşeköy Su ve\nKanalizasyon İdaresi\n(MESKİ)\nISO 50001 Enerji Yönetim"
    assert _names(wrapped, "tr") == ["Menteşeköy Su ve Kanalizasyon İdaresi"]
    assert _names("Kanalizasyon İdaresi", "tr") == []  # the end of a water administration's name, not a name
    unit = find_organizations("Türkiye Mükemmellik Ödülü\nTepebaşı Belediyesi Su ve Kanalizasyon İdaresi\n", "tr")
    assert [(m.canonical, m.parent, m.org_type) for m in unit if m.parent] == [
        ("Tepebaşı Belediyesi Su ve Kanalizasyon İdaresi", "Tepebaşı Belediyesi", "utility")
    ]


def test_an_abbreviation_after_a_unit_or_a_case_ending_is_its_short_name() -> None:
    text = "Karaçam Büyükşehir Belediyesi Su\nve Kanalizasyon İdaresi Genel\nMüdürlüğü (KARSU)\nKamu – Su ve Atık Su\n"
    full = "Karaçam Büyükşehir Belediyesi Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert short_names(find_organizations(text, "tr"))["KARSU"].canonical == full
    text = "Belediyemizin, bağlı kuruluşu Bozkaya Su ve Kanalizasyon İdaresi Genel Müdürlüğü'nün (BOSKİ) ve İtfaiye"
    assert short_names(find_organizations(text, "tr"))["BOSKİ"].canonical == "Bozkaya Su ve Kanalizasyon İdaresi Genel Müdürlüğü"


def test_a_persian_adverb_ends_the_name_before_it() -> None:
    text = "بر اساس نتایج ارزیابی، شرکت توزیع نیروی برق سپیدکوه مجموعاً ۵۸۳ امتیاز کسب نمود."
    assert _names(text, "fa") == ["شرکت توزیع نیروی برق سپیدکوه"]


def test_a_connector_is_not_counted_among_the_words_of_a_name() -> None:
    text = "We also note that the Millbrook Falls Parks and Recreation Department, which applied separately, was recognized."
    assert "Millbrook Falls Parks and Recreation Department" in _names(text, "en")
    text = "Elbette. Özellikle Kuzeyova Eğitim ve Araştırma Hastanesi’nin 2022’de kazandığı ödül bizim için örnek oldu."
    assert _names(text, "tr") == ["Kuzeyova Eğitim ve Araştırma Hastanesi"]  # a sentence adverb opens no name


def test_each_name_of_a_list_receives_though_the_last_has_an_article() -> None:
    text = (
        "Recognised by EFQM 3 star\n"
        "Dales Valley Buses Ltd, Ashgill College and the Upper Wharle Water Company each received 3 star\n"
        "recognition after assessments in the spring of 2025.\n"
    )
    owners = {r.organization for r in _facts(text, "en").recognitions if r.stars == 3}
    assert owners == {"Dales Valley Buses Ltd", "Ashgill College", "Upper Wharle Water Company"}


def test_a_team_of_the_assessing_body_counts_for_the_organization_its_paragraph_assessed() -> None:
    text = (
        "خبرنامه تعالی شهرداری باران‌دشت\n"
        "سازمان مدیریت و نظارت بر تاکسیرانی و اتوبوسرانی شهرداری باران‌دشت در بیست‌ودومین دوره جایزه ملی تعالی سازمانی"
        " موفق به دریافت تقدیرنامه سه ستاره شد. این سازمان در ارزیابی امسال ۳۳۸ امتیاز کسب کرد. ارزیابی در دو روز و با"
        " حضور ۵ ارزیاب از سوی سازمان مدیریت صنعتی انجام شد.\n"
    )
    assessors = [m.organization for m in _facts(text, "fa", "شهرداری باران‌دشت").metrics if m.metric_code == "assessors"]
    assert assessors == ["سازمان مدیریت و نظارت بر تاکسیرانی و اتوبوسرانی شهرداری باران‌دشت"]


def test_a_stem_that_ends_like_a_case_ending_stays_in_the_name() -> None:
    text = "Holdingin diğer şirketi Akçaova Elektrik Perakende Satış A.Ş.’nin 2024’te aldığı ISO 50001 belgesi kapsam dışıdır."
    assert _names(text, "tr") == ["Akçaova Elektrik Perakende Satış A.Ş."]
