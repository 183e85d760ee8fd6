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


@pytest.mark.slow
def test_an_award_granted_for_a_year_after_an_apposition_and_a_member_city_named_before_an_aside():
    found = rendered("en_k10")  # "... granted the Authority the Award for Progress, the program’s second level, for 2023."
    assert ("Riverbend Regional Transit Authority", "other", None, 2023) in found
    # "The City of Riverbend, a member jurisdiction of the Authority, received the PSEA Gold Award in 2019."
    assert ("City of Riverbend", "other", None, 2019) in found
    assert ("Riverbend Regional Transit Authority", "other", None, 2019) not in found


@pytest.mark.slow
def test_the_college_receives_what_its_sentence_names():
    found = rendered("en_k02")  # "The college earlier received the GPPEC Commitment Level recognition in 2021."
    assert ("Prairie Hills Technical College", "other", None, 2021) in found


@pytest.mark.slow
def test_a_persian_company_recognised_at_an_english_efqm_level_with_persian_stars():
    found = rendered("fa_k01")  # "شرکت در سطح Recognised by EFQM چهار ستاره شناسایی شد"
    assert ("شرکت پخش فرآورده\u200cهای دارویی سپیدار", "efqm", 4, 2024) in found


@pytest.mark.slow
def test_a_cement_company_is_named_in_running_text():
    found = rendered("fa_k04")  # "شرکت سیمان آرین‌کوه پیش از این، در دوره بیستم (۱۴۰۰)، تقدیرنامه چهار ستاره ..."
    assert ("شرکت سیمان آرین\u200cکوه", "iran_national", 4, 2021) in found
    assert not any(organization is None for organization, *_ in found)


@pytest.mark.slow
def test_a_festival_host_named_before_the_level_gives_it_and_its_units_receive():
    found = rendered("fa_k12")  # "در هفتمین جشنواره تعالی سازمانی شهرداری آبگینه ...، سازمان فاوا تقدیرنامه دو ستاره گرفت."
    holders = {organization for organization, _, stars, _ in found if stars}
    assert "سازمان فناوری اطلاعات و ارتباطات شهرداری آبگینه" in holders
    assert "سازمان اتوبوسرانی شهرداری آبگینه" in holders  # "... هم هر دو در همان دوره"
    assert not any(organization == "شهرداری آبگینه" for organization, *_ in found)


@pytest.mark.slow
def test_a_numbered_district_of_a_municipality_in_words_and_top_units_unnamed():
    found = recognitions_read("heldout10", "fa_j04")  # "منطقه چهار شهرداری نیلوفرشهر ★★★★ چهار ستاره"
    assert ("منطقه چهار شهرداری نیلوفرشهر", "municipal", 4, 2025) in found
    # "... واحدهای برتر بر اساس امتیاز کسب‌شده از یک تا چهار ستاره دریافت کردند": no receiver named
    assert ("شهرداری نیلوفرشهر", "municipal", 4, 2025) not in found


@pytest.mark.slow
def test_a_municipality_that_opens_its_awards_name_gives_it():
    found = rendered(
        "tr_k10"
    )  # "şirket bu puanla Yeşiltepe Belediyesi Kurumsal Mükemmellik Ödülü’nde Üç Yıldızlı Başarı Belgesi ..."
    assert ("Yeşiltepe Park Bahçe ve Peyzaj Hizmetleri A.Ş.", "municipal", 3, 2023) in found
    assert not any(organization == "Yeşiltepe Belediyesi" for organization, *_ in found)


@pytest.mark.slow
def test_stars_after_an_awards_case_ending_are_that_awards():
    found = rendered("tr_k01")  # "... Birliğin Yerel Yönetimlerde Mükemmellik Ödülü’nde 3 Yıldız düzeyine ulaşmıştır."
    company = "Ilıcakent Toplu Taşıma ve Ulaşım Hizmetleri A.Ş."
    assert [stars for organization, _, stars, _ in found if organization == company and stars] == [3]
    assert not any(organization == company and stars is None and scheme != "iso" for organization, scheme, stars, _ in found)
