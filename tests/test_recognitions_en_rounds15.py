"""English recognitions of the fifteenth round, on sentences and PDFs of held-out dev documents: a level told as
what a new one follows, a receiver written by its initials without its legal form, a certificate held or given as
an accreditation to a standard, the first person of the organization interviewed, and a winners' table whose award
cells give only the grade."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import recognitions_read


def found(text: str, organization: str | None = None, published_on: date = date(2025, 8, 18)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, "en")], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_the_level_a_new_one_follows_was_received_in_its_year():
    # heldout8 en_h09, Section D – Outcome
    text = (
        "With 513 points the University falls in the 500–599 band and has been awarded Recognised by EFQM 5 Star. This\n"
        "follows its Recognised by EFQM 4 Star in 2022."
    )
    got = found(text, organization="University of Harlowmere")
    assert ("University of Harlowmere", "efqm", 5, 2025) in got
    assert ("University of Harlowmere", "efqm", 4, 2022) in got


def test_initials_without_the_legal_form_receive_before_a_body_named_after_the_level():
    # heldout14 en_s02: the company is "(“NEN”)"; the British Quality Foundation is named only as what it is a member of
    text = (
        "1. This report records the findings of the assessment of Northmarch Electricity Networks Ltd\n"
        "(“NEN”) against the EFQM Model 2020.\n"
        "5. NEN holds ISO 55001 asset management certification, first awarded in 2018, and is a\n"
        "member of the British Quality Foundation."
    )
    got = found(text, published_on=date(2024, 11, 15))
    assert ("Northmarch Electricity Networks Ltd", "iso", None, 2018) in got
    assert not any(r[0] == "British Quality Foundation" for r in got)


def test_initials_a_verb_of_attainment_follows_receive_the_level_before_them():
    # heldout10 en_j03: "Caldermoor Water Services Ltd (“CWS”, …)"
    text = (
        "This page covers Caldermoor Water Services Ltd (“CWS”, our regulated water and wastewater business).\n"
        "In February 2025 CWS was Recognised by EFQM with a 5 Star rating, following assessment by the British Quality\n"
        "Foundation. The rating builds on the 4 Star recognition CWS achieved in 2022."
    )
    got = found(text, published_on=date(2025, 6, 1))
    assert {("Caldermoor Water Services Ltd", "efqm", 5, 2025), ("Caldermoor Water Services Ltd", "efqm", 4, 2022)} <= got


def test_a_certificate_held_since_a_year_and_a_membership_in_another_clause():
    # heldout12 en_l11
    text = (
        "The Authority handles 4.2 million tonnes and about 1,100 vessel calls a year with 190 employees; it holds "
        "ISO 14001:2015 since 2021 and is a member of the British Ports Association."
    )
    got = found(text, organization="Holmport Harbour Authority", published_on=date(2024, 10, 4))
    assert ("Holmport Harbour Authority", "iso", None, 2021) in got


def test_an_accreditation_to_a_standard_is_one_certificate_and_a_unit_told_by_its():
    # heldout10 en_j10 (Police is the head of "Wessmoor Police") and en_j01
    text = (
        "Following validation by EFQM, Wessmoor Police has been awarded Recognised by EFQM 5 Star. This follows the "
        "Force's Recognised by EFQM 4 Star in 2022. Its Public Contact Centre has held the Customer Service Excellence "
        "standard since 2021."
    )
    got = found(text, organization="Wessmoor Police", published_on=date(2025, 10, 20))
    assert ("Wessmoor Police", "efqm", 4, 2022) in got
    assert ("Wessmoor Police Public Contact Centre", "other", None, 2021) in got
    text = "The Trust’s Pathology Service has held UKAS accreditation to ISO 15189 since 2021."
    got = found(text, organization="Fenmoor Valley NHS Foundation Trust", published_on=date(2025, 10, 3))
    assert {r[1] for r in got} == {"iso"}


def test_we_in_an_interview_is_the_organization_and_a_count_of_wins_gives_no_year():
    # heldout14 en_s12
    text = (
        "Larkfield Regional Medical Center has won the Lakeshore Award for Performance Excellence three times.\n"
        "We won the Lakeshore Award for Performance Excellence first in 2014, again in 2018 and 2022."
    )
    got = found(text, organization="Larkfield Regional Medical Center", published_on=date(2025, 3, 1))
    assert {r[3] for r in got} == {2014, 2018, 2022}


@pytest.mark.slow
def test_grade_cells_of_a_winners_table_are_the_awards_received():
    # heldout14 en_s11: "Organisation | Sector | Award" … "Fenmoor Housing Association | Housing | Bronze"
    got = recognitions_read("heldout14", "en_s11")
    assert {
        ("Bradwell General Hospital NHS Foundation Trust", "other", None, 2024),
        ("Ashcombe Borough Council", "other", None, 2024),
        ("Fenmoor Housing Association", "other", None, 2024),
        ("Ashcombe Leisure Trust", "other", None, 2024),
        ("Castlegate University", "efqm", 3, 2024),
    } <= got
