"""Recognitions a reader sees in lists of winners, in years written without a preposition, in levels a
municipal festival shares with the national award, and in certificates held "since" a year. Sentences
and pages are written for these tests in Turkish, Persian and English; one test reads a rendered
held-out PDF of the dev split."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

HELDOUT = Path(__file__).parent / "heldout"


def found(text: str, language: str, organization: str | None = None, published_on: date | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_winners_list_gives_each_name_the_level_it_stands_under():
    page = (
        "Regional Quality Awards 2025: the results\n"
        "Recognised by EFQM\n"
        "Level Organisation\n"
        "5 Star Harrowgate Water Ltd\n"
        "Marlow Borough Council\n"
        "3 Star Eastbrook Fire and Rescue Service\n"
        "Shortlisted: Fenwick Rail Ltd\n"
        "The judges thanked every applicant for the quality of their submissions this year."
    )
    assert found(page, "en", published_on=date(2025, 5, 3)) == {
        ("Harrowgate Water Ltd", "efqm", 5, 2025),
        ("Marlow Borough Council", "efqm", 5, 2025),
        ("Eastbrook Fire and Rescue Service", "efqm", 3, 2025),
    }


def test_a_persian_winners_list_splits_names_only_where_a_new_name_begins():
    page = (
        "فهرست برگزیدگان\n"
        "تندیس بلورین: شرکت آب و فاضلاب استان کوهپایه، بانک سپهرآفرین و بیمارستان امید\n"
        "تقدیرنامه سه ستاره: شهرداری دشتستان\n"
    )
    assert found(page, "fa", published_on=date(2024, 12, 1)) == {
        ("شرکت آب و فاضلاب استان کوهپایه", "iran_national", None, 2024),
        ("بانک سپهرآفرین", "iran_national", None, 2024),
        ("بیمارستان امید", "iran_national", None, 2024),
        ("شهرداری دشتستان", "iran_national", 3, 2024),
    }


def test_a_list_line_that_is_a_sentence_or_a_shortlist_gives_nothing():
    page = (
        "Recognised by EFQM\n"
        "Shortlisted: Fenwick Rail Ltd; Marlow Borough Council\n"
        "Marlow Borough Council, which hopes to be assessed next year, thanked its staff and partners for their work."
    )
    assert found(page, "en", published_on=date(2025, 5, 3)) == set()


def test_a_year_in_brackets_after_a_cycle_dates_the_level():
    text = "این سازمان در جشنواره سوم (۱۴۰۰) تقدیرنامه دو ستاره گرفته بود."
    assert found(text, "fa", organization="سازمان پارک‌ها و فضای سبز شهرداری دشتستان") == {
        ("سازمان پارک‌ها و فضای سبز شهرداری دشتستان", "iran_national", 2, 2021)
    }


def test_an_award_for_a_year_is_that_years_award_and_an_earlier_one_keeps_its_own():
    text = "Harlow District Council receives the programme's Gold Award for 2024, having received the Silver Award in 2021."
    assert found(text, "en", published_on=date(2025, 2, 1)) == {
        ("Harlow District Council", "other", None, 2024),
        ("Harlow District Council", "other", None, 2021),
    }


def test_a_certificate_held_since_a_year_was_received_that_year_but_a_model_used_since_is_nothing():
    held = "Harlow District Council has held ISO 9001 certification since 2016."
    used = "Harlow District Council has used the EFQM Model since 2016."
    assert found(held, "en", published_on=date(2025, 2, 1)) == {("Harlow District Council", "iso", None, 2016)}
    assert found(used, "en", published_on=date(2025, 2, 1)) == set()


def test_years_said_to_go_respectively_pair_with_the_levels_in_order():
    text = "بانک سپهرآفرین که در سال‌های ۱۳۹۸ و ۱۴۰۰ به ترتیب تقدیرنامه سه ستاره و تندیس بلورین را دریافت کرده بود، امسال تندیس سیمین گرفت."
    assert found(text, "fa", published_on=date(2024, 12, 1)) == {
        ("بانک سپهرآفرین", "iran_national", 3, 2019),
        ("بانک سپهرآفرین", "iran_national", None, 2021),
        ("بانک سپهرآفرین", "iran_national", None, 2024),
    }


def test_a_level_followed_by_the_festival_is_the_festivals():
    text = "شهرداری دشتستان با بالاترین امتیاز، تندیس زرین جشنواره را گرفت."
    assert found(text, "fa", published_on=date(2024, 12, 1)) == {("شهرداری دشتستان", "municipal", None, 2024)}


def test_a_turkish_pluperfect_reports_an_earlier_level_and_an_award_committee_is_no_award():
    text = (
        "KalDer Ödül Komitesi’nin kararıyla şirkete Mükemmellikte Yetkinlik 4 Yıldız belgesi verilmiştir. "
        "Şirket, 2019 yılında da Mükemmellikte Yetkinlik 3 Yıldız almıştı."
    )
    assert found(text, "tr", organization="Karaburun Enerji A.Ş.", published_on=date(2023, 11, 2)) == {
        ("Karaburun Enerji A.Ş.", "kalder", 4, 2023),
        ("Karaburun Enerji A.Ş.", "kalder", 3, 2019),
    }


def test_a_level_named_again_without_its_stars_is_the_same_level():
    text = "کمیته داوری این شرکت را شایسته دریافت تقدیرنامه چهار ستاره دانست و این تقدیرنامه در آیین اختتامیه اهدا شد."
    assert found(text, "fa", organization="شرکت آب منطقه‌ای کوهپایه", published_on=date(2024, 1, 5)) == {
        ("شرکت آب منطقه‌ای کوهپایه", "iran_national", 4, 2024)
    }


@pytest.mark.slow
def test_a_rendered_news_page_gives_the_neighbours_level_to_the_neighbour_by_its_own_name():
    from exbench.reading import read_document

    label = json.loads((HELDOUT / "labels" / "en_n01.json").read_text(encoding="utf-8"))
    title, pages = read_document(HELDOUT / "pdf-chromium" / "en_n01.pdf", "application/pdf")
    facts = extract_document(
        [PageInput(p.page_number, p.text, p.language) for p in pages],
        title=title,
        organization=label["manifest_organization"],
        published_on=date.fromisoformat(label["published_on"]),
    )
    got = {(r.organization, r.stars, r.year) for r in facts.recognitions}
    assert ("Eastholm District Council", 5, 2018) in got
    assert not any((r.organization or "").startswith("Neighbouring") for r in facts.recognitions)
    assert not any(r.year == 2021 for r in facts.recognitions)  # "Our ambition is to reach 5 Star by 2021"


def test_a_star_level_alone_on_its_line_is_shared_by_the_names_below_it():
    page = (
        "Recognised by EFQM\n"
        "6 Star Harrowgate Water Ltd\n"
        "5 Star\n"
        "Marlow Borough Council\n"
        "Fenwick Fire and Rescue Service\n"
        "Role Model Awards\n"
        "• Leadership: Harrowgate Water Ltd\n"
    )
    assert found(page, "en", published_on=date(2025, 5, 3)) == {
        ("Harrowgate Water Ltd", "efqm", 6, 2025),
        ("Marlow Borough Council", "efqm", 5, 2025),
        ("Fenwick Fire and Rescue Service", "efqm", 5, 2025),
        ("Harrowgate Water Ltd", "other", None, 2025),
    }


def test_an_award_name_that_is_only_a_sentences_first_word_is_no_name():
    text = "Global Award winner Fenwick Rail Ltd showed us its depot."
    assert found(text, "en", published_on=date(2025, 5, 3)) == set()
