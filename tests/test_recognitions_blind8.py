"""Recognitions as the eighth blind batch's writers told them, read from their rendered dev PDFs: levels
given to listed receivers "respectively", a report's cover title that names the programme, a sidebar
timeline whose cells wrap, a committee's decision to give an award to a unit, Persian names that end
before a time word, lists of quoted names, and years told as "held since", "Certified 2018" or after an
assessment's date."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations
from tests.rendered import recognitions_read


def rendered(doc_id: str) -> frozenset[tuple]:
    return recognitions_read("heldout8", doc_id)


@pytest.mark.slow
def test_levels_named_respectively_go_one_to_each_receiver_and_a_sidebar_timeline_is_read_row_by_row():
    found = rendered("en_h03")
    service = "Eastmere Fire and Rescue Service"
    assert ("Northfield Ambulance Service NHS Trust", "efqm", 3, 2025) in found
    assert ("Coastline Water Ltd", "efqm", 5, 2025) in found
    assert ("Coastline Water Ltd", "efqm", 3, 2025) not in found  # not each level to every receiver
    # the timeline's wrapped cells: a possessive unit, "for the ... Centre", and no row for a mere assessment
    assert (f"{service} Community Safety Department", "other", None, 2017) in found
    assert ("Eastmere Fire Training Centre", "iso", None, 2019) in found
    assert (service, "efqm", None, 2021) in found
    assert not any(year == 2023 for *_, year in found)
    # "the British Quality Foundation’s awards evening" is an event; "Chief Fire Officer" no reference to a Fire Authority
    assert all(
        organization
        in {
            service,
            f"{service} Community Safety Department",
            "Eastmere Fire Training Centre",
            "Northfield Ambulance Service NHS Trust",
            "Coastline Water Ltd",
        }
        for organization, *_ in found
    )


@pytest.mark.slow
def test_a_report_cover_that_names_the_programme_is_no_winners_list():
    assert rendered("en_h01") == {
        ("Harrowgate Community Healthcare NHS Trust", "efqm", 5, 2024),
        ("Harrowgate Community Healthcare NHS Trust", "efqm", 4, 2021),
    }
    university = "University of Harlowmere"
    found = rendered("en_h09")
    assert (university, "efqm", None, 2025) not in found


@pytest.mark.slow
def test_a_committees_decision_gives_a_units_award_and_a_unit_deemed_worthy_receives_it():
    parent = "Yeşilırmak Büyükşehir Belediyesi"
    found = rendered("tr_h10")
    # "Altın Ödül’e", "Gümüş Ödül’e" of the municipality's own award: its scheme, as the labels have it
    assert (f"{parent} Zabıta Dairesi Başkanlığı", "municipal", None, 2024) in found
    assert (f"{parent} İtfaiye Dairesi Başkanlığı", "municipal", None, 2024) in found
    assert (f"{parent} Fen İşleri Dairesi Başkanlığı", "municipal", None, 2024) in found
    unit = "Körfezkent Büyükşehir Belediyesi Sosyal Hizmetler Dairesi Başkanlığı"
    assert (unit, "municipal", 3, 2024) in rendered("tr_h02")
    assert ("Karasu Su ve Kanalizasyon İdaresi Genel Müdürlüğü", "kalder", 4, 2025) in rendered("tr_h09")


@pytest.mark.slow
def test_a_genitive_owner_keeps_its_award_and_a_name_opening_speech_keeps_its_first_word():
    assert ("Karadere Büyükşehir Belediyesi", "eloge", None, 2023) in rendered("tr_h01")
    found = rendered("tr_h04")
    assert ("Ege Raylı Sistemler A.Ş.", "kalder", 5, 2023) in found
    assert not any(scheme == "kalder" and stars is None for _, scheme, stars, _ in found)  # an award assessor's role


@pytest.mark.slow
def test_persian_receivers_named_before_a_time_word_in_quotes_or_as_recipients():
    found = rendered("fa_h11")
    assert ("شرکت لیزینگ آتیه\u200cساز", "iran_national", 3, 2024) in found
    assert ("بانک آتیه\u200cساز ایرانیان", "iso", None, 2024) in found
    assert not any(organization.startswith(("بانک روز", "بانک مهرماه")) for organization, *_ in found)
    quoted = rendered("fa_h03")
    assert ("بانک اعتبار صنعت", "iran_national", None, 2024) in quoted
    assert ("شرکت آب و فاضلاب استان کوهپایه", "iran_national", None, 2024) in quoted  # "تنها دریافت‌کننده"
    honours = rendered("fa_h04")  # "افتخارات سازمان": items whose year stands last in brackets
    fire = "سازمان آتش\u200cنشانی و خدمات ایمنی شهرداری نارین"
    assert {(fire, "iran_national", 2, 2022), (fire, "municipal", None, 2023)} <= honours


@pytest.mark.slow
def test_years_held_since_certified_in_a_cell_and_not_the_assessments():
    found = rendered("en_h12")
    metro = "Lanford Metro Ltd"
    assert {(metro, "iso", None, 2019), (metro, "iso", None, 2018)} <= found
    assert ("Lanford Combined Authority", "other", None, 2024) in found


def test_names_that_hold_a_head_of_their_own_and_persian_names_that_end_before_a_time():
    def names(text: str, language: str) -> list[str]:
        return [m.canonical for m in find_organizations(text, language)]

    assert names("EFQM recognised Meridian Trust Bank plc with 6 Stars.", "en") == ["Meridian Trust Bank plc"]
    assert names("alongside Northfield Ambulance Service NHS Trust and Coastline Water Ltd", "en") == [
        "Northfield Ambulance Service NHS Trust",
        "Coastline Water Ltd",
    ]
    assert names("who was awarded the King’s Fire Service Medal", "en") == []
    assert names("این بانک روز گذشته در آیین", "fa") == []
    assert names("بانک مهر ایران تندیس زرین دریافت کرد", "fa") == ["بانک مهر ایران"]


def test_levels_named_respectively_and_a_units_award_by_decision_in_plain_text():
    def found(text: str, language: str, organization: str | None = None) -> set[tuple]:
        facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=date(2024, 12, 2))
        return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}

    assert found("Ashby Council and Brampton Water Ltd received Recognised by EFQM 3 Star and 5 Star respectively.", "en") == {
        ("Ashby Council", "efqm", 3, 2024),
        ("Brampton Water Ltd", "efqm", 5, 2024),
    }
    unit = "Körfezkent Büyükşehir Belediyesi Sosyal Hizmetler Dairesi Başkanlığı"
    decided = (
        "Ödül Kurulu, 5 Haziran 2024 tarihli toplantısında Zabıta Dairesi Başkanlığı’na Altın Ödül verilmesine karar vermiştir."
    )
    assert found(decided, "tr", organization=unit) == {
        ("Körfezkent Büyükşehir Belediyesi Zabıta Dairesi Başkanlığı", "other", None, 2024)
    }


@pytest.mark.slow
def test_a_held_table_whose_last_column_is_the_year_and_rows_a_unit_holds():
    bank = "Meridian Trust Bank plc"
    found = rendered("en_h04")  # Award | Awarding body | Received by | Year, "’23"; a "Shortlisted" row gives none
    assert (bank, "other", None, 2023) in found
    assert not any(organization == bank and year == 2024 for organization, *_, year in found)
    city = "شهرداری دشت\u200cآرا"
    rows = rendered("fa_h12")  # two-digit solar years; rows held by units named short are not the city's
    assert (city, "iran_national", None, 2023) in rows
    assert (city, "iran_national", 2, 2022) not in rows


def test_a_star_level_drawn_as_signs_and_a_winners_heading_with_a_remark():
    facts = extract_document(
        [PageInput(1, "Ashby Council was Recognised by EFQM ★★★★ in 2024.", "en")], published_on=date(2024, 12, 1)
    )
    assert {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions} == {("Ashby Council", "efqm", 4, 2024)}
    page = (
        "Recognised by EFQM – presentations\nLevel Organisation\n★★★★★ Ribblesdale NHS Foundation Trust’s Pathology Service\n"
        "★★★★ Fylde Coast Fire and Rescue Service; Wyreside Housing Group\n"
    )
    facts = extract_document([PageInput(1, page, "en")], published_on=date(2025, 11, 14))
    assert {(r.organization, r.stars) for r in facts.recognitions} == {
        ("Ribblesdale NHS Foundation Trust Pathology Service", 5),
        ("Fylde Coast Fire and Rescue Service", 4),
        ("Wyreside Housing Group", 4),
    }


def test_an_assessments_date_dates_the_award_only_when_no_other_date_does():
    def years(text: str) -> set[int | None]:
        facts = extract_document([PageInput(1, text, "en")], organization="Ashby Council", published_on=date(2025, 7, 1))
        return {r.year for r in facts.recognitions}

    assert years("At its previous assessment in 2021 the Council was Recognised by EFQM 3 Star.") == {2021}
    assert years(
        "Following an assessment in November 2024, Ashby Council was awarded Recognised by EFQM 4 Star in January 2025."
    ) == {2025}
