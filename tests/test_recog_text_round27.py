"""Recognitions of the twenty-seventh round told in running text: Persian prose that writes the ezafe of a word
ending in ه as a hamza above it ("جشنوارهٔ تعالی", "جایزهٔ ملی تعالی")."""

from __future__ import annotations

from datetime import date

from exbench.extraction.document import extract_document
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import PageInput
from exbench.extraction.org_mention import OrgMention
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span


def found(text: str, language: str, organization: str | None = None, published_on: date = date(2025, 1, 20)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_the_ezafe_macro_lets_a_final_heh_carry_its_hamza_or_not():
    assert compiled(r"جشنواره{ez}\s+(?:\S+\s+){0,3}تعالی").search("در هشتمین جشنوارهٔ تعالی سازمانی")
    assert compiled(r"جشنواره{ez}\s+(?:\S+\s+){0,3}تعالی").search("در هشتمین جشنواره تعالی سازمانی")


def test_a_municipal_festival_named_with_the_ezafe_hamza_gives_its_star_levels_the_festival_s_scheme():
    text = (
        "اختتامیهٔ هشتمین جشنوارهٔ تعالی سازمانی شهرداری کوهسار برگزار شد\n"
        "به گزارش روابط عمومی شهرداری کوهسار، در آیین اختتامیهٔ هشتمین جشنوارهٔ تعالی سازمانی شهرداری، "
        "واحدهای برتر بر اساس نتایج ارزیابی تقدیر شدند.\n"
        "سازمان پارک‌ها و فضای سبز شهرداری کوهسار در این جشنواره تقدیرنامهٔ سه ستاره دریافت کرد.\n"
    )
    read = found(text, "fa", published_on=date(2024, 12, 18))
    assert ("سازمان پارک‌ها و فضای سبز شهرداری کوهسار", "municipal", 3, 2024) in read
    assert not any(scheme == "iran_national" for _, scheme, _, _ in read)


def test_the_national_award_named_with_the_ezafe_hamza_still_dates_its_levels():
    text = (
        "گفت‌وگو با مدیرعامل شرکت گاز استان کوهسار\n"
        "شرکت گاز استان کوهسار در سال ۱۴۰۰ در جایزهٔ ملی تعالی سازمانی تقدیرنامهٔ دو ستاره دریافت کرد.\n"
    )
    read = found(text, "fa", "شرکت گاز استان کوهسار", date(2024, 12, 18))
    assert ("شرکت گاز استان کوهسار", "iran_national", 2, 2021) in read


def test_reaching_the_last_stage_of_an_award_is_no_receipt_of_it():
    text = (
        "Dereboyu Belediyesi Altın Ödül için son aşamaya kaldı ancak ödülü alamadı; Kuşluk Belediyesi ise 2025 için başvurdu.\n"
    )
    assert found(text, "tr", published_on=date(2024, 12, 10)) == set()


def test_a_label_named_again_after_a_list_of_names_points_back_to_the_label_the_page_named():
    text = (
        "Five councils awarded the European Label of Governance Excellence\n"
        "On 4 December the national platform awarded the European Label of Governance Excellence (ELoGE) for 2024.\n"
        "The following councils received it:\n"
        "Borough of Elmsworth\n"
        "Borough of Fairhaven\n"
        "Borough of Greystone\n"
        "Borough of Hollins\n"
        "Borough of Ivybridge\n"
        "Borough of Juniper Vale\n"
        "The Borough of Greystone also received the label in 2021.\n"
    )
    read = found(text, "en", published_on=date(2024, 12, 9))
    assert ("Borough of Greystone", "eloge", None, 2021) in read


def test_an_honour_a_mayor_received_is_no_organization_s():
    text = (
        "Awards night\n"
        "The mayor of Westmere, Anna Holt, received the regional assembly's certificate of appreciation for her work.\n"
    )
    assert found(text, "en", "Westmere Borough Council", date(2024, 6, 2)) == set()


def test_an_organization_s_own_award_that_went_to_another_is_the_other_s():
    text = (
        "Also at the meeting\n"
        "The Coastal Towns Federation's own Digital Services Award, which the Federation gives every year, went to the Town of Ashcombe "
        "for its online permits service.\n"
    )
    read = found(text, "en", "Coastal Towns Federation", date(2024, 11, 5))
    assert ("Town of Ashcombe", "other", None, 2024) in read
    assert not any(org == "Coastal Towns Federation" for org, _, _, _ in read)


def test_a_level_received_in_a_participle_before_it_stands_though_the_sentence_then_applies():
    text = (
        "Dereköy Su ve Kanalizasyon İdaresi, 2022 yılında aldığı Mükemmellikte Kararlılık 3 Yıldız belgesinin ardından "
        "ikinci kez dış değerlendirmeye başvurmuştur.\n"
    )
    read = found(text, "tr", "Dereköy Su ve Kanalizasyon İdaresi", date(2024, 5, 2))
    assert ("Dereköy Su ve Kanalizasyon İdaresi", "kalder", 3, 2022) in read


def test_after_receiving_a_level_a_plan_for_the_next_one_is_still_no_receipt():
    text = "After receiving Recognised by EFQM 4 Star in 2022, Harrowgate Water Services Ltd now plans to apply for 5 Stars.\n"
    read = found(text, "en", "Harrowgate Water Services Ltd", date(2024, 5, 2))
    assert ("Harrowgate Water Services Ltd", "efqm", 4, 2022) in read
    assert not any(stars == 5 for _, _, stars, _ in read)


def test_a_company_name_ending_in_an_abbreviation_receives_what_the_cut_sentence_after_it_tells():
    text = (
        "Bağlı kuruluşlarımız da kalite yolculuğuna katılmaktadır. Belediye şirketimiz\n"
        "Yeşilova Park ve Bahçe Hizmetleri A.Ş.\n"
        "2022 yılında KalDer'den Mükemmellikte Kararlılık 3 Yıldız belgesini almış; Yeşilova Belediyesi Zabıta "
        "Müdürlüğü ise ISO 10002 belgesini 2023 yılında almıştır.\n"
    )
    read = found(text, "tr", "Yeşilova Belediyesi", date(2024, 2, 1))
    assert ("Yeşilova Park ve Bahçe Hizmetleri A.Ş.", "kalder", 3, 2022) in read
    assert not any(org != "Yeşilova Park ve Bahçe Hizmetleri A.Ş." and scheme == "kalder" for org, scheme, _, _ in read)


def test_a_short_name_is_read_whole_though_a_line_break_left_its_tail_among_the_names():
    broken = OrgMention(0, 18, "Water Services Ltd", "Water Services Ltd", "utility", None, "en")
    whole = OrgMention(0, 32, "Ashdown Vale Water Services Ltd", "Ashdown Vale Water Services Ltd", "utility", None, "en")
    text = "Ashdown Vale Water Services returns to the roll of honour after receiving the Regional Award in 2021."
    view = SentenceView(Span(0, len(text), text), 1, "en", None, {"Water Services": broken, "Ashdown Vale Water Services": whole})
    assert [m.canonical for m in view.organizations] == ["Ashdown Vale Water Services Ltd"]


def test_a_short_line_naming_a_certificate_since_a_year_was_received_that_year():
    text = (
        "شرکت گاز استان کوهسار در سال ۱۴۰۱ گواهی تعهد به تعالی را از جایزه ملی تعالی سازمانی دریافت کرد.\n"
        "سوابق شرکت در نظام‌های مدیریتی\n\n"
        "گواهینامه ISO 9001 از سال ۱۳۹۶\n"
    )
    read = found(text, "fa", "شرکت گاز استان کوهسار", date(2024, 12, 5))
    assert any(scheme == "iso" and year == 2017 for _, scheme, _, year in read)
    assert not any(scheme == "iso" and year == 2024 for _, scheme, _, year in read)


def test_a_line_a_sidebar_narrowed_that_ends_on_an_article_goes_on_in_the_next():
    text = (
        "Four organisations went home with awards from the regional Good Governance and Quality evening, with the\n"
        "borough council collecting a European label that only a handful of English councils hold so far.\n"
        "Kelby Borough Council was presented with the\n"
        "European Label of Governance Excellence after an\n"
        "assessment that included a citizens' survey.\n"
    )
    read = found(text, "en", published_on=date(2025, 3, 14))
    assert ("Kelby Borough Council", "eloge", None, 2025) in read


def test_a_level_reached_from_the_last_round_s_level_is_this_round_s():
    text = (
        "اختتامیه پنجمین جشنواره تعالی سازمانی شهرداری کوهسار\n"
        "منطقه ۴ شهرداری کوهسار نیز با رشدی چشمگیر از دو ستاره جشنواره گذشته به سه ستاره رسید.\n"
    )
    read = found(text, "fa", published_on=date(2024, 11, 12))
    assert ("منطقه ۴ شهرداری کوهسار", "municipal", 3, 2024) in read
    assert not any(stars == 2 and year == 2024 for _, _, stars, year in read)


def test_a_union_s_award_opened_by_the_union_s_initials_goes_to_the_member_named_before_it():
    text = (
        "3.4.3 Birlik Mükemmellik Ödülü\n"
        "Komite kararıyla Yalıkent Belediyesi KEBB Birlik Mükemmellik Ödülü 4 Yıldız, Sarıçam Belediyesi ise 3 Yıldız "
        "seviyesiyle 12 Aralık 2024'te ödüllendirilmiştir.\n"
    )
    read = found(text, "tr", "Kuzey Ege Belediyeler Birliği", date(2025, 3, 27))
    assert {("Yalıkent Belediyesi", "municipal", 4, 2024), ("Sarıçam Belediyesi", "municipal", 3, 2024)} <= read
    assert not any(org == "Kuzey Ege Belediyeler Birliği" for org, _, _, _ in read)


def test_a_dateline_under_a_site_s_menus_dates_last_year():
    menus = "".join(f"Menu item {n}\n" for n in range(1, 16))
    text = (
        "Assessors complete four-day visit | Kelby Fire and Rescue Service\n"
        f"{menus}"
        "Posted 20 February 2025 · Corporate news\n"
        "Kelby Fire and Rescue Service was Recognised by EFQM 3 Star in 2022. Neighbouring Orwell Fire and Rescue "
        "Service received Recognised by EFQM 4 Star last year.\n"
    )
    facts = extract_document([PageInput(1, text, "en")])
    read = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("Orwell Fire and Rescue Service", "efqm", 4, 2024) in read
    assert ("Orwell Fire and Rescue Service", "efqm", 4, 2022) not in read


def test_a_jury_that_deemed_an_organization_worthy_of_a_level_gave_it():
    text = (
        "کمیته داوری جایزه در جلسه ۸ دی‌ماه ۱۴۰۳، بر اساس امتیاز ۳۸۰ کسب‌شده، شرکت گاز استان کوهسار را شایسته "
        "تقدیرنامه سه ستاره دانست.\n"
    )
    read = found(text, "fa", "شرکت گاز استان کوهسار", date(2025, 1, 10))
    assert ("شرکت گاز استان کوهسار", "iran_national", 3, 2024) in read


def test_a_director_telling_that_the_organization_received_a_level_is_no_personal_honour():
    text = (
        "دکتر مینا کاظمی، رئیس مرکز، با اشاره به این که بیمارستان نخستین بار در سال ۱۴۰۲ گواهی تعهد به تعالی را "
        "دریافت کرد، از همکاران قدردانی کرد.\n"
    )
    read = found(text, "fa", "مرکز آموزشی درمانی سپیدار", date(2025, 1, 10))
    assert any(scheme == "iran_national" and year == 2023 for _, scheme, _, year in read)


def test_each_of_receivers_the_finder_does_not_know_gives_no_level_to_anyone_else():
    text = "همچنین ناحیه ۲ و ناحیه ۴ هر کدام تقدیرنامه دو ستاره گرفتند.\n"
    read = found(text, "fa", "شهرداری کوهسار", date(2024, 12, 18))
    assert not any(stars == 2 for _, _, stars, _ in read)
