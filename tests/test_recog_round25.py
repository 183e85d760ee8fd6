"""Recognitions of the twenty-fifth round, on short texts written as news and interviews tell awards: a year
given with the part of it or the season it fell in ("in late 2024", "2024 baharında") still dates the award, a
Turkish year made an adjective by "-ki" ("2023'teki 4 yıldız") dates the level it stands before, and a sentence
under a level heading that says it reached "this level" ("bu seviyeye çıkan") received the heading's level."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def found(text: str, language: str, organization: str | None = None, published_on: date = date(2025, 4, 22)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


@pytest.mark.parametrize("when", ["in late 2024", "in early 2024", "in mid-2024", "in the spring of 2024", "at the end of 2024"])
def test_an_english_year_with_the_part_of_it_dates_the_award(when):
    text = (
        "Harlow Valley Regional Medical Center, a 412-bed hospital in the state's north, received the Malcolm\n"
        f"Baldrige National Quality Award {when}. We spoke with its chief quality officer about how it got there."
    )
    assert found(text, "en", "Harlow Valley Regional Medical Center") == {
        ("Harlow Valley Regional Medical Center", "baldrige", None, 2024)
    }


def test_a_deadline_with_the_part_of_a_year_dates_nothing():
    text = "Ashby Water plans to apply for Recognised by EFQM 4 Star by late 2026."
    assert found(text, "en", "Ashby Water", date(2025, 6, 1)) == set()


def test_a_turkish_year_made_an_adjective_dates_the_level_it_stands_before():
    text = (
        "Mükemmellikte Yetkinlik 5 Yıldız\nSaraylı Devlet Hastanesi, 450 yatak kapasitesiyle bölgenin en büyük "
        "hastanelerinden biri. Hastane, 2023'teki 4 yıldızın ardından bu yıl 5 yıldıza ulaştı.\n"
    )
    assert found(text, "tr", published_on=date(2025, 12, 20)) == {
        ("Saraylı Devlet Hastanesi", "kalder", 4, 2023),
        ("Saraylı Devlet Hastanesi", "kalder", 5, 2025),
    }


@pytest.mark.parametrize("when", ["2024 sonunda", "2024 baharında"])
def test_a_turkish_year_with_its_season_or_end_dates_the_award(when):
    text = f"Karaçam Belediyesi {when} Mükemmellikte Yetkinlik 4 Yıldız belgesini aldı."
    assert found(text, "tr", published_on=date(2025, 12, 20)) == {("Karaçam Belediyesi", "kalder", 4, 2024)}


def test_a_sentence_under_a_level_heading_that_reaches_this_level_received_the_heading_s_level():
    text = (
        "Six local organisations were recognised in 2025, up from three last year. Here is who got what.\n"
        "Recognised by EFQM 5 star\nDalesmoor Fire and Rescue Service becomes the first fire service in the region "
        "at this level. Its chief fire officer said the service's 22 stations “all had a hand in it”.\n"
    )
    assert found(text, "en", published_on=date(2025, 11, 28)) == {("Dalesmoor Fire and Rescue Service", "efqm", 5, 2025)}


def test_an_organization_hoping_to_reach_that_level_received_nothing():
    text = "Ashby Water Ltd was Recognised by EFQM 5 Star in 2025.\nBrampton Council hopes to reach the same level next year."
    assert found(text, "en", published_on=date(2025, 11, 28)) == {("Ashby Water Ltd", "efqm", 5, 2025)}


def test_a_turkish_name_that_rose_to_this_level_received_the_heading_s_level():
    text = (
        "İşte seviyelere göre liste:\nMükemmellikte Yetkinlik 3 Yıldız\n"
        "Hisarlı Belediyesi bu yıl ilk kez başvurdu. 48.500 nüfuslu Hisarlı Belediyesi, bölgede bu seviyeye çıkan ilk "
        "ilçe belediyesi.\n"
    )
    assert ("Hisarlı Belediyesi", "kalder", 3, 2025) in found(text, "tr", published_on=date(2025, 12, 20))
