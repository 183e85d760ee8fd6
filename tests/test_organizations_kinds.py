"""Organizations of every kind are found by the head noun of their language, in base form, with a type."""

from __future__ import annotations

import pytest

from exbench.extraction.organizations import find_organizations, short_names
from exbench.warehouse.resolve import OrganizationResolver, base_form


def _named(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(m.canonical, m.org_type) for m in find_organizations(text, language) if m.canonical]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Tunakent Su ve Kanalizasyon İdaresi yeni arıtma tesisini açtı.",
            "tr",
            ("Tunakent Su ve Kanalizasyon İdaresi", "utility"),
        ),
        ("Ödül, Yeşilova Enerji A.Ş.'nin genel müdürüne verildi.", "tr", ("Yeşilova Enerji A.Ş.", "company")),
        ("Karaburun Metro A.Ş. yeni hattı açtı.", "tr", ("Karaburun Metro A.Ş.", "transit")),
        ("Bu yıl Akdere Üniversitesi'nde tören yapıldı.", "tr", ("Akdere Üniversitesi", "university")),
        (
            "Kuzeykent Eğitim ve Araştırma Hastanesi'nin kalite birimi raporu yazdı.",
            "tr",
            ("Kuzeykent Eğitim ve Araştırma Hastanesi", "hospital"),
        ),
        (
            "Çınaraltı Belediyesi Fen İşleri Müdürlüğü ihaleyi açtı.",
            "tr",
            ("Çınaraltı Belediyesi Fen İşleri Müdürlüğü", "municipal_subsidiary"),
        ),
        ("Northmoor Fire and Rescue Service opened a new station.", "en", ("Northmoor Fire and Rescue Service", "fire_service")),
        ("Greyhaven Tram Company Ltd carried more passengers.", "en", ("Greyhaven Tram Company Ltd", "transit")),
        ("Staff of Ashcombe University met in March.", "en", ("Ashcombe University", "university")),
        ("This year the Regional Association of Towns' panel met.", "en", ("Regional Association of Towns", "association")),
        ("شرکت گاز استان البرزکوه در این مراسم حضور داشت.", "fa", ("شرکت گاز استان البرزکوه", "utility")),
        ("شرکت فولاد مبارکه در این دوره حضور داشت.", "fa", ("شرکت فولاد مبارکه", "company")),
        ("Mobarakeh Steel Company exported more steel.", "en", ("Mobarakeh Steel Company", "company")),
        ("دانشگاه صنعتی کوهپایه برای دومین بار در جایزه شرکت کرد.", "fa", ("دانشگاه صنعتی کوهپایه", "university")),
    ],
)
def test_an_organization_of_each_kind_is_found_with_its_type(text, language, expected):
    assert expected in _named(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("در این دوره ۸ سازمان و ۴ شرکت وابسته ارزیابی شدند.", "fa"),
        ("نتایج ارزیابی در شرکت اجرا شد.", "fa"),
        ("مدیرعامل شرکت با تشریح فرایند گفت.", "fa"),
        ("کارکنان در جشنواره شرکت کردند.", "fa"),
        ("استقرار مدل تعالی در سازمان استقرار یافت.", "fa"),
    ],
)
def test_a_generic_noun_or_a_verb_after_a_head_is_no_name(text, language):
    assert _named(text, language) == []


def test_an_abbreviation_in_brackets_names_the_organization_later():
    text = "Kıyıboyu Meslek Eğitimi Değerlendirme ve Akreditasyon Derneği (KIMEDAK) kuruldu."
    mentions = find_organizations(text, "tr")
    assert mentions[0].acronym == "KIMEDAK"
    assert short_names(mentions)["KIMEDAK"].canonical == "Kıyıboyu Meslek Eğitimi Değerlendirme ve Akreditasyon Derneği"


def test_names_are_stored_on_one_line_and_in_base_form():
    assert base_form("Tunakent Su ve\nKanalizasyon İdaresi") == "Tunakent Su ve Kanalizasyon İdaresi"
    assert base_form("TUSKİ'nin") == "TUSKİ"
    resolver = OrganizationResolver()
    org = resolver.resolve("Northmoor\nFire and Rescue Service", "Northmoor\nFire and Rescue Service", "fire_service", None, "en")
    assert org.canonical_name == "Northmoor Fire and Rescue Service"
    assert all("\n" not in alias for alias in org.aliases)


def test_gazetteer_entries_appear_only_once_a_document_names_them():
    resolver = OrganizationResolver()
    named = [org for org in resolver.organizations.values() if org.aliases]
    assert named == []
    resolver.resolve("Kartal Belediyesi", "Kartal Belediyesi", "municipality", "TR", "tr")
    named = [org.canonical_name for org in resolver.organizations.values() if org.aliases]
    assert named == ["Kartal Belediyesi"]


def test_a_foreign_sister_city_is_not_a_municipality_of_the_language_s_country():
    text = "Yurt Dışı Kardeş Belediyeler\nMacaristan (Baranya) Siklos Belediyesi Kartal Belediyesi Meclis Kararı"
    countries = {m.canonical: m.country for m in find_organizations(text, "tr") if m.canonical}
    assert countries == {"Siklos Belediyesi": "HU", "Kartal Belediyesi": "TR"}


def test_a_persian_kind_alone_is_no_name_but_a_named_body_of_that_kind_is() -> None:
    # a related-news line on a municipality's page: "the waste organization" names what it does, not who
    assert not [m for m in find_organizations("اخبار مرتبط: اطلاعیه سازمان پسماند", "fa") if m.canonical]
    named = [m.canonical for m in find_organizations("در ارزیابی سازمان مدیریت پسماند، ۴ ارزیاب حضور داشتند.", "fa")]
    assert "سازمان مدیریت پسماند" in named
