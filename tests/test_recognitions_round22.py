"""Round 22 of the recognition rules: a year alone on its line heads the sentences under it on an awards page (a
sentence's own year wins; a section heading ends the group), and finalists in the plural receive nothing."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import recognitions_read


def _read(text: str, language: str, organization: str, published: datetime.date) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


_TR_PAGE = (
    "Ödüllerimiz ve Belgelerimiz\n"
    "Kuruluşumuz 2015 yılından bu yana EFQM Mükemmellik Modeli'ni uygulamaktadır.\n"
    "2023\n"
    "Mükemmellikte Yetkinlik 4 Yıldız belgesi alınmıştır.\n"
    "2021\n"
    "ISO 50001 Enerji Yönetim Sistemi belgesi ilk kez alınmıştır.\n"
    "Hedeflerimiz\n"
    "Mükemmellikte Yetkinlik 5 Yıldız belgesini almak için çalışıyoruz.\n"
)


def test_a_year_alone_on_its_line_heads_the_sentences_under_it_on_an_awards_page() -> None:
    found = _read(_TR_PAGE, "tr", "Yeşilova Belediyesi", datetime.date(2025, 3, 1))
    assert ("Yeşilova Belediyesi", "kalder", 4, 2023) in found
    assert ("Yeşilova Belediyesi", "iso", None, 2021) in found
    assert not any(year == 2025 for _, _, _, year in found)


def test_a_sentences_own_year_wins_over_the_heading() -> None:
    text = (
        "Ödüllerimiz ve Belgelerimiz\n"
        "2019\n"
        "ISO 9001 Kalite Yönetim Sistemi belgesi alınmıştır.\n"
        "2021\n"
        "ISO 14001 Çevre Yönetim Sistemi belgesi alınmıştır.\n"
        "Kuruluşumuz 2020 yılında Mükemmellikte Yetkinlik 4 Yıldız belgesini almıştır.\n"
    )
    found = _read(text, "tr", "Yeşilova Belediyesi", datetime.date(2025, 5, 1))
    assert ("Yeşilova Belediyesi", "iso", None, 2019) in found
    assert ("Yeşilova Belediyesi", "kalder", 4, 2020) in found
    assert ("Yeşilova Belediyesi", "iso", None, 2021) in found
    assert ("Yeşilova Belediyesi", "kalder", 4, 2021) not in found


def test_a_year_line_on_a_page_with_no_awards_heading_dates_nothing() -> None:
    text = "Annual news\n2019\nThe Trust was awarded ISO 9001 certification.\n"
    found = _read(text, "en", "Ashby Community Trust", datetime.date(2025, 5, 1))
    assert ("Ashby Community Trust", "iso", None, 2019) not in found


def test_milestones_pages_date_their_sentences_by_the_year_heading() -> None:
    found = recognitions_read("heldout20", "en_y02")
    owner = "Northmarch Fire and Rescue Service"
    assert {(owner, "iso", None, 2005), (owner, "efqm", None, 2011), (owner, "iso", None, 2020)} <= found


def test_one_of_the_finalists_receives_nothing() -> None:
    text = "We were one of the finalists for the EFQM Global Award in 2024 and learnt a great deal.\n"
    found = _read(text, "en", "Brampton Buses Ltd", datetime.date(2025, 1, 10))
    assert not found


def test_a_news_sentence_naming_awards_opens_no_awards_page() -> None:
    text = (
        "Törende farklı sektörlerden kuruluşlar ödül ve belge aldı.\n2021\nMükemmellikte Yetkinlik 4 Yıldız belgesi alınmıştır.\n"
    )
    found = _read(text, "tr", "Yeşilova Belediyesi", datetime.date(2025, 3, 1))
    assert ("Yeşilova Belediyesi", "kalder", 4, 2021) not in found


def test_a_list_that_repeats_its_preposition_gives_each_name() -> None:
    text = "At the dinner the Pennine Award went to Ashby University and to Brampton Ambulance Trust.\n"
    found = _read(text, "en", "Coldwell Forum", datetime.date(2024, 12, 1))
    assert {("Ashby University", "other", None, 2024), ("Brampton Ambulance Trust", "other", None, 2024)} <= found


def test_awards_an_organization_runs_as_its_own_are_not_received() -> None:
    text = "The Association's own Northern Excellence Awards were presented at the conference on 28 November 2024.\n"
    assert not _read(text, "en", "Northern Councils Association", datetime.date(2025, 1, 10))
