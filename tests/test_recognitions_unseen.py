"""Recognitions as documents nobody here wrote tell them: award names with small words and title nouns
("Commitment to Excellence recognition", "TEF Gold rating"), a clause's own definite receiver, winners
tables whose last column gives the result, grades that open a sentence, years told as "three years
after", Turkish nominalised verbs and plural heads shared by a list of names, and plans said in quotes.
One test reads rendered dev PDFs of the held-out set."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations

TESTS = Path(__file__).parent


def found(text: str, language: str, organization: str | None = None, published_on: date = date(2024, 11, 22)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_title_noun_after_a_capitalised_name_is_received_and_a_credit_rating_is_not():
    assert found(
        "The news comes in a strong year for Kestrel Vale University, which holds a TEF Gold rating awarded in 2023.", "en"
    ) == {("Kestrel Vale University", "other", None, 2023)}
    assert found("Ashby Council received a credit rating of AA from Moody's in 2023.", "en") == set()
    assert found("Ashby Council received EFQM recognition certificates in 2023.", "en") == set()


def test_the_definite_receiver_of_its_own_clause_and_a_title_that_names_a_school():
    text = (
        "Feedback report for Ashby County School District. The district serves 14,600 students. Its Lakeview "
        "Elementary School was named a National Blue Ribbon School in 2022; in 2021 the district received the "
        "Program's Commitment to Excellence recognition."
    )
    assert found(text, "en", organization="Ashby County School District") == {
        ("Lakeview Elementary School", "other", None, 2022),
        ("Ashby County School District", "other", None, 2021),
    }


def test_a_grade_opening_a_sentence_goes_to_each_receiver_and_an_earlier_level_takes_its_years_back():
    text = (
        "Gold awards went to Pennine Fire and Rescue Service and Castlebridge Borough Council. "
        "Merseyvale Metro Ltd received Recognised by EFQM 4 Star on the night, three years after achieving 3 Star."
    )
    assert found(text, "en") == {
        ("Pennine Fire and Rescue Service", "other", None, 2024),
        ("Castlebridge Borough Council", "other", None, 2024),
        ("Merseyvale Metro Ltd", "efqm", 4, 2024),
        ("Merseyvale Metro Ltd", "efqm", 3, 2021),
    }


def test_a_winners_table_with_a_result_column_wrapped_over_lines():
    page = (
        "2025 Excellence Awards: the winners\n"
        "Winners in each category were chosen by an independent jury after a full assessment.\n"
        "Category Organisation Result\n"
        "Excellence Award – Public Sector\nCalderbrook Metropolitan Borough\nCouncil\nWinner\n"
        "Excellence Award – Large Private Sector Hollins & Thorne Engineering Ltd Winner\n"
        "Excellence Award – Public Sector Skelmoor Fire and Rescue Service\nHighly\nCommended\n"
        "LGC Awards 2024 – Council of the Year Ashby District Council Finalist\n"
    )
    facts = extract_document([PageInput(1, page, "en")], published_on=date(2025, 11, 28))
    assert {(r.organization, r.level, r.year) for r in facts.recognitions} >= {
        ("Calderbrook Metropolitan Borough Council", "Excellence Award – Public Sector", 2025),
        ("Hollins & Thorne Engineering Ltd", "Excellence Award – Large Private Sector", 2025),
        ("Skelmoor Fire and Rescue Service", "Excellence Award – Public Sector – Highly Commended", 2025),
    }
    # the finalist receives nothing, and no row's award goes to the organization of another row
    assert {(r.organization, r.scheme, r.year) for r in facts.recognitions} == {
        ("Calderbrook Metropolitan Borough Council", "other", 2025),
        ("Hollins & Thorne Engineering Ltd", "other", 2025),
        ("Skelmoor Fire and Rescue Service", "other", 2025),
    }


def test_a_plural_head_after_a_list_of_turkish_names_is_each_names_head():
    text = "Etiket almaya hak kazanan belediyeler Sarıkent Büyükşehir, Kuşluca ve Gökçeli belediyeleri oldu."
    names = {(m.canonical, m.org_type) for m in find_organizations(text, "tr")}
    assert names == {
        ("Sarıkent Büyükşehir Belediyesi", "metropolitan_municipality"),
        ("Kuşluca Belediyesi", "municipality"),
        ("Gökçeli Belediyesi", "municipality"),
    }
    assert found(text.replace("Etiket", "ELoGE"), "tr") == {
        ("Sarıkent Büyükşehir Belediyesi", "eloge", None, 2024),
        ("Kuşluca Belediyesi", "eloge", None, 2024),
        ("Gökçeli Belediyesi", "eloge", None, 2024),
    }


def test_a_nominalised_turkish_verb_receives_and_a_plan_in_quotes_does_not():
    text = (
        "Kuşluca Belediyesi'nin geçen yıl KalDer'den Mükemmellikte Kararlılık 2 Yıldız belgesi aldığını hatırlatan "
        'Belediye Başkanı Zerrin Okay, "Sırada 3 Yıldız var, 2025\'te başvuracağız" diye konuştu.'
    )
    assert found(text, "tr") == {("Kuşluca Belediyesi", "kalder", 2, 2023)}


def test_a_quoted_title_is_received_and_a_clause_ends_at_a_verb_before_ve():
    interview = "Haziran ayında açıklanan sonuçla hastaneniz “Recognised by EFQM 5 Yıldız” seviyesine ulaştı."
    assert found(interview, "tr", organization="Güneyçam Devlet Hastanesi", published_on=date(2024, 9, 16)) == {
        ("Güneyçam Devlet Hastanesi", "efqm", 5, 2024)
    }
    council = (
        "Aydoğdu, Belediyemizin Avrupa Etiketi (ELoGE) için Türkiye platformuna yaptığı başvurunun olumlu sonuçlandığını "
        "ve ELoGE etiketinin 18 Mart 2025’te Strazburg’da düzenlenen törende Belediyemize verildiğini belirtti."
    )
    assert found(council, "tr", organization="Sarıyamaç Belediyesi", published_on=date(2025, 4, 4)) == {
        ("Sarıyamaç Belediyesi", "eloge", None, 2025)
    }


def test_rendered_dev_pages_keep_a_mayors_history_and_a_bracketed_star_level():
    from exbench.reading import read_document

    def rendered(doc_id: str) -> set[tuple]:
        folder = TESTS / "heldout"
        label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
        title, pages = read_document(folder / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf")
        facts = extract_document(
            [PageInput(p.page_number, p.text, p.language) for p in pages],
            title=title,
            organization=label.get("manifest_organization"),
            published_on=date.fromisoformat(label["published_on"]),
        )
        return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}

    news = rendered("tr_n01")  # the mayor's straight-quoted "2019'da 3 Yıldız'a ulaştık"
    assert ("Kızılırmak Büyükşehir Belediyesi", "kalder", 3, 2019) in news
    report = rendered("en_r04")  # "awarded Qualified by EFQM (2 Star) recognition": one level
    assert report == {("Lowfield Municipal Housing Company", "efqm", 2, 2021)}


def test_a_persian_name_ends_before_a_verb_and_a_company_named_by_its_trade_is_one():
    names = {m.canonical for m in find_organizations("تندیس بلورین تعالی سازمانی به بانک سپهرآرا رسید", "fa")}
    assert names == {"بانک سپهرآرا"}
    text = "به گفته وی، شرکت خدمات انفورماتیک سپهرآرا نیز سال گذشته گواهینامه ISO/IEC 27001:2022 را دریافت کرده است."
    assert found(text, "fa", organization="بانک سپهرآرا", published_on=date(2024, 6, 1)) == {
        ("شرکت خدمات انفورماتیک سپهرآرا", "iso", None, 2023)
    }


def test_a_report_whose_heading_names_a_festival_gives_a_bare_star_level_to_the_festival():
    pages = [
        PageInput(
            1,
            "چهارمین جشنواره تعالی سازمانی شهرداری نیک‌آباد\nگزارش بازخورد ارزیابی · دبیرخانه جشنواره\n"
            "سازمان در دوره سوم جشنواره (۱۴۰۱) با ۳۴۱ امتیاز لوح سه ستاره گرفته بود.",
            "fa",
        )
    ]
    facts = extract_document(
        pages, organization="سازمان فناوری اطلاعات و ارتباطات شهرداری نیک‌آباد", published_on=date(2024, 3, 10)
    )
    assert {(r.scheme, r.stars, r.year) for r in facts.recognitions} == {("municipal", 3, 2022)}


def test_a_committees_decision_to_give_and_an_award_presented_after_a_recommendation_are_received():
    text = "Ödül Komitesi 02.12.2024 tarihli toplantısında KISKİ’ye “Mükemmellikte Yetkinlik 4 Yıldız” belgesi verilmesine karar vermiştir."
    organization = "Kızılyaka Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert found(
        f"{organization} (KISKİ) değerlendirildi. {text}", "tr", organization=organization, published_on=date(2024, 12, 9)
    ) == {(organization, "kalder", 4, 2024)}
    report = (
        "Feedback report for the City of Halverston Water Utilities Department. The Panel of Judges recommended the Department "
        "for the Tri-Rivers Achievement Award (Level 3 of 4), which was presented at the annual luncheon on December 6, 2024."
    )
    assert found(report, "en", organization="City of Halverston Water Utilities Department", published_on=date(2025, 1, 17)) == {
        ("City of Halverston Water Utilities Department", "other", None, 2024)
    }
    assert found("The Panel of Judges recommended Ashby Council for the Quest Award.", "en") == set()


def test_an_in_house_award_is_the_municipal_scheme_and_its_star_level_is_received_under_the_programme():
    unit = "Akçınar Büyükşehir Belediyesi Park ve Bahçeler Dairesi Başkanlığı"
    text = (
        "Başkanlığınız 441 puan ile 400-499 puan aralığında yer almış ve Kurum İçi Mükemmellik Ödülü kapsamında "
        "“Üç Yıldız” ile ödüllendirilmiştir."
    )
    assert found(text, "tr", organization=unit, published_on=date(2024, 12, 23)) == {(unit, "municipal", 3, 2024)}
    renewed = "Ayrıca iştirakimiz Serviköy İmar ve Ulaşım A.Ş.’nin ISO 9001:2015 belgesi Kasım 2024’te üç yıl süreyle yenilendi."
    assert found(renewed, "tr", organization="Serviköy Belediyesi", published_on=date(2025, 2, 6)) == {
        ("Serviköy İmar ve Ulaşım A.Ş.", "iso", None, 2024)
    }
