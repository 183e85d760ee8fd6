"""Recognitions as news, press releases and winners pages tell them: the receiver after the award, the
level as a participle ("was Validated by EFQM"), a definite head noun standing for an organization named
before, the dative in Turkish, a ceremony dated by the sentence before, winners tables with a grade, a row
number or a region column, and tables of held awards one row a year. Sentences and pages are written for
these tests; one test reads rendered dev PDFs of the held-out sets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

TESTS = Path(__file__).parent


def found(text: str, language: str, organization: str | None = None, published_on: date | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_level_written_as_a_participle_is_received_by_the_service_named_before():
    page = (
        "Feedback report for Dunmore Fire and Rescue Service\n"
        "The Service was first Validated by EFQM in 2020 and has been a member of the British Quality Foundation since 2017.\n"
        "Following the assessment, EFQM has confirmed the Service as Recognised by EFQM 4 Star."
    )
    assert found(page, "en", published_on=date(2024, 3, 1)) == {
        ("Dunmore Fire and Rescue Service", "efqm", None, 2020),
        ("Dunmore Fire and Rescue Service", "efqm", 4, 2024),
    }


def test_press_verbs_and_an_award_named_after_its_noun():
    assert found("Ashby County School District took home the 2023 Award of Progress.", "en", published_on=date(2024, 2, 1)) == {
        ("Ashby County School District", "other", None, 2023)
    }
    assert found("Fernhill Leisure Trust picked up the Quest Award last year.", "en", published_on=date(2024, 2, 1)) == {
        ("Fernhill Leisure Trust", "other", None, 2023)
    }


def test_a_failure_a_finalist_and_a_person_receive_nothing():
    assert (
        found("Ashby Metro Ltd reached the final but did not win the Gold Award.", "en", published_on=date(2024, 2, 1)) == set()
    )
    assert found("Harlow District Council's chief executive Dr. Amy Lowe received the Leader Award.", "en") == set()
    text = "Finale kalan Tepeören Belediyesi ise bu yıl ödül alamadı."
    assert found(text, "tr", published_on=date(2024, 2, 1)) == set()
    text = "شرکت پتروپالایش ساحل به مرحله نهایی داوری رسیده بود اما موفق به کسب تقدیرنامه نشد."
    assert found(text, "fa", published_on=date(2024, 6, 1)) == set()


def test_turkish_receivers_in_the_dative_and_a_ceremony_dated_the_sentence_before():
    text = (
        "Kalite Ödülleri 2023 töreni geçtiğimiz ay Ankara’da yapıldı. Törende Mükemmellikte Yetkinlik 5 Yıldız belgesini "
        "Dereköy Belediyesi alırken, 4 Yıldız belgeleri Yayla Belediyesi’ne ve Ova Enerji A.Ş.’ye verildi."
    )
    assert found(text, "tr", published_on=date(2024, 2, 1)) == {
        ("Dereköy Belediyesi", "kalder", 5, 2023),
        ("Yayla Belediyesi", "kalder", 4, 2023),
        ("Ova Enerji A.Ş.", "kalder", 4, 2023),
    }


def test_a_unit_in_a_heading_in_capitals_receives_what_the_directorate_received():
    page = (
        "SARIYAKA BELEDİYESİ FEN İŞLERİ MÜDÜRLÜĞÜ\n"
        "Değerlendirme raporunda 14 güçlü yön yer aldı; müdürlük, Mükemmellikte Kararlılık 2 Yıldız belgesine layık görüldü.\n"
    )
    assert found(page, "tr", published_on=date(2024, 5, 1)) == {("Sarıyaka Belediyesi Fen İşleri Müdürlüğü", "kalder", 2, 2024)}


def test_an_abbreviation_before_a_lower_case_word_does_not_end_the_sentence():
    text = "Törende belediyenin iştiraki Dereköy Ulaşım A.Ş. de Mükemmellikte Yetkinlik 3 Yıldız belgesini aldı."
    assert found(text, "tr", published_on=date(2023, 12, 1)) == {("Dereköy Ulaşım A.Ş.", "kalder", 3, 2023)}


def test_the_same_award_named_again_in_the_next_sentence_is_received_again():
    text = (
        "Yayla Belediyesi, Kent Platformu’nun 2024 Erişilebilir Kent Ödülü’nü kazandı. Belediye, aynı ödülü 2020’de de almıştı."
    )
    assert found(text, "tr", published_on=date(2024, 6, 1)) == {
        ("Yayla Belediyesi", "other", None, 2024),
        ("Yayla Belediyesi", "other", None, 2020),
    }
    text = "Ashby Council won the Green Flag Award in 2023. It had received the same award in 2019."
    assert found(text, "en", published_on=date(2024, 6, 1)) == {
        ("Ashby Council", "other", None, 2023),
        ("Ashby Council", "other", None, 2019),
    }


def test_a_winners_row_gives_award_grade_and_winner_in_one_line():
    page = (
        "Category Winner\n"
        "Fenland Excellence Award – Gold Ashby Metro Ltd\n"
        "Fenland Excellence Award – Highly Commended Marlow Fire and Rescue Service\n"
        "Recognised by EFQM 5 Star Coldbeck Bank plc\n"
        "Also shortlisted\n"
        "Bramley Homes Trust; City of Wakeham Council\n"
    )
    assert found(page, "en", published_on=date(2024, 11, 22)) == {
        ("Ashby Metro Ltd", "other", None, 2024),
        ("Marlow Fire and Rescue Service", "other", None, 2024),
        ("Coldbeck Bank plc", "efqm", 5, 2024),
    }


def test_a_persian_winners_table_with_row_numbers_and_a_province_column():
    page = (
        "ردیف نام سازمان استان\n"
        "تندیس سیمین\n"
        "١ شرکت پالایش نفت ساحل بوشهر\n"
        "تقدیرنامه سه ستاره\n"
        "٢ سازمان اتوبوسرانی شهرداری بندر آبان هرمزگان\n"
    )
    assert found(page, "fa", published_on=date(2024, 12, 2)) == {
        ("شرکت پالایش نفت ساحل", "iran_national", None, 2024),
        ("سازمان اتوبوسرانی شهرداری بندر آبان", "iran_national", 3, 2024),
    }


def test_a_table_of_held_awards_gives_one_recognition_a_row():
    page = (
        "Yıllara Göre Alınan Ödül ve Belgeler\n"
        "2017 Mükemmellikte Kararlılık 2 Yıldız Türkiye Kalite Derneği (KalDer)\n"
        "2020 ISO 9001:2015 Kalite Yönetim Sistemi\n"
        "2021 ISO 10002:2018 Beyaz Masa Müdürlüğü\n"
        "2025 Mükemmellikte Yetkinlik 4 Yıldız başvurusu\n"
    )
    assert found(page, "tr", organization="Çamköy Belediyesi", published_on=date(2024, 4, 1)) == {
        ("Çamköy Belediyesi", "kalder", 2, 2017),
        ("Çamköy Belediyesi", "iso", None, 2020),
        # the unit in the scope cell holds its row, under the municipality's name
        ("Çamköy Belediyesi Beyaz Masa Müdürlüğü", "iso", None, 2021),
    }


def test_an_award_named_as_the_programme_is_not_received():
    text = "Türkiye Mükemmellik Ödülü 2024 kapsamında Dereköy Belediyesi’ne Mükemmellikte Yetkinlik 4 Yıldız belgesi verilmiştir."
    assert found(text, "tr", published_on=date(2024, 11, 1)) == {("Dereköy Belediyesi", "kalder", 4, 2024)}


@pytest.mark.slow
def test_rendered_dev_pages_give_the_receivers_a_reader_sees():
    from exbench.reading import read_document

    def rendered(set_name: str, doc_id: str) -> set[tuple]:
        folder = TESTS / set_name
        label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
        title, pages = read_document(folder / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf")
        facts = extract_document(
            [PageInput(p.page_number, p.text, p.language) for p in pages],
            title=title,
            organization=label.get("manifest_organization"),
            published_on=date.fromisoformat(label["published_on"]),
        )
        return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}

    news = rendered("heldout3", "tr_c03")  # "… Ulaşım A.Ş. de … 5 Yıldız belgesini aldı" across an abbreviation
    assert ("Yalıkent Ulaşım A.Ş.", "kalder", 5, 2023) in news
    bulletin = rendered("heldout3", "tr_c04")  # a heading in capitals, then "müdürlük, … layık görüldü"
    assert ("Gökçeova Belediyesi Su ve Kanalizasyon Müdürlüğü", "kalder", 2, 2024) in bulletin
    assert not any((organization or "").isupper() for organization, *_ in bulletin)


def test_a_sentence_ending_in_a_colon_gives_its_receiver_to_the_levels_listed_under_it():
    page = (
        "Fenwick Trams Ltd, the operator owned by Fenwick City Council, has been certified to two standards after an audit:\n"
        "ISO 9001:2015 – quality management\n"
        "ISO 14001:2015 – environmental management\n"
        "The audit found no major nonconformities."
    )
    got = extract_document([PageInput(1, page, "en")], published_on=date(2022, 5, 2)).recognitions
    assert {(r.organization, r.level, r.year) for r in got} == {
        ("Fenwick Trams Ltd", "ISO 9001", 2022),
        ("Fenwick Trams Ltd", "ISO 14001", 2022),
    }


def test_a_roll_of_earlier_winners_gives_each_year_its_winner():
    page = (
        "Previous Gold winners\n"
        "2019 – Ashby Borough Council; 2021 – Brampton Water Services Ltd; 2022 – Calder\n"
        "Hospitals NHS Foundation Trust.\n"
        "Applications for the 2025 awards open in February."
    )
    assert found(page, "en", published_on=date(2024, 11, 1)) == {
        ("Ashby Borough Council", "other", None, 2019),
        ("Brampton Water Services Ltd", "other", None, 2021),
        ("Calder Hospitals NHS Foundation Trust", "other", None, 2022),
    }


def test_a_first_prize_of_a_competition_told_last_year():
    text = "Geçen yılki yarışmada Dereköy Belediyesi’nin “Temiz Pazar” projesi birincilik ödülü almıştı."
    assert found(text, "tr", published_on=date(2024, 3, 1)) == {("Dereköy Belediyesi", "other", None, 2023)}


def test_this_year_in_a_persian_page_of_january_is_the_solar_year_begun_the_march_before():
    text = "امسال شهرداری بندر آبان با کسب تندیس بلورین به سطح تندیس رسید."
    assert found(text, "fa", published_on=date(2024, 1, 20)) == {("شهرداری بندر آبان", "iran_national", None, 2023)}
    text = "شهرداری بندر آبان در مراسم اختتامیه تندیس بلورین را کسب کرد."
    assert found(text, "fa", published_on=date(2024, 1, 20)) == {("شهرداری بندر آبان", "iran_national", None, 2024)}
