"""Organization names in three languages, and one id for each across them."""

from __future__ import annotations

import pytest

from exbench.extraction.organizations import find_organizations
from exbench.warehouse.resolve import OrganizationResolver


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Bağcılar Belediyesi - Savaştepe Belediyesi", "tr", ["Bağcılar Belediyesi", "Savaştepe Belediyesi"]),
        ("Çorlu Belediyesi - Tekirdağ Büyükşehir Belediyesi", "tr", ["Çorlu Belediyesi", "Tekirdağ Büyükşehir Belediyesi"]),
        (
            "Artvin İli Hopa İlçesi Kemalpaşa Belediyesi Kartal Belediyesi Meclis Kararı",
            "tr",
            ["Kemalpaşa Belediyesi", "Kartal Belediyesi"],
        ),
        ("Maratonu Projesi Ankara Büyükşehir Belediyesi ile", "tr", ["Ankara Büyükşehir Belediyesi"]),
        ("Konya Büyükşehir Belediyesi’nin projesi ödül aldı.", "tr", ["Konya Büyükşehir Belediyesi"]),
        ("در شهرداری اصفهان و شهرداری شیراز برگزار شد", "fa", ["شهرداری اصفهان", "شهرداری شیراز"]),
        ("ارزیاب خارج از شهرداری انجام شد", "fa", []),
        ("Gaziantep Metropolitan Municipality received the award.", "en", ["Gaziantep Metropolitan Municipality"]),
        ("The Municipality of Isfahan hosted assessors.", "en", ["شهرداری اصفهان"]),
        # a breadcrumb line above a heading is no part of the name; a name wrapped over a line is
        ("Home > News > Council\nLeeds City Council achieves Recognised by", "en", ["Leeds City Council"]),
        (
            "The award was presented yesterday to the Leeds City\nCouncil for its work on the new assessment model.",
            "en",
            ["Leeds City Council"],
        ),
    ],
)
def test_names_are_found_with_their_canonical_form(text, language, expected):
    found = [m.canonical for m in find_organizations(text, language) if m.canonical]
    assert found == expected


def test_self_reference_points_to_the_document_organization():
    mentions = find_organizations("Belediyemizde ilk kez eğitim verildi.", "tr")
    assert [m.self_reference for m in mentions] == [True]


def test_one_id_across_languages_and_spellings():
    resolver = OrganizationResolver()
    fa = resolver.resolve("شهرداری اصفهان", None, "municipality", "IR", "fa")
    en = resolver.resolve("Isfahan Municipality", None, "municipality", None, "en")
    tr = resolver.resolve("İsfahan Belediyesi", None, "municipality", None, "tr")
    assert fa.organization_id == en.organization_id == tr.organization_id
    ankara = resolver.resolve("ANKARA BÜYÜKŞEHİR BELEDİYESİ", None, "metropolitan_municipality", "TR", "tr")
    assert ankara.canonical_name == "Ankara Büyükşehir Belediyesi"


def test_different_towns_stay_apart():
    resolver = OrganizationResolver()
    a = resolver.resolve("Eyüpsultan Belediyesi", None, "municipality", "TR", "tr")
    b = resolver.resolve("Bağcılar Belediyesi", None, "municipality", "TR", "tr")
    assert a.organization_id != b.organization_id


@pytest.mark.parametrize(
    "text, language, unit, unit_type, parent",
    [
        (
            "سازمان آتش نشانی و خدمات ایمنی شهرداری کرج گواهینامه دریافت کرد.",
            "fa",
            "سازمان آتش نشانی و خدمات ایمنی شهرداری کرج",
            "fire_service",
            "شهرداری کرج",
        ),
        (
            "شرکت قطار شهری شهرداری مشهد تندیس بلورین گرفت.",
            "fa",
            "شرکت قطار شهری شهرداری مشهد",
            "transit",
            "شهرداری مشهد",
        ),
        (
            "Kartal Belediyesi Strateji Geliştirme ve Dış İlişkiler Müdürlüğü raporu yayımladı.",
            "tr",
            "Kartal Belediyesi Strateji Geliştirme ve Dış İlişkiler Müdürlüğü",
            "municipal_subsidiary",
            "Kartal Belediyesi",
        ),
    ],
)
def test_units_are_linked_to_their_parent(text, language, unit, unit_type, parent):
    mention = next(m for m in find_organizations(text, language) if m.canonical)
    assert (mention.canonical, mention.org_type, mention.parent) == (unit, unit_type, parent)
    resolver = OrganizationResolver()
    child = resolver.resolve(mention.canonical, None, mention.org_type, None, language, mention.parent)
    assert resolver.organizations[child.parent_id].canonical_name == parent
