"""Recognitions as the eleventh blind batch's writers told them, read from their rendered dev PDFs: a hospital
named after its university, a certificate held 'since' a year with its particle between noun and verb, a
certificate under application after the topic marker 'ise', a laboratory's accreditation the company holds,
a place-based adjective before a company's name, and a level an earlier clause's subject achieved."""

from __future__ import annotations

import pytest

from tests.rendered import recognitions_read


def rendered(doc_id: str) -> frozenset[tuple]:
    return recognitions_read("heldout11", doc_id)


@pytest.mark.slow
def test_a_university_hospital_keeps_its_head_and_is_the_bare_head_noun_of_the_next_sentence():
    found = rendered("tr_k04")  # "Akdağ Üniversitesi Hastanesi için ise bu, ikinci belge. Hastane 2022’de ... almıştı."
    hospital = "Akdağ Üniversitesi Hastanesi"
    assert (hospital, "kalder", 3, 2024) in found
    assert (hospital, "kalder", 2, 2022) in found
    assert not any(organization in (None, "Akdağ Üniversitesi") for organization, *_ in found)


@pytest.mark.slow
def test_a_certificate_held_since_a_year_is_received_that_year():
    found = rendered("tr_k03")  # "Şirket, 2020 yılından beri ISO 27001 ... belgesine de sahip bulunuyor."
    assert ("Kuzeyada Doğal Gaz Dağıtım A.Ş.", "iso", None, 2020) in found


@pytest.mark.slow
def test_a_certificate_whose_predicate_after_ise_is_an_application_is_not_received():
    found = rendered("tr_k01")  # "... ISO 45001 ... belgesini almıştır; ISO 10002 ... belgesi için ise başvuru aşamasındadır."
    company = "Ilıcakent Toplu Taşıma ve Ulaşım Hizmetleri A.Ş."
    assert (company, "iso", None, 2022) in found
    assert len([fact for fact in found if fact[1] == "iso"]) == 1


@pytest.mark.slow
def test_a_laboratory_approval_held_since_a_solar_year():
    found = rendered("fa_k10")  # "آزمایشگاه مرکزی شرکت از سال ۱۴۰۰ دارای تأییدیه ISO/IEC 17025 است."
    assert ("شرکت آب و فاضلاب استان سپیدرود", "iso", None, 2021) in found


@pytest.mark.slow
def test_a_place_based_adjective_is_no_part_of_the_name_and_the_earlier_level_is_the_subjects():
    found = rendered("en_k04")  # "Stockton-based Tees Crossing Bus Company Ltd was Recognised by EFQM 6 Star, up from the 5 Star
    # level it achieved in 2021, while Wear Estuary Port Ltd won ..."
    company = "Tees Crossing Bus Company Ltd"
    assert (company, "efqm", 6, 2024) in found
    assert (company, "efqm", 5, 2021) in found
    assert not any(organization == "Wear Estuary Port Ltd" and stars == 5 for organization, _, stars, _ in found)
