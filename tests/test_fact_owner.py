"""Who a fact belongs to, said honestly: every fact says how its organization was found, and a fact whose
organization cannot be found has none, never the document's subject by default."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import ORGANIZATION_BASES, PageInput
from exbench.reference import seed_file
from exbench.warehouse.resolve import match_key
from tests.test_build_robust import build, evidence, facts, metric, organization, record, rows

HELDOUT = Path(__file__).resolve().parent / "heldout"


def _metrics(text: str, language: str, title: str | None = None, manifest: str | None = None) -> set[tuple]:
    found = extract_document([PageInput(1, text, language)], title, manifest)
    return {(m.organization, m.organization_basis, m.metric_code, m.value) for m in found.metrics}


def test_every_basis_the_extractor_gives_is_a_code_of_the_warehouse():
    with seed_file("codes").open(encoding="utf-8", newline="") as rows_:
        codes = {row["code"] for row in csv.DictReader(rows_) if row["code_kind"] == "organization_basis"}
    assert set(ORGANIZATION_BASES) <= codes


def test_a_page_whose_title_ends_in_its_own_name_owns_the_figures_no_sentence_attributes():
    text = "Öz değerlendirme çalışması tamamlandı.\n\nÇalışmada 14 güçlü yön ve 9 gelişmeye açık alan belirlendi."
    found = _metrics(text, "tr", title="Haberler | Karaçam Belediyesi")
    assert found == {
        ("Karaçam Belediyesi", "own_site", "strengths", 14.0),
        ("Karaçam Belediyesi", "own_site", "improvement_areas", 9.0),
    }


@pytest.mark.parametrize(
    ("text", "language", "owner"),
    [
        (
            "Our council welcomes Redfield Council and Ashwick Council.\n\n"
            "The self-assessment found 14 strengths and 9 areas for improvement.\n\nRedfield Council will visit again.",
            "en",
            "Redfield Council",
        ),
        (
            "Çamlıca Belediyesi ve Kestane Belediyesi heyetleri belediyemizi ziyaret etti.\n\n"
            "Öz değerlendirmede 14 güçlü yön ve 9 gelişmeye açık alan belirlendi.\n\nÇamlıca Belediyesi teşekkür etti.",
            "tr",
            "Çamlıca Belediyesi",
        ),
    ],
)
def test_a_page_in_the_first_person_is_its_subjects_own(text, language, owner):
    found = _metrics(text, language)
    assert {(org, basis) for org, basis, _, _ in found} == {(owner, "own_site")}


def test_a_page_about_others_leaves_a_figure_no_sentence_attributes_without_an_owner():
    text = (
        "Redfield Council hosted the regional awards. Redfield Council and Ashwick Council were thanked.\n\n"
        "This year the assessors identified 14 strengths and 9 areas for improvement."
    )
    found = _metrics(text, "en", title="Regional awards: the winners")
    assert found == {(None, "not_found", "strengths", 14.0), (None, "not_found", "improvement_areas", 9.0)}


def test_a_heading_that_names_one_organization_owns_the_figures_of_its_section():
    text = (
        "Bülten Sayı 12\nÜyelerden haberler\nBu sayıda üyelerimizin haberleri var.\n"
        "ORMANLI BELEDİYESİ\nDeğerlendirme raporunda 11 güçlü yön ve 16 gelişmeye açık alan yer aldı.\n"
        "KAYALI BELEDİYESİ\nKayalı Belediyesi ve Ormanlı Belediyesi ortak bir eğitim düzenledi; raporda 8 güçlü yön var.\n"
    )
    found = {(match_key(org or ""), *rest) for org, *rest in _metrics(text, "tr", title="Üyelerden haberler")}
    ormanli = match_key("Ormanlı Belediyesi")  # the warehouse's one organization, however the heading spells it
    assert (ormanli, "heading", "strengths", 11.0) in found
    assert (ormanli, "heading", "improvement_areas", 16.0) in found
    # the second section names two organizations: its heading does not own its figure
    assert not any(value == 8.0 and basis == "heading" for _, basis, _, value in found)


def test_the_manifest_names_the_organization_in_full_where_the_text_names_less():
    text = "Harbour Authority published its report.\n\nThe assessors identified 14 strengths."
    found = extract_document([PageInput(1, text, "en")], "Annual report", "Port of Harbour Authority")
    assert found.subject == "Port of Harbour Authority"
    assert {m.organization for m in found.metrics} == {"Port of Harbour Authority"}


def test_a_rendered_news_page_gives_its_count_to_the_association_it_names_and_its_awards_to_their_winners():
    """en_n06 (dev split), read from its PDF: the site is the association's; the four labels are named."""
    from exbench.reading.pdf import read_pdf

    title, pages = read_pdf(HELDOUT / "pdf-chromium" / "en_n06.pdf")
    found = extract_document([PageInput(p.page_number, p.text, p.language) for p in pages], title)
    assert {(m.organization, m.metric_code, m.value) for m in found.metrics} == {
        ("National Association of Municipalities", "organizations_assessed", 19.0)
    }
    winners = {r.organization for r in found.recognitions}
    assert {"Harbourside Municipality", "Millbrook Municipality", "Eastvale Municipality"} <= winners
    assert all(r.organization_basis == "named" for r in found.recognitions)
    assert all(f.organization_basis in ORGANIZATION_BASES for f in [*found.metrics, *found.recognitions, *found.events])


