"""Round 21 of the recognition rules: winners headings that end in the award's noun, a not-attained heading that ends
a list, a municipal festival's shared level in a table, receivers a participle or a pronoun points to, verbs of
attainment, personal honours and milestones pages grouped by year."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.recognition_winner_lines import level_line
from exbench.extraction.recognition_winners import winner_lists
from tests.rendered import recognitions_read


def _page(text: str, language: str, published: datetime.date, reader: object, tables: tuple = ()) -> set[tuple]:
    page = PageInput(1, text, language, tables)
    context = DocumentContext(language, "", None, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in reader([page], context)}  # type: ignore[operator]


def test_a_level_heading_may_end_in_the_award_noun_the_level_owns() -> None:
    mention = level_line("Mükemmellikte Yetkinlik 5 Yıldız belgesi", 1, "tr")
    assert mention is not None and mention.stars == 5
    assert level_line("Mükemmellikte Yetkinlik 5 Yıldız belgesi süreci", 1, "tr") is None


def test_a_heading_of_receivers_lists_its_level_and_a_finalists_heading_ends_the_list() -> None:
    text = (
        "Kongrede bu yılın ödülleri sahiplerine verildi.\n"
        "Mükemmellikte Yetkinlik 4 Yıldız belgesi alan kuruluşlar\n"
        "Akçaova Doğal Gaz Dağıtım A.Ş.\n"
        "Ilgaz Üniversitesi\n"
        "Ödül finalistleri\n"
        "Bozdağ Ulaşım A.Ş.\n"
    )
    found = _page(text, "tr", datetime.date(2025, 12, 3), winner_lists)
    assert found == {("Akçaova Doğal Gaz Dağıtım A.Ş.", "kalder", 4, 2025), ("Ilgaz Üniversitesi", "kalder", 4, 2025)}


def test_a_level_two_schemes_share_in_a_municipal_festivals_results_table_is_the_festivals() -> None:
    found = recognitions_read("heldout17", "fa_v04")
    assert ("سازمان مدیریت پسماند شهرداری سپیدان\u200cشهر", "municipal", 4, 2025) in found
    assert not any(scheme == "iran_national" for _, scheme, _, _ in found)


def test_a_row_giving_a_level_with_its_award_noun_gives_the_name_after_the_noun() -> None:
    text = "2023 yılı sonuçları\nMükemmellikte Süreklilik Ödülü Kocatepe Enerji Dağıtım A.Ş.\n"
    found = _page(text, "tr", datetime.date(2023, 12, 1), winner_lists)
    assert found == {("Kocatepe Enerji Dağıtım A.Ş.", "kalder", None, 2023)}


def test_a_level_in_a_participles_clause_belongs_to_the_name_the_participle_stands_before() -> None:
    found = recognitions_read("heldout13", "tr_m10")
    assert ("Kırklar Belediyesi", "kalder", 3, 2022) in found
    assert (None, "kalder", 3, 2022) not in found


def test_came_away_with_a_level_is_received_and_the_next_sentences_bare_stars_take_its_scheme() -> None:
    found = recognitions_read("heldout16", "en_u12")
    assert {
        ("Tamarbrook Water Ltd", "efqm", 5, 2025),
        ("Fenland Valley Water plc", "efqm", 4, 2025),
        ("Fenland Valley Water plc", "efqm", 3, 2022),
    } <= found


def test_a_participial_clause_of_attainment_and_a_pronoun_subject_after_a_named_organization() -> None:
    found = recognitions_read("heldout19", "en_x03")
    assert ("Drumcarrick District Council", "efqm", 4, 2024) in found  # "... went one better, achieving ..."
    assert ("Kilmarra Borough Council", "efqm", 5, 2023) in found  # "Kilmarra ... has set the pace. It achieved ..."
    assert ("Drumcarrick District Council", "efqm", 5, 2023) not in found


def test_a_name_inside_a_relative_clause_after_a_preposition_is_not_the_receiver() -> None:
    found = recognitions_read("heldout17", "en_v10")
    assert ("Wealdbridge Fire and Rescue Service", "efqm", 5, 2023) in found  # "X, with which SFRS benchmarks, was ..."
    assert ("Severnside Fire and Rescue Service", "efqm", 5, 2023) not in found


def test_a_committee_deciding_an_organization_is_recognised_with_a_level_gives_it() -> None:
    text = (
        "Ödül Komitesi, Meriç Doğal Gaz Dağıtım A.Ş.'nin 2025 döneminde Mükemmellikte Yetkinlik 4 Yıldız ile "
        "tanınmasına karar vermiştir."
    )
    page = PageInput(1, text, "tr", ())
    facts = extract_document([page], "", None, datetime.date(2025, 3, 1))
    assert {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions} == {
        ("Meriç Doğal Gaz Dağıtım A.Ş.", "kalder", 4, 2025)
    }


def test_the_only_one_to_receive_attains_in_turkish() -> None:
    text = (
        "Üniversiteler kategorisinde Doğantepe Üniversitesi, "
        "Mükemmellikte Kararlılık 2 Yıldız belgesini alan tek yükseköğretim kurumu oldu."
    )
    facts = extract_document([PageInput(1, text, "tr", ())], "", None, datetime.date(2025, 11, 14))
    assert ("Doğantepe Üniversitesi", 2, 2025) in {(r.organization, r.stars, r.year) for r in facts.recognitions}


def test_a_milestones_page_groups_by_year() -> None:
    found = recognitions_read("heldout20", "en_y02")
    owner = "Northmarch Fire and Rescue Service"
    assert {(owner, "efqm", 4, 2015), (owner, "efqm", 5, 2018), (owner, "efqm", 6, 2023)} <= found


def test_a_year_heading_may_restate_the_year_in_the_other_calendar() -> None:
    found = recognitions_read("heldout20", "fa_y02")
    owner = "شرکت آب و فاضلاب سپیدرود"
    assert {(owner, "iran_national", 2, 2016), (owner, "iran_national", None, 2022)} <= found


def test_rising_to_a_level_in_the_dative_attains_in_turkish() -> None:
    text = "2018'de Mükemmellikte Yetkinlik 3 Yıldız belgesini aldık. 2021'de 4 yıldıza çıktık."
    facts = extract_document(
        [PageInput(1, text, "tr", ())], "", "Kızılırmak Vadisi Su ve Kanalizasyon İdaresi", datetime.date(2025, 3, 10)
    )
    assert ("Kızılırmak Vadisi Su ve Kanalizasyon İdaresi", 4, 2021) in {
        (r.organization, r.stars, r.year) for r in facts.recognitions
    }


def test_a_prose_line_with_the_award_noun_in_the_accusative_is_no_winners_row() -> None:
    text = (
        "Kongre sonuçları\n"
        "Mükemmellikte Yetkinlik 5 Yıldız belgesini Kıyıkent Büyükşehir Belediyesi İtfaiye\n"
        "Dairesi Başkanlığı ile Ege Liman İşletmeleri A.Ş. alırken, 4 Yıldız belgeleri verildi.\n"
    )
    assert _page(text, "tr", datetime.date(2024, 12, 1), winner_lists) == set()
