"""Recognitions as the ninth blind batch's writers told them, read from their rendered dev PDFs: tables of held
awards known by their header row (no heading the lexicon knows), with a column of units or of member
organizations, rows dated by month and year; a programme's award 'granted' to an organization; hospices as
organizations of their own; and award names no vocabulary lists, read by their head noun."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import recognitions_read


def rendered(doc_id: str) -> frozenset[tuple]:
    return recognitions_read("heldout9", doc_id)


@pytest.mark.slow
def test_a_timeline_table_is_read_by_its_header_row_and_its_planned_row_stays_out():
    found = rendered("en_i04")  # "Timeline of recognition" / "Year Recognition Awarded by"
    company = "Tynebridge Bus Company plc"
    for fact in [(company, "iso", None, 2016), (company, "efqm", None, 2019), (company, "iso", None, 2022)]:
        assert fact in found
    assert not any(year == 2026 for *_, year in found)  # "Recognised by EFQM (planned application)"


@pytest.mark.slow
def test_a_column_of_units_names_the_holder_in_full():
    found = rendered("en_i12")  # "Year Body Recognition": "2019 Revenues and Benefits Service Customer Service Excellence"
    assert ("Ashcombe Borough Council Revenues and Benefits Service", "other", None, 2019) in found
    assert ("Ashcombe Borough Council", "other", None, 2019) not in found
    assert ("Ashcombe Borough Council", "other", None, 2022) in found


@pytest.mark.slow
def test_rows_dated_by_month_and_year_and_a_unit_named_as_an_organization_gives_no_row():
    found = rendered("tr_i12")  # "Tarih Birim Ödül / Belge Veren kuruluş", rows "03/24 Rektörlük (kurum geneli) ..."
    university = "Yeşilırmak Üniversitesi"
    assert (university, "kalder", 2, 2024) in found
    assert (f"{university} Sürekli Eğitim Uygulama ve Araştırma Merkezi", "iso", None, 2024) in found
    assert (university, "iso", None, 2024) not in found  # the hospital's row is not the university's


@pytest.mark.slow
def test_a_table_of_members_certificates_whose_year_title_wrapped():
    found = rendered("tr_i03")  # "Üye Belge Belgelendirme / yılı"
    assert ("Ege Yaş Meyve Sebze İhracatçıları Kooperatifi", "iso", None, 2024) in found
    assert ("Körfezkent Organize Sanayi Bölgesi Müdürlüğü", "iso", None, 2024) in found
    assert not any(organization == "Serin Plastik A.Ş." for organization, *_ in found)  # only applied


@pytest.mark.slow
def test_a_programme_award_granted_to_an_organization_and_a_level_in_brackets_inside_the_name():
    found = rendered("en_i09")
    authority = "Lakemont Regional Transit Authority"
    assert (authority, "other", None, 2025) in found  # "the Panel of Judges granted LRTA the Program’s 2025 Award of Progress"
    assert (authority, "other", None, 2022) in found  # "the Commitment to Excellence (Bronze) award"
    assert (authority, "iso", None, 2020) in found  # "has been registered to ISO 14001 since 2020"
    assert rendered("en_i01") >= {("Riverbend Community College", "other", None, 2025)}  # "... (Level 3) for 2025"


@pytest.mark.slow
def test_a_hospice_receives_its_own_level_in_a_clause_after_a_shortlisting():
    found = rendered("en_i10")
    assert ("Bristonbury Hospice", "efqm", 3, 2023) in found
    assert not any(organization == "Wyeford Mental Health NHS Foundation Trust" for organization, *_ in found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Calder Council received the Disability Confident Leader Certificate in 2020.", "en", ("Calder Council", 2020)),
        ("Derwent Council won the Clean Air Trophy in 2019.", "en", ("Derwent Council", 2019)),
        ("Bozova Belediyesi 2022 yılında Yeşil Bina Sertifikası aldı.", "tr", ("Bozova Belediyesi", 2022)),
        ("Elmalı Belediyesi 2019 yılında Sağlıklı Kent Etiketi aldı.", "tr", ("Elmalı Belediyesi", 2019)),
    ],
)
def test_an_award_named_by_its_head_noun_is_read_where_no_vocabulary_lists_it(text, language, expected):
    facts = extract_document([PageInput(1, text, language)], published_on=date(2024, 5, 1))
    assert [(r.organization, r.year) for r in facts.recognitions if r.scheme == "other"] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Harbourside was awarded the European Label of Governance Excellence (ELoGE), the Council of Europe's label.", "en"),
        ("Westmere Metro achieves triple ISO certification.", "en"),
        ("Mayor John Smith received the Lifetime Achievement Medal in 2020.", "en"),
        ("Belediyemiz, Avrupa Konseyi’nin Avrupa Yerel İyi Yönetişim Mükemmellik Etiketi’ni (ELoGE) almaya hak kazandı.", "tr"),
    ],
)
def test_an_award_noun_that_names_no_award_of_its_own_gives_no_other_recognition(text, language):
    facts = extract_document([PageInput(1, text, language)], published_on=date(2024, 5, 1))
    assert not [r for r in facts.recognitions if r.scheme == "other"]