def test_the_warehouse_keeps_an_unattributed_fact_without_an_organization_and_says_why(tmp_path):
    quote = "Raporda 14 güçlü yön ve 9 gelişmeye açık alan belirlendi."
    unattributed = {**metric("Kartal Belediyesi", "strengths", 14.0, 2023, quote), "organization": None}
    named = {**metric("Maltepe Belediyesi", "improvement_areas", 9.0, 2023, quote), "organization_basis": "named"}
    own = {**metric("Kartal Belediyesi", "strengths", 14.0, 2022, quote), "organization_basis": "own_site"}
    doc = record(
        "tr/a.txt",
        [quote],
        facts(
            subject="Kartal Belediyesi",
            organizations=[organization("Kartal Belediyesi"), organization("Maltepe Belediyesi")],
            metrics=[unattributed, named, own],
        ),
    )
    warehouse = build(tmp_path, [doc])
    got = rows(
        warehouse,
        "select o.canonical_name, m.organization_basis, m.value, m.period_year from core.reported_metrics m "
        "left join core.organizations o using (organization_id) order by m.value, m.period_year",
    )
    assert got == [
        ("Maltepe Belediyesi", "named", 9.0, 2023),
        ("Kartal Belediyesi", "own_site", 14.0, 2022),
        (None, "not_found", 14.0, 2023),
    ]
    assert rows(warehouse, "select count(*) from mart.benchmark_indicators where organization_id is null") == [(0,)]
    from exbench.review.sheet import FACT_COLUMNS, review_rows

    why = FACT_COLUMNS.index("why")
    reasons = [row[why] for row in review_rows(warehouse) if row[FACT_COLUMNS.index("fact")].endswith("(2023)")]
    assert any("no organization" in reason for reason in reasons if reason)


def test_a_stated_basis_outside_the_codes_is_set_aside(tmp_path):
    quote = "Raporda 14 güçlü yön belirlendi."
    odd = {**metric("Kartal Belediyesi", "strengths", 14.0, 2023, quote), "organization_basis": "guessed"}
    doc = record("tr/a.txt", [quote], facts(subject="Kartal Belediyesi", metrics=[odd]))
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select count(*) from core.reported_metrics") == [(0,)]
    assert rows(warehouse, "select reason from core.rejected_facts") == [("unknown_code",)]
    assert evidence(quote)["quote"] == quote


@pytest.mark.parametrize(
    ("text", "language", "owner"),
    [
        (
            "Marmara Kalite Derneği ödül törenini 12 Mayıs 2024'te düzenledi.\n\n"
            "Dernek, bu yıl 41 kuruluşun değerlendirildiğini açıkladı.",
            "tr",
            "Marmara Kalite Derneği",
        ),
        (
            "The Association of Northern Towns held its awards evening in May 2024.\n\n"
            "The Association said that 23 municipalities were assessed this year.",
            "en",
            "Association of Northern Towns",
        ),
    ],
)
def test_a_sentence_that_opens_with_a_bare_head_noun_speaks_of_the_organization_named_before(text, language, owner):
    found = extract_document([PageInput(1, text, language)], "News", "Ortaköy Belediyesi")
    assert {(m.organization, m.organization_basis, m.metric_code) for m in found.metrics} == {
        (owner, "named", "organizations_assessed")
    }
    # the bare noun refers; it is no name of the organization
    assert {o.surface for o in found.organizations if o.canonical == owner} == {owner}


def test_a_page_that_names_one_organization_only_is_about_it():
    text = "Kestane Belediyesi öz değerlendirmesini tamamladı.\n\nÇalışmada 14 güçlü yön ve 9 gelişmeye açık alan belirlendi."
    found = _metrics(text, "tr", title="Mükemmellik yolculuğu")
    assert found == {
        ("Kestane Belediyesi", "document_subject", "strengths", 14.0),
        ("Kestane Belediyesi", "document_subject", "improvement_areas", 9.0),
    }
