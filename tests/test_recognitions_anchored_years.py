"""Years a recognition takes from what the page says around it, read from the sixteenth blind batch's
dev pages as Chromium printed them: a level told as some years after another ("دو سال بعد", "iki yıl
sonra") counts from that year, and a page whose title names the period it reports on ("2024 Dönemi
Değerlendirme İstatistikleri", published in February 2025) dates the levels it does not date itself."""

from __future__ import annotations

from datetime import date

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import recognitions_read

PORT = "شرکت توسعه و بهره\u200cبرداری بندر نایبند"


def test_a_level_told_two_solar_years_after_a_milestone_takes_that_year_plus_two():
    got = recognitions_read("heldout16", "fa_u04")
    assert (PORT, "iran_national", 2, 2018) in got  # "۱۳۹۵: ...؛ دو سال بعد، تقدیرنامه دو ستاره"
    assert (PORT, "iran_national", 2, 2024) not in got  # not the page's own year


def test_a_statistics_bulletin_dates_its_cycle_s_winners_by_the_cycle_in_its_title():
    got = recognitions_read("heldout16", "tr_u11")
    savaski = "Sakarya Vadisi Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert (savaski, "kalder", 5, 2024) in got
    assert not {r for r in got if r[3] == 2025}  # published in February 2025, about the 2024 cycle


def test_the_following_year_counts_from_the_year_told_before_it_in_english():
    text = (
        "Harlow Water plc was Recognised by EFQM with 3 Star in 2019. "
        "The following year, Harlow Water plc was Recognised by EFQM with 4 Star."
    )
    facts = extract_document([PageInput(1, text, "en")], organization="Harlow Water plc", published_on=date(2024, 5, 1))
    assert {(r.stars, r.year) for r in facts.recognitions} == {(3, 2019), (4, 2020)}


def test_an_activity_summary_dates_what_it_reports_by_the_year_its_title_names():
    text = "2023 Faaliyet Özeti\nBu yıl Ilgaz Enerji A.Ş. Mükemmellikte Yetkinlik 4 Yıldız belgesini aldı."
    facts = extract_document([PageInput(1, text, "tr")], title="2023 Faaliyet Özeti", published_on=date(2024, 6, 1))
    assert {(r.stars, r.year) for r in facts.recognitions} == {(4, 2023)}  # not the year it was published in
